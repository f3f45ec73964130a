/**
 * Figure 8: a buyer's first sync of a 10,000-code team inventory (new empty document, connect,
 * authenticate, receive the state) against the same bytes sent over a bare WebSocket by a
 * server that does nothing else. Both from Node's WebSocket client to localhost, timed from
 * opening the socket to holding the data. The document is already loaded on the server, as it is
 * while any teammate is online.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { codesIn } from '../../../lib/team';
import { connect, join, type JoinedMember } from '../../../server/testing';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { summarize } from '../stats';
import { serverDocument, teamWithCodes } from '../team-setup';

const GOAL = { comparison: '<=', ratio: 2, text: '≤ 2×' } as const;
const CODES = 10_000;

/** A server that answers every connection with `bytes`, in one binary message. */
async function rawSender(bytes: Uint8Array) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) => socket.send(bytes));
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () => {
      wss.close();
      http.close();
    },
  };
}

async function timeFirstSync(wsUrl: string, member: JoinedMember) {
  const start = performance.now();
  const client = connect(wsUrl, member.token, member.document);
  try {
    await client.firstSync;
    return { elapsed: performance.now() - start, codes: codesIn(client.doc).size };
  } finally {
    client.destroy();
  }
}

async function timeRawTransfer(url: string, size: number): Promise<number> {
  const start = performance.now();
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const [event] = (await once(socket, 'message')) as [MessageEvent<ArrayBuffer>];
  const elapsed = performance.now() - start;
  socket.close();
  if (event.data.byteLength !== size) throw new Error('The raw transfer lost bytes');
  return elapsed;
}

export async function teamFirstSyncFigure({
  quick,
  log,
}: Pick<FigureOptions, 'quick' | 'log'>): Promise<FigureResult[]> {
  const bench = await teamWithCodes(CODES);
  const state = Y.encodeStateAsUpdate(serverDocument(bench));
  const raw = await rawSender(state);
  let received = 0;
  try {
    const samples = await interleave({
      repetitions: quick ? 3 : 7,
      baseline: () => timeRawTransfer(raw.url, state.byteLength),
      subject: async () => {
        const { elapsed, codes } = await timeFirstSync(bench.server.wsUrl, bench.sam);
        received = codes;
        return elapsed;
      },
      onPair: (done, total) => log(`  first sync ${done}/${total}`),
    });
    // The part of a first sync that does not depend on the inventory: connecting, the token
    // check, the protocol's round trips. Measured on an empty team on the same server.
    const newcomer = await join(bench.server, 'bench-empty', 'buyer', 'Eve');
    const fixed: number[] = [];
    for (let i = 0; i < 3; i++)
      fixed.push((await timeFirstSync(bench.server.wsUrl, newcomer)).elapsed);
    const fixedMedian = summarize(fixed).median;
    const ratio = summarize(samples.ratios);
    const kb = state.byteLength / 1024;
    return [
      {
        id: '8',
        title: `Team first sync, ${CODES.toLocaleString('en')} codes`,
        unit: 'ms',
        measured: summarize(samples.subject),
        baseline: summarize(samples.baseline),
        baselineLabel: `same ${kb.toFixed(0)} KB over a bare WebSocket`,
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL) && received === CODES,
        details: {
          codes: CODES,
          stateBytes: state.byteLength,
          codesReceived: received,
          emptyTeamFirstSync: summarize(fixed),
        },
        notes: [
          `document state ${kb.toFixed(0)} KB (${(state.byteLength / CODES).toFixed(0)} bytes a code, pasted text included); ${received.toLocaleString('en')} codes received`,
          `first sync of an empty team (connect, token check, round trips): ${fixedMedian.toFixed(0)} ms`,
        ],
      },
    ];
  } finally {
    raw.close();
    await bench.close();
  }
}
