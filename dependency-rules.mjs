/**
 * The layers of the code, lowest first, and what each may import. `npm run lint` checks the
 * tree against these rules with dependency-cruiser, whatever the import path looks like (`@/`,
 * relative, type-only), and refuses any import cycle.
 *
 * domain   lib/codes, lib/preflight, lib/batches, lib/records, lib/tiktok, lib/team, lib/clock.ts,
 *          lib/translate.ts: rules about codes, checks, batches, the code record and TikTok's
 *          answers, and the shape of a function that words them; no I/O beyond an injected fetch
 * storage  lib/db, lib/settings: IndexedDB and extension storage
 * api      lib/api: the operations table between the extension's parts, its client and server
 * services lib/services, lib/live, lib/lifecycle, lib/transfer: what the background does
 * views    lib/inventory: pure read models for the inventory screens
 * page     lib/page, lib/panel: reading Ads Manager's DOM and the panel's logic; the panel reads
 *          a code's details with the same rules as the popup (views)
 * ui       components: React screens (extension pages run inventory work in-page)
 * entry    entrypoints: composition roots
 */
export const LAYERS = {
  domain: '^lib/(codes|preflight|batches|records|tiktok|team)/|^lib/(clock|translate)\\.ts$',
  storage: '^lib/(db|settings)/',
  api: '^lib/api/',
  services: '^lib/(services|live|lifecycle|transfer)/',
  views: '^lib/inventory/',
  page: '^lib/(page|panel)/',
  ui: '^components/',
  entry: '^entrypoints/',
};

/** Layer → the layers it may import (its own included). */
export const MAY_IMPORT = {
  domain: ['domain'],
  storage: ['domain', 'storage'],
  api: ['domain', 'storage', 'api'],
  services: ['domain', 'storage', 'api', 'services'],
  views: ['domain', 'storage', 'views'],
  page: ['domain', 'api', 'views', 'page'],
  ui: ['domain', 'storage', 'api', 'services', 'views', 'page', 'ui'],
  entry: ['domain', 'storage', 'api', 'services', 'views', 'page', 'ui', 'entry'],
};

const alternatives = (names) => names.map((name) => `(${LAYERS[name]})`).join('|');

/** dependency-cruiser's rule set for the layers above. */
export const ruleSet = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules that import each other cannot be understood or tested apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(MAY_IMPORT).map(([layer, allowed]) => ({
      name: `${layer}-imports-only-lower-layers`,
      comment: `${layer} may import ${allowed.join(', ')}`,
      severity: 'error',
      from: { path: LAYERS[layer], pathNot: '\\.test\\.tsx?$|\\.testing\\.tsx?$|test-' },
      to: {
        path: alternatives(Object.keys(LAYERS)),
        pathNot: alternatives(allowed),
      },
    })),
  ],
};
