/**
 * The details each code's own text gives: the creator's @handle, the post URL and the term
 * ("30 days", "until Dec 31"), read from the code's line, sheet row or bullet, and failing that
 * from its chat message or paragraph. Nothing is taken from the rest of the paste, so an email
 * signature's @handle or another creator's message never lands on a code.
 *
 * Within one unit of text, a kind of detail goes to its codes when:
 * - the unit names one value (one handle for two codes on one line: both get it, since a line
 *   like "@mia: #c1 #c2" is one creator sending two codes), or
 * - values and codes alternate one to one ("@mia #c1 @leo #c2", or a handle line above each
 *   code line), and are paired in order.
 * Anything else is ambiguous and left blank for the buyer to fill.
 */
import { findTerms, type Term } from './term';

export interface ThreadDetails {
  /** Without the "@". */
  creatorHandle?: string;
  /** The post URL, cleaned of tracking parameters. */
  expectedPost?: string;
  /** The post id in `expectedPost`, when the URL shows it. */
  postId?: string;
  term?: Term;
}

export interface PlacedCode {
  code: string;
  start: number;
  end: number;
}

interface Value<T> {
  value: T;
  /** A key that tells two values apart. */
  key: string;
  start: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** Starts a chat message ("[10:42] Mia:", "Mia Lopez, 10:42"). */
  header: boolean;
  blank: boolean;
  /** A sign-off ("Best,", "-- ") or a contact line: it and what follows in its block is a signature. */
  signOff: boolean;
  contact: boolean;
  bullet: boolean;
  indent: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** TikTok usernames: letters, digits, "_" and "."; "@" not inside a word or an email address. */
const HANDLE =
  /(?<![\p{L}\p{N}_.@/])[@\uFF20]((?:[\p{L}\p{N}_.]|[\u200B-\u200D\u2060\uFEFF]){2,40})/gu;
const TIKTOK_URL =
  /(?:https?:\/\/)?(?:(?:www|m|vm|vt)\.)?tiktok\.com\/(?:@([\w.]{2,40})(?:\/(video|photo)\/(\d{15,22}))?|(?:t\/)?([A-Za-z0-9]{5,16})\/?(?=[\s)\]>"',]|$))/gi;

const CHAT_HEADERS = [
  // WhatsApp: "12/03/2026, 10:42 - Mia Lopez: …" or "[12/03/26, 10:42:13] Mia Lopez: …"
  /^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?[^:\n]{1,60}:/,
  // "[10:42] Mia:" or "[10:42 AM] Mia Lopez: …"
  /^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s*[^:\n]{1,60}:/,
  // "10:42 Mia: …", "10:42 AM - Mia: …"
  /^\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*[-–]?\s*[\p{L}][^:\n]{0,59}:/u,
  // "Mia Lopez, 10:42" or Slack's "Mia Lopez  10:42 AM" on a line of its own
  /^[\p{L}][\p{L}\p{N}'’ ._()-]{0,60}?,?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*$/u,
  // An email quote: "On Tue, Dec 1, 2026 at 10:42 AM Mia <mia@x.com> wrote:"
  /^On .{5,200} wrote:\s*$/,
];
const SIGN_OFF =
  /^\s*(?:--\s*|—|best|best regards|kind regards|warm regards|regards|thanks|thank you|many thanks|cheers|sincerely|talk soon|xo+|sent from my \w+.*)[,.!]?\s*$/i;
// Bounded runs: an unbounded `[\w.]+@` retries from every start of a megabyte-long word.
const CONTACT =
  /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,63}|\+?\d[\d ().-]{7,20}\d|https?:\/\/(?!(?:\w+\.)?tiktok\.com)/i;
const BULLET = /^\s*(?:[-*•·▪◦‣–]|\d{1,3}[.)])\s+/;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Stryker disable next-line EqualityOperator: the empty line after a final line break holds nothing
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const clean = raw.replace(ZERO_WIDTH, '');
    lines.push({
      start,
      end,
      text: raw,
      header: CHAT_HEADERS.some((pattern) => pattern.test(clean)),
      blank: clean.trim() === '',
      signOff: SIGN_OFF.test(clean),
      contact: CONTACT.test(clean),
      bullet: BULLET.test(clean),
      // Stryker disable next-line OptionalChaining,Regex: the first match of optional spaces is always at the start
      indent: /^\s*/.exec(clean)?.[0].length ?? 0,
    });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** A table: tab-separated lines, or comma-separated lines under a header row. */
interface Table {
  delimiter: string;
  header: number | null;
  columns: { handle?: number; post?: number; term?: number; expiry?: number };
}

const COLUMN_NAMES = {
  handle:
    /^(?:creator|creator handle|handle|tiktok|tiktok handle|username|user|influencer|talent|@)$/i,
  post: /^(?:post|post url|video|video url|url|link|tiktok url|post link)$/i,
  term: /^(?:duration|days|length|term|window)$/i,
  expiry:
    /^(?:expiry|expires|expiry date|expiration|expiration date|expires on|valid until|end date)$/i,
};

function splitRow(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' && (quoted ? text[i + 1] !== '"' : cell.trim() === '')) {
      quoted = !quoted;
      if (quoted) cell = '';
      continue;
    }
    if (c === '"' && quoted) i++;
    if (c === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
      continue;
    }
    cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function readTable(lines: readonly Line[]): Table | null {
  const filled = lines.filter((line) => !line.blank);
  for (const delimiter of ['\t', ',', ';']) {
    const rows = filled.filter((line) => line.text.includes(delimiter));
    // A table is most of the paste; a comma in prose is not a column.
    if (rows.length < 2 || rows.length < filled.length * 0.8) continue;
    const first = rows[0] as Line;
    const names = splitRow(first.text.replace(ZERO_WIDTH, ''), delimiter);
    const columns: Table['columns'] = {};
    names.forEach((name, index) => {
      for (const [role, pattern] of Object.entries(COLUMN_NAMES)) {
        const key = role as keyof Table['columns'];
        if (columns[key] === undefined && pattern.test(name.replace(/[:*]$/, '').trim()))
          columns[key] = index;
      }
    });
    const header = Object.keys(columns).length ? lines.indexOf(first) : null;
    if (delimiter !== '\t' && header === null) continue;
    return { delimiter, header, columns };
  }
  return null;
}

/** Every detail one stretch of the text names, with where each starts. */
interface Found {
  handles: Value<string>[];
  posts: Value<{ url: string; id?: string }>[];
  terms: Value<Term>[];
}

function cleanHandle(raw: string): string | undefined {
  const handle = raw.replace(ZERO_WIDTH, '').replace(/\.+$/, '');
  // "@10" is a time or a count, not a username.
  return /[\p{L}_]/u.test(handle) ? handle : undefined;
}

function findIn(text: string, offset: number, today: string): Found {
  const handles: Value<string>[] = [];
  const urlHandles: Value<string>[] = [];
  const posts: Found['posts'] = [];
  for (const m of text.matchAll(TIKTOK_URL)) {
    const start = offset + m.index;
    const [, handle, kind, id, short] = m;
    if (handle) {
      const clean = cleanHandle(handle);
      // Stryker disable next-line MethodExpression: keys are only compared with each other, and either case folds TikTok's letters alike
      if (clean) urlHandles.push({ value: clean, key: clean.toLowerCase(), start });
      // Stryker disable next-line LogicalOperator: the pattern captures the kind and the id together or not at all
      if (kind && id) {
        const url = `https://www.tiktok.com/@${handle}/${kind.toLowerCase()}/${id}`;
        posts.push({ value: { url, id }, key: id, start });
      }
    } else if (short && /^(?:https?:\/\/)?(?:vm|vt)\.|\/t\//i.test(m[0])) {
      // A share link that only redirects: worth keeping, though it hides the post id.
      const url = m[0].startsWith('http') ? m[0] : `https://${m[0]}`;
      // Stryker disable next-line MethodExpression: keys are only compared with each other, and either case folds TikTok's letters alike
      posts.push({ value: { url }, key: url.toLowerCase(), start });
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    // Stryker disable next-line StringLiteral: the pattern always captures the name
    const clean = cleanHandle(m[1] ?? '');
    // Stryker disable next-line MethodExpression: keys are only compared with each other, and either case folds TikTok's letters alike
    if (clean) handles.push({ value: clean, key: clean.toLowerCase(), start: offset + m.index });
  }
  const terms = findTerms(text.replace(ZERO_WIDTH, ' '), today).map((t) => ({
    value: t.term,
    key: JSON.stringify(t.term),
    start: offset + t.start,
  }));
  // An @handle written out names the creator; a post URL's handle only stands in when none is.
  return { handles: handles.length ? handles : urlHandles, posts, terms };
}

type Kind = keyof Found;
const KINDS: readonly Kind[] = ['handles', 'posts', 'terms'];

/**
 * Gives each code in `codes` a value of one kind from `values`, by the rule in the module note.
 * Returns code index → value.
 */
function assign<T>(codes: readonly PlacedCode[], values: readonly Value<T>[]): Map<number, T> {
  const given = new Map<number, T>();
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; pairing finds nothing to give either
  if (codes.length === 0 || values.length === 0) return given;
  const distinct = new Set(values.map((v) => v.key));
  if (distinct.size === 1) {
    codes.forEach((_, index) => given.set(index, (values[0] as Value<T>).value));
    return given;
  }
  // Alternation: merge in text order, collapsing repeats of one value (a handle and its URL).
  type Step = { code: number } | { value: Value<T> };
  const steps: Step[] = [
    ...codes.map((c, index) => ({ at: c.start, step: { code: index } as Step })),
    ...values.map((v) => ({ at: v.start, step: { value: v } as Step })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((s) => s.step);
  const merged: Step[] = [];
  for (const step of steps) {
    const last = merged[merged.length - 1];
    if (last && 'value' in last && 'value' in step) {
      if (last.value.key === step.value.key) continue;
      return given;
    }
    if (last && 'code' in last && 'code' in step) return given;
    merged.push(step);
  }
  const codeSteps = merged.filter((s) => 'code' in s);
  const valueSteps = merged.filter((s): s is { value: Value<T> } => 'value' in s);
  if (codeSteps.length !== valueSteps.length) return given;
  codeSteps.forEach((s, k) => given.set((s as { code: number }).code, valueSteps[k]!.value.value));
  return given;
}

function apply(
  result: Map<string, ThreadDetails>,
  codes: readonly PlacedCode[],
  found: Found,
  kinds: readonly Kind[],
): void {
  for (const kind of kinds) {
    const given = assign<unknown>(codes, found[kind] as Value<unknown>[]);
    for (const [index, value] of given) {
      const code = (codes[index] as PlacedCode).code;
      const details = result.get(code) ?? {};
      if (kind === 'handles') details.creatorHandle = value as string;
      if (kind === 'terms') details.term = value as Term;
      if (kind === 'posts') {
        const post = value as { url: string; id?: string };
        details.expectedPost = post.url;
        if (post.id) details.postId = post.id;
      }
      result.set(code, details);
    }
  }
}

function missing(details: ThreadDetails | undefined, kind: Kind): boolean {
  if (kind === 'handles') return !details?.creatorHandle;
  if (kind === 'posts') return !details?.expectedPost;
  return !details?.term;
}

/** Index of the line holding `offset` (lines are in order). */
function lineAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where a line's unit ends: a bullet carries on over its more-indented follow-on lines. */
function unitEnd(lines: readonly Line[], index: number): number {
  const line = lines[index] as Line;
  let last = index;
  if (!line.bullet) return last;
  while (last + 1 < lines.length) {
    const next = lines[last + 1] as Line;
    if (next.blank || next.bullet || next.header || next.indent <= line.indent) break;
    last++;
  }
  return last;
}

/** Blocks: chat messages when the paste has message headers, else paragraphs. */
function blockStarts(lines: readonly Line[]): boolean[] {
  const chat = lines.filter((line) => line.header).length >= 2;
  return lines.map((line, i) => {
    if (i === 0 || line.header) return true;
    const previous = lines[i - 1] as Line;
    return !chat && !line.blank && previous.blank;
  });
}

function tableCells(
  line: Line,
  table: Table,
  today: string,
): Partial<Record<Kind, Value<unknown>[]>> {
  const cells = splitRow(line.text.replace(ZERO_WIDTH, ''), table.delimiter);
  const out: Partial<Record<Kind, Value<unknown>[]>> = {};
  const at = line.start;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a missing cell and any text with a space both name no handle
  const handleCell = table.columns.handle === undefined ? '' : cells[table.columns.handle];
  const handle = handleCell && /^[@\uFF20]?([\p{L}\p{N}_.]{2,40})$/u.exec(handleCell);
  if (handle) {
    const clean = cleanHandle(handle[1] ?? '');
    // Stryker disable next-line MethodExpression: keys are only compared with each other, and either case folds TikTok's letters alike
    if (clean) out.handles = [{ value: clean, key: clean.toLowerCase(), start: at }];
  }
  for (const column of [table.columns.term, table.columns.expiry]) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a missing cell and these words both name no term
    const cell = column === undefined ? '' : (cells[column] ?? '');
    // Stryker disable next-line ConditionalExpression: a shortcut; an empty cell names no term
    if (!cell) continue;
    const words = /^\d{1,4}$/.test(cell)
      ? `${cell} days`
      : column === table.columns.expiry
        ? `until ${cell}`
        : cell;
    const term = findTerms(words, today)[0];
    if (term) out.terms = [{ value: term.term, key: JSON.stringify(term.term), start: at }];
  }
  return out;
}

/**
 * For each code, the details written in its own unit of text. `today` (YYYY-MM-DD, the buyer's
 * calendar day) places dates given without a year. Codes with nothing found are left out.
 */
export function detailsFromThread(
  pasted: string,
  codes: readonly PlacedCode[],
  today: string,
): Map<string, ThreadDetails> {
  const result = new Map<string, ThreadDetails>();
  // Stryker disable next-line ConditionalExpression: a shortcut; with no codes nothing is given
  if (codes.length === 0) return result;
  const text = maskCodes(pasted, codes);
  const lines = readLines(text);
  const table = readTable(lines);
  const starts = blockStarts(lines);

  // Codes grouped by the unit (line, row or bullet) they sit in.
  const unitOf = unitStarts(lines);
  const byUnit = new Map<number, PlacedCode[]>();
  for (const code of codes) {
    const unit = unitOf[lineAt(lines, code.start)] as number;
    const list = byUnit.get(unit) ?? [];
    list.push(code);
    byUnit.set(unit, list);
  }

  const unitOfLine = new Map<number, number>();
  for (const [unit, unitCodes] of byUnit) {
    const last = unitEnd(lines, unit);
    for (let i = unit; i <= last; i++) unitOfLine.set(i, unit);
    const from = (lines[unit] as Line).start;
    const to = (lines[last] as Line).end;
    const found = findIn(text.slice(from, to), from, today);
    // Stryker disable next-line ConditionalExpression: a header row holds column names, never a code
    if (table && unit !== table.header) {
      const cells = tableCells(lines[unit] as Line, table, today);
      for (const kind of KINDS) if (cells[kind]) (found[kind] as Value<unknown>[]) = cells[kind];
    }
    apply(result, unitCodes, found, KINDS);
  }

  // What the units left blank, from the rest of their block (a sheet row has no block).
  if (table) return result;
  let blockStart = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !starts[i]) continue;
    fillFromBlock(text, lines, blockStart, i - 1, byUnit, unitOfLine, result, today);
    blockStart = i;
  }
  return result;
}

/**
 * The text with every code blanked out, same length: "…+1d/…" inside a code is not "1 day". The
 * scanner places only a code's first sighting, so repeats are found by their `#`.
 */
const MASK = '\u0001';

function maskCodes(text: string, codes: readonly PlacedCode[]): string {
  // Not a space: a line holding only a code is not a blank line.
  const blank = (s: string) => MASK.repeat(s.length);
  let masked = text.replace(/#[A-Za-z0-9+/]{20,}=*/g, blank);
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: the scanner lists codes in text order
  const spans = [...codes].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the scanner never places two codes over each other
    if (start < at) continue;
    parts.push(masked.slice(at, start), MASK.repeat(end - start));
    at = end;
  }
  parts.push(masked.slice(at));
  masked = parts.join('');
  return masked;
}

/** For each line, where its unit starts: the bullet it follows on from, or the line itself. */
function unitStarts(lines: readonly Line[]): number[] {
  const starts = lines.map((_, index) => index);
  for (let index = 0; index < lines.length; index++) {
    if (!(lines[index] as Line).bullet) continue;
    const last = unitEnd(lines, index);
    for (let k = index + 1; k <= last; k++) starts[k] = index;
  }
  return starts;
}

function fillFromBlock(
  text: string,
  lines: readonly Line[],
  first: number,
  last: number,
  byUnit: ReadonlyMap<number, PlacedCode[]>,
  unitOfLine: ReadonlyMap<number, number>,
  result: Map<string, ThreadDetails>,
  today: string,
): void {
  const codes: PlacedCode[] = [];
  const context: Found = { handles: [], posts: [], terms: [] };
  for (let i = first; i <= last; i++) {
    const line = lines[i] as Line;
    // A signature belongs to whoever wrote it, not to the codes above it.
    if (line.signOff && i > first) break;
    const unit = byUnit.get(i);
    if (unit) codes.push(...unit);
    if (unitOfLine.has(i) || line.blank || line.contact) continue;
    const found = findIn(text.slice(line.start, line.end), line.start, today);
    for (const kind of KINDS) (context[kind] as Value<unknown>[]).push(...found[kind]);
  }
  for (const kind of KINDS) {
    const open = codes.filter((code) => missing(result.get(code.code), kind));
    apply(result, open, context, [kind]);
  }
}
