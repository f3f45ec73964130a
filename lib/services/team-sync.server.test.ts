/**
 * Two browsers' inventories kept in step through a real team server: real Dexie databases (on
 * fake-indexeddb), real replicas (y-indexeddb), real WebSocket connections and invites.
 */
import 'fake-indexeddb/auto';
import { IndexeddbPersistence } from 'y-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../server/invites';
import { startTestServer, until, type TestServer } from '../../server/testing';
import { systemClock } from '../clock';
import { randomCode, seededRandom } from '../codes/test-support';
import { openDatabase, type SparkDatabase } from '../db/database';
import { addCodes, deleteCodes, listCodes, markCopied, setStatus } from '../db/repository';
import { createTeamMembershipStore } from '../settings/team-store';
import type { TeamStatus } from '../team/membership';
import { connectHocuspocus } from './team-connection';
import { createTeamSync, type TeamSync } from './team-sync';

const TEAM = 'glowco';

function memoryArea() {
  const items = new Map<string, unknown>();
  return {
    get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    remove: async (key: string) => void items.delete(key),
  };
}

interface Browser {
  db: SparkDatabase;
  sync: TeamSync;
  statuses: TeamStatus[];
  codes(): Promise<Map<string, Awaited<ReturnType<typeof listCodes>>['records'][number]>>;
}

function browser(name: string): Browser {
  const db = openDatabase(`team-${name}-${Math.random()}`);
  const statuses: TeamStatus[] = [];
  const sync = createTeamSync({
    db,
    clock: systemClock,
    memberships: createTeamMembershipStore(memoryArea()),
    openReplica: (replica, doc) => new IndexeddbPersistence(`${replica}-${db.name}`, doc),
    connect: connectHocuspocus,
    fetch,
    publish: async (status) => void statuses.push(status),
  });
  return {
    db,
    sync,
    statuses,
    codes: async () => new Map((await listCodes(db)).records.map((r) => [r.code, r])),
  };
}

const random = seededRandom(17);
const codes = Array.from({ length: 45 }, () => randomCode(random));
const pasted = (list: readonly string[]) => list.map((code) => ({ code, raw: `${code} from DM` }));

let server: TestServer;
const open: Browser[] = [];

async function member(name: string, role: 'admin' | 'buyer' | 'viewer', shareExisting = true) {
  const buyer = browser(name);
  open.push(buyer);
  const { invite } = await createInvite(server.store, { team: TEAM, role, createdBy: 'test' });
  const joined = await buyer.sync.join({ serverUrl: server.httpUrl, invite, name, shareExisting });
  expect(joined.ok, JSON.stringify(joined)).toBe(true);
  await until(`${name} is synced`, () => buyer.statuses.at(-1)?.state === 'synced');
  return buyer;
}

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const buyer of open.splice(0)) {
    await buyer.sync.stop();
    buyer.db.close();
  }
  await server.stop();
});

