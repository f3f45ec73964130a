/**
 * The words, icons and tones a code's status is shown with. The page panel and the popup both
 * take them from here, so a code reads the same, in the same colour, wherever the buyer sees it.
 * Colour never carries the meaning alone: every tone has an icon and every status a word.
 */
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

export const CHECK_STATUS_TONE: Record<CheckStatusWord, Tone> = {
  pass: 'ready',
  warn: 'attention',
  fail: 'blocked',
  unknown: 'unknown',
  pending: 'pending',
};

/** How the summary line counts each verdict: by what to do with the codes. */
const SUMMARY_COUNT: Record<VerdictKind, (count: number) => string> = {
  ready: (n) => `${n} ready`,
  'needs-fix': (n) => `${n} to fix`,
  blocked: (n) => `${n} to remove`,
  'not-checked': (n) => `${n} not checked`,
  checking: (n) => `${n} checking…`,
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
export function summarizeVerdicts(kinds: readonly VerdictKind[]): string {
  if (kinds.length === 0) return 'No codes';
  return SUMMARY_ORDER.map((kind) => [kind, kinds.filter((k) => k === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => SUMMARY_COUNT[kind](count))
    .join(' · ');
}

/** The panel's one line for every live-only check it did not run, instead of one per code. */
export const LIVE_NOT_CHECKED = 'Live status not checked: connect TikTok in Options';
