import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import type { Settings } from '../settings/schema';
import type { StorageAreaLike } from '../settings/store';
import {
  ALERT_ALARM,
  ALERT_PERIOD_MINUTES,
  createAlertRunner,
  isAlertNotification,
  type AlertRun,
} from './alert-runner';
import { createNotifiedStore } from './notified-store';
import type { Translate } from '../translate';

export const DASHBOARD_PATH = '/dashboard.html';

interface EventLike<Listener> {
  addListener(listener: Listener): void;
}

/** The slice of the extension API the alerts use; `browser` from WXT fits it. */
export interface AlertBrowserApi {
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
    onAlarm: EventLike<(alarm: { name: string }) => void>;
  };
  runtime: {
    onStartup: EventLike<() => void>;
    onInstalled: EventLike<() => void>;
    getURL(path: string): string;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<unknown>;
    setBadgeBackgroundColor(details: { color: string }): Promise<unknown>;
  };
  notifications: {
    create(
      id: string,
      options: {
        type: 'basic';
        iconUrl: string;
        title: string;
        message: string;
        priority?: number;
      },
    ): Promise<unknown>;
    onClicked: EventLike<(id: string) => void>;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  storage: { local: StorageAreaLike };
}

export interface AlertWiringDeps {
  db: SparkDatabase;
  settings: { get(): Promise<Settings> };
  t: Translate;
  clock: Clock;
  /** Defaults to a small round badge; pass the extension icon once one ships. */
  iconUrl?: string;
}

const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAnklEQVR42u3auxGAMAwEURdEO/TfCRASMAwGf6Q71jPk+zIsuRTOebZl3Ws+yeh0mNbwMEjv8GmQ0eFDIbPjuyKi4rsgouObEFniPyGyxb9GSAOyxlcjpAHZ4x8R0gCV+FsEgEiAWvwFAQAAAAAAAEgD+BcC8LM7ge+VkqkEsyEmcybDXYvxusWCw2LFZLHks1iz2iy6bZ4a2Dz2iD4HirUz8QP2MDIAAAAASUVORK5CYII=';

const BADGE_COLOR = '#c62828';

/**
 * Schedules the expiry alerts in the background service worker: on browser start, after an
 * install or update, and every few hours. Listeners are added synchronously, as a service worker
 * woken by the alarm only delivers events to listeners added on its first turn.
 */
export function startAlerts(
  api: AlertBrowserApi,
  deps: AlertWiringDeps,
): () => Promise<AlertRun | undefined> {
  const iconUrl = deps.iconUrl ?? FALLBACK_ICON;
  const run = createAlertRunner({
    db: deps.db,
    settings: deps.settings,
    t: deps.t,
    notified: createNotifiedStore(api.storage.local),
    clock: deps.clock,
    setBadge: async (text) => {
      await api.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await api.action.setBadgeText({ text });
    },
    notify: (id, title, message) =>
      api.notifications.create(id, { type: 'basic', iconUrl, title, message, priority: 1 }),
  });
  const runSafely = () =>
    run().catch((error: unknown) => {
      console.error('Expiry alerts failed', error);
      return undefined;
    });

  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALERT_ALARM) void runSafely();
  });
  api.runtime.onStartup.addListener(() => void runSafely());
  api.runtime.onInstalled.addListener(() => void runSafely());
  api.notifications.onClicked.addListener((id) => {
    if (isAlertNotification(id)) void api.tabs.create({ url: api.runtime.getURL(DASHBOARD_PATH) });
  });
  // Creating an alarm that exists restarts its period, and the worker starts often: only add it
  // when missing.
  void api.alarms.get(ALERT_ALARM).then((existing) => {
    if (!existing) {
      api.alarms.create(ALERT_ALARM, { delayInMinutes: 1, periodInMinutes: ALERT_PERIOD_MINUTES });
    }
  });
  return runSafely;
}
