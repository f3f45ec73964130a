import type { CodeRecord } from '../records/schema';
import type { LiveFacts } from '../tiktok/facts';
import { definitiveFailure, faultFailure, liveHint, liveView } from './live';
import { combine, phrase, plural, result, sentences, type ResultMarks } from './result';
import {
  calendarDateOf,
  daysLeft,
  lastDayText,
  parseCalendarDate,
  startOfDayPlus,
  usableZone,
} from './time';
import type { Check, CheckResult, PreflightInput } from './types';

export { daysLeft } from './time';

export type ExpirySource =
  'live' | 'expiry-date' | 'received-plus-duration' | 'no-expiry' | 'unknown';

export interface Expiry {
  /** Epoch ms when the authorization stops working; null when there is none or it is unknown. */
  endsAt: number | null;
  source: ExpirySource;
}

export type ExpiryRecord = Partial<
  Pick<CodeRecord, 'expiresOn' | 'receivedOn' | 'duration' | 'addedAt'>
>;

export const DEFAULT_ALERT_WINDOW_DAYS = 3;

/**
 * When a code stops working, from the best source available: TikTok's own end time, then the
 * date the buyer recorded, then the day the code arrived plus the duration the creator chose.
 * Recorded dates are read in the buyer's zone.
 */
export function computeExpiry(
  record: ExpiryRecord,
  live: LiveFacts | undefined,
  timeZone?: string,
): Expiry {
  if (live?.authEnd !== undefined) return { endsAt: live.authEnd, source: 'live' };
  const zone = usableZone(timeZone);
  const expiresOn = parseCalendarDate(record.expiresOn);
  // The code still works on the day written down, so it ends when the next day starts.
  if (expiresOn) return { endsAt: startOfDayPlus(expiresOn, 1, zone), source: 'expiry-date' };
  if (record.duration === 'none') return { endsAt: null, source: 'no-expiry' };
  if (typeof record.duration === 'number') {
    const received =
      parseCalendarDate(record.receivedOn) ??
      (record.addedAt !== undefined ? calendarDateOf(record.addedAt, zone) : null);
    // The creator granted it some time that day; counting from midnight errs on the early side.
    if (received) {
      return {
        endsAt: startOfDayPlus(received, record.duration, zone),
        source: 'received-plus-duration',
      };
    }
  }
  return { endsAt: null, source: 'unknown' };
}

const EXTEND = 'Ask the creator to extend the authorization, or send a new code';

/** Where an end date came from, as a result's source. */
function sourceOf(source: ExpirySource): ResultMarks {
  if (source === 'live') return { source: 'live' };
  if (source === 'unknown') return {};
  return { source: 'records' };
}

function expired(message: string, marks: ResultMarks): CheckResult {
  return result('expiry', 'fail', message, EXTEND, marks);
}

function isExpiredStatus(status: string | undefined): boolean {
  return status?.trim().toUpperCase() === 'EXPIRED';
}

function sourceNote(source: ExpirySource): string {
  if (source === 'received-plus-duration') return ' (worked out from when you got it)';
  if (source === 'live') return ' (from TikTok)';
  return '';
}

/** Authorization ending while the campaign still runs means the ads would stop early. */
function campaignOutlasts(
  endsAt: number,
  input: PreflightInput,
  zone: string,
  marks: ResultMarks,
): CheckResult | undefined {
  const campaignEnd = parseCalendarDate(input.record?.campaignEndsOn);
  if (!campaignEnd) return undefined;
  const campaignStops = startOfDayPlus(campaignEnd, 1, zone);
  if (endsAt >= campaignStops) return undefined;
  const campaignDay = lastDayText(campaignStops, zone);
  return result(
    'expiry',
    'warn',
    `Ends on ${lastDayText(endsAt, zone)}, before your campaign ends on ${campaignDay}`,
    `Ask the creator to extend the authorization past ${campaignDay}, or line up a replacement`,
    marks,
  );
}

function unknownExpiry(input: PreflightInput): CheckResult {
  const view = liveView(input);
  const fault = faultFailure(view);
  const record = input.record
    ? 'Record the expiry date, or the date you got the code and its duration'
    : 'Add the code to your inventory with its expiry date, or the date you got it and its duration';
  return result(
    'expiry',
    'unknown',
    fault ? `Expiry not known: ${phrase(fault.message)}` : 'Expiry not known',
    sentences(record, liveHint(view)),
  );
}

export const expiryCheck: Check = (input, context) => {
  const zone = usableZone(context.timeZone);
  const view = liveView(input);
  if (definitiveFailure(view)?.reason === 'expired') {
    return expired('TikTok says this code has expired', { source: 'live' });
  }
  if (isExpiredStatus(view.facts?.authStatus)) {
    return expired('TikTok shows this authorization as expired', { source: 'live' });
  }

  const { endsAt, source } = computeExpiry(input.record ?? {}, view.facts, zone);
  const marks = sourceOf(source);
  if (endsAt !== null && endsAt <= context.now) {
    return expired(`Expired on ${lastDayText(endsAt, zone)}${sourceNote(source)}`, marks);
  }
  // The buyer or Ads Manager said so earlier; only a fresh live answer can overrule that.
  if (input.record?.status === 'expired' && !view.factsAreFresh) {
    return expired('Marked as expired in your inventory', { source: 'records' });
  }
  if (source === 'no-expiry') {
    return result('expiry', 'pass', 'Recorded as having no expiry date', '', marks);
  }
  if (endsAt === null) return unknownExpiry(input);

  const left = daysLeft(endsAt, context.now, zone);
  const window = context.alertWindowDays ?? DEFAULT_ALERT_WINDOW_DAYS;
  const findings: CheckResult[] = [];
  if (left <= window) {
    findings.push(
      result(
        'expiry',
        'warn',
        `Expires in ${plural(left, 'day')} (last day ${lastDayText(endsAt, zone)})${sourceNote(source)}`,
        'Authorize it soon, or ask the creator to extend the authorization',
        marks,
      ),
    );
  }
  const campaign = campaignOutlasts(endsAt, input, zone, marks);
  if (campaign) findings.push(campaign);
  return (
    combine('expiry', findings) ??
    result(
      'expiry',
      'pass',
      `Usable through ${lastDayText(endsAt, zone)}, ${plural(left, 'day')} left${sourceNote(source)}`,
      '',
      marks,
    )
  );
};
