import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { openDatabase, type SparkDatabase } from './database';
import {
  addCodes,
  deleteCodes,
  getCodes,
  historyOf,
  listCodes,
  markCopied,
  recordCheck,
  restoreStatuses,
  setStatus,
  undoDelete,
  updateDetails,
} from './repository';
import type { CheckResult } from '../preflight/types';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';
const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');
const later = fixedClock(clock.now() + 60_000);

let db: SparkDatabase;
beforeEach(() => {
  db = openDatabase(`test-${Math.random()}`);
});
afterEach(() => db.close());

describe('addCodes', () => {
  it('stores new codes with the shared details and the text they came from', async () => {
    const result = await addCodes(
      db,
      [{ code: A, raw: `"${A}"`, warnings: ['Removed quotes'] }],
      { creatorHandle: 'maya', creatorRegion: 'us', duration: 30, receivedOn: '2026-11-20' },
      clock,
    );
    expect(result.added).toHaveLength(1);
    const stored = (await getCodes(db, [A])).get(A);
    expect(stored).toMatchObject({
      code: A,
      raw: `"${A}"`,
      creatorHandle: 'maya',
      creatorRegion: 'US',
      status: 'new',
      extractionWarnings: ['Removed quotes'],
    });
    // 2026-11-20 + 30 days, read in UTC.
    expect(stored?.expiresAt).toBe(Date.UTC(2026, 11, 20));
    expect((await historyOf(db, A)).map((e) => e.type)).toEqual(['added']);
  });

  it('reports known codes and fills only the details left blank', async () => {
    await addCodes(db, [{ code: A, raw: A }], { creatorHandle: 'maya' }, clock);
    const result = await addCodes(
      db,
      [
        { code: A, raw: A },
        { code: B, raw: B },
        { code: B, raw: B },
      ],
      { creatorHandle: 'other', adAccountId: '7000000000000000001' },
      later,
    );
    expect(result.added.map((r) => r.code)).toEqual([B]);
    expect(result.known.map((r) => r.code)).toEqual([A]);
    const stored = (await getCodes(db, [A])).get(A);
    expect(stored?.creatorHandle).toBe('maya');
    expect(stored?.adAccountId).toBe('7000000000000000001');
  });

  it('stores each code with its own details where it has them, the shared ones elsewhere', async () => {
    const C = '#Zm9yIGFub3RoZXIgY3JlYXRvciB3aXRoIGl0cyBvd24gZGV0YWlscyAxMjM0NTY=';
    await addCodes(db, [{ code: C, raw: C }], {}, clock);
    await addCodes(
      db,
      [
        { code: A, raw: A, details: { creatorHandle: 'mia', expiresOn: '2026-12-31' } },
        { code: B, raw: B },
        { code: C, raw: C, details: { creatorHandle: 'leo' } },
      ],
      { creatorHandle: 'shared', duration: 30, receivedOn: '2026-11-20' },
      later,
    );
    const stored = await getCodes(db, [A, B, C]);
    expect(stored.get(A)).toMatchObject({ creatorHandle: 'mia', expiresOn: '2026-12-31' });
    expect(stored.get(A)?.duration).toBeUndefined();
    expect(stored.get(A)?.expiresAt).toBe(Date.UTC(2027, 0, 1));
    expect(stored.get(B)).toMatchObject({ creatorHandle: 'shared', duration: 30 });
    expect(stored.get(B)?.expiresAt).toBe(Date.UTC(2026, 11, 20));
    // A known code takes its own details into blanks only.
    expect(stored.get(C)?.creatorHandle).toBe('leo');
  });

  it('refuses a bad per-code detail before writing anything', async () => {
    await expect(
      addCodes(
        db,
        [
          { code: A, raw: A },
          { code: B, raw: B, details: { expiresOn: 'Dec 31' } },
        ],
        {},
        clock,
      ),
    ).rejects.toThrow();
    expect((await listCodes(db)).records).toHaveLength(0);
  });

  it('rejects invalid shared details before writing anything', async () => {
    await expect(
      addCodes(db, [{ code: A, raw: A }], { creatorRegion: 'United States' }, clock),
    ).rejects.toThrow();
    expect((await listCodes(db)).records).toHaveLength(0);
  });
});

describe('listCodes', () => {
  it('counts rows that no longer fit the schema instead of showing them', async () => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await db.codes.put({ code: 'broken' } as never);
    const { records, corrupt } = await listCodes(db);
    expect(records.map((r) => r.code)).toEqual([A]);
    expect(corrupt).toBe(1);
  });
});

describe('status changes and undo', () => {
  it('marks applied with the time, and undo puts the previous state back', async () => {
    await addCodes(
      db,
      [
        { code: A, raw: A },
        { code: B, raw: B },
      ],
      {},
      clock,
    );
    const copied = await markCopied(db, [A, B], 'batch-1', clock);
    expect(copied.map((s) => s.status)).toEqual(['new', 'new']);
    const snapshot = await setStatus(db, [A, B], 'applied', later);
    let stored = await getCodes(db, [A, B]);
    expect(stored.get(A)).toMatchObject({
      status: 'applied',
      appliedAt: later.now(),
      batchId: 'batch-1',
    });
    await restoreStatuses(db, snapshot, later);
    stored = await getCodes(db, [A, B]);
    expect(stored.get(A)?.status).toBe('new');
    expect(stored.get(A)?.appliedAt).toBeUndefined();
    expect(stored.get(A)?.batchId).toBe('batch-1');
    expect((await historyOf(db, A)).map((e) => e.type)).toEqual([
      'added',
      'copied',
      'applied',
      'restored',
    ]);
  });

  it('keeps the failure reason only while the code is failed', async () => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await setStatus(db, [A], 'failed', clock, 'The code has expired');
    expect((await getCodes(db, [A])).get(A)?.failureReason).toBe('The code has expired');
    await setStatus(db, [A], 'ready', later);
    expect((await getCodes(db, [A])).get(A)?.failureReason).toBeUndefined();
  });
});

