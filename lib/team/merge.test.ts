import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCodes,
  claimCodes,
  projectTeamInventory,
  recordEvents,
  releaseCodes,
  teamDocParts,
  type Author,
  type NewEvent,
} from './index';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const alex: Author = { memberId: 'm-alex', name: 'Alex' };
const sam: Author = { memberId: 'm-sam', name: 'Sam' };
const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;

/** Sends each replica what the other lacks, the way a sync server would. */
function merge(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Two replicas that share the code, then go offline. */
function offlinePair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  addCodes(a, alex, [{ code: CODE, raw: `Code: ${CODE}` }], T0);
  merge(a, b);
  return { a, b };
}

const at = (hours: number) => T0 + hours * HOUR;
const event = (hours: number, e: Omit<NewEvent, 'code' | 'at'>): NewEvent => ({
  code: CODE,
  at: at(hours),
  ...e,
});

describe('offline edits on two replicas merge by the domain rules', () => {
  const cases: {
    name: string;
    onA: NewEvent[];
    onB: NewEvent[];
    status: string;
    appliedOn?: string[];
    flags?: string[];
  }[] = [
    {
      name: 'TikTok revoking outranks an apply made later elsewhere',
      onA: [event(3, { type: 'applied', account: 'acct-1', source: 'ads-manager' })],
      onB: [event(1, { type: 'revoked', source: 'tiktok-api' })],
      status: 'revoked',
      appliedOn: ['acct-1'],
    },
    {
      name: 'TikTok expiring outranks an apply',
      onA: [event(1, { type: 'applied', account: 'acct-1' })],
      onB: [event(2, { type: 'expired', source: 'tiktok-api' })],
      status: 'expired',
    },
    {
      name: 'revoked outranks expired whatever the order',
      onA: [event(5, { type: 'expired' })],
      onB: [event(2, { type: 'revoked' })],
      status: 'revoked',
    },
    {
      name: 'the same code applied on two accounts is flagged',
      onA: [event(1, { type: 'applied', account: 'acct-1' })],
      onB: [event(2, { type: 'applied', account: 'acct-2' })],
      status: 'applied',
      appliedOn: ['acct-1', 'acct-2'],
      flags: ['applied-on-several-accounts'],
    },
    {
      name: 'applied twice on one account is not flagged',
      onA: [event(1, { type: 'applied', account: 'acct-1' })],
      onB: [event(2, { type: 'applied', account: 'acct-1' })],
      status: 'applied',
      appliedOn: ['acct-1'],
      flags: [],
    },
    {
      name: 'a later failure elsewhere never un-applies a code',
      onA: [event(1, { type: 'applied', account: 'acct-1' })],
      onB: [event(2, { type: 'failed', reason: 'Network error', account: 'acct-2' })],
      status: 'applied',
    },
    {
      name: 'between checks and failures the latest verdict counts',
      onA: [event(1, { type: 'checked', outcome: 'ready' })],
      onB: [event(2, { type: 'failed', reason: 'Region not supported' })],
      status: 'failed',
    },
    {
      name: 'a newer passing check after a failure makes it ready',
      onA: [event(3, { type: 'checked', outcome: 'ready' })],
      onB: [event(2, { type: 'failed', reason: 'Preview showed another post' })],
      status: 'ready',
    },
    {
      name: 'copying alone leaves the code new',
      onA: [event(1, { type: 'copied', account: 'acct-1' })],
      onB: [],
      status: 'new',
    },
  ];

  it.each(cases)('$name', ({ onA, onB, status, appliedOn, flags }) => {
    const { a, b } = offlinePair();
    recordEvents(a, alex, onA, at(0));
    recordEvents(b, sam, onB, at(0));
    merge(a, b);
    const viewA = projectTeamInventory(a, at(10)).codes.get(CODE);
    const viewB = projectTeamInventory(b, at(10)).codes.get(CODE);
    expect(viewA).toEqual(viewB);
    expect(viewA?.status).toBe(status);
    if (appliedOn) expect(viewA?.appliedOn).toEqual(appliedOn);
    if (flags) expect(viewA?.flags).toEqual(flags);
    expect(viewA?.events).toHaveLength(1 + onA.length + onB.length);
  });
});

