import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCodes, projectTeamInventory, codesIn } from '../lib/team';
import {
  connect,
  connectSynced,
  getJson,
  inventoryOf,
  join,
  startTestServer,
  until,
  type JoinedMember,
  type TestServer,
} from './testing';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

let server: TestServer;
let admin: JoinedMember;
let buyer: JoinedMember;
let viewer: JoinedMember;
let otherTeamBuyer: JoinedMember;

beforeAll(async () => {
  server = await startTestServer();
  admin = await join(server, 'glowco', 'admin', 'Ada');
  buyer = await join(server, 'glowco', 'buyer', 'Alex');
  viewer = await join(server, 'glowco', 'viewer', 'Vic');
  otherTeamBuyer = await join(server, 'rival', 'buyer', 'Rita');
});

afterAll(async () => {
  await server?.stop();
});

/** A token with the right shape, signed with a key the server does not have. */
async function forgedToken(secret: string) {
  return new SignJWT({ team: 'glowco', role: 'admin', name: 'Mallory' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(admin.memberId)
    .setIssuer('spark-preflight-team')
    .setAudience('spark-preflight-extension')
    .sign(new TextEncoder().encode(secret));
}

describe('the WebSocket refuses', () => {
  const cases: { name: string; token: () => Promise<string> | string; doc: string }[] = [
    { name: 'an empty token', token: () => '', doc: inventoryOf('glowco') },
    { name: 'a token that is not a JWT', token: () => 'not-a-token', doc: inventoryOf('glowco') },
    {
      name: 'a token signed with another secret',
      token: () => forgedToken('another-secret-of-at-least-32-characters'),
      doc: inventoryOf('glowco'),
    },
    {
      name: 'a valid token for another team’s document',
      token: () => otherTeamBuyer.token,
      doc: inventoryOf('glowco'),
    },
    { name: 'a document name outside the team scheme', token: () => buyer.token, doc: 'glowco' },
    { name: 'an unknown team document', token: () => buyer.token, doc: 'team/glowco/secrets' },
  ];

  it.each(cases)('$name', async ({ token, doc }) => {
    const client = connect(server.wsUrl, await token(), doc);
    try {
      await until('the server refuses', () => client.refusals.length > 0);
      expect(client.synced()).toBe(false);
      expect(server.server.hocuspocus.documents.has(doc)).toBe(false);
    } finally {
      client.destroy();
    }
  });
});

describe('roles', () => {
  it('a viewer reads the inventory but the server drops its writes', async () => {
    const alex = await connectSynced(server.wsUrl, buyer);
    const vic = await connectSynced(server.wsUrl, viewer);
    try {
      addCodes(alex.doc, { memberId: buyer.memberId }, [{ code: CODE, raw: CODE }], 1);
      await until('the viewer sees the buyer’s code', () => codesIn(vic.doc).has(CODE));

      const extra = `${CODE.slice(0, -2)}x=`;
      addCodes(vic.doc, { memberId: viewer.memberId }, [{ code: extra, raw: extra }], 2);
      // A message sent after the write, on the same socket, that the buyer can see arrive: once
      // it has, the server has handled the write before it.
      vic.provider.setAwarenessField('marker', 'after-write');
      await until('the buyer sees the viewer’s later message', () =>
        [...alex.provider.awareness!.getStates().values()].some((s) => s.marker === 'after-write'),
      );
      expect(vic.provider.hasUnsyncedChanges).toBe(true);
      const onServer = server.server.hocuspocus.documents.get(buyer.document);
      expect(onServer && codesIn(onServer).has(extra)).toBe(false);
      expect(codesIn(alex.doc).has(extra)).toBe(false);
      expect(projectTeamInventory(alex.doc, 3).codes.size).toBe(1);
    } finally {
      alex.destroy();
      vic.destroy();
    }
  });

  it.each([
    { who: 'buyer', member: () => buyer, path: 'audit', status: 403 },
    { who: 'viewer', member: () => viewer, path: 'audit', status: 403 },
    { who: 'admin', member: () => admin, path: 'audit', status: 200 },
    { who: 'viewer', member: () => viewer, path: 'members', status: 200 },
    { who: 'other team’s buyer', member: () => otherTeamBuyer, path: 'members', status: 403 },
  ])('GET $path as $who answers $status', async ({ member, path, status }) => {
    const response = await getJson(`${server.httpUrl}/teams/glowco/${path}`, member().token);
    expect(response.status).toBe(status);
  });

  it('refuses HTTP calls without a token', async () => {
    expect((await getJson(`${server.httpUrl}/teams/glowco/members`)).status).toBe(401);
  });
});
