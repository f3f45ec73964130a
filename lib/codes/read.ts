/**
 * Reads one code attempt that starts at a `#` (or its encoded form), cleaning as it goes and
 * remembering what it cleaned. It reads in a single forward pass and never backtracks, so the
 * whole scan stays linear in the size of the paste.
 */
import {
  decodeEntity,
  decodePercent,
  readQuotedPrintable,
  readUnit,
  type Encoding,
  type Unit,
} from './decode';
import {
  MAX_BODY_LENGTH,
  MAX_PADDING,
  MAX_RAW_LENGTH,
  MIN_BODY_LENGTH,
  isBase64Char,
  isBase64Code,
  isClosingPunctuation,
  isInnerGlue,
  isInvisibleCodePoint,
  isNonAsciiWordChar,
  isWhitespace,
} from './patterns';
import { isPlainWord, isShortWord, looksLikeCode } from './randomness';

/** What was cleaned out of a code on the way, as bit flags. */
export const CLEANED = {
  invisible: 1,
  noBreakSpace: 2,
  lineBreak: 4,
  url: 8,
  html: 16,
  json: 32,
  quotedPrintable: 64,
} as const;

export type CleaningNote = keyof typeof CLEANED;

export interface Candidate {
  /** Offset of the `#` (or `%23`, `&#35;`) in the original text. */
  start: number;
  /** End of the last character that belongs to the attempt. */
  end: number;
  /** Base64 characters and `=` in order, foreign characters left out. */
  body: string;
  /** Distinct characters a code never contains, in the order met (a few examples). */
  foreign: string[];
  /** An `=` was followed by more code characters. */
  misplacedPadding: boolean;
  /** {@link CLEANED} flags. */
  cleaned: number;
  /** The code is followed by `…` or `...` and has no padding: the end may be cut off. */
  ellipsisAfter: boolean;
  /**
   * The attempt stops at a line break, its length is not a whole number of base64 blocks, and
   * the next line starts with what could be its rest: the code may be cut in two.
   */
  splitAtLineBreak: boolean;
}

type CharRole = 'base64' | 'padding' | 'foreign' | 'stop';

/**
 * Reads the attempt whose anchor starts at `start` and whose body starts at `bodyStart`. In
 * quoted-printable email source (`quotedPrintable`), an `=` may start an escape rather than
 * padding. A caller that has already found where the plain base64 from `bodyStart` ends passes
 * that as `firstRunEnd`, so that the run is not read again.
 */
