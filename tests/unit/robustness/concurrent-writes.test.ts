import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../lib/clock';
import { openDatabase, type SparkDatabase } from '../../../lib/db/database';
import {
  addCodes,
  getCodes,
  historyOf,
  markCopied,
  recordCheck,
  setStatus,
  updateDetails,
} from '../../../lib/db/repository';
import type { CheckResult } from '../../../lib/preflight/types';
import { sampleCode } from '../../../lib/transfer/sample-codes.testing';

const ROUNDS = 40;
const START = Date.UTC(2026, 10, 25, 12);

/**
 * Each part of the extension opens its own connection to the inventory: the popup, and the
 * background, which writes for the Ads Manager panel and for its own live refreshes.
 */
let popup: SparkDatabase;
let panel: SparkDatabase;
let background: SparkDatabase;

beforeEach(() => {
  const name = `concurrent-${Math.random()}`;
  [popup, panel, background] = [openDatabase(name), openDatabase(name), openDatabase(name)];
});
afterEach(() => [popup, panel, background].forEach((db) => db.close()));

const passing: CheckResult[] = [
  { id: 'format', status: 'pass', message: 'Looks like a whole Spark code', fix: '' },
];

/** Distinct times per writer and round, so each change can be traced to its writer. */
function clocks(round: number) {
  const at = (writer: number) => fixedClock(START + round * 1000 + writer, 'UTC');
  return { edit: at(1), outcome: at(2), check: at(3), copy: at(4), fill: at(5) };
}

/** Everyone writes to the same code at the same moment; each touches fields of its own. */
function writeAtOnce(code: string, round: number) {
  const clock = clocks(round);
  return Promise.all([
    updateDetails(popup, code, { notes: `notes ${round}` }, clock.edit),
    setStatus(panel, [code], 'applied', clock.outcome, 'Ads Manager: authorized'),
    recordCheck(
      background,
      code,
      passing,
      { kind: 'facts', facts: { fetchedAt: clock.check.now(), authStatus: 'AUTHORIZED' } },
      clock.check,
    ),
    markCopied(popup, [code], `batch-${round}`, clock.copy),
    addCodes(
      panel,
      [{ code, raw: code }],
      { creatorHandle: `creator${round}`, adAccountId: `70000000000000000${round}` },
      clock.fill,
    ),
  ]);
}

async function expectEveryChangeKept(code: string, round: number) {
  const clock = clocks(round);
  const record = (await getCodes(background, [code])).get(code);
  expect(record).toMatchObject({
    notes: `notes ${round}`,
    status: 'applied',
    appliedAt: clock.outcome.now(),
    lastCheck: { at: clock.check.now(), results: passing },
    live: { kind: 'facts', facts: { fetchedAt: clock.check.now() } },
    batchId: `batch-${round}`,
    copiedAt: clock.copy.now(),
    creatorHandle: `creator${round}`,
    adAccountId: `70000000000000000${round}`,
  });
  const history = await historyOf(background, code);
  expect(history.map((e) => [e.at, e.type]).sort()).toEqual(
    [
      [START, 'added'],
      [clock.edit.now(), 'updated'],
      [clock.outcome.now(), 'applied'],
      [clock.check.now(), 'checked'],
      [clock.copy.now(), 'copied'],
      [clock.fill.now(), 'updated'],
    ].sort(),
  );
}

describe('the popup, the panel and the background writing the same code at once', () => {
  const codes = Array.from({ length: ROUNDS }, (_, i) => sampleCode(500 + i));

  beforeEach(async () => {
    await addCodes(
      popup,
      codes.map((code) => ({ code, raw: code })),
      {},
      fixedClock(START, 'UTC'),
    );
  });

  it('lose no update, round after round', async () => {
    for (const [round, code] of codes.entries()) {
      await writeAtOnce(code, round);
      await expectEveryChangeKept(code, round);
    }
  });

  it('lose no update with every round in flight together', async () => {
    await Promise.all(codes.map((code, round) => writeAtOnce(code, round)));
    for (const [round, code] of codes.entries()) await expectEveryChangeKept(code, round);
  });
});
