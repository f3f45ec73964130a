/**
 * The words, icons and tones a code's status is shown with. The page panel and the popup both
 * take them from here, so a code reads the same, in the same colour, wherever the buyer sees it.
 * Colour never carries the meaning alone: every tone has an icon and every status a word.
 */
import type { Translate } from '../translate';
import type { CheckStatus } from './check-result';

export const verdictKinds = ['checking', 'ready', 'needs-fix', 'blocked', 'not-checked'] as const;
/** One word for what to do with a code: use it, fix it, take it out, or find out more first. */
export type VerdictKind = (typeof verdictKinds)[number];

export const tones = ['ready', 'attention', 'blocked', 'unknown', 'pending', 'done'] as const;
export type Tone = (typeof tones)[number];

export const TONE_ICON: Record<Tone, string> = {
  ready: '✓',
  attention: '!',
  blocked: '✕',
  unknown: '?',
  pending: '◌',
  done: '•',
};

/** The class both screens style a tone with (see components/common/tones.css). */
export function toneClass(tone: Tone): string {
  return `tone-${tone}`;
}

export const VERDICT_WORD: Record<VerdictKind, string> = {
  checking: 'Checking…',
  ready: 'Ready',
  'needs-fix': 'Needs a fix',
  blocked: 'Blocked',
  'not-checked': 'Not checked',
};

/** Ready on what the buyer recorded, while the checks only TikTok can settle were not run. */
export const READY_FROM_RECORDS = 'Ready (from your records)';

/**
 * The same words as message names in public/_locales, for screens that speak the buyer's
 * language; vocabulary.test.ts holds the English messages to the words above.
 */
export const VERDICT_MESSAGE: Record<VerdictKind, string> = {
  checking: 'verdict_checking',
  ready: 'verdict_ready',
  'needs-fix': 'verdict_needsFix',
  blocked: 'verdict_blocked',
  'not-checked': 'verdict_notChecked',
};
export const READY_FROM_RECORDS_MESSAGE = 'verdict_readyFromRecords';

export const VERDICT_TONE: Record<VerdictKind, Tone> = {
  checking: 'pending',
  ready: 'ready',
  'needs-fix': 'attention',
  blocked: 'blocked',
  'not-checked': 'unknown',
};

/** One check's own status, shown in a code's details. */
export type CheckStatusWord = CheckStatus | 'pending';

export const CHECK_STATUS_WORD: Record<CheckStatusWord, string> = {
  pass: 'Pass',
  warn: 'Warn',
  fail: 'Fail',
  unknown: 'Unknown',
  pending: 'Checking',
};

export const CHECK_STATUS_MESSAGE: Record<CheckStatusWord, string> = {
  pass: 'checkStatus_pass',
  warn: 'checkStatus_warn',
  fail: 'checkStatus_fail',
  unknown: 'checkStatus_unknown',
  pending: 'checkStatus_pending',
};

export const CHECK_STATUS_TONE: Record<CheckStatusWord, Tone> = {
  pass: 'ready',
  warn: 'attention',
  fail: 'blocked',
  unknown: 'unknown',
  pending: 'pending',
};

/** How the summary line counts each verdict, by what to do with the codes: message names. */
const SUMMARY_COUNT: Record<VerdictKind, string> = {
  ready: 'summary_ready',
  'needs-fix': 'summary_toFix',
  blocked: 'summary_toRemove',
  'not-checked': 'summary_notChecked',
  checking: 'summary_checking',
};

/** The order of the summary's parts: what is usable first, then what needs doing. */
const SUMMARY_ORDER: readonly VerdictKind[] = [
  'ready',
  'needs-fix',
  'blocked',
  'not-checked',
  'checking',
];

/** One line for a list of verdicts, e.g. "3 ready · 2 to remove"; empty kinds are left out. */
export function summarizeVerdicts(kinds: readonly VerdictKind[], t: Translate): string {
  if (kinds.length === 0) return t('summary_none');
  return SUMMARY_ORDER.map((kind) => [kind, kinds.filter((k) => k === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => t(SUMMARY_COUNT[kind], count, [count]))
    .join(' · ');
}
