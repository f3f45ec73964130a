import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCodes, claimCodes, observeTeamChanges, recordEvents, teamDocParts } from './index';
import type { TeamChange } from './changes';

const CODE = '#AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGh=';
const alex = { memberId: 'm-alex', name: 'Alex' };

/** Edits one replica, ships the update to another and reports what that one saw arrive. */
function changesSeenRemotely(edit: (doc: Y.Doc) => void, base?: (doc: Y.Doc) => void) {
  const writer = new Y.Doc();
  const reader = new Y.Doc();
  if (base) {
    base(writer);
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer));
  }
  const seen: { changes: TeamChange[]; origin: unknown }[] = [];
  const stop = observeTeamChanges(reader, (changes, origin) => seen.push({ changes, origin }));
  const before = Y.encodeStateVector(reader);
  edit(writer);
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer, before), 'from-alex');
  stop();
  return seen;
}

describe('observeTeamChanges', () => {
  it('names each new event by code and type, with the author the entry claims', () => {
    const seen = changesSeenRemotely((doc) => {
      addCodes(doc, alex, [{ code: CODE, raw: CODE }], 1);
      recordEvents(doc, alex, [{ code: CODE, type: 'applied', account: 'acct-1' }], 2);
    });
    const changes = seen.flatMap((s) => s.changes);
    expect(changes.map((c) => [c.code, c.change, c.claimedBy])).toEqual([
      [CODE, 'added', 'm-alex'],
      [CODE, 'applied', 'm-alex'],
    ]);
    expect(seen.every((s) => s.origin === 'from-alex')).toBe(true);
  });

  it('reports claims, and removals that break the append-only rule', () => {
    const seen = changesSeenRemotely(
      (doc) => {
        claimCodes(doc, alex, [CODE], 'acct-1', 100, 2);
        teamDocParts(doc).log.delete(0, 1);
      },
      (doc) => addCodes(doc, alex, [{ code: CODE, raw: CODE }], 1),
    );
    const changes = seen.flatMap((s) => s.changes.map((c) => `${c.change} ${c.code}`));
    expect(changes.sort()).toEqual([`claimed ${CODE}`, `log-entry-removed ${CODE}`]);
  });

  it('marks entries that do not parse as unreadable', () => {
    const seen = changesSeenRemotely((doc) => teamDocParts(doc).log.push([{ code: CODE }]));
    expect(seen.flatMap((s) => s.changes)).toEqual([
      { code: CODE, change: 'unreadable', entry: { code: CODE } },
    ]);
  });
});
