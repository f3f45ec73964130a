import { createI18n } from '@wxt-dev/i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type SparkDatabase } from '../db/database';
import type { CodeRecord } from '../records/schema';
import { defaultSettings } from '../settings/schema';
import { badgeText, createAlertRunner, isAlertNotification } from './alert-runner';
import { createNotifiedStore } from './notified-store';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 25, 9);

function code(n: number): string {
  return `#${String(n).padStart(3, '0')}s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPi=`;
}

function record(n: number, overrides: Partial<CodeRecord>): CodeRecord {
  return {
    code: code(n),
    raw: code(n),
    extractionWarnings: [],
    status: 'ready',
    addedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

let db: SparkDatabase;
let now: number;
let badge: ReturnType<typeof vi.fn<(text: string) => void>>;
let notify: ReturnType<typeof vi.fn<(id: string, title: string, message: string) => void>>;

function runner(windowDays = 3) {
  return createAlertRunner({
    db,
    settings: { get: async () => ({ ...defaultSettings, alertWindowDays: windowDays }) },
    setBadge: badge,
    notify,
    clock: { now: () => now, timeZone: 'UTC' },
    locale: 'en-US',
    notified: createNotifiedStore(fakeBrowser.storage.local),
    t: createI18n().t,
  });
}

beforeEach(() => {
  db = openDatabase(`alerts-${Math.random()}`);
  now = START;
  badge = vi.fn();
  notify = vi.fn();
});

describe('alert runner', () => {
  it('shows the count on the badge and names the most urgent in one notification', async () => {
    await db.codes.bulkPut([
      record(1, { creatorHandle: 'maya', expiresAt: Date.UTC(2026, 10, 27) }),
      record(2, { creatorHandle: 'leo', status: 'applied', expiresAt: Date.UTC(2026, 10, 20) }),
      record(3, { expiresAt: Date.UTC(2026, 10, 26) }),
      record(4, { creatorHandle: 'far', expiresAt: Date.UTC(2026, 11, 30) }),
      // Last day Nov 27, the third day counting today: inside a 3-day window.
      record(5, { creatorHandle: 'ann', expiresAt: Date.UTC(2026, 10, 27, 23) }),
      record(6, { creatorHandle: 'bo', expiresAt: Date.UTC(2026, 10, 28) }),
      // Last day Nov 28, the fourth: just outside.
      record(7, { creatorHandle: 'cy', expiresAt: Date.UTC(2026, 10, 28) + 1 }),
      // Counted on the badge like the dashboard counts it, but not a deadline to notify about.
      record(8, { creatorHandle: 'dee', status: 'failed' }),
    ]);
    const result = await runner()();
    expect(result.count).toBe(6);
    expect(badge).toHaveBeenLastCalledWith('6');
    expect(notify).toHaveBeenCalledTimes(1);
    const [id, title, message] = notify.mock.calls[0] ?? [];
    expect(isAlertNotification(id ?? '')).toBe(true);
    expect(title).toBe('6 Spark codes need action');
    expect(message?.split('\n')).toEqual([
      '@leo: authorization ended on Nov 19, 2026 while the code is applied',
      `${code(3).slice(0, 10)}…: last day Nov 25, 2026 · 1 day left`,
      '@maya: last day Nov 26, 2026 · 2 days left',
      'and 2 more',
    ]);
  });

  it('does not notify twice about the same code on the same day', async () => {
    await db.codes.put(record(1, { expiresAt: Date.UTC(2026, 10, 27) }));
    const run = runner();
    await run();
    now = START + 3 * 3_600_000;
    const second = await run();
    expect(notify).toHaveBeenCalledTimes(1);
    expect(second.notifiedCodes).toEqual([]);
    expect(badge).toHaveBeenLastCalledWith('1');
  });

  it('notifies about a code that joined the list later that day, and only about it', async () => {
    await db.codes.put(record(1, { creatorHandle: 'maya', expiresAt: Date.UTC(2026, 10, 27) }));
    const run = runner();
    await run();
    await db.codes.put(record(2, { creatorHandle: 'leo', expiresAt: Date.UTC(2026, 10, 27) }));
    const second = await run();
    expect(second.notifiedCodes).toEqual([code(2)]);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify.mock.calls[1]?.[1]).toBe('2 Spark codes need action');
    expect(notify.mock.calls[1]?.[2]).toBe('@leo: last day Nov 26, 2026 · 2 days left');
  });

  it('reminds again on the next day', async () => {
    await db.codes.put(record(1, { expiresAt: Date.UTC(2026, 10, 28) }));
    const run = runner();
    await run();
    now = START + DAY;
    expect((await run()).notifiedCodes).toEqual([code(1)]);
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('tries again on the next run when the notification could not be shown', async () => {
    await db.codes.put(record(1, { expiresAt: Date.UTC(2026, 10, 27) }));
    notify.mockImplementationOnce(() => {
      throw new Error('notifications are off');
    });
    const run = runner();
    await expect(run()).rejects.toThrow('notifications are off');
    expect(badge).toHaveBeenLastCalledWith('1');
    expect((await run()).notifiedCodes).toEqual([code(1)]);
  });

  it('clears the badge and stays quiet when nothing is urgent', async () => {
    await db.codes.put(record(1, { expiresAt: Date.UTC(2026, 11, 30) }));
    expect((await runner()()).count).toBe(0);
    expect(badge).toHaveBeenLastCalledWith('');
    expect(notify).not.toHaveBeenCalled();
  });

  it('follows the alert window setting', async () => {
    await db.codes.put(record(1, { expiresAt: Date.UTC(2026, 11, 5) }));
    expect((await runner(3)()).count).toBe(0);
    expect((await runner(10)()).count).toBe(1);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '999+'],
  ])('%d → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
