import { browser, defineBackground } from '#imports';
import { createI18n } from '@wxt-dev/i18n';
import { startAlerts } from '@/lib/lifecycle/alert-wiring';
import { openDatabase } from '@/lib/db/database';
import { emptyTrash } from '@/lib/db/repository';
import { createLiveLookup } from '@/lib/live/lookup';
import { registerLiveServices } from '@/lib/live/register-live-services';
import { AUTHORIZE_JOB_KEY_PREFIX } from '@/lib/messaging/live-schemas';
import { systemClock } from '@/lib/services/clock';
import { registerPanelServices } from '@/lib/services/register-panel-services';
import { createSettingsStore, createTokenStore } from '@/lib/settings/store';
import { keepStorageFromContentScripts } from '@/lib/settings/trusted-storage';
import { createTikTokClient, TIKTOK_API_ORIGINS } from '@/lib/tiktok/client';

/** Deleted codes stay restorable this long; the worker starts often enough to sweep them. */
const TRASH_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

export default defineBackground(() => {
  void keepStorageFromContentScripts(browser.storage);
  const db = openDatabase();
  void emptyTrash(db, systemClock.now() - TRASH_KEPT_MS).catch(() => undefined);
  const area = browser.storage.local;
  const settings = createSettingsStore(area);
  startAlerts(browser, { db, settings, t: createI18n().t });
  const tokens = createTokenStore(area);
  const hasApiAccess = () => browser.permissions.contains({ origins: TIKTOK_API_ORIGINS });
  const makeClient = (token: string) => createTikTokClient({ token });
  const lookup = createLiveLookup({
    token: () => tokens.get(),
    hasApiAccess,
    makeClient,
    now: systemClock.now,
  });

  registerPanelServices(
    {
      db,
      settings,
      tokens,
      clock: systemClock,
      lookupLive: lookup,
    },
    browser.runtime.id,
  );

  registerLiveServices(
    {
      db,
      settings,
      tokens,
      hasApiAccess,
      makeClient,
      lookup,
      // Session storage: progress is for the pages open now, and never touches the disk.
      publishJob: (progress) =>
        browser.storage.session.set({ [AUTHORIZE_JOB_KEY_PREFIX + progress.id]: progress }),
      now: systemClock.now,
      timeZone: () => systemClock.timeZone,
      newId: () => crypto.randomUUID(),
      extensionOrigin: browser.runtime.getURL('/'),
    },
    browser.runtime.id,
  );
});
