/**
 * Where a scan of a paste has work to do: a `#` or an encoded one (`%23`, `&#35;`, `&num;`), or a
 * run of base64 long enough to be a code written without its `#`. Everything between them is
 * prose the scan would only step over, so it is skipped without reading each character: the
 * anchors are found with `indexOf` (a native search), and long runs by reading windows of
 * {@link MIN_BODY_LENGTH} characters from their end, which rules most of a window out at once.
 */
import { MIN_BODY_LENGTH, isBase64Code } from './patterns';

const HASH = '#';
// Only these can encode a `#`: `%23` in a URL; `&#35;`, `&#x23;` (any number of leading zeros)
// and `&num;` in HTML. Any other `%` or `&` the scan would step over.
const URL_HASH = '%23';
const NAMED_HASH = '&num;';
const AMPERSAND = 0x26;

export class Landmarks {
  // The next occurrence at or after the last position asked about (the text's length when there
  // is none); -1 before the first search.
  private hash = -1;
  private urlHash = -1;
  private namedHash = -1;
  private longRun = -1;

  constructor(private readonly text: string) {}

  /**
   * The first landmark at or after `from`, or the text's length when there is none. `from` must
   * not be inside a base64 run (the character before it is not base64), so that a long run is
   * only ever met at its start, where the scan reads runs from, and must never be less than the
   * `from` of the call before: the scan only moves forward, and what was found is kept.
   */
  next(from: number): number {
    const text = this.text;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: searching again finds the same landmark; the test only saves the search
    if (this.hash < from) this.hash = indexOrEnd(text, HASH, from);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
    if (this.urlHash < from) this.urlHash = indexOrEnd(text, URL_HASH, from);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
    if (this.namedHash < from) this.namedHash = indexOrEnd(text, NAMED_HASH, from);
    // `&#` (the start of `&#35;`) is always followed by a `#`: the `#` search finds it too, one
    // search fewer over the whole paste.
    const hash = this.hash;
    const entityStart = hash - 1;
    const numericEntity =
      hash < text.length && entityStart >= from && text.charCodeAt(entityStart) === AMPERSAND
        ? entityStart
        : hash;
    const nearestChar = Math.min(numericEntity, this.urlHash, this.namedHash);
    // A long run is only looked for up to the nearest character landmark: past it, the scan
    // may move on from anywhere.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
    if (this.longRun < from) {
      this.longRun = longRunStart(text, from, nearestChar);
    }
    return Math.min(nearestChar, this.longRun);
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found === -1 ? text.length : found;
}

/**
 * Start of the first base64 run of at least {@link MIN_BODY_LENGTH} characters that starts in
 * [from, limit), or `limit` (never past the text's end) when there is none.
 *
 * Reads a window of that length from its end back: the first character met that is not base64
 * rules out every run starting at or before it, so the window moves past it. In prose a window
 * is ruled out after a few characters and moves on by most of its length.
 */
function longRunStart(text: string, from: number, limit: number): number {
  // Every landmark starts with a character that is not base64 (`#`, `%`, `&`), so a run that
  // starts before the limit ends there at the latest: windows are only read up to it, and the
  // short stretches between two nearby landmarks are not read at all.
  // `start` is where a run may begin: `from` (never inside a run) or just after a character that
  // is not base64. Everything from `start` up to `known` is already known to be base64, so it is
  // never read twice.
  let start = from;
  let known = from;
  // Stryker disable next-line ArithmeticOperator: windows past the limit meet its landmark, which is no base64, and what is found past it is never nearer than the limit
  while (start + MIN_BODY_LENGTH <= limit) {
    let k = start + MIN_BODY_LENGTH - 1;
    // Stryker disable next-line ConditionalExpression: reading what is known again only costs time; the character before `start` is never base64
    while (k >= known && isBase64Code(text.charCodeAt(k))) k--;
    if (k < known) return start;
    known = start + MIN_BODY_LENGTH;
    start = k + 1;
  }
  return limit;
}
