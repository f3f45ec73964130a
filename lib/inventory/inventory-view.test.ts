import { describe, expect, it } from 'vitest';
import {
  ALL,
  COPIED,
  NO_ACCOUNT,
  buildInventoryRows,
  defaultQuery,
  isFiltered,
  type InventoryQuery,
} from './inventory-view';
import { DAY, NOW, record } from './test-records';

const accounts = [{ id: '7000000000000000001', name: 'Brand US' }];
const context = { now: NOW, alertWindowDays: 3, accounts };

const maya = record({
  creatorHandle: 'maya',
  expiresAt: NOW + 20 * DAY,
  adAccountId: '7000000000000000001',
  expectedPost: 'https://www.tiktok.com/@maya/video/7301234567890123456',
  addedAt: NOW - 3 * DAY,
});
const leo = record({ creatorHandle: '@leo', expiresAt: NOW + 2 * DAY, addedAt: NOW - 1 * DAY });
const gone = record({ creatorHandle: 'gone', expiresAt: NOW - DAY, addedAt: NOW - 5 * DAY });
const blank = record({ addedAt: NOW - 2 * DAY, adAccountId: '7000000000000000002' });
const copied = record({
  creatorHandle: 'cara',
  duration: 'none',
  batchId: 'plan-x-1',
  copiedAt: NOW - 60_000,
  addedAt: NOW - 4 * DAY,
});
const applied = record({
  creatorHandle: 'ava',
  status: 'applied',
  batchId: 'plan-x-1',
  copiedAt: NOW - 60_000,
  expiresAt: NOW + 9 * DAY,
  addedAt: NOW - 6 * DAY,
});
const all = [maya, leo, gone, blank, copied, applied];

function codesFor(patch: Partial<InventoryQuery>) {
  return buildInventoryRows(all, { ...defaultQuery, ...patch }, context).map((r) => r.record);
}

describe('buildInventoryRows', () => {
  it.each<[string, Partial<InventoryQuery>, typeof all]>([
    [
      'expiry sort: soonest first, no end date last (newest of those first)',
      {},
      [gone, leo, applied, maya, blank, copied],
    ],
    ['newest added first', { sort: 'added-newest' }, [leo, blank, maya, copied, gone, applied]],
    ['oldest added first', { sort: 'added-oldest' }, [applied, gone, copied, maya, blank, leo]],
    ['search by handle without @', { search: 'leo' }, [leo]],
    ['search by handle with @', { search: '@MAYA' }, [maya]],
    ['search by account name', { search: 'brand us' }, [maya]],
    ['search by post id', { search: '73012345' }, [maya]],
    ['every word must match', { search: 'maya leo' }, []],
    ['search by part of the code', { search: blank.code.slice(5, 15).toLowerCase() }, [blank]],
    ['status: ready', { status: 'ready' }, [maya, copied]],
    ['status: expiring', { status: 'expiring' }, [leo]],
    ['status: expired', { status: 'expired' }, [gone]],
    ['status: applied', { status: 'applied' }, [applied]],
    ['status: unknown', { status: 'unknown' }, [blank]],
    ['copied but not applied', { status: COPIED }, [copied]],
    ['one ad account', { account: '7000000000000000001' }, [maya]],
    ['codes with no ad account', { account: NO_ACCOUNT }, [gone, leo, applied, copied]],
    ['filters combine', { account: NO_ACCOUNT, status: 'ready' }, [copied]],
  ])('%s', (_name, query, expected) => {
    expect(codesFor(query).map((r) => r.code)).toEqual(expected.map((r) => r.code));
  });

  it('labels accounts and flags copied codes', () => {
    const rows = buildInventoryRows([maya, copied, applied], defaultQuery, context);
    const byCode = new Map(rows.map((r) => [r.record.code, r]));
    expect(byCode.get(maya.code)?.accountLabel).toBe('Brand US (…0001)');
    expect(byCode.get(copied.code)?.accountLabel).toBeUndefined();
    expect(byCode.get(copied.code)?.copiedPending).toBe(true);
    // Applied codes are done, whatever batch they came from.
    expect(byCode.get(applied.code)?.copiedPending).toBe(false);
  });
});

describe('isFiltered', () => {
  it.each<[Partial<InventoryQuery>, boolean]>([
    [{}, false],
    [{ sort: 'added-newest' }, false],
    [{ search: '  ' }, false],
    [{ search: 'x' }, true],
    [{ status: 'expired' }, true],
    [{ account: ALL }, false],
    [{ account: NO_ACCOUNT }, true],
  ])('%o → %s', (patch, expected) => {
    expect(isFiltered({ ...defaultQuery, ...patch })).toBe(expected);
  });
});
