import type { CheckId, CheckResult, CheckStatus } from './types';

export function result(id: CheckId, status: CheckStatus, message: string, fix = ''): CheckResult {
  return { id, status, message, fix };
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
  );
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Fix texts are built from parts, some of which may be empty. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter(Boolean).join('. ');
}

/** TikTok failure texts end with a full stop; our messages are short phrases without one. */
export function phrase(text: string): string {
  return text.trim().replace(/\.$/, '');
}
