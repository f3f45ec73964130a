import { openDatabase, type SparkDatabase } from '../db/database';
import { createSettingsStore, createTokenStore, type StorageAreaLike } from '../settings/store';
import type { LiveLookup } from '../tiktok/facts';
import { createLiveLookups } from './live-lookups';
import { createPreflightService } from './preflight-service';
import { fixedClock } from '../clock';
import { englishTranslate } from '../lifecycle/english.testing';

const opened: SparkDatabase[] = [];

/** Closes the databases the last test opened, so deleting them afterwards does not wait. */
export function closeTestDatabases(): void {
  opened.splice(0).forEach((db) => db.close());
}

/**
 * A fresh database, settings and token store over `area` (the tests pass the fake browser's
 * storage), with a pinned clock.
 */
export function testDeps(area: StorageAreaLike, now = Date.UTC(2026, 10, 25, 12)) {
  const clock = fixedClock(now, 'UTC');
  const db = openDatabase(`services-${Math.random()}`);
  opened.push(db);
  const settings = createSettingsStore(area);
  const t = englishTranslate;
  return {
    db,
    settings,
    tokens: createTokenStore(area),
    clock,
    t,
    preflight: createPreflightService({ db, settings, clock, t }),
  };
}

/** Live lookups that answer with `videoInfo` once a token is saved in `tokens`. */
export function testLookups(
  deps: Pick<ReturnType<typeof testDeps>, 'tokens' | 'clock'>,
  videoInfo: (advertiserId: string, code: string) => Promise<LiveLookup>,
) {
  return createLiveLookups({
    ...deps,
    hasApiAccess: async () => true,
    makeClient: () => ({ videoInfo }) as never,
  });
}

export const CODE_A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
export const CODE_B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';

export function found(code: string, occurrences = 1) {
  return { code, raw: code, occurrences, warnings: [] as string[] };
}
