import { defineConfig } from 'wxt';

const ADS_MANAGER = 'https://ads.tiktok.com/*';
const MARKETING_API = 'https://business-api.tiktok.com/*';

/**
 * `--mode e2e` builds into .output/chrome-mv3-e2e with the Marketing API host granted at
 * install, because a headless browser cannot answer the permission prompt a buyer clicks
 * through. Everything else is the production build; tests/e2e/manifest.spec.ts pins the
 * production permissions.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports from '#imports' keep every module's dependencies visible.
  imports: false,
  manifest: ({ mode, browser }) => ({
    default_locale: 'en',
    name: 'Spark Preflight',
    description:
      'Checks TikTok Spark Ads codes before you authorize them and keeps your code inventory.',
    permissions: ['storage', 'alarms', 'notifications', 'clipboardWrite'],
    host_permissions: mode === 'e2e' ? [ADS_MANAGER, MARKETING_API] : [ADS_MANAGER],
    optional_host_permissions: mode === 'e2e' ? [] : [MARKETING_API],
    action: { default_title: 'Spark Preflight' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'spark-preflight@sparkpreflight.app',
          // Codes go only to TikTok's API, with the buyer's own token; nothing is collected.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    // The panel is framed on Ads Manager, so that page may load it; nothing else is exposed.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: [ADS_MANAGER], use_dynamic_url: true },
    ],
  }),
});
