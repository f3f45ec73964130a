/**
 * How long a code's authorization lasts, read from the words a creator or buyer writes: "30 days",
 * "60-day", "1 year", "no expiry", "until Dec 31", "expires 2026-12-31". A date without a year is
 * the next one on or after `today`, since nobody sends a code that expired before it was sent.
 */

export type Term = { duration: number | 'none' } | { expiresOn: string };

/** Days are whole and at most ten years, as the record schema allows. */
const MAX_DAYS = 3650;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  six: 6,
  seven: 7,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const NO_EXPIRY =
  /\b(?:no[\s-]+(?:expiry|expiration|expiration date|end date|limit)|never[\s-]+expires?|does(?:n['’]t| not)[\s-]+expire|permanent(?:ly)?|forever|unlimited)\b/i;

const WORD_AMOUNT = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(d|days?|wks?|weeks?|mos?|months?|yrs?|years?)';
const WORD_UNIT = '(days?|weeks?|months?|years?)';
/**
 * "30 days", "60-day", "1 yr", "30d", "two weeks", "a year"; not "3 days ago". A number word
 * needs a whole unit word after a space ("and" is not "an d").
 */
const SPAN = new RegExp(
  `(?<![\\w.])(?:(\\d{1,4})[\\s-]*${UNIT}|(${WORD_AMOUNT})[\\s-]+${WORD_UNIT})\\b(?![\\s-]*ago\\b)`,
  'gi',
);
/** "expires in 5 days": an end counted from today, not a length. */
const EXPIRES_IN = new RegExp(
  `^(?:expires?|ends?|valid)\\s+(?:in|for)\\s+(?:(\\d{1,4})[\\s-]*(d|days?|wks?|weeks?)|(${WORD_AMOUNT})[\\s-]+(days?|weeks?))\\b`,
  'i',
);

const DATE_KEYWORD =
  '(?:until|till|til|through|thru|expires?(?:\\s+on)?|expiring(?:\\s+on)?|expiry(?:\\s+date)?:?|exp\\.?:?|ends?(?:\\s+on)?|valid\\s+(?:until|till|through|thru|to)|good\\s+(?:until|till|through|thru))';
const ISO = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const NUMERIC = '(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?';

const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => DateParts | undefined }[] = [
  { pattern: new RegExp(`^${ISO}\\b`, 'i'), read: (m) => parts(m[1], m[2], m[3]) },
  {
    pattern: new RegExp(`^${MONTH_NAME}\\s+${DAY}\\b${YEAR}`, 'i'),
    read: (m) => parts(m[3], monthNumber(m[1]), m[2]),
  },
  {
    pattern: new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH_NAME}${YEAR}`, 'i'),
    read: (m) => parts(m[3], monthNumber(m[2]), m[1]),
  },
  { pattern: new RegExp(`^${NUMERIC}\\b`), read: (m) => numericDate(m[1], m[2], m[3]) },
];

interface DateParts {
  year?: number;
  month: number;
  day: number;
}

function monthNumber(name: string | undefined): string | undefined {
  const index = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  // Stryker disable next-line ConditionalExpression: only month names the patterns matched get here
  return index < 0 ? undefined : String(index + 1);
}

function parts(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DateParts | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: every pattern captures both, and only month names
  if (!month || !day) return undefined;
  return { year: year ? Number(year) : undefined, month: Number(month), day: Number(day) };
}

/** 12/31 and 31/12 are clear; 05/06 is not, so it is left for the buyer to say. */
function numericDate(a: string | undefined, b: string | undefined, y: string | undefined) {
  const first = Number(a);
  const second = Number(b);
  const year = y === undefined ? undefined : y.length === 2 ? `20${y}` : y;
  if (first > 12 && second <= 12) return parts(year, String(second), String(first));
  if (second > 12 && first <= 12) return parts(year, String(first), String(second));
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoOf(year: number, month: number, day: number): string | undefined {
  // Not `Date.UTC`, which reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (
    date.getUTCMonth() !== month - 1 ||
    // Stryker disable next-line ConditionalExpression: a day past the month's end always moves the month too
    date.getUTCDate() !== day
  )
    return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar date the parts name; the next such date on or after `today` when no year is given. */
function resolveDate(date: DateParts, today: string): string | undefined {
  if (date.year !== undefined) return isoOf(date.year, date.month, date.day);
  const thisYear = Number(today.slice(0, 4));
  const candidate = isoOf(thisYear, date.month, date.day);
  if (candidate && candidate >= today) return candidate;
  return isoOf(thisYear + 1, date.month, date.day);
}

function addDays(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function amountOf(word: string): number {
  // Stryker disable next-line Regex: the word is all digits or all letters, so either anchor alone does
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

function spanDays(amount: number, unit: string): number | undefined {
  const key = unit.toLowerCase();
  const name = key.startsWith('y')
    ? 'year'
    : key.startsWith('mo')
      ? 'month'
      : key.startsWith('w')
        ? 'week'
        : // Stryker disable next-line StringLiteral: any other name counts as days too
          'day';
  // Twelve months is the year TikTok offers, not 360 days.
  const days = name === 'month' && amount === 12 ? 365 : amount * (UNIT_DAYS[name] ?? 1);
  return Number.isInteger(days) && days > 0 && days <= MAX_DAYS ? days : undefined;
}

/** A term found in some text, with where it starts (to pair it with the nearest code). */
export interface FoundTerm {
  term: Term;
  start: number;
}

/** Every term written in `text`, in order. */
export function findTerms(text: string, today: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  const noExpiry = new RegExp(NO_EXPIRY.source, 'gi');
  for (const m of text.matchAll(noExpiry))
    found.push({ term: { duration: 'none' }, start: m.index });
  const keyword = new RegExp(`\\b${DATE_KEYWORD}\\s*`, 'gi');
  // Stryker disable next-line ArrayDeclaration: a stray entry compares as NaN and takes nothing
  const taken: [number, number][] = [];
  for (const m of text.matchAll(keyword)) {
    const after = m.index + m[0].length;
    const relative = EXPIRES_IN.exec(text.slice(m.index, m.index + 40));
    if (relative) {
      const days = spanDays(
        // Stryker disable next-line StringLiteral: one of the two is always captured
        amountOf(relative[1] ?? relative[3] ?? ''),
        // Stryker disable next-line StringLiteral: one of the two is always captured
        relative[2] ?? relative[4] ?? '',
      );
      if (days !== undefined) {
        found.push({ term: { expiresOn: addDays(today, days) }, start: m.index });
        taken.push([m.index, m.index + relative[0].length]);
      }
      continue;
    }
    const rest = text.slice(after, after + 40);
    for (const form of DATE_FORMS) {
      const match = form.pattern.exec(rest);
      const date = match && form.read(match);
      const iso = date && resolveDate(date, today);
      if (iso) {
        found.push({ term: { expiresOn: iso }, start: m.index });
        taken.push([after, after + (match?.[0].length ?? 0)]);
        break;
      }
    }
  }
  for (const m of text.matchAll(new RegExp(SPAN.source, 'gi'))) {
    // Stryker disable next-line EqualityOperator: a date or "expires in" ends on a word character and starts on a letter or a date, where no length can start
    if (taken.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // Stryker disable next-line StringLiteral: one of each pair is always captured
    const days = spanDays(amountOf(m[1] ?? m[3] ?? ''), m[2] ?? m[4] ?? '');
    if (days !== undefined) found.push({ term: { duration: days }, start: m.index });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What a buyer typed in a code's term field: a length, "no expiry" or an end date (a date alone,
 * such as "2026-12-31" or "Dec 31", counts as the end). `undefined` when blank, `null` when the
 * words cannot be read.
 */
export function parseTerm(text: string, today: string): Term | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (/^\d{1,4}$/.test(trimmed)) {
    // Stryker disable next-line StringLiteral: any other name counts as days too
    const days = spanDays(Number(trimmed), 'day');
    return days === undefined ? null : { duration: days };
  }
  const found = findTerms(trimmed, today);
  if (found.length) return (found[0] as FoundTerm).term;
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(trimmed);
    const date = match && form.read(match);
    const iso = date && resolveDate(date, today);
    if (iso) return { expiresOn: iso };
  }
  return null;
}

/** The words the term field shows for a term, which `parseTerm` reads back to the same term. */
export function termText(term: Term | undefined): string {
  if (!term) return '';
  if ('expiresOn' in term) return `until ${term.expiresOn}`;
  if (term.duration === 'none') return 'no expiry';
  return term.duration === 365 ? '1 year' : `${term.duration} days`;
}

export function sameTerm(a: Term, b: Term): boolean {
  return termText(a) === termText(b);
}
