import type { Translate } from '../translate';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { getCodes, recordCheck } from '../db/repository';
import { runPreflight } from '../preflight';
import type { LiveLookups } from '../services/live-lookups';
import { accountById, accountForChecks } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { mapWithConcurrency } from '../tiktok/pool';

export interface RefreshDeps {
  db: SparkDatabase;
  settings: Pick<SettingsStore, 'get'>;
  live: Pick<LiveLookups, 'open'>;
  clock: Clock;
  t: Translate;
}

/**
 * Asks TikTok again about inventory codes and stores the answer with the time it was fetched,
 * re-running the checks so the stored verdict matches the new facts. Each code is checked on
 * its own ad account, or the default one.
 */
export async function refreshLive(
  deps: RefreshDeps,
  codes: readonly string[],
): Promise<{ checked: number; skipped: { code: string; reason: string }[] }> {
  const settings = await deps.settings.get();
  const records = await getCodes(deps.db, codes);
  const skipped: { code: string; reason: string }[] = [];
  const work = codes.flatMap((code) => {
    const record = records.get(code);
    if (!record) {
      skipped.push({ code, reason: 'Not in your inventory.' });
      return [];
    }
    const advertiserId = record.adAccountId ?? settings.defaultAdAccountId;
    if (!advertiserId) {
      skipped.push({ code, reason: 'Set the ad account for this code, or a default account.' });
      return [];
    }
    return [{ record, advertiserId }];
  });
  const lookup = work.length ? await deps.live.open() : undefined;
  if (!lookup) {
    const reason = 'Add an API token in Options to check live.';
    work.forEach(({ record }) => skipped.push({ code: record.code, reason }));
    return { checked: 0, skipped };
  }
  let checked = 0;
  await mapWithConcurrency(work, 4, async ({ record, advertiserId }) => {
    const live = await lookup(record.code, advertiserId);
    const account = accountById(settings, advertiserId) ?? { id: advertiserId };
    const results = runPreflight(
      { code: record.code, occurrences: 1, record, live },
      {
        now: deps.clock.now(),
        timeZone: deps.clock.timeZone,
        alertWindowDays: settings.alertWindowDays,
        adAccount: accountForChecks(account),
        t: deps.t,
      },
    );
    await recordCheck(deps.db, record.code, results, live, deps.clock);
    checked++;
  });
  return { checked, skipped };
}
