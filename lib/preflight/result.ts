import type { CheckId, CheckResult, CheckStatus } from './types';

/** The optional marks a result can carry beside its words; see `checkResultSchema`. */
export type ResultMarks = Pick<CheckResult, 'source' | 'liveOnly' | 'cleanable'>;

export function result(
  id: CheckId,
  status: CheckStatus,
  message: string,
  fix = '',
  marks: ResultMarks = {},
): CheckResult {
  return { id, status, message, fix, ...marks };
}

/** An unknown that only TikTok can settle, when TikTok was not asked in this run. */
export function liveOnly(id: CheckId, message: string, fix = ''): CheckResult {
  return result(id, 'unknown', message, fix, { liveOnly: true });
}

/** Marks every finding shares; a mark that only some findings carry does not hold for all. */
function sharedMarks(findings: readonly CheckResult[]): ResultMarks {
  const marks: ResultMarks = {};
  const [first] = findings;
  if (first?.source && findings.every((f) => f.source === first.source)) {
    marks.source = first.source;
  }
  if (findings.every((f) => f.liveOnly)) marks.liveOnly = true;
  if (findings.every((f) => f.cleanable)) marks.cleanable = true;
  return marks;
}

const severity: Record<CheckStatus, number> = { pass: 0, unknown: 1, warn: 2, fail: 3 };

/** The worse of two statuses, in the order fail > warn > unknown > pass. */
export function worse(a: CheckStatus, b: CheckStatus): CheckStatus {
  // Stryker disable next-line EqualityOperator: equal severity means the same status
  return severity[b] > severity[a] ? b : a;
}

/**
 * One result out of several findings of the same check, so a code that is both pasted twice and
 * already applied tells the buyer both things instead of only the worst one.
 */
export function combine(id: CheckId, findings: readonly CheckResult[]): CheckResult | undefined {
  if (findings.length === 0) return undefined;
  const status = findings.map((f) => f.status).reduce(worse);
  const ordered = [...findings].sort((a, b) => severity[b.status] - severity[a.status]);
  return result(
    id,
    status,
    ordered.map((f) => f.message).join('. '),
    sentences(...ordered.map((f) => f.fix)),
    sharedMarks(findings),
  );
}

/** Fix texts are built from parts, some of which may be empty. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter(Boolean).join('. ');
}

/** TikTok failure texts end with a full stop; our messages are short phrases without one. */
export function phrase(text: string): string {
  return text.trim().replace(/\.$/, '');
}
