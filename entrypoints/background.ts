import { browser, defineBackground } from '#imports';
import { openDatabase } from '@/lib/db/database';
import { systemClock } from '@/lib/services/clock';
import { registerPanelServices } from '@/lib/services/register-panel-services';
import { createSettingsStore, createTokenStore } from '@/lib/settings/store';

export default defineBackground(() => {
  const db = openDatabase();
  const area = browser.storage.local;
  registerPanelServices(
    {
      db,
      settings: createSettingsStore(area),
      tokens: createTokenStore(area),
      clock: systemClock,
    },
    browser.runtime.id,
  );
});
