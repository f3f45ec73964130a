import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoundCodes } from './scan-steps';
import { BASE64_ALPHABET } from './test-support';

describe('FoundCodes', () => {
  it.each([
    ['an odd length', '#abcDEF123+/x='],
    ['an even length', '#abcDEF123+/xy='],
    ['the # alone', '#'],
  ])('counts a code cleaned and a code pasted as it is as one, for %s', (_label, code) => {
    const text = `x ${code} y`;
    const found = new FoundCodes(text);
    found.addPasted(2, 2 + code.length, []);
    found.add(code.slice(1), 20, 30, ['cleaned']);
    expect(found.list()).toEqual([
      { code, raw: code, start: 2, end: 2 + code.length, warnings: ['cleaned'], occurrences: 2 },
    ]);
  });

  it('counts what a Map keyed by the codes counts, in order of first appearance', () => {
    // Few distinct bodies, so repeats are common; many adds, so the table grows.
    const body = fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET.slice(0, 3)), maxLength: 9 });
    fc.assert(
      fc.property(fc.array(body, { maxLength: 3000 }), (bodies) => {
        const found = new FoundCodes('');
        const expected = new Map<string, number>();
        for (const b of bodies) {
          found.add(b, 0, 0, []);
          expected.set(`#${b}`, (expected.get(`#${b}`) ?? 0) + 1);
        }
        expect(found.list().map((c) => [c.code, c.occurrences])).toEqual([...expected]);
      }),
      { numRuns: 30 },
    );
  });

  it('finds every code again after its table has grown several times', () => {
    const bodies = Array.from({ length: 3000 }, (_, i) => `Ab${i.toString(36)}Yz`);
    const found = new FoundCodes('');
    for (const b of [...bodies, ...bodies]) found.add(b, 0, 0, []);
    expect(found.list().map((c) => [c.code, c.occurrences])).toEqual(
      bodies.map((b) => [`#${b}`, 2]),
    );
  });

  it('keeps two codes apart whose hashes are the same', () => {
    // Found by trying random codes until two shared the 30-bit hash of their characters.
    const [first, second] = [
      '#s2sRfh60McuDm1yQT5a0+hoZ04NtZs1uu57/DBCC9yV=',
      '#zRm8FkRGWRDyLWi/z0EcoyGBtQ3yxnGqVS+jBoau1Wb=',
    ];
    const text = `${first} ${second} ${first}`;
    const found = new FoundCodes(text);
    found.addPasted(0, first.length, []);
    found.add(second.slice(1), first.length + 1, 2 * first.length + 1, []);
    found.addPasted(2 * first.length + 2, text.length, []);
    expect(found.list().map((c) => [c.code, c.occurrences])).toEqual([
      [first, 2],
      [second, 1],
    ]);
  });
});
