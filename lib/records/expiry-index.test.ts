import { describe, expect, it } from 'vitest';
import { DAY, NOW, facts, failure, makeRecord } from '../preflight/test-fixtures';
import type { CodeRecord } from './schema';
import { withExpiry } from './expiry-index';

describe('withExpiry', () => {
  it.each<[string, Partial<CodeRecord>, string | undefined, number | undefined]>([
    ['a recorded expiry date, UTC', { expiresOn: '2026-07-01' }, undefined, Date.UTC(2026, 6, 2)],
    [
      'a recorded expiry date in the buyer zone',
      { expiresOn: '2026-07-01' },
      'Asia/Tokyo',
      Date.UTC(2026, 6, 1, 15),
    ],
    [
      "TikTok's end time wins over the recorded date",
      { expiresOn: '2026-07-01', live: facts({ authEnd: NOW + DAY }) },
      undefined,
      NOW + DAY,
    ],
    [
      'a failed lookup leaves the recorded date in charge',
      { expiresOn: '2026-07-01', live: failure('network', false) },
      undefined,
      Date.UTC(2026, 6, 2),
    ],
    ['no expiry chosen', { duration: 'none', expiresAt: NOW }, undefined, undefined],
    ['nothing known drops a stale value', { expiresAt: NOW }, undefined, undefined],
  ])('%s', (_name, overrides, zone, expected) => {
    const record = makeRecord(overrides);
    const before = structuredClone(record);
    const next = withExpiry(record, zone);
    expect(next.expiresAt).toBe(expected);
    expect('expiresAt' in next).toBe(expected !== undefined);
    expect(next).toEqual({ ...before, expiresAt: expected });
    // The stored record is left as it was.
    expect(record).toEqual(before);
  });
});
