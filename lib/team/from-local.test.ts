import { describe, expect, it } from 'vitest';
import type { CodeEvent, CodeRecord } from '../records/schema';
import { NOW, record } from '../inventory/test-records';
import { inventoryAsAdded, localChanges } from './from-local';

const A = record({ raw: 'Code: A!', adAccountId: '111', creatorHandle: '@maya', notes: 'DM' });
const B = record({ adAccountId: ' 222 ' });
const NO_ACCOUNT = record();
const byCode = (...records: CodeRecord[]) => new Map(records.map((r) => [r.code, r]));
const ev = (type: CodeEvent['type'], code: string, extra: Partial<CodeEvent> = {}): CodeEvent => ({
  id: 1,
  code,
  type,
  at: NOW,
  ...extra,
});

describe('localChanges', () => {
  it.each<[string, CodeEvent[], CodeRecord[], object[]]>([
    [
      'a paste keeps its exact text and the details set',
      [ev('added', A.code)],
      [A],
      [
        {
          type: 'added',
          code: A.code,
          raw: 'Code: A!',
          details: { adAccountId: '111', creatorHandle: '@maya', notes: 'DM' },
        },
      ],
    ],
    [
      'a run event is told once per code it lists',
      [ev('added', '', { codes: [A.code, B.code] })],
      [A, B],
      [
        { type: 'added', code: A.code },
        { type: 'added', code: B.code },
      ],
    ],
    [
      'an edit carries the details as they stand',
      [ev('updated', A.code)],
      [A],
      [{ type: 'updated', code: A.code, details: { adAccountId: '111' } }],
    ],
    [
      'applied names the trimmed account',
      [ev('applied', B.code)],
      [{ ...B, status: 'applied' }],
      [{ type: 'applied', code: B.code, account: '222', source: 'ads-manager' }],
    ],
    [
      "a failure that is TikTok's revocation is told as revoked",
      [ev('failed', A.code, { detail: 'revoked' })],
      [{ ...A, status: 'revoked' }],
      [{ type: 'revoked', code: A.code, source: 'tiktok-api' }],
    ],
    [
      'any other failure keeps its reason',
      [ev('failed', A.code, { detail: 'Network error' })],
      [{ ...A, status: 'failed' }],
      [{ type: 'failed', code: A.code, reason: 'Network error', account: '111' }],
    ],
    [
      'a check that found the code expired is told with the verdict',
      [ev('checked', A.code)],
      [{ ...A, status: 'expired' }],
      [
        { type: 'checked', code: A.code, outcome: 'failed' },
        { type: 'expired', code: A.code, source: 'tiktok-api' },
      ],
    ],
    [
      'a passing check is ready',
      [ev('checked', A.code)],
      [{ ...A, status: 'ready' }],
      [{ type: 'checked', outcome: 'ready' }],
    ],
    [
      'a deleted code is told even with no row left',
      [ev('deleted', A.code)],
      [],
      [{ type: 'deleted', code: A.code }],
    ],
    ['planning a batch is not news', [ev('batched', A.code)], [A], []],
    ['an added code deleted since has nothing to tell', [ev('added', A.code)], [], []],
  ])('%s', (_, events, records, expected) => {
    const { events: told } = localChanges(events, byCode(...records));
    expect(told).toHaveLength(expected.length);
    expected.forEach((shape, i) => expect(told[i]).toMatchObject(shape));
  });

  it('claims copied codes per account, codes with no account together', () => {
    const { claims, events } = localChanges(
      [ev('copied', '', { codes: [A.code, B.code, NO_ACCOUNT.code] })],
      byCode(A, B, NO_ACCOUNT),
    );
    expect(events.map((e) => e.type)).toEqual(['copied', 'copied', 'copied']);
    expect(claims).toEqual([
      { account: '111', codes: [A.code] },
      { account: '222', codes: [B.code] },
      { account: undefined, codes: [NO_ACCOUNT.code] },
    ]);
  });
});

describe('inventoryAsAdded', () => {
  it("tells each code as added, with TikTok's verdicts and applications kept", () => {
    const told = inventoryAsAdded([
      { ...A, status: 'applied', appliedAt: NOW - 5 },
      { ...B, status: 'revoked' },
      NO_ACCOUNT,
    ]);
    expect(told.map((e) => [e.type, e.code])).toEqual([
      ['added', A.code],
      ['applied', A.code],
      ['added', B.code],
      ['revoked', B.code],
      ['added', NO_ACCOUNT.code],
    ]);
    expect(told[1]).toMatchObject({ at: NOW - 5, account: '111' });
  });
});
