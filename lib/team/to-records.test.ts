import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOW, record } from '../inventory/test-records';
import type { CodeRecord } from '../records/schema';
import { addCodes, claimCodes, recordEvents, type Author } from './doc';
import { projectTeamInventory } from './project';
import { recordChanges } from './to-records';

const alex: Author = { memberId: 'm-alex', name: 'Alex' };
const sam: Author = { memberId: 'm-sam', name: 'Sam' };
const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

function teamWith(write: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  addCodes(doc, sam, [{ code: CODE, raw: `Code: ${CODE}` }], NOW - 10);
  write(doc);
  return projectTeamInventory(doc, NOW);
}

const local = (...records: CodeRecord[]) => new Map(records.map((r) => [r.code, r]));

describe('recordChanges', () => {
  it("adds a teammate's code with its exact text, details and status", () => {
    const team = teamWith((doc) =>
      recordEvents(
        doc,
        sam,
        [{ type: 'updated', code: CODE, details: { creatorHandle: '@maya' } }],
        NOW - 5,
      ),
    );
    const { put, remove } = recordChanges(team, new Map(), 'm-alex', NOW);
    expect(remove).toEqual([]);
    expect(put).toEqual([
      expect.objectContaining({
        code: CODE,
        raw: `Code: ${CODE}`,
        creatorHandle: '@maya',
        status: 'new',
        addedAt: NOW - 10,
      }),
    ]);
  });

  it('lets the team decide the status and keeps what only this browser knows', () => {
    const team = teamWith((doc) =>
      recordEvents(doc, sam, [{ type: 'revoked', code: CODE, source: 'tiktok-api' }], NOW - 5),
    );
    const mine = record({
      code: CODE,
      status: 'applied',
      appliedAt: NOW - 8,
      lastCheck: { at: NOW - 7, results: [] },
      batchId: 'b1',
    });
    const [next] = recordChanges(team, local(mine), 'm-alex', NOW).put;
    expect(next).toMatchObject({
      status: 'revoked',
      lastCheck: mine.lastCheck,
      batchId: 'b1',
      updatedAt: NOW,
    });
  });

  it.each([
    [
      "a teammate's claim is shown with their name and account",
      sam,
      { name: 'Sam', account: '111' },
    ],
    ['my own claim is not a claim on me', alex, undefined],
  ])('%s', (_, claimer, expected) => {
    const team = teamWith((doc) => claimCodes(doc, claimer, [CODE], '111', NOW + 60_000, NOW - 1));
    const [next] = recordChanges(team, new Map(), 'm-alex', NOW).put;
    expect(next?.claimedBy).toEqual(expected && { ...expected, until: NOW + 60_000 });
  });

  it('moves a code a teammate deleted out, and leaves rows already in step alone', () => {
    const deleted = teamWith((doc) =>
      recordEvents(doc, sam, [{ type: 'deleted', code: CODE }], NOW - 1),
    );
    expect(recordChanges(deleted, local(record({ code: CODE })), 'm-alex', NOW)).toEqual({
      put: [],
      remove: [CODE],
    });
    expect(recordChanges(deleted, new Map(), 'm-alex', NOW)).toEqual({ put: [], remove: [] });

    const team = teamWith(() => undefined);
    const [first] = recordChanges(team, new Map(), 'm-alex', NOW).put;
    expect(recordChanges(team, local(first as CodeRecord), 'm-alex', NOW + 1).put).toEqual([]);
  });
});
