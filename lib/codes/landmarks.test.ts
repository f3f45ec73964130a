import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Landmarks } from './landmarks';
import { MIN_BODY_LENGTH, isBase64Code } from './patterns';
import { BASE64_ALPHABET } from './test-support';

const isBase64At = (text: string, i: number) => isBase64Code(text.charCodeAt(i));

/** The first landmark at or after `from`, found by looking at every position. */
function firstLandmark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (['#', '%23', '&#', '&num;'].some((anchor) => text.startsWith(anchor, i))) return i;
    if (!isBase64At(text, i) || (i > from && isBase64At(text, i - 1))) continue;
    let end = i;
    while (isBase64At(text, end)) end++;
    if (end - i >= MIN_BODY_LENGTH) return i;
  }
  return text.length;
}

/** Where the scan may ask from: never inside a base64 run. */
const askable = (text: string) =>
  Array.from({ length: text.length + 1 }, (_, i) => i).filter(
    (i) => i === 0 || !isBase64At(text, i - 1),
  );

const base64Run = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), minLength: min, maxLength: max });
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('#', '%23', '&#35;', '&num;', '&', '%', '&#', ' ', '.', 'é', '\n', '='),
      base64Run(1, 8),
      base64Run(MIN_BODY_LENGTH - 2, MIN_BODY_LENGTH + 2),
      base64Run(MIN_BODY_LENGTH, 3 * MIN_BODY_LENGTH),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

describe('Landmarks', () => {
  it.each([
    ['a #', 'see #fyp', 0, 4],
    ['an encoded #', 'see %23fyp and &num;x', 5, 15],
    ['a numeric entity for #', 'see &#35;fyp', 0, 4],
    ['a numeric entity, asked from its #', 'see &#35;fyp', 5, 5],
    ['an & before the end, with no # after it', 'you & me &', 0, 10],
    ['a run one short of a code, then a #', `${'Ab1'.repeat(7)}xy #`, 0, 24],
    ['a run of a code’s length', `hi ${'Ab1'.repeat(8)} #`, 0, 3],
    ['a run at the very end', `hi ${'Ab1'.repeat(8)}`, 1, 3],
  ])('finds the first landmark in %s', (_label, given, from, expected) => {
    expect(new Landmarks(given).next(from)).toBe(expected);
  });

  it('gives the end of a text with no landmark', () => {
    const prose = 'just some words here and there, nothing else at all';
    expect(new Landmarks(prose).next(0)).toBe(prose.length);
  });

  it('finds the first landmark at or after each position the scan asks from', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.subarray(askable(t)))),
        ([t, froms]) => {
          const landmarks = new Landmarks(t);
          for (const from of froms) expect(landmarks.next(from)).toBe(firstLandmark(t, from));
        },
      ),
      { numRuns: 500 },
    );
  });
});
