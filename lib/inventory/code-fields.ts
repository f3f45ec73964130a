import { parseTerm, termText } from '../codes/term';
import { fieldErrorName } from './field-error';
import type { ThreadDetails } from '../codes/thread-details';
import { calendarDateOf, usableZone } from '../preflight/time';
import { codeDetailsSchema, type CodeDetails } from '../records/schema';

/** What a code's own inputs in the paste preview hold: always strings, '' for blank. */
export interface CodeFields {
  creatorHandle: string;
  expectedPost: string;
  /** A length, "no expiry" or an end date, in words ("30 days", "until 2026-12-31"). */
  term: string;
}
export type CodeField = keyof CodeFields;
export type CodeFieldErrors = Partial<Record<CodeField, string>>;

/** What the buyer typed over the suggestions, per code. A '' clears the suggestion. */
export type CodeEdits = Readonly<Record<string, Partial<CodeFields>>>;

/** The buyer's calendar day, `YYYY-MM-DD`: dates written without a year are read against it. */
export function todayIn(epochMs: number, timeZone: string | undefined): string {
  const { year, month, day } = calendarDateOf(epochMs, usableZone(timeZone));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The suggestions from the code's own text, with the buyer's edits over them. */
export function codeFields(
  found: ThreadDetails | undefined,
  edits?: Partial<CodeFields>,
): CodeFields {
  return {
    creatorHandle: edits?.creatorHandle ?? (found?.creatorHandle ? `@${found.creatorHandle}` : ''),
    expectedPost: edits?.expectedPost ?? found?.expectedPost ?? '',
    term: edits?.term ?? termText(found?.term),
  };
}

/** Turns a code's inputs into its own details, or says which input is wrong and how to fix it. */
export function readCodeFields(
  fields: CodeFields,
  today: string,
): { ok: true; details: CodeDetails } | { ok: false; errors: CodeFieldErrors } {
  const errors: CodeFieldErrors = {};
  const details: CodeDetails = {};
  const handle = fields.creatorHandle.trim().replace(/^@+/, '');
  if (handle) {
    if (/^[\p{L}\p{N}_.]{1,100}$/u.test(handle)) details.creatorHandle = handle;
    else errors.creatorHandle = 'details_errorHandle';
  }
  const post = fields.expectedPost.trim();
  if (post) details.expectedPost = post;
  const term = parseTerm(fields.term, today);
  if (term === null) {
    errors.term = 'details_errorTerm';
  } else if (term && 'expiresOn' in term) {
    details.expiresOn = term.expiresOn;
  } else if (term) {
    details.duration = term.duration;
  }
  const parsed = codeDetailsSchema.safeParse(details);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'expectedPost' ? 'expectedPost' : 'creatorHandle';
      errors[field] ??= fieldErrorName(issue);
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, details };
}

/**
 * A code's details to store: its own where it has them, the shared ones for the rest. Length and
 * end date are one detail (the end wins over a length), so a code whose text gives either keeps
 * both shared ones out.
 */
export function mergeDetails(own: CodeDetails, shared: CodeDetails): CodeDetails {
  const merged: CodeDetails = { ...shared };
  if (own.duration !== undefined || own.expiresOn !== undefined) {
    delete merged.duration;
    delete merged.expiresOn;
  }
  for (const [key, value] of Object.entries(own) as [keyof CodeDetails, unknown][]) {
    if (value !== undefined && value !== '') (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** "#s63DdePaj…" for labels: enough to tell the rows apart when read aloud. */
export function codeLabel(code: string): string {
  return code.length > 12 ? `${code.slice(0, 9)}…${code.slice(-3)}` : code;
}
