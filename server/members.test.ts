import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCodes, codesIn } from '../lib/team';
import { createInvite } from './invites';
import {
  connect,
  connectSynced,
  getJson,
  postJson,
  startTestServer,
  until,
  join,
  type JoinedMember,
  type TestServer,
} from './testing';

const run = promisify(execFile);
const CODE = '#AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGh=';

let server: TestServer;
let admin: JoinedMember;

beforeAll(async () => {
  server = await startTestServer();
  admin = await join(server, 'glowco', 'admin', 'Ada');
});

afterAll(async () => {
  await server?.stop();
});

/**
 * Runs the server's command line against the test server's data folder, as an operator would
 * with `npm run server -- …` (the same Node and flags as that script, without npm's start-up).
 */
async function cli(...args: string[]) {
  const script = ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'server/main.ts'];
  const { stdout } = await run(process.execPath, [...script, ...args], {
    env: { ...process.env, TEAM_DATA_DIR: server.config.dataDir, TEAM_SECRET: '' },
  });
  return stdout;
}

describe('removing a member', () => {
  it('over HTTP closes their connection, drops their later writes and refuses their token', async () => {
    const alex = await join(server, 'glowco', 'buyer', 'Alex');
    const sam = await join(server, 'glowco', 'buyer', 'Sam');
    const alexClient = await connectSynced(server.wsUrl, alex);
    const samClient = await connectSynced(server.wsUrl, sam);
    try {
      const removal = await getJson(
        `${server.httpUrl}/teams/glowco/members/${sam.memberId}`,
        admin.token,
        'DELETE',
      );
      expect(removal).toMatchObject({ status: 200, body: { closedConnections: 1 } });
      await until('Sam is told', () => samClient.closes.includes('member-removed'));

      addCodes(samClient.doc, { memberId: sam.memberId }, [{ code: CODE, raw: CODE }], 1);
      addCodes(alexClient.doc, { memberId: alex.memberId }, [{ code: `${CODE}x`, raw: '' }], 2);
      await until('Alex’s write is acknowledged', () => !alexClient.provider.hasUnsyncedChanges);
      expect(codesIn(alexClient.doc).has(CODE)).toBe(false);

      const again = connect(server.wsUrl, sam.token, sam.document);
      try {
        await until('the token is refused', () => again.refusals.includes('member-removed'));
      } finally {
        again.destroy();
      }
      const members = await getJson(`${server.httpUrl}/teams/glowco/members`, sam.token);
      expect(members.status).toBe(401);
    } finally {
      alexClient.destroy();
      samClient.destroy();
    }
  });

  it('only an admin may remove, and only members of their own team', async () => {
    const buyer = await join(server, 'glowco', 'buyer', 'Bo');
    const rival = await join(server, 'rival', 'admin', 'Rex');
    const byBuyer = await getJson(
      `${server.httpUrl}/teams/glowco/members/${admin.memberId}`,
      buyer.token,
      'DELETE',
    );
    const byRival = await getJson(
      `${server.httpUrl}/teams/glowco/members/${buyer.memberId}`,
      rival.token,
      'DELETE',
    );
    expect([byBuyer.status, byRival.status]).toEqual([403, 403]);
    expect((await server.store.getMember('glowco', buyer.memberId))?.removedAt).toBeUndefined();
  });
});

describe('the command line', () => {
  it('prints a one-time invite, and `remove` closes the member’s connection on the running server', async () => {
    const out = JSON.parse(await cli('invite', '--team', 'glowco', '--role', 'buyer', '--json'));
    expect(out).toMatchObject({ team: 'glowco', role: 'buyer' });
    const exchange = await postJson(`${server.httpUrl}/invites/exchange`, {
      invite: out.invite,
      name: 'Cleo',
    });
    expect(exchange.status).toBe(201);
    const cleo = exchange.body as { token: string; member: { id: string }; document: string };
    const client = connect(server.wsUrl, cleo.token, cleo.document);
    try {
      await until('Cleo is synced', client.synced);
      expect(await cli('remove', '--team', 'glowco', '--member', cleo.member.id)).toMatch(
        /Removed/,
      );
      await until('the server closes Cleo’s connection', () =>
        client.closes.includes('member-removed'),
      );
    } finally {
      client.destroy();
    }
  });
});

describe('invites', () => {
  it('work once, and only for the team and role they were made for', async () => {
    const made = await postJson(
      `${server.httpUrl}/teams/glowco/invites`,
      { role: 'viewer' },
      admin.token,
    );
    expect(made.status).toBe(201);
    const first = await postJson(`${server.httpUrl}/invites/exchange`, {
      invite: made.body.invite,
      name: 'Vi',
    });
    expect(first.body).toMatchObject({
      team: 'glowco',
      member: { role: 'viewer', name: 'Vi' },
      document: 'team/glowco/inventory',
    });
    const second = await postJson(`${server.httpUrl}/invites/exchange`, {
      invite: made.body.invite,
      name: 'Vi again',
    });
    expect(second.status).toBe(404);
  });

  it('are made by admins only', async () => {
    const buyer = await join(server, 'glowco', 'buyer', 'Bea');
    const made = await postJson(
      `${server.httpUrl}/teams/glowco/invites`,
      { role: 'admin' },
      buyer.token,
    );
    expect(made).toMatchObject({ status: 403, body: { error: expect.stringMatching(/admin/) } });
  });

  it('answer bad input with a clear message', async () => {
    const response = await postJson(`${server.httpUrl}/invites/exchange`, { invite: 'x' });
    expect(response).toMatchObject({ status: 400, body: { error: expect.stringMatching(/name/) } });
  });
});

describe('the invite exchange rate limit', () => {
  it('refuses an address after its failed attempts run out, even with a good invite', async () => {
    const limited = await startTestServer({ inviteRateLimit: { points: 3, durationSeconds: 600 } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await postJson(`${limited.httpUrl}/invites/exchange`, {
          invite: `spi_guess${attempt}`,
          name: 'Guesser',
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
      const { invite } = await createInvite(limited.store, {
        team: 'glowco',
        role: 'buyer',
        createdBy: 'test',
      });
      const blocked = await postJson(`${limited.httpUrl}/invites/exchange`, {
        invite,
        name: 'Late',
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });

  it('does not count successful exchanges', async () => {
    const limited = await startTestServer({ inviteRateLimit: { points: 2, durationSeconds: 600 } });
    try {
      for (const name of ['One', 'Two', 'Three', 'Four']) {
        await join(limited, 'glowco', 'buyer', name);
      }
    } finally {
      await limited.stop();
    }
  });
});
