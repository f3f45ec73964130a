import fc from 'fast-check';
import { isCompleteCode } from '../../../lib/codes/completeness';
import { fixedClock } from '../../../lib/clock';
import { describe, expect, it } from 'vitest';
import { scanPaste } from '../../../lib/codes/scan';
import { openDatabase } from '../../../lib/db/database';
import { addCodes, listCodes } from '../../../lib/db/repository';
import { plantedPaste } from './arbitraries';

// Each run is a real IndexedDB transaction; a few hundred keep the suite quick while still
// crossing every kind of planted item with every kind of junk.
const DB_RUNS = 500;

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');

/** What the buyer's paste leaves in a fresh inventory. */
async function addPaste(text: string) {
  const db = openDatabase(`add-flow-${Math.random()}`);
  try {
    const scan = scanPaste(text);
    const incoming = scan.codes.map((c) => ({ code: c.code, raw: c.raw, warnings: c.warnings }));
    await addCodes(db, incoming, {}, clock);
    return { scan, stored: await listCodes(db) };
  } finally {
    await db.delete();
  }
}

describe('paste → scan → add to the inventory', () => {
  it('stores every planted code with its raw text, and nothing that was refused', async () => {
    await fc.assert(
      fc.asyncProperty(plantedPaste, async ({ text, items }) => {
        const { scan, stored } = await addPaste(text);
        expect(stored.corrupt).toBe(0);
        const byCode = new Map(stored.records.map((r) => [r.code, r]));
        // Exactly the whole codes the scan accepted: a refused fragment is never stored, even one
        // that would make a good code with its # put back, and neither is a code cut short (a
        // planted code followed by "…" reads as one).
        const whole = scan.codes.filter((c) => isCompleteCode(c.code, c.warnings));
        const wholeCodes = new Set(whole.map((c) => c.code));
        for (const item of items) {
          if (item.kind !== 'code' || !wholeCodes.has(item.code)) continue;
          expect(byCode.get(item.code)?.raw, `planted ${item.text}`).toBe(item.text);
        }
        expect([...byCode.keys()].sort()).toEqual(whole.map((c) => c.code).sort());
      }),
      { numRuns: DB_RUNS },
    );
  }, 120_000);
});
