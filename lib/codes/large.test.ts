import { describe, expect, it } from 'vitest';
import { extractSparkCodes } from './extract';
import { scanPaste } from './scan';
import { htmlEncodeSymbols, randomCode, seededRandom } from './test-support';

// Each planted code appears dressed the way real pastes dress it.
const DRESSINGS: readonly ((code: string) => string)[] = [
  (code) => code,
  (code) => `"${code}",@creator,US`,
  (code) => `Code: “${code}”.`,
  (code) => `Spark code - ${code}!`,
  (code) => encodeURIComponent(code),
  (code) => `<p>Code: <b>${htmlEncodeSymbols(code)}</b></p>`,
  (code) => `${code.slice(0, 20)}\u200b${code.slice(20)}`,
  (code) => `${code.slice(0, 33)}\r\n${code.slice(33)}`,
  (code) => `(${code.slice(0, 9)}\u2060${code.slice(9, 50)}\ufeff${code.slice(50)})`,
  (code) => `Spark code: ${code.slice(1)}`,
];

const FILLER = [
  'Hi team, here are the codes from this week #fyp #SummerSale2026 #tiktokmademebuyit.',
  'Colours for the landing page: #fff, #A1B2C3 and #a1b2c3ff; see https://example.com/docs#intro.',
  'Mail buyer@agency.example.com if anything fails. Issue #1234 is fixed.',
  '<div style="color:#333">Creator: @someone &amp; friends&nbsp;— thanks!</div>',
  'Budget: $1,500 / day; CPM ~ 7.20 — ROAS 3.1x. #BlackFridayDeals2026 #ad',
];

/** Codes dressed at random and separated by about `gap` characters of ordinary message text. */
function messyPaste(codes: readonly string[], gap: number): string {
  const parts: string[] = [];
  codes.forEach((code, i) => {
    const dress = DRESSINGS[i % DRESSINGS.length] ?? ((c: string) => c);
    let filler = '';
    while (filler.length < gap)
      filler += (FILLER[(i + filler.length) % FILLER.length] ?? '') + '\n';
    parts.push(filler, dress(code), i % 3 === 0 ? '\r\n' : '\n');
  });
  return parts.join('');
}

function plantedCodes(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const codes = new Set<string>();
  while (codes.size < count)
    codes.add(randomCode(random, 40 + Math.floor(random() * 50), codes.size % 3));
  return [...codes];
}

describe('large pastes', () => {
  it('finds all 10,000 codes planted in a 5 MB messy paste', () => {
    const codes = plantedCodes(10_000, 5);
    const text = messyPaste(codes, 500);
    expect(text.length).toBeGreaterThan(5_000_000);

    const found = extractSparkCodes(text);
    expect(found.map((c) => c.code)).toEqual(codes);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.raw);
  }, 60_000);

  it('reads a 10 MB paste to the end', () => {
    const codes = plantedCodes(2_000, 10);
    const text = messyPaste(codes, 5_000);
    expect(text.length).toBeGreaterThan(10_000_000);

    const scan = scanPaste(text);
    expect(scan.codes).toHaveLength(codes.length);
    expect(scan.rejected).toEqual([]);
  }, 60_000);
});