export function readCandidate(
  text: string,
  start: number,
  bodyStart: number,
  anchorEncoding: Encoding,
  quotedPrintable = false,
  firstRunEnd = bodyStart,
): Candidate {
  // Kept in locals, not on the candidate or in a closure, so that the engine keeps them in
  // registers: about half the codes of a messy paste are read here.
  // Plain base64 is taken as it is, with nothing to clean or note, as the loop below would take it.
  let end = firstRunEnd;
  let body = text.slice(bodyStart, firstRunEnd);
  const foreign: string[] = [];
  let misplacedPadding = false;
  let cleaned = encodingFlag(anchorEncoding);
  let splitAtLineBreak = false;
  // Invisible characters and joined breaks count only once a code character follows them;
  // trailing ones are around the code, not in it.
  let pending = 0;
  let pos = firstRunEnd;
  let padding = 0;
  let broken = false;

  for (;;) {
    const escaped = quotedPrintable ? readQuotedPrintable(text, pos) : null;
    const plainRunEnd = escaped ? pos : endOfPlainRun(text, pos);
    // What is taken into the body next: characters, where they end, how they were encoded.
    let taken: string;
    let takenEnd: number;
    let flags: number;
    let shortcut: number;
    // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; unit by unit reads the same
    if (plainRunEnd > pos) {
      // Most of a code is plain base64: take it in one slice. A plain `=` comes alone.
      taken = text.slice(pos, plainRunEnd);
      takenEnd = plainRunEnd;
      flags = 0;
    } else if (
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral: a shortcut; the full read below takes these units alike (read.test.ts), and in quoted-printable an escape starts with `=`, which it leaves alone
      !escaped &&
      (shortcut = shortcutAt(text, pos)) !== NO_SHORTCUT
    ) {
      // An escaped code character or an invisible one, read without making a unit.
      if (shortcut === INVISIBLE) {
        // Stryker disable next-line ConditionalExpression,BlockStatement: the full read below stops there too
        if (pos + 1 - start > MAX_RAW_LENGTH) break;
        pending |= CLEANED.invisible;
        pos++;
        continue;
      }
      taken = String.fromCharCode(shortcut);
      takenEnd = shortcutEnd;
      flags = text.charCodeAt(pos) === PERCENT ? CLEANED.url : CLEANED.html;
    } else {
      const unit = escaped ?? readUnit(text, pos);
      if (unit.kind === 'end') break;
      if (unit.kind === 'invisible') {
        if (unit.end - start > MAX_RAW_LENGTH) break;
        // A quoted-printable soft line break is how the email wrapped, not a hidden character.
        const invisible = unit.encoding === 'quotedPrintable' ? 0 : CLEANED.invisible;
        pending |= invisible | encodingFlag(unit.encoding);
        pos = unit.end;
        continue;
      }
      if (unit.kind === 'lineBreak' || unit.kind === 'noBreakSpace') {
        const joinable = !broken && padding === 0 && body.length > 0;
        if (!joinable || !mayJoinAcross(text, unit, body)) {
          splitAtLineBreak = unit.kind === 'lineBreak' && !broken && mayBeSplitAt(text, unit, body);
          break;
        }
        // Stryker disable next-line StringLiteral: a plain break has no encoding, and no flag either way
        pending |= CLEANED[unit.kind] | encodingFlag(unit.encoding ?? 'plain');
        pos = unit.end;
        continue;
      }
      const role = roleOf(unit.ch, text, unit.end);
      if (role === 'stop') break;
      if (role === 'foreign') {
        broken = true;
        noteForeign(foreign, unit.ch);
        // Stryker disable next-line AssignmentOperator: what was cleaned only shows on a code, and this attempt is none
        cleaned |= pending;
        pending = 0;
        end = unit.end;
        pos = unit.end;
        continue;
      }
      taken = unit.ch;
      takenEnd = unit.end;
      flags = encodingFlag(unit.encoding);
    }
    if (taken === '=') {
      padding++;
    } else if (padding > 0 && !broken) {
      misplacedPadding = true;
      // Stryker disable next-line BooleanLiteral: after padding, neither joining nor a split or an ellipsis can apply
      broken = true;
    }
    body += taken;
    cleaned |= pending | flags;
    pending = 0;
    end = takenEnd;
    pos = takenEnd;
  }

  return {
    start,
    end,
    body,
    foreign,
    misplacedPadding,
    cleaned,
    ellipsisAfter: padding === 0 && !broken && isEllipsisAt(text, end),
    splitAtLineBreak,
  };
}

const EQUALS = 0x3d;
const PERCENT = 0x25;
const AMPERSAND = 0x26;

export const NO_SHORTCUT = -1;
export const INVISIBLE = -2;
// Where the escape {@link shortcutAt} read ends; a module variable rather than a returned object.
let shortcutEnd = 0;

/** Where the last escape {@link shortcutAt} read ends. */
export function lastShortcutEnd(): number {
  return shortcutEnd;
}

/**
 * The most common units inside a code that is not plain, read by character code: a URL escape or
 * an HTML entity standing for a base64 character or `=` (`%2B`, `&#x2F;`), whose character code
 * is returned and whose end is left in `shortcutEnd`, or a zero-width character ({@link
 * INVISIBLE}). Anything else is {@link NO_SHORTCUT}, for the full read by `readUnit`, which
 * reads these units the same way: about a third of a messy paste's codes hold some, and each
 * unit object and its one-character string is garbage the moment it is read.
 */
export function shortcutAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === PERCENT || c === AMPERSAND) {
    const decoded = c === PERCENT ? decodePercent(text, pos) : decodeEntity(text, pos);
    if (!decoded || !(isBase64Code(decoded.codePoint) || decoded.codePoint === EQUALS)) {
      return NO_SHORTCUT;
    }
    shortcutEnd = decoded.end;
    return decoded.codePoint;
  }
  // A lone surrogate or a pair is left to the full read; no invisible character is one.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; no character up to U+0080 is invisible
  return c >= 0x80 && isInvisibleCodePoint(c) ? INVISIBLE : NO_SHORTCUT;
}