describe('team sync', () => {
  it("shares a buyer's paste with a teammate, details and exact text included", async () => {
    const alex = await member('Alex', 'buyer');
    const sam = await member('Sam', 'buyer');
    await addCodes(
      alex.db,
      pasted(codes),
      { adAccountId: '111', creatorHandle: '@glow' },
      systemClock,
    );
    alex.sync.localChanged();
    await until('Sam has the 45 codes', () => sam.statuses.at(-1)?.codes === 45, 10_000);
    const seen = await sam.codes();
    expect(seen.size).toBe(45);
    expect(seen.get(codes[0] as string)).toMatchObject({
      raw: `${codes[0]} from DM`,
      adAccountId: '111',
      creatorHandle: '@glow',
      status: 'new',
    });
  });

  it("leaves a teammate's copied batch out as claimed, with who and which account", async () => {
    const alex = await member('Alex', 'buyer');
    const sam = await member('Sam', 'buyer');
    await addCodes(alex.db, pasted(codes.slice(0, 3)), { adAccountId: '111' }, systemClock);
    alex.sync.localChanged();
    await until('Sam has the codes', () => sam.statuses.at(-1)?.codes === 3, 10_000);
    await markCopied(sam.db, codes.slice(0, 2), 'batch-1', systemClock);
    sam.sync.localChanged();
    await waitFor(
      async () => (await alex.codes()).get(codes[0] as string)?.claimedBy?.name === 'Sam',
    );
    const mine = await alex.codes();
    expect(mine.get(codes[0] as string)?.claimedBy).toMatchObject({ name: 'Sam', account: '111' });
    expect(mine.get(codes[2] as string)?.claimedBy).toBeUndefined();
    // The claimer's own rows carry no claim: their batches keep the codes.
    expect((await sam.codes()).get(codes[0] as string)?.claimedBy).toBeUndefined();
  });

  it('merges edits made offline by the domain rules: revoked by TikTok outranks applied', async () => {
    const alex = await member('Alex', 'buyer');
    const sam = await member('Sam', 'buyer');
    const [code] = codes as [string];
    await addCodes(alex.db, pasted([code]), {}, systemClock);
    alex.sync.localChanged();
    await waitFor(async () => (await sam.codes()).has(code));
    // Both go offline (their workers stop), edit, and come back.
    await Promise.all([alex.sync.stop(), sam.sync.stop()]);
    await setStatus(alex.db, [code], 'applied', systemClock);
    await setStatus(sam.db, [code], 'revoked', systemClock);
    expect((await alex.codes()).get(code)?.status).toBe('applied');
    await Promise.all([alex.sync.start(), sam.sync.start()]);
    await waitFor(
      async () =>
        (await alex.codes()).get(code)?.status === 'revoked' &&
        (await sam.codes()).get(code)?.status === 'revoked',
      15_000,
    );
  });

  it("keeps a viewer's edits on their own browser", async () => {
    const alex = await member('Alex', 'buyer');
    const vera = await member('Vera', 'viewer');
    await addCodes(alex.db, pasted(codes.slice(0, 2)), {}, systemClock);
    alex.sync.localChanged();
    await waitFor(async () => (await vera.codes()).size === 2);
    await addCodes(vera.db, pasted(codes.slice(2, 3)), {}, systemClock);
    await deleteCodes(vera.db, codes.slice(0, 1), systemClock);
    vera.sync.localChanged();
    await addCodes(alex.db, pasted(codes.slice(3, 4)), {}, systemClock);
    alex.sync.localChanged();
    await waitFor(
      async () => (await alex.codes()).size === 3 && (await vera.codes()).has(codes[3] as string),
    );
    const alexCodes = await alex.codes();
    expect(alexCodes.has(codes[0] as string)).toBe(true);
    expect(alexCodes.has(codes[2] as string)).toBe(false);
  });

  it('tells a removed member so and keeps their codes on their browser', async () => {
    const alex = await member('Alex', 'buyer');
    await addCodes(alex.db, pasted(codes.slice(0, 2)), {}, systemClock);
    alex.sync.localChanged();
    await until('shared', () => alex.statuses.at(-1)?.codes === 2, 10_000);
    const memberId = (await server.store.listMembers(TEAM)).find((m) => m.name === 'Alex')
      ?.id as string;
    await server.store.removeMember(TEAM, memberId, Date.now());
    await until('Alex is refused', () => alex.statuses.at(-1)?.state === 'refused', 10_000);
    expect(alex.statuses.at(-1)?.reason).toBe('team_refusedRemoved');
    expect((await alex.codes()).size).toBe(2);
  });

  it('moves a personal inventory into the team on joining, and only when asked', async () => {
    const alex = browser('Alex');
    open.push(alex);
    await addCodes(alex.db, pasted(codes.slice(0, 5)), {}, systemClock);
    const { invite } = await createInvite(server.store, {
      team: TEAM,
      role: 'buyer',
      createdBy: 'test',
    });
    await alex.sync.join({ serverUrl: server.httpUrl, invite, name: 'Alex', shareExisting: true });
    const sam = browser('Sam');
    open.push(sam);
    await addCodes(sam.db, pasted(codes.slice(10, 12)), {}, systemClock);
    const second = await createInvite(server.store, {
      team: TEAM,
      role: 'buyer',
      createdBy: 'test',
    });
    await sam.sync.join({
      serverUrl: server.httpUrl,
      invite: second.invite,
      name: 'Sam',
      shareExisting: false,
    });
    await waitFor(async () => (await sam.codes()).size === 7);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await alex.codes()).size).toBe(5);
  });

  it("refuses a used invite with the server's reason and joins nothing", async () => {
    const alex = browser('Alex');
    open.push(alex);
    const { invite } = await createInvite(server.store, {
      team: TEAM,
      role: 'buyer',
      createdBy: 'test',
    });
    await alex.sync.join({ serverUrl: server.httpUrl, invite, name: 'Alex', shareExisting: false });
    const again = browser('Mallory');
    open.push(again);
    const result = await again.sync.join({
      serverUrl: server.httpUrl,
      invite,
      name: 'M',
      shareExisting: false,
    });
    expect(result).toMatchObject({
      ok: false,
      message: 'team_errorRefused',
      detail: expect.stringMatching(/invite/i),
    });
    expect(await again.sync.status()).toEqual({ state: 'none' });
  });

  it("shows who did what to a code, and the server's audit trail to admins only", async () => {
    const ada = await member('Ada', 'admin');
    const alex = await member('Alex', 'buyer');
    await addCodes(alex.db, pasted(codes.slice(0, 1)), { adAccountId: '111' }, systemClock);
    await setStatus(alex.db, codes.slice(0, 1), 'applied', systemClock);
    alex.sync.localChanged();
    await waitFor(async () => (await ada.codes()).get(codes[0] as string)?.status === 'applied');
    expect(await ada.sync.timeline(codes[0] as string)).toMatchObject([
      { type: 'added', by: 'Alex' },
      { type: 'applied', by: 'Alex', account: '111' },
    ]);
    await server.flushAudit();
    const audit = await ada.sync.audit();
    expect(audit.ok && audit.rows.map((row) => [row.memberName, row.change])).toEqual([
      ['Alex', 'added'],
      ['Alex', 'applied'],
    ]);
    expect(await alex.sync.audit()).toEqual({ ok: false, message: 'team_auditAdminsOnly' });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
