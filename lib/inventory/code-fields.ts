import { termText } from '../codes/term';
import type { ThreadDetails } from '../codes/thread-details';
import { calendarDateOf, usableZone } from '../preflight/time';
import type { CodeDetails } from '../records/schema';

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
