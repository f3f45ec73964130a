/**
 * The team server: Hocuspocus serving one Yjs document per team, behind member tokens, with an
 * audit trail, invites and member removal. One instance uses SQLite in its data folder; several
 * share Postgres for storage and Redis to pass each other's updates on.
 */
import { randomUUID } from 'node:crypto';
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisSync } from '@hocuspocus/extension-redis';
import { Server, type Hocuspocus, type onAuthenticatePayload } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { parseTeamDocumentName } from '../lib/team/names';
import { AuditTrail } from './audit';
import type { MemberContext } from './context';
import { teamHttp } from './http';
import { watchRemovals } from './members';
import type { TeamServerConfig } from './config';
import { inviteLimiter } from './rate-limit';
import { openStore } from './store/open';
import type { TeamStore } from './store/types';
import { secretKey, verifyMemberToken } from './tokens';

export interface RunningTeamServer {
  port: number;
  /** `http://host:port`; the WebSocket is on the same address as `ws://`. */
  httpUrl: string;
  wsUrl: string;
  store: TeamStore;
  server: Server;
  /** Writes the audit rows still queued. */
  flushAudit(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Relays updates between instances through Redis, without the extension's store lock. The lock
 * lets only one instance store at a time and makes the others skip, trusting the lock holder to
 * have their edits; but an instance never stores edits it only received through Redis, so a
 * skipped store could lose them. The stores here merge under a row lock instead, so every
 * instance simply stores what it has.
 */
class RedisRelay extends RedisSync {
  override async onStoreDocument() {}
  override async afterStoreDocument() {}
}

/**
 * Thrown from `onAuthenticate`: Hocuspocus sends the reason to the client and refuses it. Not an
 * Error, so a refused stranger does not write a log line per attempt.
 */
const refuse = (reason: string) => ({ reason });

export async function startTeamServer(config: TeamServerConfig): Promise<RunningTeamServer> {
  const key = secretKey(config.secret);
  const store = await openStore(config);
  const redis = config.redisUrl ? new Redis(config.redisUrl) : undefined;
  const audit = new AuditTrail(store);

  async function onAuthenticate({
    token,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<MemberContext> {
    const claims = await verifyMemberToken(key, token).catch(() => {
      throw refuse('invalid-token');
    });
    const document = parseTeamDocumentName(documentName);
    if (!document || document.team !== claims.team) throw refuse('other-team');
    const member = await store.getMember(claims.team, claims.memberId);
    if (!member || member.removedAt !== undefined) throw refuse('member-removed');
    // The store's role counts, not the token's: it is the one an admin can change.
    connectionConfig.readOnly = member.role === 'viewer';
    return { team: member.team, memberId: member.id, name: member.name, role: member.role };
  }

  const server: Server = new Server({
    port: config.port,
    address: config.host,
    name: config.name ?? null,
    quiet: true,
    stopOnSignals: false,
    // A 100,000-code paste is about 30 MB; anything far larger is not a buyer's edit.
    websocketOptions: { maxPayload: 64 * 1024 * 1024 },
    debounce: config.storeDebounceMs,
    maxDebounce: config.storeDebounceMs * 5,
    extensions: [
      ...(redis
        ? [
            new RedisRelay({
              redis,
              prefix: 'spark-team',
              identifier: `${config.name ?? 'team'}-${randomUUID()}`,
            }),
          ]
        : []),
      new Database({
        fetch: ({ documentName }) => store.fetchDocument(documentName),
        store: ({ documentName, state }) => store.storeDocument(documentName, state),
      }),
      audit,
      teamHttp({
        store,
        key,
        limiter: inviteLimiter(config.inviteRateLimit, redis),
        trustProxy: config.trustProxy,
        hocuspocus: (): Hocuspocus => server.hocuspocus,
      }),
      { onAuthenticate },
    ],
  });

  await server.listen();
  const stopWatching = watchRemovals(server.hocuspocus, store, config.removalPollMs);
  const port = server.address.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    port,
    httpUrl: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}`,
    store,
    server,
    flushAudit: () => audit.flush(),
    async stop() {
      stopWatching();
      // Stores every loaded document and closes the Redis extension's own connections.
      await server.destroy();
      await audit.flush();
      redis?.disconnect();
      await store.close();
    },
  };
}
