import { codeStatusSchema, regionSchema, type CodeStatus, type Duration } from '../records/schema';

/** A cell that holds something, but not something we can use. */
export const INVALID = Symbol('invalid');
/** A number a spreadsheet turned into `7.00E+18`: the digits are gone for good. */
export const SHORTENED = Symbol('shortened');
export type CellValue<T> = T | undefined | typeof INVALID;

/** How a date like 03/04/2026 is read; ISO dates (2026-04-03) are read the same in every order. */
export type DayMonthOrder = 'mdy' | 'dmy';

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T\s].*)?$/;

function isoDate(year: number, month: number, day: number): CellValue<string> {
  if (month < 1 || month > 12 || day < 1) return INVALID;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return INVALID;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a date cell as `YYYY-MM-DD`; any time of day is ignored, as the inventory keeps days. */
export function readDate(cell: string, order: DayMonthOrder): CellValue<string> {
  const text = cell.trim();
  if (!text) return undefined;
  const iso = ISO_LIKE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dm = DAY_MONTH.exec(text);
  if (!dm) return INVALID;
  const [first, second] = [Number(dm[1]), Number(dm[2])];
  const year = dm[3]?.length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
  return order === 'mdy' ? isoDate(year, first, second) : isoDate(year, second, first);
}

/**
 * Which order a column's dates are in: a first part above 12 can only be a day, a second part
 * above 12 only a day too. Without such a sample, the buyer's locale decides.
 */
export function guessDayMonthOrder(samples: readonly string[], localeOrder: DayMonthOrder) {
  let dayFirst = false;
  let monthFirst = false;
  for (const sample of samples) {
    const dm = DAY_MONTH.exec(sample.trim());
    if (!dm) continue;
    if (Number(dm[1]) > 12) dayFirst = true;
    if (Number(dm[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return localeOrder;
}

/** Whether the buyer's locale writes the month before the day (en-US) or after (most others). */
export function localeDayMonthOrder(locale: string): DayMonthOrder {
  const parts = new Intl.DateTimeFormat(locale).formatToParts(new Date(Date.UTC(2026, 10, 28)));
  const month = parts.findIndex((p) => p.type === 'month');
  const day = parts.findIndex((p) => p.type === 'day');
  return month !== -1 && month < day ? 'mdy' : 'dmy';
}

const NO_EXPIRY = /^(none|no expiry|no expiration|never|unlimited|permanent)$/i;
const DAYS = /^(\d{1,4})(?:\.0+)?\s*(?:d|days?)?$/i;
const YEARS = /^(\d{1,2})\s*(?:y|yrs?|years?)$/i;
const MAX_DAYS = 3650;

export function readDuration(cell: string): CellValue<Duration> {
  const text = cell.trim();
  if (!text) return undefined;
  if (NO_EXPIRY.test(text)) return 'none';
  const days = DAYS.exec(text);
  const years = YEARS.exec(text);
  const count = days ? Number(days[1]) : years ? Number(years[1]) * 365 : NaN;
  return Number.isInteger(count) && count > 0 && count <= MAX_DAYS ? count : INVALID;
}

export function readRegion(cell: string): CellValue<string> {
  if (!cell.trim()) return undefined;
  const parsed = regionSchema.safeParse(cell);
  return parsed.success ? parsed.data : INVALID;
}

export function readStatus(cell: string): CellValue<CodeStatus> {
  const text = cell.trim().toLowerCase();
  if (!text) return undefined;
  const parsed = codeStatusSchema.safeParse(text);
  return parsed.success ? parsed.data : INVALID;
}

const PROFILE_URL = /tiktok\.com\/@([^/?#\s]+)/i;

/** A handle as stored: no `@`, and a profile URL reduced to the handle in it. */
export function readHandle(cell: string): string | undefined {
  const text = cell.trim();
  const handle = (PROFILE_URL.exec(text)?.[1] ?? text).replace(/^@+/, '').trim();
  return handle || undefined;
}

const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

/** Ids are long digit strings; a spreadsheet that saw them as numbers may have cut them short. */
export function readId(cell: string): string | undefined | typeof SHORTENED {
  const text = cell.trim();
  if (!text) return undefined;
  return SCIENTIFIC.test(text) ? SHORTENED : text;
}

export function readText(cell: string): string | undefined {
  const text = cell.trim();
  return text || undefined;
}
