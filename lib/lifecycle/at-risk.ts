import type { CodeRecord } from '../records/schema';
import { daysToLastDay, endOfIsoDate, lastMoment } from './calendar';

export interface AdAtRisk {
  record: CodeRecord;
  expiresAt: number;
  campaignEndsAt: number;
  /** Campaign days left without the authorization; 0 when it ends during the campaign's last day. */
  daysShort: number;
}

/**
 * Applied codes whose authorization ends before the campaign does: the ads using them would
 * stop early unless the creator extends. The campaign runs through its whole end date.
 */
export function adsAtRisk(records: readonly CodeRecord[], timeZone: string): AdAtRisk[] {
  const atRisk: AdAtRisk[] = [];
  for (const record of records) {
    if (record.status !== 'applied' || record.expiresAt === undefined) continue;
    const campaignEndsAt = record.campaignEndsOn && endOfIsoDate(record.campaignEndsOn, timeZone);
    if (campaignEndsAt && record.expiresAt < campaignEndsAt) {
      const daysShort = daysToLastDay(campaignEndsAt, lastMoment(record.expiresAt), timeZone);
      atRisk.push({ record, expiresAt: record.expiresAt, campaignEndsAt, daysShort });
    }
  }
  return atRisk.sort(
    (a, b) => a.expiresAt - b.expiresAt || a.record.code.localeCompare(b.record.code),
  );
}
