import { defineConfig } from 'wxt';

// Permissions are the least the features need; tests/e2e/manifest.spec.ts pins them.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports from '#imports' keep every module's dependencies visible.
  imports: false,
  manifest: {
    name: 'Spark Preflight',
    description:
      'Checks TikTok Spark Ads codes before you authorize them and keeps your code inventory.',
    permissions: ['storage', 'alarms', 'notifications', 'clipboardWrite'],
    host_permissions: ['https://ads.tiktok.com/*'],
    optional_host_permissions: ['https://business-api.tiktok.com/*'],
    action: { default_title: 'Spark Preflight' },
  },
});
