import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPaste } from '../../../lib/codes/scan';
import { isSparkCode } from '../../../lib/codes/schema';
import type { PasteScan } from '../../../lib/codes/types';
import { junk, plantedPaste, type PlantedPaste } from './arbitraries';

/** Pastes run through the scanner by this file; the issue asks for at least 10,000 per run. */
const RUNS = { planted: 6_000, junk: 4_000 } as const;
let scanned = 0;

function scan(text: string): PasteScan {
  scanned++;
  return scanPaste(text);
}

/** What holds for any paste: offsets point at the raw text, codes are valid, reasons given. */
function expectWellFormed(text: string, result: PasteScan): void {
  for (const item of [...result.codes, ...result.rejected]) {
    expect(item.start).toBeLessThan(item.end);
    expect(text.slice(item.start, item.end)).toBe(item.raw);
  }
  for (const found of result.codes) expect(isSparkCode(found.code)).toBe(true);
  for (const fragment of result.rejected) expect(fragment.reason).not.toBe('');
}

function expectPlantedKept({ text, items }: PlantedPaste, result: PasteScan): void {
  for (const item of items) {
    if (item.kind === 'code') {
      const found = result.codes.find((c) => c.code === item.code);
      expect(found, `planted ${item.text}`).toBeDefined();
      expect(found?.start).toBe(item.start);
    } else {
      expect(result.rejected).toContainEqual(
        expect.objectContaining({ raw: item.text, start: item.start, reason: item.reason }),
      );
    }
  }
  expectWellFormed(text, result);
}

describe('pastes of generated junk with planted codes and broken fragments', () => {
  it('keeps every planted code and reports every planted fragment', () => {
    fc.assert(
      fc.property(plantedPaste, (paste) => expectPlantedKept(paste, scan(paste.text))),
      { numRuns: RUNS.planted },
    );
  });

  it('never throws on junk alone, and says why for everything it refuses', () => {
    fc.assert(
      fc.property(junk, (text) => expectWellFormed(text, scan(text))),
      { numRuns: RUNS.junk },
    );
  });

  it('ran at least 10,000 pastes', () => {
    expect(scanned).toBeGreaterThanOrEqual(10_000);
  });
});
