/** A Spark code found in a paste. */
export interface FoundCode {
  /** The normalised code: `#`, base64 characters, `=` padding kept. */
  code: string;
  /** Exactly what the buyer pasted for its first occurrence: `text.slice(start, end)`. */
  raw: string;
  /** Offset of the first occurrence in the original text. */
  start: number;
  /** End (exclusive) of the first occurrence in the original text. */
  end: number;
  /** Plain-English notes on what was cleaned or looks wrong, for the buyer. */
  warnings: string[];
  /** How many times the code appears in the paste. */
  occurrences: number;
}

/** Text that looks like an attempt at a Spark code but cannot be used as one. */
export interface RejectedFragment {
  /** Exactly what the buyer pasted: `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
  /** Why it was not accepted, in plain words. */
  reason: string;
  /** The code it would be if the buyer confirms it (set when only the `#` is missing). */
  suggestion?: string;
}

export interface PasteScan {
  /** One entry per distinct code, in order of first appearance. */
  codes: FoundCode[];
  /** In order of appearance. */
  rejected: RejectedFragment[];
}
