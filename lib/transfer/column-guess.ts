import { guessDayMonthOrder, INVALID, readDuration, readStatus, type DayMonthOrder } from './cells';
import { looksLikeCode } from './code-cell';
import { DATE_FIELDS, IMPORT_FIELDS, type ImportField } from './fields';

/** Which column (0-based) feeds each field, and how ambiguous dates are read. */
export interface ColumnMapping {
  columns: Partial<Record<ImportField, number>>;
  dayMonthOrder: DayMonthOrder;
  /** False when the first line already holds codes, i.e. the file has no header row. */
  hasHeaderRow: boolean;
}

/** Header spellings seen in agency sheets, compared without case, spaces or punctuation. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  code: [
    'code',
    'sparkcode',
    'sparkadscode',
    'authcode',
    'authorizationcode',
    'adauthorizationcode',
    'videocode',
    'adcode',
    'sparkcodes',
  ],
  creatorHandle: [
    'creator',
    'creatorhandle',
    'handle',
    'tiktokhandle',
    'username',
    'tiktokusername',
    'influencer',
    'creatorname',
    'tiktokname',
    'talent',
  ],
  expectedPost: [
    'post',
    'expectedpost',
    'posturl',
    'postlink',
    'postid',
    'video',
    'videourl',
    'videolink',
    'videoid',
    'tiktokurl',
    'tiktoklink',
    'url',
    'link',
    'itemid',
  ],
  creatorRegion: [
    'region',
    'creatorregion',
    'country',
    'creatorcountry',
    'market',
    'geo',
    'countrycode',
  ],
  adAccountId: [
    'adaccount',
    'adaccountid',
    'advertiser',
    'advertiserid',
    'aadvid',
    'account',
    'accountid',
  ],
  receivedOn: [
    'received',
    'receivedon',
    'receiveddate',
    'datereceived',
    'date',
    'sent',
    'senton',
    'datesent',
  ],
  duration: [
    'duration',
    'durationdays',
    'days',
    'authorizationdays',
    'authdays',
    'period',
    'validity',
    'validfor',
    'lengthdays',
  ],
  expiresOn: [
    'expires',
    'expireson',
    'expiry',
    'expirydate',
    'expiration',
    'expirationdate',
    'expiresat',
    'authorizationends',
    'authend',
    'authorizationenddate',
    'validuntil',
    'enddate',
  ],
  campaignEndsOn: [
    'campaignend',
    'campaignends',
    'campaignendson',
    'campaignenddate',
    'flightend',
    'flightends',
    'flightenddate',
  ],
  status: ['status', 'state', 'codestatus'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks'],
};

/** Fragments that point to a field inside a longer header such as "Spark Ads code (paste)". */
const HINTS: Record<ImportField, readonly string[]> = {
  code: ['sparkcode', 'authcode', 'authorizationcode', 'code'],
  creatorHandle: ['creator', 'handle', 'influencer', 'username'],
  expectedPost: ['post', 'video', 'url', 'link'],
  creatorRegion: ['region', 'country', 'market'],
  adAccountId: ['adaccount', 'advertiser', 'account'],
  receivedOn: ['received', 'sent'],
  duration: ['duration', 'days', 'validity'],
  expiresOn: ['expir', 'validuntil', 'authorizationend'],
  campaignEndsOn: ['campaign', 'flight'],
  status: ['status'],
  notes: ['note', 'comment', 'remark'],
};

const EXACT = 100;
const HINTED = 60;
/** Content alone can name a column, but a header that says otherwise wins. */
const CONTENT = 45;
const THRESHOLD = 40;

function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

const CONTENT_TESTS: Partial<Record<ImportField, (value: string) => boolean>> = {
  code: looksLikeCode,
  creatorHandle: (v) => /^@[\w.]+$/.test(v) || /tiktok\.com\/@/i.test(v),
  expectedPost: (v) =>
    /tiktok\.com\/.+\/(video|photo)\/\d+/i.test(v) || /vm\.tiktok\.com\//i.test(v),
  creatorRegion: (v) => /^[a-z]{2}$/i.test(v),
  adAccountId: (v) => /^\d{6,30}$/.test(v),
  duration: (v) => readDuration(v) !== INVALID,
  status: (v) => readStatus(v) !== INVALID,
};

function headerScore(field: ImportField, header: string): number {
  if (!header) return 0;
  if (SYNONYMS[field].includes(header)) return EXACT;
  return HINTS[field].some((hint) => header.includes(hint)) ? HINTED : 0;
}

function contentScore(field: ImportField, values: readonly string[]): number {
  const test = CONTENT_TESTS[field];
  if (!test || values.length === 0) return 0;
  const share = values.filter(test).length / values.length;
  return share >= 0.5 ? CONTENT * share : 0;
}

function columnValues(samples: readonly (readonly string[])[], column: number): string[] {
  return samples.map((row) => (row[column] ?? '').trim()).filter((v) => v !== '');
}

/**
 * Proposes which column holds what from the header row and up to a few dozen sample rows. The
 * buyer confirms or corrects it in the mapping step, so a wrong guess costs a click, not data.
 */
export function guessMapping(
  firstRow: readonly string[],
  samples: readonly (readonly string[])[],
  localeOrder: DayMonthOrder,
): ColumnMapping {
  const hasHeaderRow = !firstRow.some(looksLikeCode);
  const headers = hasHeaderRow ? firstRow.map(normalizeHeader) : firstRow.map(() => '');
  const rows = hasHeaderRow ? samples : [firstRow, ...samples];
  const values = headers.map((_, column) => columnValues(rows, column));

  const candidates: { field: ImportField; column: number; score: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    headers.forEach((header, column) => {
      const score = headerScore(field, header) + contentScore(field, values[column] ?? []);
      if (score >= THRESHOLD) candidates.push({ field, column, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const columns: Partial<Record<ImportField, number>> = {};
  const taken = new Set<number>();
  for (const { field, column } of candidates) {
    if (columns[field] !== undefined || taken.has(column)) continue;
    columns[field] = column;
    taken.add(column);
  }

  const dateSamples = DATE_FIELDS.flatMap((field) => {
    const column = columns[field];
    return column === undefined ? [] : (values[column] ?? []);
  });
  return { columns, hasHeaderRow, dayMonthOrder: guessDayMonthOrder(dateSamples, localeOrder) };
}
