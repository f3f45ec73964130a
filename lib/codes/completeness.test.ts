import { describe, expect, it } from 'vitest';
import { incompleteness, isCompleteCode } from './completeness';
import { SCHEMA_MESSAGE, WARNING, shorterThanUsualWarning } from './messages';
import { USUAL_MIN_BODY_LENGTH } from './patterns';
import { scanPaste } from './scan';
import { EXAMPLE_CODE } from './test-support';

const CORE = EXAMPLE_CODE.slice(1, -1);
const withCore = (length: number, padding = '') => `#${CORE.slice(0, length)}${padding}`;
const SHORT = USUAL_MIN_BODY_LENGTH - 1;

describe('incompleteness', () => {
  it.each<[string, string, readonly string[], string | undefined]>([
    ['a whole code', EXAMPLE_CODE, [], undefined],
    ['a hashtag', '#fyp', [], SCHEMA_MESSAGE.shape],
    ['a code of the usual shortest length', withCore(USUAL_MIN_BODY_LENGTH), [], undefined],
    ['a code one shorter', withCore(SHORT), [], shorterThanUsualWarning(SHORT)],
    // Padding is not part of the length.
    ['a code one shorter, padded', withCore(SHORT, '='), [], shorterThanUsualWarning(SHORT)],
    ['a code one shorter, padded twice', withCore(SHORT, '=='), [], shorterThanUsualWarning(SHORT)],
    ['a code with an ellipsis after it', EXAMPLE_CODE, [WARNING.ellipsis], WARNING.ellipsis],
    ['a code that was cleaned', EXAMPLE_CODE, [WARNING.url, WARNING.invisible], undefined],
  ])('%s', (_label, code, warnings, expected) => {
    expect(incompleteness(code, warnings)).toBe(expected);
    expect(isCompleteCode(code, warnings)).toBe(expected === undefined);
  });

  it('takes no warnings as none', () => {
    expect(incompleteness(withCore(SHORT))).toBe(shorterThanUsualWarning(SHORT));
    expect(isCompleteCode(EXAMPLE_CODE)).toBe(true);
  });
});

describe('the shorter-than-usual warning on a found code', () => {
  it.each([
    [USUAL_MIN_BODY_LENGTH, false],
    [SHORT, true],
  ])('with %i characters: %s', (length, warned) => {
    const [found] = scanPaste(withCore(length)).codes;
    expect(found?.warnings.includes(shorterThanUsualWarning(length))).toBe(warned);
  });
});
