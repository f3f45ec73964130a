import type { CodeRecord } from '../records/schema';
import type { LiveFacts } from '../tiktok/facts';
import { definitiveFailure, failureWords, faultFailure, liveHint, liveView } from './live';
import { combine, phrase, result, sentences, type ResultMarks } from './result';
import {
  calendarDateOf,
  daysLeft,
  lastDayText,
  parseCalendarDate,
  startOfDayPlus,
  usableZone,
} from './time';
import type { Check, CheckResult, PreflightContext, PreflightInput } from './types';

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

/** Where an end date came from, as a result's source. */
function sourceOf(source: ExpirySource): ResultMarks {
  if (source === 'live') return { source: 'live' };
  if (source === 'unknown') return {};
  return { source: 'records' };
}

function expired(message: string, marks: ResultMarks, { t }: PreflightContext): CheckResult {
  return result('expiry', 'fail', message, t('preflight_extend'), marks);
}

function isExpiredStatus(status: string | undefined): boolean {
  return status?.trim().toUpperCase() === 'EXPIRED';
}

/** The message with a note on where its date came from, when that is worth saying. */
function withSourceNote(message: string, source: ExpirySource, { t }: PreflightContext): string {
  if (source === 'received-plus-duration') return t('preflight_dateWorkedOut', [message]);
  if (source === 'live') return t('preflight_dateFromTikTok', [message]);
  return message;
}

/** Authorization ending while the campaign still runs means the ads would stop early. */
function campaignOutlasts(
  endsAt: number,
  input: PreflightInput,
  context: PreflightContext,
  marks: ResultMarks,
): CheckResult | undefined {
  const { t } = context;
  const zone = usableZone(context.timeZone);
  const campaignEnd = parseCalendarDate(input.record?.campaignEndsOn);
  if (!campaignEnd) return undefined;
  const campaignStops = startOfDayPlus(campaignEnd, 1, zone);
  if (endsAt >= campaignStops) return undefined;
  const campaignDay = lastDayText(campaignStops, zone);
  return result(
    'expiry',
    'warn',
    t('preflight_endsBeforeCampaign', [lastDayText(endsAt, zone), campaignDay]),
    t('preflight_endsBeforeCampaignFix', [campaignDay]),
    marks,
  );
}

function unknownExpiry(input: PreflightInput, { t }: PreflightContext): CheckResult {
  const view = liveView(input);
  const fault = faultFailure(view);
  const record = input.record ? t('preflight_recordExpiry') : t('preflight_addWithExpiry');
  return result(
    'expiry',
    'unknown',
    fault
      ? t('preflight_expiryUnknownBecause', [phrase(failureWords(fault, t).message)])
      : t('preflight_expiryUnknown'),
    sentences(record, liveHint(view, t)),
  );
}

export const expiryCheck: Check = (input, context) => {
  const { t } = context;
  const zone = usableZone(context.timeZone);
  const view = liveView(input);
  if (definitiveFailure(view)?.reason === 'expired') {
    return expired(t('preflight_expiredLive'), { source: 'live' }, context);
  }
  if (isExpiredStatus(view.facts?.authStatus)) {
    return expired(t('preflight_expiredStatus'), { source: 'live' }, context);
  }

  const { endsAt, source } = computeExpiry(input.record ?? {}, view.facts, zone);
  const marks = sourceOf(source);
  if (endsAt !== null && endsAt <= context.now) {
    const message = t('preflight_expiredOn', [lastDayText(endsAt, zone)]);
    return expired(withSourceNote(message, source, context), marks, context);
  }
  // The buyer or Ads Manager said so earlier; only a fresh live answer can overrule that.
  if (input.record?.status === 'expired' && !view.factsAreFresh) {
    return expired(t('preflight_markedExpired'), { source: 'records' }, context);
  }
  if (source === 'no-expiry') {
    return result('expiry', 'pass', t('preflight_noExpiry'), '', marks);
  }
  if (endsAt === null) return unknownExpiry(input, context);

  const left = daysLeft(endsAt, context.now, zone);
  const lastDay = lastDayText(endsAt, zone);
  const window = context.alertWindowDays ?? DEFAULT_ALERT_WINDOW_DAYS;
  const findings: CheckResult[] = [];
  if (left <= window) {
    findings.push(
      result(
        'expiry',
        'warn',
        withSourceNote(t('preflight_expiresIn', left, [left, lastDay]), source, context),
        t('preflight_expiresSoonFix'),
        marks,
      ),
    );
  }
  const campaign = campaignOutlasts(endsAt, input, context, marks);
  if (campaign) findings.push(campaign);
  return (
    combine('expiry', findings) ??
    result(
      'expiry',
      'pass',
      withSourceNote(t('preflight_usableThrough', left, [left, lastDay]), source, context),
      '',
      marks,
    )
  );
};