describe('updateDetails', () => {
  it('edits, clears with an empty string, and recomputes the expiry', async () => {
    await addCodes(db, [{ code: A, raw: A }], { expiresOn: '2026-12-01', notes: 'x' }, clock);
    const next = await updateDetails(db, A, { expiresOn: '2026-12-10', notes: '' }, later);
    expect(next.notes).toBeUndefined();
    expect(next.expiresAt).toBe(Date.UTC(2026, 11, 11));
  });

  it('says so when the code is gone', async () => {
    await expect(updateDetails(db, A, { notes: 'x' }, clock)).rejects.toThrow(/no longer/);
  });
});

describe('recordCheck', () => {
  const result = (id: CheckResult['id'], status: CheckResult['status']): CheckResult => ({
    id,
    status,
    message: '',
    fix: '',
  });

  it.each([
    ['new', [result('format', 'pass'), result('revocation', 'unknown')], 'ready'],
    ['new', [result('expiry', 'fail')], 'expired'],
    ['ready', [result('revocation', 'fail')], 'revoked'],
    ['new', [result('region', 'fail')], 'new'],
    ['applied', [result('expiry', 'fail')], 'applied'],
    ['failed', [result('format', 'pass')], 'failed'],
    ['revoked', [result('revocation', 'pass'), result('expiry', 'pass')], 'ready'],
    ['expired', [result('revocation', 'pass'), result('expiry', 'unknown')], 'ready'],
    ['expired', [result('revocation', 'pass'), result('expiry', 'fail')], 'expired'],
    ['revoked', [result('revocation', 'pass'), result('expiry', 'fail')], 'expired'],
    ['revoked', [result('revocation', 'unknown'), result('expiry', 'pass')], 'revoked'],
    ['expired', [result('revocation', 'unknown'), result('expiry', 'pass')], 'expired'],
    ['revoked', [result('revocation', 'warn')], 'revoked'],
    ['applied', [result('revocation', 'pass')], 'applied'],
    ['failed', [result('revocation', 'pass')], 'failed'],
  ] as const)('moves %s with %j to %s', async (from, results, to) => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    if (from !== 'new') await setStatus(db, [A], from, clock);
    const stored = await recordCheck(db, A, results, undefined, later);
    expect(stored?.status).toBe(to);
    expect(stored?.lastCheck?.at).toBe(later.now());
  });
});

describe('recordCheck with live answers', () => {
  const facts = {
    kind: 'facts' as const,
    facts: {
      fetchedAt: clock.now(),
      itemId: '7301234567890123456',
      authEnd: Date.UTC(2026, 11, 24),
    },
  };
  const failure = (reason: 'timeout' | 'auth' | 'revoked', definitive: boolean) => ({
    kind: 'failure' as const,
    failure: { fetchedAt: later.now(), reason, definitive, message: reason, fix: '' },
  });

  it.each([
    ['a timeout', failure('timeout', false)],
    ['a refused token', failure('auth', false)],
  ])('keeps what TikTok said before when %s stops the lookup', async (_, fault) => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await recordCheck(db, A, [], facts, clock);
    const stored = await recordCheck(db, A, [], fault, later);
    expect(stored?.live).toEqual(facts);
    expect(stored?.expiresAt).toBe(Date.UTC(2026, 11, 24));
    expect(stored?.lastCheck?.at).toBe(later.now());
  });

  it('replaces it with TikTok’s own verdict on the code', async () => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await recordCheck(db, A, [], facts, clock);
    const revoked = failure('revoked', true);
    expect((await recordCheck(db, A, [], revoked, later))?.live).toEqual(revoked);
  });

  it('remembers the latest failed lookup when TikTok had not answered before', async () => {
    await addCodes(db, [{ code: A, raw: A }], {}, clock);
    await recordCheck(db, A, [], failure('auth', false), clock);
    const fault = failure('timeout', false);
    expect((await recordCheck(db, A, [], fault, later))?.live).toEqual(fault);
  });
});

describe('delete with undo', () => {
  it('brings the code back with its details', async () => {
    await addCodes(db, [{ code: A, raw: A }], { creatorHandle: 'maya' }, clock);
    await deleteCodes(db, [A], clock);
    expect((await listCodes(db)).records).toHaveLength(0);
    expect(await undoDelete(db, [A], later)).toBe(1);
    expect((await getCodes(db, [A])).get(A)?.creatorHandle).toBe('maya');
  });

  it('keeps a code re-added since the delete', async () => {
    await addCodes(db, [{ code: A, raw: A }], { creatorHandle: 'old' }, clock);
    await deleteCodes(db, [A], clock);
    await addCodes(db, [{ code: A, raw: A }], { creatorHandle: 'new' }, later);
    expect(await undoDelete(db, [A], later)).toBe(0);
    expect((await getCodes(db, [A])).get(A)?.creatorHandle).toBe('new');
  });
});
