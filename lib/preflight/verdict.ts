import { WARNING } from '../codes/messages';
import type { Translate } from '../translate';
import { checkIds, type CheckId } from './check-ids';
import type { CheckResult } from './check-result';
import type { CheckStatusWord, VerdictKind } from './vocabulary';
import { warningWords } from './reading-words';

/** A check as the verdict sees it; `pending` while the inventory has not answered yet. */
export type VerdictCheck = Pick<
  CheckResult,
  'id' | 'message' | 'fix' | 'liveOnly' | 'cleanable'
> & {
  status: CheckStatusWord;
};

export interface VerdictInput {
  checks: readonly VerdictCheck[];
  /** False for text that only looked like a code, or a code cut short: it cannot work. */
  complete: boolean;
  /** What extraction cleaned out of the code where it was found. */
  warnings: readonly string[];
  t: Translate;
}

export interface Verdict {
  kind: VerdictKind;
  /** Ready on what the buyer recorded; the checks only TikTok can settle were not run. */
  fromRecords: boolean;
  /** The problem that decides the verdict, in plain words; empty when the code is ready. */
  reason: string;
  /** The one fix that matters; empty when there is nothing to do. */
  fix: string;
  /**
   * A heads-up that does not stop the code working now: it expires soon, or before the campaign
   * ends. Taking the code out would not help, so it never turns a code from ready.
   */
  note?: { message: string; fix: string };
  /** Rewriting the field with the cleaned code, once, removes every problem this code has. */
  cleanable: boolean;
}

/** Notes about characters taken out or decoded; Ads Manager only sees them if the field keeps them. */
const CLEANING_NOTES = new Set<string>([
  WARNING.invisible,
  WARNING.noBreakSpace,
  WARNING.lineBreak,
  WARNING.url,
  WARNING.html,
  WARNING.json,
  WARNING.quotedPrintable,
  WARNING.missingHash,
]);

interface Problem {
  message: string;
  fix: string;
  cleanable: boolean;
}

const ORDER = new Map<CheckId, number>(checkIds.map((id, index) => [id, index]));

/** Checks in report order, so "the first problem" means the same thing everywhere. */
function inOrder(checks: readonly VerdictCheck[]): VerdictCheck[] {
  return [...checks].sort((a, b) => (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}

/**
 * A failed check means the code cannot work (expired, revoked, another post, another market,
 * not a whole code...) with one exception: being already applied or repeated is a duplicate
 * the buyer can take out, never a dead code.
 */
const blocks = (check: VerdictCheck) => check.status === 'fail' && check.id !== 'duplicate';

/** An expiry warning says "soon" or "before the campaign ends": the code still works today. */
const isHeadsUp = (check: VerdictCheck) => check.id === 'expiry' && check.status === 'warn';

function problemsOf(
  checks: readonly VerdictCheck[],
  warnings: readonly string[],
  t: Translate,
): Problem[] {
  const found: Problem[] = checks
    .filter((c) => (c.status === 'warn' || c.status === 'fail') && !isHeadsUp(c))
    .map((c) => ({ message: c.message, fix: c.fix, cleanable: c.cleanable === true }));
  for (const warning of warnings) {
    if (CLEANING_NOTES.has(warning)) {
      const message = warningWords(warning, t);
      found.push({ message, fix: t('preflight_useCleanField'), cleanable: true });
    }
  }
  return found;
}

function verdict(kind: VerdictKind, reason: string, fix: string, extra: Partial<Verdict> = {}) {
  return { kind, reason, fix, fromRecords: false, cleanable: false, ...extra } satisfies Verdict;
}

/**
 * What to do with one code, from its checks: worst first. Blocked (it cannot work) beats
 * everything and shows as soon as it is known; then still checking; then a fix the buyer can
 * make; then not checked (an unknown the records or TikTok could settle, never shown as ready);
 * else ready, "from your records" when only the checks TikTok alone can settle were not run.
 */
export function codeVerdict(input: VerdictInput): Verdict {
  const { t } = input;
  const checks = inOrder(input.checks);
  const expiryWarning = checks.find(isHeadsUp);
  const note = expiryWarning && { message: expiryWarning.message, fix: expiryWarning.fix };
  const withNote = note ? { note } : {};

  if (!input.complete) {
    const format = checks.find((c) => c.id === 'format' && c.status !== 'pass');
    return verdict(
      'blocked',
      format?.message ?? t('preflight_notACode'),
      format?.fix || t('preflight_copyAgain'),
    );
  }
  const blocker = checks.find(blocks);
  if (blocker) return verdict('blocked', blocker.message, blocker.fix, withNote);
  if (checks.some((c) => c.status === 'pending')) return verdict('checking', '', '', withNote);
  // Nothing is called ready on a check that never ran.
  const notRun = checkIds.find((id) => !checks.some((c) => c.id === id));
  if (notRun) {
    return verdict('not-checked', t('preflight_notRun'), t('preflight_notRunFix'), withNote);
  }

  const problems = problemsOf(checks, input.warnings, t);
  const [first] = problems;
  if (first) {
    return verdict('needs-fix', first.message, first.fix, {
      ...withNote,
      cleanable: problems.every((p) => p.cleanable),
    });
  }
  const unsettled = checks.find((c) => c.status === 'unknown' && !c.liveOnly);
  if (unsettled) return verdict('not-checked', unsettled.message, unsettled.fix, withNote);
  return verdict('ready', '', '', {
    ...withNote,
    fromRecords: checks.some((c) => c.status === 'unknown' && c.liveOnly),
  });
}