/** End of the plain base64 characters from `pos`, or of a single plain `=`. */
// Stryker disable all: a shortcut; whatever it returns short of the run, unit by unit reads the same
function endOfPlainRun(text: string, pos: number): number {
  if (text.charCodeAt(pos) === EQUALS) return pos + 1;
  let end = pos;
  while (isBase64Code(text.charCodeAt(end))) end++;
  return end;
}
// Stryker restore all

function encodingFlag(encoding: Encoding): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: CLEANED has no plain flag, and no flag is 0
  return encoding === 'plain' ? 0 : CLEANED[encoding];
}

// A few examples are enough to tell the buyer what is wrong; more would only grow the message.
const FOREIGN_EXAMPLES = 3;

function noteForeign(foreign: string[], ch: string): void {
  if (foreign.length < FOREIGN_EXAMPLES && !foreign.includes(ch)) foreign.push(ch);
}

function roleOf(ch: string, text: string, next: number): CharRole {
  // Stryker disable next-line StringLiteral: both roles are taken alike; only stop and foreign differ
  if (isBase64Char(ch)) return 'base64';
  // Stryker disable next-line StringLiteral: both roles are taken alike; only stop and foreign differ
  if (ch === '=') return 'padding';
  if (isInnerGlue(ch)) return codeContinuesAfterGlue(text, next) ? 'foreign' : 'stop';
  return isNonAsciiWordChar(ch) ? 'foreign' : 'stop';
}

// `abc_def` and `abc_-def` are one broken token; `abc-` and `abc - def` end at the hyphen.
const GLUE_LOOKAHEAD = 4;

function codeContinuesAfterGlue(text: string, from: number): boolean {
  let pos = from;
  for (let step = 0; step < GLUE_LOOKAHEAD; step++) {
    const unit = readUnit(text, pos);
    if (unit.kind !== 'char') return false;
    if (isBase64Char(unit.ch)) return true;
    if (!isInnerGlue(unit.ch)) return false;
    pos = unit.end;
  }
  return false;
}

function isBase64At(text: string, i: number): boolean {
  const unit = readUnit(text, i);
  return unit.kind === 'char' && isBase64Char(unit.ch);
}

const FULL_STOP = 0x2e;
const ELLIPSIS = 0x2026;

/** Whether `…` or `...` starts at `i`. Asked after most hashtags, so read by character code. */
export function isEllipsisAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === ELLIPSIS ||
    (c === FULL_STOP &&
      text.charCodeAt(i + 1) === FULL_STOP &&
      text.charCodeAt(i + 2) === FULL_STOP)
  );
}

type SoftBreak = Extract<Unit, { kind: 'lineBreak' | 'noBreakSpace' }>;

interface Continuation {
  core: string;
  padding: number;
  /** The continuation ends where a token may end: whitespace, the end, or closing punctuation. */
  endsCleanly: boolean;
  /** A space and more words follow: the line is a sentence. */
  wordsFollow: boolean;
}

/**
 * Chat apps wrap long codes onto the next line, and some editors put a non-breaking space where
 * they wrapped. Joining is only safe when what follows the break is clearly the rest of a code:
 * base64 up to the end of its token, not an ordinary word such as "Thanks".
 */
function mayJoinAcross(text: string, breakUnit: SoftBreak, firstBody: string): boolean {
  const rest = readContinuation(text, breakUnit.end);
  if (!rest.endsCleanly || rest.padding > MAX_PADDING) return false;
  if (rest.core.length + rest.padding === 0) return false;
  if (firstBody.length + rest.core.length > MAX_BODY_LENGTH) return false;
  if (rest.padding === 0 && isPlainWord(rest.core)) return false;
  if (rest.padding === 0 && rest.wordsFollow && isShortWord(rest.core)) return false;
  if (breakUnit.kind === 'noBreakSpace') {
    // Pasted HTML uses non-breaking spaces as ordinary spaces, so join only with strong evidence:
    // the rest carries the padding, or the first part is too short to stand alone.
    return rest.padding > 0 || !isWholeCode(firstBody);
  }
  return true;
}

