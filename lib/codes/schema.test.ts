import { describe, expect, it } from 'vitest';
import { isSparkCode, sparkCodeSchema } from './schema';
import { EXAMPLE_CODE, SECOND_CODE } from './test-support';

const core = EXAMPLE_CODE.slice(1, -1);

describe('sparkCodeSchema', () => {
  it.each([
    [EXAMPLE_CODE],
    [SECOND_CODE],
    [`#${core}`],
    [`#${core}==`],
    [`#${core.slice(0, 24)}`],
    [`#${core}${core}${core}`],
  ])('accepts %s', (code) => {
    expect(sparkCodeSchema.parse(code)).toBe(code);
    expect(isSparkCode(code)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no #', core],
    ['too short', `#${core.slice(0, 23)}`],
    ['too long', `#${core.repeat(4)}`],
    ['three =', `#${core}===`],
    ['= in the middle', `#${core.slice(0, 30)}=${core.slice(30)}`],
    ['space inside', `#${core.slice(0, 30)} ${core.slice(30)}`],
    ['surrounding space', ` ${EXAMPLE_CODE}`],
    ['url-safe base64', `#${core.replace('P', '_')}`],
    ['long hashtag', '#TikTokMadeMeBuyItChallenge2026'],
    ['colour', '#a1b2c3ff'],
  ])('rejects %s', (_label, value) => {
    expect(sparkCodeSchema.safeParse(value).success).toBe(false);
    expect(isSparkCode(value)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isSparkCode(42)).toBe(false);
    expect(isSparkCode(null)).toBe(false);
  });
});
