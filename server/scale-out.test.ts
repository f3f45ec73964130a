import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCodes, projectTeamInventory, recordEvents, codesIn } from '../lib/team';
import { startPostgres, startRedis, type Service } from './services';
import {
  connectSynced,
  getJson,
  join,
  settled,
  startTestServer,
  tempDir,
  until,
  type JoinedMember,
  type TestServer,
} from './testing';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

/** Required by the settings, unused: with Postgres nothing is kept in a data folder. */
const data = tempDir('team-scale-out-');
let postgres: Service;
let redis: Service;
let instanceA: TestServer;
let instanceB: TestServer;

async function startInstance(name: string) {
  return startTestServer({
    name,
    dataDir: data.dir,
    postgresUrl: postgres.url,
    redisUrl: redis.url,
  });
}

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  instanceA = await startInstance('a');
  instanceB = await startInstance('b');
});

afterAll(async () => {
  await Promise.all([instanceA?.stop(), instanceB?.stop()]);
  await Promise.all([postgres?.stop(), redis?.stop()]);
  data.remove();
});

describe('two instances sharing Postgres and Redis', () => {
  let admin: JoinedMember;
  let alex: JoinedMember;
  let sam: JoinedMember;

  it('an invite made on one instance works on the other, and so does its token', async () => {
    admin = await join(instanceA, 'glowco', 'admin', 'Ada');
    alex = await join(instanceB, 'glowco', 'buyer', 'Alex');
    sam = await join(instanceA, 'glowco', 'buyer', 'Sam');
    const members = await getJson(`${instanceB.httpUrl}/teams/glowco/members`, admin.token);
    expect(members.body.members.map((m: { name: string }) => m.name)).toEqual([
      'Ada',
      'Alex',
      'Sam',
    ]);
  });

  it('a change through instance A reaches a client on instance B', async () => {
    const onA = await connectSynced(instanceA.wsUrl, alex);
    const onB = await connectSynced(instanceB.wsUrl, sam);
    try {
      addCodes(onA.doc, { memberId: alex.memberId }, [{ code: CODE, raw: CODE }], 1);
      recordEvents(
        onA.doc,
        { memberId: alex.memberId },
        [{ code: CODE, type: 'applied', account: 'acct-1' }],
        2,
      );
      await until(
        'B’s client sees the change',
        () => projectTeamInventory(onB.doc, 3).codes.get(CODE)?.status === 'applied',
      );
      // And back: B’s edit reaches A.
      recordEvents(onB.doc, { memberId: sam.memberId }, [{ code: CODE, type: 'revoked' }], 4);
      await until(
        'A’s client sees B’s change',
        () => projectTeamInventory(onA.doc, 5).codes.get(CODE)?.status === 'revoked',
      );
      await until('A settled', settled(onA));
      await until('B settled', settled(onB));
    } finally {
      onA.destroy();
      onB.destroy();
    }
  });

  it('the change survives a restart of both instances, with its audit rows', async () => {
    await Promise.all([instanceA.stop(), instanceB.stop()]);
    instanceA = await startInstance('a');
    instanceB = await startInstance('b');
    const client = await connectSynced(instanceB.wsUrl, admin);
    try {
      expect(codesIn(client.doc).has(CODE)).toBe(true);
      expect(projectTeamInventory(client.doc, 5).codes.get(CODE)?.status).toBe('revoked');
    } finally {
      client.destroy();
    }
    const audit = await getJson(`${instanceA.httpUrl}/teams/glowco/audit`, admin.token);
    const rows = audit.body.rows as { memberId: string; change: string }[];
    expect(rows.map((row) => [row.memberId, row.change])).toEqual([
      [alex.memberId, 'added'],
      [alex.memberId, 'applied'],
      [sam.memberId, 'revoked'],
    ]);
  });

  it('removing a member on one instance closes their connection on the other', async () => {
    const onB = await connectSynced(instanceB.wsUrl, sam);
    try {
      const removal = await getJson(
        `${instanceA.httpUrl}/teams/glowco/members/${sam.memberId}`,
        admin.token,
        'DELETE',
      );
      expect(removal.body).toEqual({ removed: sam.memberId, closedConnections: 0 });
      await until('B closes Sam’s connection', () => onB.closes.includes('member-removed'));
    } finally {
      onB.destroy();
    }
  });
});
