import { describe, expect, it } from 'vitest';
import { parseRow, parseRowFast, parseRows, parseRowsFast } from './records';

const base = {
  code: '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
  raw: 'pasted',
  extractionWarnings: ['Removed quotes'],
  status: 'ready',
  addedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
const lastCheck = {
  at: 1,
  results: [{ id: 'format', status: 'pass', message: 'Looks right', fix: '' }],
};
const failure = {
  kind: 'failure',
  failure: { fetchedAt: 1, reason: 'network', definitive: false, message: 'm', fix: 'f' },
};
const sparse: string[] = [];
sparse[1] = 'only the second';

/** Rows as storage may hold them; each must get exactly the answer the schema gives. */
const rows: [name: string, row: unknown][] = [
  ['minimal row', base],
  [
    'every flat detail',
    {
      ...base,
      creatorHandle: 'maya',
      expectedPost: 'https://www.tiktok.com/@maya/video/1',
      creatorRegion: 'US',
      adAccountId: '7000000000000000001',
      receivedOn: '2026-11-20',
      duration: 30,
      expiresOn: '2026-12-25',
      campaignEndsOn: '2027-01-31',
      notes: 'n',
      failureReason: 'r',
      expiresAt: 1,
      copiedAt: 2,
      appliedAt: 3,
      batchId: 'b',
    },
  ],
  ['no expiry', { ...base, duration: 'none' }],
  ['an optional field present but undefined', { ...base, notes: undefined }],
  ['check results', { ...base, lastCheck }],
  ['a live failure', { ...base, live: failure }],
  ['check results with an extra nested key', { ...base, lastCheck: { ...lastCheck, x: 1 } }],
  ['bad check results', { ...base, lastCheck: { at: 'soon', results: [] } }],
  ['bad live lookup', { ...base, live: { kind: 'nope' } }],
  ['lower-case region, upper-cased by the schema', { ...base, creatorRegion: 'us' }],
  ['padded region', { ...base, creatorRegion: ' GB ' }],
  ['no warnings list, defaulted by the schema', { ...base, extractionWarnings: undefined }],
  ['an unknown key, stripped by the schema', { ...base, legacy: true }],
  ['warnings with a hole', { ...base, extractionWarnings: sparse }],
  ['warnings that are not text', { ...base, extractionWarnings: [1] }],
  ['unknown status', { ...base, status: 'lost' }],
  ['missing code', { ...base, code: undefined }],
  ['NaN date added', { ...base, addedAt: Number.NaN }],
  ['infinite expiry', { ...base, expiresAt: Infinity }],
  ['zero-day duration', { ...base, duration: 0 }],
  ['fractional duration', { ...base, duration: 1.5 }],
  ['duration past ten years', { ...base, duration: 3651 }],
  ['handle too long', { ...base, creatorHandle: 'x'.repeat(101) }],
  ['ad account too long', { ...base, adAccountId: '1'.repeat(41) }],
  ['malformed date', { ...base, expiresOn: '25/12/2026' }],
  ['null', null],
  ['a string', 'code'],
  ['an array', [base]],
];

describe('parseRowFast', () => {
  it.each(rows)('%s: same answer as the schema', (_name, row) => {
    expect(parseRowFast(row)).toStrictEqual(parseRow(row));
  });

  it('returns a row already in schema form as it is, without copying it', () => {
    expect(parseRowFast(base)).toBe(base);
  });
});

describe('parseRowsFast', () => {
  it('keeps the same records and corrupt count as parseRows', () => {
    const all = rows.map(([, row]) => row);
    const fast = parseRowsFast(all);
    expect(fast).toStrictEqual(parseRows(all));
    expect(fast.corrupt).toBeGreaterThan(0);
  });
});
