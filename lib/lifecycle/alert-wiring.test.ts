import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../clock';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../db/database';
import { defaultSettings } from '../settings/schema';
import { ALERT_ALARM, ALERT_PERIOD_MINUTES } from './alert-runner';
import { DASHBOARD_PATH, startAlerts, type AlertBrowserApi } from './alert-wiring';

type Listener = (...args: never[]) => void;

/** Just enough of the extension API to see what the wiring registers and calls. */
function fakeApi(existingAlarm: boolean) {
  const listeners: Record<string, Listener[]> = {};
  const event = (name: string) => ({
    addListener: (listener: Listener) => void (listeners[name] ??= []).push(listener),
  });
  const api = {
    alarms: {
      get: vi.fn(async () => (existingAlarm ? { name: ALERT_ALARM } : undefined)),
      create: vi.fn(),
      onAlarm: event('alarm'),
    },
    runtime: {
      onStartup: event('startup'),
      onInstalled: event('installed'),
      getURL: (path: string) => `chrome-extension://id${path}`,
    },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
    notifications: { create: vi.fn(async () => ''), onClicked: event('clicked') },
    tabs: { create: vi.fn(async () => ({})) },
    storage: { local: fakeBrowser.storage.local },
  } satisfies AlertBrowserApi;
  const fire = (name: string, ...args: unknown[]) =>
    (listeners[name] ?? []).forEach((l) => (l as (...a: unknown[]) => void)(...args));
  return { api, fire, listeners };
}

const deps = () => ({
  db: openDatabase(`wiring-${Math.random()}`),
  settings: { get: async () => defaultSettings },
  t: (key: string) => key,
  clock: fixedClock(Date.UTC(2026, 10, 25, 12)),
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('startAlerts', () => {
  it('adds the periodic alarm once, and runs on startup, install and the alarm', async () => {
    const { api, fire, listeners } = fakeApi(false);
    startAlerts(api, deps());
    expect(Object.keys(listeners).sort()).toEqual(['alarm', 'clicked', 'installed', 'startup']);
    await vi.waitFor(() =>
      expect(api.alarms.create).toHaveBeenCalledWith(ALERT_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: ALERT_PERIOD_MINUTES,
      }),
    );
    fire('startup');
    await vi.waitFor(() => expect(api.action.setBadgeText).toHaveBeenCalledTimes(1));
    fire('alarm', { name: 'someone-else' });
    fire('alarm', { name: ALERT_ALARM });
    fire('installed', {});
    await vi.waitFor(() => expect(api.action.setBadgeText).toHaveBeenCalledTimes(3));
  });

  it('keeps an alarm that already exists, so its period is not restarted', async () => {
    const { api } = fakeApi(true);
    startAlerts(api, deps());
    await vi.waitFor(() => expect(api.alarms.get).toHaveBeenCalled());
    expect(api.alarms.create).not.toHaveBeenCalled();
  });

  it('opens the dashboard when one of its notifications is clicked', () => {
    const { api, fire } = fakeApi(true);
    startAlerts(api, deps());
    fire('clicked', 'another-feature:1');
    expect(api.tabs.create).not.toHaveBeenCalled();
    fire('clicked', 'lifecycle-alerts:2026-11-25');
    expect(api.tabs.create).toHaveBeenCalledWith({ url: `chrome-extension://id${DASHBOARD_PATH}` });
  });

  it('logs a failed run instead of leaving an unhandled rejection', async () => {
    const { api } = fakeApi(true);
    api.action.setBadgeText.mockRejectedValueOnce(new Error('no action'));
    const run = startAlerts(api, deps());
    await expect(run()).resolves.toBeUndefined();
    expect(console.error).toHaveBeenCalled();
  });
});
