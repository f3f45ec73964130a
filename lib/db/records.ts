import { codeRecordSchema, codeStatuses, type CodeRecord } from '../records/schema';

/**
 * Rows come from disk, where an older build, a crash mid-write or a hand-edited backup may have
 * left anything. Only rows that pass the schema reach the UI; the rest are counted so the buyer
 * is told instead of the list silently shrinking.
 */
export function parseRows(rows: readonly unknown[]): { records: CodeRecord[]; corrupt: number } {
  const records: CodeRecord[] = [];
  let corrupt = 0;
  for (const row of rows) {
    const parsed = codeRecordSchema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else corrupt++;
  }
  return { records, corrupt };
}

export function parseRow(row: unknown): CodeRecord | undefined {
  const parsed = codeRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

type FieldCheck = (value: unknown) => boolean;

const isString: FieldCheck = (value) => typeof value === 'string';
const isFiniteNumber: FieldCheck = (value) => typeof value === 'number' && Number.isFinite(value);
const stringUpTo =
  (max: number): FieldCheck =>
  (value) =>
    typeof value === 'string' && value.length <= max;
const matching =
  (pattern: RegExp): FieldCheck =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
const optional =
  (check: FieldCheck): FieldCheck =>
  (value) =>
    value === undefined || check(value);
const isIsoDate = matching(/^\d{4}-\d{2}-\d{2}$/);

/** Index by index rather than `every`, which skips holes the schema would reject. */
function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

const nestedFields = {
  lastCheck: codeRecordSchema.shape.lastCheck,
  live: codeRecordSchema.shape.live,
  claimedBy: codeRecordSchema.shape.claimedBy,
};

/**
 * For each flat field, the values the schema would pass through unchanged. Anything the schema
 * would transform (a lower-case region, a missing warnings list) fails here and is left to it.
 * Typed against CodeRecord so a new field cannot be forgotten.
 */
const flatFieldChecks: Record<Exclude<keyof CodeRecord, keyof typeof nestedFields>, FieldCheck> = {
  code: isString,
  raw: isString,
  extractionWarnings: isStringArray,
  status: (value) => (codeStatuses as readonly unknown[]).includes(value),
  addedAt: isFiniteNumber,
  updatedAt: isFiniteNumber,
  creatorHandle: optional(stringUpTo(100)),
  expectedPost: optional(stringUpTo(500)),
  creatorRegion: optional(matching(/^[A-Z]{2}$/)),
  adAccountId: optional(stringUpTo(40)),
  receivedOn: optional(isIsoDate),
  duration: optional(
    (value) =>
      value === 'none' ||
      (Number.isInteger(value) && (value as number) > 0 && (value as number) <= 3650),
  ),
  expiresOn: optional(isIsoDate),
  campaignEndsOn: optional(isIsoDate),
  notes: optional(stringUpTo(5000)),
  failureReason: optional(isString),
  expiresAt: optional(isFiniteNumber),
  copiedAt: optional(isFiniteNumber),
  appliedAt: optional(isFiniteNumber),
  batchId: optional(isString),
};

function isKnownField(key: string): boolean {
  return Object.hasOwn(flatFieldChecks, key) || Object.hasOwn(nestedFields, key);
}

/** True when the schema would accept the row's flat fields and hand them back unchanged. */
function hasCanonicalFlatFields(row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype) {
    return false;
  }
  const fields = row as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!isKnownField(key)) return false;
  for (const [key, check] of Object.entries(flatFieldChecks)) if (!check(fields[key])) return false;
  return true;
}

/**
 * The same answer as {@link parseRow}, at a fraction of the cost for the usual row: one already in
 * the form the schema produces is checked field by field and returned as it is, and only its
 * nested check and live results still go through the schema. Opening the popup reads every row,
 * so the full schema parse of 10,000 codes was a visible share of the wait.
 */
export function parseRowFast(row: unknown): CodeRecord | undefined {
  if (!hasCanonicalFlatFields(row)) return parseRow(row);
  let record = row;
  for (const [key, schema] of Object.entries(nestedFields)) {
    if (row[key] === undefined) continue;
    const parsed = schema.safeParse(row[key]);
    if (!parsed.success) return undefined;
    record = { ...record, [key]: parsed.data };
  }
  return record as CodeRecord;
}

/** {@link parseRows} built on {@link parseRowFast}: same records, same corrupt count. */
export function parseRowsFast(rows: readonly unknown[]): {
  records: CodeRecord[];
  corrupt: number;
} {
  const records: CodeRecord[] = [];
  let corrupt = 0;
  for (const row of rows) {
    const record = parseRowFast(row);
    if (record) records.push(record);
    else corrupt++;
  }
  return { records, corrupt };
}
