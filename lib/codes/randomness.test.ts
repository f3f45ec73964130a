import { describe, expect, it } from 'vitest';
import { isPlainWord, looksLikeCode, looksLikeCutOffCode } from './randomness';
import { BASE64_ALPHABET, EXAMPLE_CODE, SECOND_CODE, seededRandom } from './test-support';

function randomCore(random: () => number, length: number): string {
  let core = '';
  for (let i = 0; i < length; i++) {
    core += BASE64_ALPHABET[Math.floor(random() * BASE64_ALPHABET.length)];
  }
  return core;
}

describe('looksLikeCode', () => {
  it.each([[EXAMPLE_CODE], [SECOND_CODE]])('accepts the real-looking code %s', (code) => {
    const core = code.slice(1).replace(/=+$/, '');
    expect(looksLikeCode(core, 0)).toBe(true);
  });

  it.each([
    ['TikTokMadeMeBuyItChallenge2026'],
    ['BlackFridayDealsForYouAndMe2026'],
    ['ThisIsMyVeryLongHashtagForSummer'],
    ['ABCNewsBreakingStoryTonight2026'],
    ['GRWMForTheSummerPartySeason2026'],
    ['Base64EncodedStringExampleText'],
    ['settings/profile/notifications/Email'],
    ['tiktokmademebuyitchallengeforyou'],
    ['ABCDEF1234567890ABCDEF1234567890'],
    ['3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39'],
  ])('does not take %s for a code', (words) => {
    expect(looksLikeCode(words, 0)).toBe(false);
  });

  it('takes padding as proof that it is not a hashtag', () => {
    expect(looksLikeCode('TikTokMadeMeBuyItChallenge2026', 1)).toBe(true);
  });

  it('accepts nearly every random 64-character code', () => {
    const random = seededRandom(64);
    let missed = 0;
    for (let i = 0; i < 20_000; i++) if (!looksLikeCode(randomCore(random, 64), 0)) missed++;
    expect(missed).toBeLessThanOrEqual(2);
  });

  it('accepts nearly every random 40-character code', () => {
    const random = seededRandom(40);
    let missed = 0;
    for (let i = 0; i < 20_000; i++) if (!looksLikeCode(randomCore(random, 40), 0)) missed++;
    expect(missed).toBeLessThanOrEqual(60);
  });
});

describe('looksLikeCutOffCode', () => {
  it.each([
    ['s63DdePaj9HjSv2B', 0, false],
    ['s63DdePaj9HjSv2BPcSr', 0, false],
    ['qA9x', 1, false],
    ['Paj9Hj+Sv2', 0, false],
    ['s63DdeP', 0, true],
  ])('sees the start of a code in %s', (core, padding, ellipsis) => {
    expect(looksLikeCutOffCode(core, padding, ellipsis)).toBe(true);
  });

  it.each([
    ['fyp'],
    ['fff'],
    ['A1B2C3'],
    ['a1b2c3ff'],
    ['SummerSale2026'],
    ['BlackFridayDeals2026'],
    ['iPhone15ProMax'],
    ['Top10TipsForYou2026'],
    ['Gr8Deals4U'],
    ['C++Developer'],
    ['w/Friends'],
    ['2024/05/01'],
  ])('sees a hashtag or a colour in %s', (core) => {
    expect(looksLikeCutOffCode(core, 0, false)).toBe(false);
  });

  it('does not take a word before an ellipsis for a cut-off code', () => {
    expect(looksLikeCutOffCode('Summer', 0, true)).toBe(false);
  });
});

describe('isPlainWord', () => {
  it.each([['Thanks'], ['thanks'], ['THANKS'], ['ok'], ['Hi'], ['2026'], ['12'], ['and']])(
    '%s is a word',
    (token) => {
      expect(isPlainWord(token)).toBe(true);
    },
  );

  it.each([['qA'], ['x'], ['Xy'], ['7'], ['kT9'], ['PPiFnF'], ['abcDef'], ['ab+c']])(
    '%s may be the tail of a code',
    (token) => {
      expect(isPlainWord(token)).toBe(false);
    },
  );
});
