/**
 * A team server on localhost for the team figures: SQLite in a temp folder, members joined
 * through the real invite exchange, clients through @hocuspocus/provider over real WebSockets.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addCodes, teamDocParts } from '../../lib/team';
import {
  connectSynced,
  join,
  settled,
  startTestServer,
  until,
  type JoinedMember,
  type TestClient,
  type TestServer,
} from '../../server/testing';
import { generateValidCodes } from '../mock-api/fixtures';

export interface TeamBench {
  server: TestServer;
  alex: JoinedMember;
  sam: JoinedMember;
  /** Alex's client, left connected: a busy team keeps its document loaded. */
  seeder: TestClient;
  codes: string[];
  close(): Promise<void>;
}

/** A buyer's paste: what one write to the team log usually carries. */
const PASTE_SIZE = 100;

/** Pastes `count` codes as buyers would, a hundred at a time, and waits for the server. */
export async function teamWithCodes(count: number): Promise<TeamBench> {
  const server = await startTestServer();
  const alex = await join(server, 'bench', 'buyer', 'Alex');
  const sam = await join(server, 'bench', 'buyer', 'Sam');
  const seeder = await connectSynced(server.wsUrl, alex);
  const codes = generateValidCodes(count, 7);
  for (let start = 0; start < codes.length; start += PASTE_SIZE) {
    addCodes(
      seeder.doc,
      { memberId: alex.memberId, name: alex.name },
      codes.slice(start, start + PASTE_SIZE).map((code) => ({ code, raw: `Spark code: ${code}` })),
      Date.now(),
    );
  }
  await until('the codes reach the server', settled(seeder), 120_000);
  await server.flushAudit();
  return {
    server,
    alex,
    sam,
    seeder,
    codes,
    async close() {
      seeder.destroy();
      await server.stop();
    },
  };
}

export function serverDocument(bench: TeamBench): Y.Doc {
  const doc = bench.server.server.hocuspocus.documents.get(bench.alex.document);
  if (!doc) throw new Error('The team document is not loaded');
  return doc;
}

/** Resolves with the time the next log entry arrives in `doc`. */
export function nextLogArrival(doc: Y.Doc): Promise<number> {
  const log = teamDocParts(doc).log;
  return new Promise((resolve) => {
    const onChange = () => {
      log.unobserve(onChange);
      resolve(performance.now());
    };
    log.observe(onChange);
  });
}
