/**
 * Helpers for the server tests: real servers on free ports, real WebSocket clients through
 * @hocuspocus/provider, real HTTP calls. Nothing here is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { teamDocumentName, type TeamRole } from '../lib/team/names';
import { createInvite } from './invites';
import { DEFAULT_TEAM_SERVER_CONFIG, type TeamServerConfig } from './config';
import { startTeamServer, type RunningTeamServer } from './team-server';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256!';

export interface TestServer extends RunningTeamServer {
  config: TeamServerConfig;
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A server on a free port. Without a `dataDir` it gets a temporary one that goes when it stops;
 * a test that restarts a server on the same data passes a folder of its own.
 */
export async function startTestServer(overrides: Partial<TeamServerConfig> = {}) {
  const owned = overrides.dataDir === undefined ? tempDir('team-server-') : undefined;
  const config: TeamServerConfig = {
    ...DEFAULT_TEAM_SERVER_CONFIG,
    port: 0,
    dataDir: owned?.dir ?? (overrides.dataDir as string),
    secret: TEST_SECRET,
    removalPollMs: 200,
    storeDebounceMs: 100,
    ...overrides,
  };
  const running = await startTeamServer(config);
  return {
    ...running,
    config,
    async stop() {
      await running.stop();
      owned?.remove();
    },
  } satisfies TestServer;
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function postJson(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export async function getJson(url: string, token?: string, method = 'GET') {
  const response = await fetch(url, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: await response.json() };
}

export interface JoinedMember {
  token: string;
  memberId: string;
  name: string;
  role: TeamRole;
  document: string;
}

/** An invite made straight in the store (as the CLI does), exchanged over HTTP. */
export async function join(
  server: TestServer,
  team: string,
  role: TeamRole,
  name: string,
): Promise<JoinedMember> {
  const { invite } = await createInvite(server.store, { team, role, createdBy: 'test' });
  const { status, body } = await postJson(`${server.httpUrl}/invites/exchange`, { invite, name });
  if (status !== 201) throw new Error(`Invite exchange failed: ${status} ${JSON.stringify(body)}`);
  return { token: body.token, memberId: body.member.id, name, role, document: body.document };
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons the server gave for refusing this client. */
  refusals: string[];
  /** Reasons the server gave for closing this client's document connection. */
  closes: string[];
  synced: () => boolean;
  /** Resolves at the first completed sync. */
  firstSync: Promise<void>;
  destroy: () => void;
}

export function connect(
  wsUrl: string,
  token: string,
  documentName: string,
  doc = new Y.Doc(),
): TestClient {
  const refusals: string[] = [];
  const closes: string[] = [];
  let synced = false;
  let resolveFirstSync = () => {};
  const firstSync = new Promise<void>((resolve) => {
    resolveFirstSync = resolve;
  });
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    // Reconnect fast: tests restart servers and wait for clients to come back.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onSynced: ({ state }) => {
      synced = state;
      if (state) resolveFirstSync();
    },
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => {
      if (event.reason) closes.push(event.reason);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    refusals,
    closes,
    synced: () => synced,
    firstSync,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function connectSynced(wsUrl: string, member: JoinedMember, doc?: Y.Doc) {
  const client = connect(wsUrl, member.token, member.document, doc);
  await until(`${member.name} is synced`, client.synced);
  return client;
}

/**
 * Takes a client offline and waits until its socket is closed: a `connect()` made while the old
 * socket is still closing is ignored by the provider, so tests must not race it.
 */
export async function goOffline(client: TestClient) {
  client.socket.disconnect();
  await until('the client is offline', () => client.socket.status === 'disconnected');
}

/** A provider's local edits have all been acknowledged by the server. */
export function settled(client: TestClient) {
  return () => client.synced() && !client.provider.hasUnsyncedChanges;
}

export const inventoryOf = teamDocumentName;
