import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPlainWord,
  isShortWord,
  looksLikeCode,
  looksLikeCodeIn,
  looksLikeCutOffCode,
  looksLikeCutOffCodeIn,
  rhythmOf,
} from './randomness';
import {
  BASE64_ALPHABET,
  anyCodePoint,
  EXAMPLE_CODE,
  SECOND_CODE,
  seededRandom,
} from './test-support';

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

describe('where words end and a code begins', () => {
  it.each([
    // Pieces of three characters on average read as words; a third group of digits does not.
    ['TheCatSatBigMat', false],
    ['TheCatSatBiMat', true],
    ['Summer2026Sale4You', false],
    ['Summer2026Sale4You5', true],
  ])('looksLikeCode(%j) is %s', (core, code) => {
    expect(looksLikeCode(core, 0)).toBe(code);
  });

  it.each([
    // Padding: any two kinds of character, from four characters on.
    ['qAxB', 1, false, true],
    ['abcd', 1, false, false],
    ['qA9', 1, false, false],
    ['qA9', 2, true, false],
    // With a + or /: three kinds, from six characters on, not words.
    ['Paj+Hj', 0, false, true],
    ['paj+hj', 0, false, false],
    ['Pa9+H', 0, false, false],
    ['SaleOn+More', 0, false, false],
    // Before an ellipsis: mixed case from six characters on, not words.
    ['qA9xZb', 0, true, true],
    ['qA9xZ', 0, true, false],
    ['SummerSale', 0, true, false],
    ['a1b2c3d4', 0, true, false],
    // Plain letters and digits: twelve characters or more, two digit groups, short pieces.
    ['s63DdePaj9Hj', 0, false, true],
    ['s63DdePaj9H', 0, false, false],
    ['sAdEpAjHjSv3', 0, false, false],
    ['abc1de2fg3hi', 0, false, false],
    ['AbcdDef1Gh2Ijk', 0, false, true],
    ['AbcdDef1Ghi2Ijk', 0, false, false],
  ])('looksLikeCutOffCode(%j, %i, %s) is %s', (core, padding, ellipsis, cutOff) => {
    expect(looksLikeCutOffCode(core, padding, ellipsis)).toBe(cutOff);
  });
});

describe('isShortWord', () => {
  it.each([
    ['a', true],
    ['A', true],
    ['Let', true],
    ['Abcd', true],
    ['abcd', false],
    ['LET', false],
    ['Ab1', false],
    ['', false],
  ])('%j is %s', (token, short) => {
    expect(isShortWord(token)).toBe(short);
  });
});

describe('isPlainWord', () => {
  it.each([
    ['Thanks'],
    ['thanks'],
    ['THANKS'],
    ['ok'],
    ['OK'],
    ['Hi'],
    ['2026'],
    ['12'],
    ['and'],
    ['Deal'],
    ['ABCD'],
  ])('%s is a word', (token) => {
    expect(isPlainWord(token)).toBe(true);
  });

  it.each([
    ['qA'],
    ['x'],
    ['Xy'],
    ['7'],
    ['kT9'],
    ['PPiFnF'],
    ['abcDef'],
    ['ab+c'],
    ['Let'],
    ['ABC'],
  ])('%s may be the tail of a code', (token) => {
    expect(isPlainWord(token)).toBe(false);
  });
});

// The rhythm as first written, with a regular expression: the reference the loop must match.
function referenceRhythm(core: string) {
  let pieces = 0;
  let piecesLength = 0;
  let digitGroups = 0;
  let hasUpper = false;
  let hasLower = false;
  for (const [piece] of core.matchAll(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g)) {
    pieces++;
    piecesLength += piece.length;
    const first = piece.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) digitGroups++;
    else if (first <= 0x5a) hasUpper = true;
    if (!hasLower && /[a-z]/.test(piece)) hasLower = true;
  }
  return {
    hasUpper,
    hasLower,
    hasDigit: digitGroups > 0,
    averagePiece: pieces === 0 ? 0 : piecesLength / pieces,
    digitGroups,
    hasSymbol: /[+/]/.test(core),
  };
}

describe('rhythmOf', () => {
  // Runs of one class are what the pieces are made of, so the alphabet is kept small enough
  // to produce long runs, case changes and every boundary between them.
  const rhythmText = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'aAbBZz09+/=-_ é#'.split('')), maxLength: 80 }),
    fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), maxLength: 120 }),
    fc.string({ unit: anyCodePoint, maxLength: 60 }),
  );

  it('measures what the regular expression measures', () => {
    fc.assert(
      fc.property(rhythmText, (text) => {
        expect({ ...rhythmOf(text) }).toEqual(referenceRhythm(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures a range as it measures that range cut out', () => {
    fc.assert(
      fc.property(rhythmText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + ((Math.max(a, b) - Math.min(a, b)) % (text.length - from + 1));
        expect({ ...rhythmOf(text, from, to) }).toEqual(referenceRhythm(text.slice(from, to)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('judging a range of a text', () => {
  // The rules as written on the measured rhythm, with no shortcut: the judges skip measuring
  // where the answer is already known, and must answer the same.
  const readsAsWords = (r: ReturnType<typeof referenceRhythm>) =>
    r.averagePiece >= 3 && r.digitGroups <= 2;
  const classes = (r: ReturnType<typeof referenceRhythm>) =>
    [r.hasUpper, r.hasLower, r.hasDigit, r.hasSymbol].filter(Boolean).length;
  const codeRule = (core: string, padding: number) => {
    const r = referenceRhythm(core);
    return r.hasUpper && r.hasLower && (padding > 0 || !readsAsWords(r));
  };
  const cutOffRule = (core: string, padding: number, ellipsisAfter: boolean) => {
    const r = referenceRhythm(core);
    const length = core.length;
    if (length < 4) return false;
    if (padding > 0) return classes(r) >= 2;
    const mixedCase = r.hasUpper && r.hasLower;
    if (r.hasSymbol) return length >= 6 && classes(r) >= 3 && !readsAsWords(r);
    if (ellipsisAfter) return length >= 6 && mixedCase && !readsAsWords(r);
    return length >= 12 && mixedCase && r.hasDigit && r.digitGroups >= 2 && r.averagePiece < 2.5;
  };
  const core = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'aAbBZz09+/'.split('')), maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), maxLength: 90 }),
  );
  const framed = fc.tuple(fc.string({ maxLength: 5 }), core, fc.string({ maxLength: 5 }));

  it('finds a code where the rules do', () => {
    fc.assert(
      fc.property(framed, fc.nat(2), ([before, body, after], padding) => {
        const text = before + body + after;
        const end = before.length + body.length;
        expect(looksLikeCodeIn(text, before.length, end, padding)).toBe(codeRule(body, padding));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a cut-off code where the rules do', () => {
    fc.assert(
      fc.property(framed, fc.nat(2), fc.boolean(), ([before, body, after], padding, ellipsis) => {
        const text = before + body + after;
        const end = before.length + body.length;
        expect(looksLikeCutOffCodeIn(text, before.length, end, padding, ellipsis)).toBe(
          cutOffRule(body, padding, ellipsis),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
