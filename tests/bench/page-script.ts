/**
 * Bundles the scripts under tests/bench/page/ with the extension's own library code and puts
 * them into pages. MV3 extension pages refuse inline and injected <script> tags, but scripts
 * given through the DevTools protocol (evaluate, init scripts) are not subject to the page's
 * CSP; once in, a bundle runs as ordinary page JavaScript, JIT and all.
 *
 * The scripts are bundled rather than passed as functions because this runner's TypeScript
 * loader wraps named functions in a helper that does not exist in the page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DB_BENCH_GLOBAL,
  EXTRACTION_BENCH_GLOBAL,
  GEOMETRY_BENCH_GLOBAL,
  PASTE_PROBE_GLOBAL,
  POPUP_PROBE_GLOBAL,
  type DbBenchApi,
  type ExtractionBenchApi,
  type GeometryBenchApi,
  type PasteProbeApi,
  type PopupProbeApi,
} from './page/api';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundles = new Map<string, Promise<string>>();

/** Minified like the extension's build, so neither side runs development-only paths. */
export function pageBundle(entry: string): Promise<string> {
  let pending = bundles.get(entry);
  if (!pending) {
    pending = build({
      entryPoints: [path.join(here, 'page', entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      minify: true,
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, pending);
  }
  return pending;
}

/** Injects `entry` into the page's current document unless it already set `global`. */
export async function injectBundle(page: Page, entry: string, global: string): Promise<void> {
  const present = await page.evaluate(
    (name) => typeof (globalThis as Record<string, unknown>)[name] === 'object',
    global,
  );
  if (!present) await page.evaluate(await pageBundle(entry));
}

/** Runs `entry` at the start of every document the context loads from now on. */
export async function addInitBundle(context: BrowserContext, entry: string): Promise<void> {
  await context.addInitScript({ content: await pageBundle(entry) });
}

type Method = (...args: never[]) => unknown;

/** Calls one method of an injected bundle's API and returns its (awaited) result. */
export async function callInPage<Api extends { [K in keyof Api]: Method }, K extends keyof Api>(
  page: Page,
  global: string,
  method: K,
  ...args: Parameters<Api[K]>
): Promise<Awaited<ReturnType<Api[K]>>> {
  const result = await page.evaluate(
    ({ global, method, args }) => {
      const api = (globalThis as Record<string, unknown>)[global] as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      return api[method]?.(...args);
    },
    { global, method: String(method), args: args as unknown[] },
  );
  return result as Awaited<ReturnType<Api[K]>>;
}

/** tests/bench/page/db-bench.ts in an extension page. */
export const dbBench = {
  inject: (page: Page) => injectBundle(page, 'db-bench.ts', DB_BENCH_GLOBAL),
  call: <K extends keyof DbBenchApi>(page: Page, method: K, ...args: Parameters<DbBenchApi[K]>) =>
    callInPage<DbBenchApi, K>(page, DB_BENCH_GLOBAL, method, ...args),
};

/** tests/bench/page/paste-probe.ts in an Ads Manager fixture page. */
export const pasteProbe = {
  inject: (page: Page) => injectBundle(page, 'paste-probe.ts', PASTE_PROBE_GLOBAL),
  call: <K extends keyof PasteProbeApi>(
    page: Page,
    method: K,
    ...args: Parameters<PasteProbeApi[K]>
  ) => callInPage<PasteProbeApi, K>(page, PASTE_PROBE_GLOBAL, method, ...args),
};

/** tests/bench/page/extraction-bench.ts in any page. */
export const extractionBench = {
  inject: (page: Page) => injectBundle(page, 'extraction-bench.ts', EXTRACTION_BENCH_GLOBAL),
  call: <K extends keyof ExtractionBenchApi>(
    page: Page,
    method: K,
    ...args: Parameters<ExtractionBenchApi[K]>
  ) => callInPage<ExtractionBenchApi, K>(page, EXTRACTION_BENCH_GLOBAL, method, ...args),
};

/** tests/bench/page/geometry-bench.ts in the busy Ads Manager fixture page. */
export const geometryBench = {
  inject: (page: Page) => injectBundle(page, 'geometry-bench.ts', GEOMETRY_BENCH_GLOBAL),
  call: <K extends keyof GeometryBenchApi>(
    page: Page,
    method: K,
    ...args: Parameters<GeometryBenchApi[K]>
  ) => callInPage<GeometryBenchApi, K>(page, GEOMETRY_BENCH_GLOBAL, method, ...args),
};

/** tests/bench/page/popup-probe.ts in the popup page. */
export const popupProbe = {
  inject: (page: Page) => injectBundle(page, 'popup-probe.ts', POPUP_PROBE_GLOBAL),
  call: <K extends keyof PopupProbeApi>(
    page: Page,
    method: K,
    ...args: Parameters<PopupProbeApi[K]>
  ) => callInPage<PopupProbeApi, K>(page, POPUP_PROBE_GLOBAL, method, ...args),
};
