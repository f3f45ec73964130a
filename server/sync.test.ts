import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCodes,
  claimCodes,
  projectTeamInventory,
  recordEvents,
  teamDocParts,
  teamEventSchema,
  codesIn,
} from '../lib/team';
import {
  connectSynced,
  goOffline,
  getJson,
  join,
  settled,
  startTestServer,
  tempDir,
  until,
  type JoinedMember,
  type TestClient,
  type TestServer,
} from './testing';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

const data = tempDir('team-sync-');
let server: TestServer;
let admin: JoinedMember;
let alex: JoinedMember;
let sam: JoinedMember;

beforeAll(async () => {
  server = await startTestServer({ dataDir: data.dir });
  admin = await join(server, 'glowco', 'admin', 'Ada');
  alex = await join(server, 'glowco', 'buyer', 'Alex');
  sam = await join(server, 'glowco', 'buyer', 'Sam');
});

afterAll(async () => {
  await server?.stop();
  data.remove();
});

const author = (member: JoinedMember) => ({ memberId: member.memberId, name: member.name });
/** Same clocks for every writer: the replicas hold the same edits (encoding order may differ). */
const stateOf = (doc: Y.Doc) =>
  JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));
const sameState = (a: Y.Doc, b: Y.Doc) => stateOf(a) === stateOf(b);

async function auditRows(code: string) {
  await server.flushAudit();
  const query = new URLSearchParams({ code });
  const response = await getJson(`${server.httpUrl}/teams/glowco/audit?${query}`, admin.token);
  expect(response.status).toBe(200);
  return response.body.rows as { memberId: string; change: string; claimedBy?: string }[];
}

describe('the audit trail', () => {
  it('records each change under the member whose connection sent it, not the name it carries', async () => {
    const code = `${CODE.slice(0, 20)}audit=`;
    const client = await connectSynced(server.wsUrl, alex);
    try {
      addCodes(client.doc, author(alex), [{ code, raw: `Code: ${code}` }], T0);
      recordEvents(client.doc, author(alex), [{ code, type: 'applied', account: 'acct-1' }], T0);
      // A client pretending the admin wrote this entry.
      const forged = teamEventSchema.parse({
        id: 'forged-1',
        code,
        type: 'revoked',
        by: admin.memberId,
        at: T0,
      });
      teamDocParts(client.doc).log.push([JSON.stringify(forged)]);
      await until('the edits reach the server', settled(client));
      const rows = await auditRows(code);
      expect(rows.map((row) => [row.memberId, row.change, row.claimedBy])).toEqual([
        [alex.memberId, 'added', undefined],
        [alex.memberId, 'applied', undefined],
        [alex.memberId, 'revoked', admin.memberId],
      ]);
    } finally {
      client.destroy();
    }
  });

  it('cannot be changed in the database', () => {
    const db = new DatabaseSync(path.join(server.config.dataDir, 'team.sqlite'));
    try {
      expect(() => db.exec("UPDATE audit SET member_id = 'someone-else'")).toThrow(/append-only/);
      expect(() => db.exec('DELETE FROM audit')).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});

describe('two buyers offline', () => {
  let alexClient: TestClient;
  let samClient: TestClient;

  afterAll(() => {
    alexClient?.destroy();
    samClient?.destroy();
  });

  it('converge by the domain rules when they come back', async () => {
    alexClient = await connectSynced(server.wsUrl, alex);
    samClient = await connectSynced(server.wsUrl, sam);
    addCodes(alexClient.doc, author(alex), [{ code: CODE, raw: CODE }], T0);
    await until('Sam has the code', () => codesIn(samClient.doc).has(CODE));

    await goOffline(alexClient);
    await goOffline(samClient);
    recordEvents(
      alexClient.doc,
      author(alex),
      [{ code: CODE, type: 'applied', account: 'a-1' }],
      T0 + 3 * HOUR,
    );
    claimCodes(alexClient.doc, author(alex), [CODE], 'a-1', T0 + 48 * HOUR, T0 + 2 * HOUR);
    recordEvents(
      samClient.doc,
      author(sam),
      [{ code: CODE, type: 'applied', account: 's-9' }],
      T0 + HOUR,
    );
    recordEvents(
      samClient.doc,
      author(sam),
      [{ code: CODE, type: 'revoked', source: 'tiktok-api' }],
      T0 + 2 * HOUR,
    );
    claimCodes(samClient.doc, author(sam), [CODE], 's-9', T0 + 48 * HOUR, T0 + HOUR);
    const now = T0 + 4 * HOUR;
    expect(projectTeamInventory(alexClient.doc, now).codes.get(CODE)?.status).toBe('applied');

    await alexClient.socket.connect();
    await samClient.socket.connect();
    await until('both replicas hold the same edits', () =>
      sameState(alexClient.doc, samClient.doc),
    );

    const viewAlex = projectTeamInventory(alexClient.doc, now).codes.get(CODE);
    expect(projectTeamInventory(samClient.doc, now).codes.get(CODE)).toEqual(viewAlex);
    expect(viewAlex).toMatchObject({
      status: 'revoked',
      appliedOn: ['s-9', 'a-1'],
      flags: ['applied-on-several-accounts'],
      holder: { by: sam.memberId, account: 's-9' },
      contenders: [{ by: alex.memberId }],
    });
    const onServer = server.server.hocuspocus.documents.get(alex.document) as Y.Doc;
    expect(sameState(onServer, alexClient.doc)).toBe(true);
  });

  it('keep what they wrote across a server restart', async () => {
    await until('Alex settled', settled(alexClient));
    await until('Sam settled', settled(samClient));
    const before = projectTeamInventory(alexClient.doc, T0).codes.get(CODE);
    alexClient.destroy();
    samClient.destroy();
    await server.stop();
    server = await startTestServer({ dataDir: server.config.dataDir });

    const fresh = await connectSynced(server.wsUrl, admin);
    try {
      expect(projectTeamInventory(fresh.doc, T0).codes.get(CODE)).toEqual(before);
      expect((await auditRows(CODE)).length).toBeGreaterThanOrEqual(6);
    } finally {
      fresh.destroy();
    }
  });
});
