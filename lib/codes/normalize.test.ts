import { describe, expect, it } from 'vitest';
import { normalizeSparkCode } from './normalize';
import { EXAMPLE_CODE, SECOND_CODE, htmlEncodeSymbols } from './test-support';

const C = EXAMPLE_CODE;
const BODY = C.slice(1);

describe('normalizeSparkCode', () => {
  it.each([
    ['the code itself', C],
    ['surrounding spaces', `  ${C}\t\n`],
    ['straight quotes', `"${C}"`],
    ['single quotes', `'${C}'`],
    ['backticks', `\`${C}\``],
    ['smart quotes', `“${C}”`],
    ['smart single quotes', `‘${C}’`],
    ['a trailing full stop', `${C}.`],
    ['a trailing comma', `${C},`],
    ['a trailing semicolon', `${C};`],
    ['a trailing bracket', `${C})`],
    ['a trailing exclamation mark', `${C}!`],
    ['a "Code:" label', `Code: ${C}`],
    ['a "Spark code -" label', `Spark code - ${C}`],
    ['a "spark code:" label', `spark code:${C}`],
    ['zero-width characters inside and around', `\u200b${C.slice(0, 9)}\u200c${C.slice(9)}\ufeff`],
    ['a word joiner inside', `${C.slice(0, 30)}\u2060${C.slice(30)}`],
    ['non-breaking spaces around', `\u00a0${C}\u00a0`],
    ['URL encoding', encodeURIComponent(C)],
    ['URL encoding with a label', `auth_code=${encodeURIComponent(C)}`],
    ['HTML entities', `&quot;${htmlEncodeSymbols(C)}&quot;`],
    ['HTML from an email', `<p>Code: <b>${C}</b></p>`],
    ['a CSV cell', `"${C}",`],
    ['a wrapped line', `${C.slice(0, 40)}\r\n${C.slice(40)}`],
    ['a missing #', BODY],
    ['a missing # and quotes', `"${BODY}"`],
    ['a missing # and a label', `Spark code: ${BODY}`],
    ['a missing # and an invisible character inside', `${BODY.slice(0, 5)}\u200b${BODY.slice(5)}`],
    ['a missing # and URL encoding', encodeURIComponent(BODY)],
    ['the same code twice', `${C} ${C}`],
  ])('cleans %s', (_label, input) => {
    expect(normalizeSparkCode(input)).toBe(C);
  });

  it.each([
    ['an empty string', ''],
    ['spaces', '   '],
    ['a hashtag', '#fyp'],
    ['a long hashtag', '#TikTokMadeMeBuyItChallenge2026'],
    ['a colour', '#a1b2c3ff'],
    ['a cut-off code', C.slice(0, 20)],
    ['two different codes', `${C} ${SECOND_CODE}`],
    ['a code and a broken fragment', `${C} #s63DdePaj9HjSv2B`],
    ['a code with an underscore', C.replace('P', '_')],
    ['a link with a fragment', `https://example.com/${C}`],
    ['plain words', 'no code here'],
    ['a lone #', '#'],
    // Either order gives the same answer: a code already found is not read a second way.
    ['a code then the same code without its #', `${C} ${BODY}`],
    ['a code without its # then the same code', `${BODY}\n${C}`],
  ])('returns null for %s', (_label, input) => {
    expect(normalizeSparkCode(input)).toBeNull();
  });

  // A body may start with + or /, which arrive encoded in links and emails.
  const PLUS = `#+${C.slice(2)}`;
  const SLASH = `#/${C.slice(2)}`;
  it.each([
    ['a missing # and an encoded + first', encodeURIComponent(PLUS.slice(1)), PLUS],
    ['a missing # and an encoded / first', encodeURIComponent(SLASH.slice(1)), SLASH],
    ['a missing # and an HTML + first', `&#43;${PLUS.slice(2)}`, PLUS],
    ['a missing # and an HTML / first', `&#x2F;${SLASH.slice(2)}`, SLASH],
    ['a missing # after a word-break hint', `<wbr>${BODY}`, C],
    ['a missing # after an encoded zero-width space', `%E2%80%8B${BODY}`, C],
    ['a missing # after a plain + first', PLUS.slice(1), PLUS],
  ])('cleans %s', (_label, input, expected) => {
    expect(normalizeSparkCode(input)).toBe(expected);
  });

  it.each([
    [C],
    [`Code: ${encodeURIComponent(C)}`],
    [BODY],
    [`"${C.slice(0, 30)}\n${C.slice(30)}"`],
  ])('is idempotent on %s', (input) => {
    const once = normalizeSparkCode(input);
    expect(once).not.toBeNull();
    expect(normalizeSparkCode(once ?? '')).toBe(once);
  });
});