/**
 * Whether an attempt that stops at a line break may be a code cut in two: its length is not a
 * whole number of base64 blocks (padded codes always are, and the codes handed out are), and
 * the next line starts with base64 that could be the rest: not a word or a sentence, which
 * {@link mayJoinAcross} already tells apart, but a tail it would not join (after padding, or too
 * long to join).
 */
function mayBeSplitAt(text: string, breakUnit: SoftBreak, body: string): boolean {
  // No characters are whole blocks too.
  if (body.length % 4 === 0) return false;
  const rest = readContinuation(text, breakUnit.end);
  if (rest.core.length === 0 || !rest.endsCleanly || rest.wordsFollow) return false;
  if (rest.padding === 0 && isPlainWord(rest.core)) return false;
  // Stryker disable next-line ConditionalExpression: readContinuation stops past the longest code, as not ending cleanly
  return rest.core.length <= MAX_BODY_LENGTH;
}

/** Whether a first part no longer than a code (as {@link mayJoinAcross} made sure) is one. */
function isWholeCode(core: string): boolean {
  return core.length >= MIN_BODY_LENGTH && looksLikeCode(core, 0);
}

function readContinuation(text: string, from: number): Continuation {
  let core = '';
  let padding = 0;
  let pos = from;
  for (;;) {
    // Most of a tail is plain base64: taken in one slice rather than a character at a time.
    let runEnd = pos;
    // Stryker disable next-line ConditionalExpression,UpdateOperator: a shortcut; without a run found here, unit by unit reads the same
    while (padding === 0 && isBase64Code(text.charCodeAt(runEnd))) runEnd++;
    // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; unit by unit reads the same
    if (runEnd > pos) {
      // One character past the longest code is enough to turn the tail away, as below.
      // Stryker disable next-line ArithmeticOperator: taking more only overfills a tail that is turned away either way
      core += text.slice(pos, Math.min(runEnd, pos + MAX_BODY_LENGTH + 1 - core.length));
      // Stryker disable next-line BlockStatement,ConditionalExpression: stops reading early; mayBeSplitAt and mayJoinAcross refuse such a tail too
      if (core.length > MAX_BODY_LENGTH) {
        // Stryker disable next-line BooleanLiteral: a tail this long is neither joined nor a split
        return { core, padding, endsCleanly: false, wordsFollow: false };
      }
      pos = runEnd;
      continue;
    }
    const unit = readUnit(text, pos);
    if (unit.kind === 'invisible') {
      pos = unit.end;
      continue;
    }
    if (unit.kind === 'char' && padding === 0 && isBase64Char(unit.ch)) {
      core += unit.ch;
      // Stryker disable next-line BlockStatement,ConditionalExpression: stops reading early; mayBeSplitAt and mayJoinAcross refuse such a tail too
      if (core.length > MAX_BODY_LENGTH) {
        // Stryker disable next-line BooleanLiteral: a tail this long is neither joined nor a split
        return { core, padding, endsCleanly: false, wordsFollow: false };
      }
    } else if (
      // Stryker disable next-line ConditionalExpression: only a character has a ch to be `=`
      unit.kind === 'char' &&
      unit.ch === '='
    ) {
      padding++;
    } else {
      return {
        core,
        padding,
        endsCleanly: endsTokenCleanly(text, unit),
        wordsFollow:
          // Stryker disable next-line Regex: charAt gives one character, so it starts any match
          unit.kind === 'char' && unit.ch === ' ' && /^\p{L}/u.test(text.charAt(unit.end)),
      };
    }
    pos = unit.end;
  }
}

/** Whether a token may end at this unit without being glued to what follows. */
export function endsTokenCleanly(text: string, unit: Unit): boolean {
  if (unit.kind !== 'char') return true;
  if (isWhitespace(unit.ch) || unit.ch === '<') return true;
  return isClosingPunctuation(unit.ch) && !isBase64At(text, unit.end);
}
