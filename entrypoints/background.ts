import '@/lib/api/zod-config';
import { browser, defineBackground } from '#imports';
import { createI18n } from '@wxt-dev/i18n';
import { AUTHORIZE_JOB_KEY_PREFIX } from '@/lib/api/live-schemas';
import { serveOperations } from '@/lib/api/serve';
import { systemClock } from '@/lib/clock';
import { openDatabase } from '@/lib/db/database';
import { emptyTrash } from '@/lib/db/repository';
import { startAlerts } from '@/lib/lifecycle/alert-wiring';
import { startPerformanceRefresh } from '@/lib/live/performance-alarm';
import { createPerformanceRefresher } from '@/lib/live/performance-refresh';
import { openLiveAccess } from '@/lib/services/live-access';
import { createHandlers } from '@/lib/services/handlers';
import { createSettingsStore, createTokenStore } from '@/lib/settings/store';
import { keepStorageFromContentScripts } from '@/lib/settings/trusted-storage';
import { createTikTokClient, TIKTOK_API_ORIGINS } from '@/lib/tiktok/client';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createTeamMembershipStore } from '@/lib/settings/team-store';
import { connectHocuspocus } from '@/lib/services/team-connection';
import { createTeamSync } from '@/lib/services/team-sync';
import { startTeamSync } from '@/lib/services/team-wiring';
import { TEAM_STATUS_KEY } from '@/lib/api/team-schemas';

/** Deleted codes stay restorable this long; the worker starts often enough to sweep them. */
const TRASH_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the content script runs; must match its `matches`. */
const ADS_MANAGER_ORIGIN = 'https://ads.tiktok.com';

export default defineBackground(() => {
  void keepStorageFromContentScripts(browser.storage);
  const db = openDatabase();
  void emptyTrash(db, systemClock.now() - TRASH_KEPT_MS).catch(() => undefined);
  const area = browser.storage.local;
  const settings = createSettingsStore(area);
  const { t } = createI18n();
  startAlerts(browser, { db, settings, t, clock: systemClock });

  const access = {
    tokens: createTokenStore(area),
    hasApiAccess: () => browser.permissions.contains({ origins: TIKTOK_API_ORIGINS }),
    makeClient: (token: string) => createTikTokClient({ token }),
  };
  const performance = createPerformanceRefresher({
    db,
    settings,
    clock: systemClock,
    access: () => openLiveAccess(access),
  });
  startPerformanceRefresh(browser, () => performance());

  const team = createTeamSync({
    db,
    clock: systemClock,
    memberships: createTeamMembershipStore(area),
    openReplica: (name, doc) => new IndexeddbPersistence(name, doc),
    connect: connectHocuspocus,
    fetch: (...args) => fetch(...args),
    // Session storage: pages watch it; the token is never part of it.
    publish: (status) => browser.storage.session.set({ [TEAM_STATUS_KEY]: status }),
  });
  startTeamSync(browser, db, team);

  const handlers = createHandlers({
    team,
    db,
    settings,
    clock: systemClock,
    ...access,
    performance,
    // Session storage: progress is for the pages open now, and never touches the disk.
    publishJob: (progress) =>
      browser.storage.session.set({ [AUTHORIZE_JOB_KEY_PREFIX + progress.id]: progress }),
    newId: () => crypto.randomUUID(),
    t,
  });
  serveOperations(handlers, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
    contentScriptOrigins: [ADS_MANAGER_ORIGIN],
  });
});