describe('nothing typed offline is lost in a merge', () => {
  it('keeps both pasted texts and both add events when two buyers add the same code', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addCodes(a, alex, [{ code: CODE, raw: `"${CODE}"` }], at(1));
    addCodes(b, sam, [{ code: CODE, raw: `Code:\n${CODE}` }], at(2));
    merge(a, b);
    const view = projectTeamInventory(a, at(3)).codes.get(CODE);
    expect(view?.raws).toEqual([`"${CODE}"`, `Code:\n${CODE}`]);
    expect(view?.events.map((e) => e.by)).toEqual(['m-alex', 'm-sam']);
    expect(projectTeamInventory(b, at(3)).codes.get(CODE)).toEqual(view);
  });

  it('keeps every detail edit in the log; each field shows its latest value', () => {
    const { a, b } = offlinePair();
    recordEvents(a, alex, [event(1, { type: 'updated', details: { notes: 'Alex note' } })], 0);
    recordEvents(
      b,
      sam,
      [event(2, { type: 'updated', details: { notes: 'Sam note', creatorRegion: 'US' } })],
      0,
    );
    recordEvents(a, alex, [event(3, { type: 'updated', details: { adAccountId: '123' } })], 0);
    merge(a, b);
    const view = projectTeamInventory(b, at(4)).codes.get(CODE);
    expect(view?.details).toEqual({ notes: 'Sam note', creatorRegion: 'US', adAccountId: '123' });
    const notes = view?.events.flatMap((e) => (e.details?.notes ? [e.details.notes] : []));
    expect(notes).toEqual(['Alex note', 'Sam note']);
  });

  it('a delete and a later restore on another replica leave the code restored', () => {
    const { a, b } = offlinePair();
    recordEvents(a, alex, [event(1, { type: 'deleted' })], 0);
    recordEvents(b, sam, [event(2, { type: 'restored' })], 0);
    merge(a, b);
    expect(projectTeamInventory(a, at(3)).codes.get(CODE)?.deleted).toBe(false);
  });
});

describe('claims', () => {
  const cases: {
    name: string;
    edit: (a: Y.Doc, b: Y.Doc) => void;
    now: number;
    holder?: { by: string; account: string; until: number };
    contenders: string[];
  }[] = [
    {
      name: 'the earlier of two concurrent claims holds; the other waits behind it',
      edit: (a, b) => {
        claimCodes(b, sam, [CODE], 'acct-sam', at(24), at(2));
        claimCodes(a, alex, [CODE], 'acct-alex', at(24), at(1));
      },
      now: at(3),
      holder: { by: 'm-alex', account: 'acct-alex', until: at(24) },
      contenders: ['m-sam'],
    },
    {
      name: 'an expired claim no longer holds the code',
      edit: (a, b) => {
        claimCodes(a, alex, [CODE], 'acct-alex', at(2), at(1));
        claimCodes(b, sam, [CODE], 'acct-sam', at(24), at(1.5));
      },
      now: at(3),
      holder: { by: 'm-sam', account: 'acct-sam', until: at(24) },
      contenders: [],
    },
    {
      name: 'every claim expired: nobody holds the code',
      edit: (a) => claimCodes(a, alex, [CODE], 'acct-alex', at(2), at(1)),
      now: at(2),
      contenders: [],
    },
    {
      name: 'a release ends the holder’s claim and lets the next one hold',
      edit: (a, b) => {
        claimCodes(a, alex, [CODE], 'acct-alex', at(24), at(1));
        releaseCodes(a, alex, [CODE], at(2));
        claimCodes(b, sam, [CODE], 'acct-sam', at(24), at(1.5));
      },
      now: at(3),
      holder: { by: 'm-sam', account: 'acct-sam', until: at(24) },
      contenders: [],
    },
    {
      name: 'the holder renewing extends the claim',
      edit: (a) => {
        claimCodes(a, alex, [CODE], 'acct-alex', at(5), at(1));
        claimCodes(a, alex, [CODE], 'acct-alex', at(48), at(4));
      },
      now: at(6),
      holder: { by: 'm-alex', account: 'acct-alex', until: at(48) },
      contenders: [],
    },
  ];

  it.each(cases)('$name', ({ edit, now, holder, contenders }) => {
    const { a, b } = offlinePair();
    edit(a, b);
    merge(a, b);
    const viewA = projectTeamInventory(a, now).codes.get(CODE);
    expect(projectTeamInventory(b, now).codes.get(CODE)).toEqual(viewA);
    if (holder) expect(viewA?.holder).toMatchObject(holder);
    else expect(viewA?.holder).toBeUndefined();
    expect(viewA?.contenders.map((c) => c.by)).toEqual(contenders);
  });
});

describe('entries written by a broken client', () => {
  it('are counted as unreadable and never hide the readable ones', () => {
    const { a } = offlinePair();
    teamDocParts(a).log.push([{ code: CODE, type: 'applied' }, 'garbage']);
    teamDocParts(a).claims.push([{ kind: 'claim' }]);
    const inventory = projectTeamInventory(a, at(1));
    expect(inventory.unreadable).toBe(3);
    expect(inventory.codes.get(CODE)?.status).toBe('new');
  });

  it('are refused on write with the reason, writing nothing', () => {
    const doc = new Y.Doc();
    expect(() =>
      recordEvents(doc, alex, [{ code: CODE, type: 'applied', account: '' }], at(1)),
    ).toThrow(/account/);
    expect(teamDocParts(doc).log.length).toBe(0);
  });
});
