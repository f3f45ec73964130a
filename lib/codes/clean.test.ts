/**
 * A clean code is read straight from the text; the general reader is the reference. Whenever
 * the shortcut takes an attempt, the full read must find the same code, ending at the same place
 * with nothing cleaned. (When it declines, the full read runs anyway.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCodeEnd } from './clean';
import { MAX_BODY_LENGTH, MIN_BODY_LENGTH } from './patterns';
import { readCandidate } from './read';
import { endOfBase64Run } from './scan-steps';
import { BASE64_ALPHABET, EXAMPLE_CODE } from './test-support';

const CORE = EXAMPLE_CODE.slice(1, -1);

const core = fc
  .constantFrom(
    MIN_BODY_LENGTH - 1,
    MIN_BODY_LENGTH,
    40,
    43,
    44,
    63,
    64,
    MAX_BODY_LENGTH,
    MAX_BODY_LENGTH + 1,
  )
  .chain((length) =>
    fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), minLength: length, maxLength: length }),
  );
// What may follow a code's base64 and what may start the next line: everything the shortcut
// decides on.
const edge = fc.constantFrom(
  '',
  ' ',
  '.',
  ',',
  '"',
  '”',
  '’',
  '»',
  '…',
  '...',
  '-',
  '_',
  '=',
  'A',
  'é',
  '\u200b',
  '\u0080',
  '<wbr>',
  '<b>',
  '<',
  '%2B',
  '%',
  '&#43;',
  '&',
  '\\/',
  '\\',
  '=3D',
  'ok',
  'Thanks',
  '😀',
);
const lineBreak = fc.constantFrom('', '\n', '\r\n', '\r', '\n\n', '\r\r', '=\n');
const attempt = fc.record({
  before: fc.constantFrom('', ' ', 'x ', 'ab ', 'Code: '),
  core,
  padding: fc.constantFrom('', '=', '==', '==='),
  after: fc.tuple(edge, lineBreak, edge).map((parts) => parts.join('')),
  rest: fc.constantFrom('', CORE, ' and more', 'A'),
  quotedPrintable: fc.boolean(),
});

describe('cleanCodeEnd', () => {
  it('takes only attempts the full read finds whole, ending at the same place', () => {
    fc.assert(
      fc.property(attempt, ({ before, core, padding, after, rest, quotedPrintable }) => {
        const text = `${before}#${core}${padding}${after}${rest}`;
        const bodyStart = before.length + 1;
        const end = cleanCodeEnd(text, bodyStart, endOfBase64Run(text, bodyStart), quotedPrintable);
        if (end < 0) return;
        const full = readCandidate(text, before.length, bodyStart, 'plain', quotedPrintable);
        expect({ ...full, end }).toMatchObject({
          end: full.end,
          body: text.slice(bodyStart, end),
          cleaned: 0,
          foreign: [],
          misplacedPadding: false,
          splitAtLineBreak: false,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a code and a space', `#${CORE}= more`, 1 + CORE.length + 1],
    ['a code at the end of a line and a plain next line', `#${CORE}=\n- more`, 1 + CORE.length + 1],
    ['a code of whole blocks at the end of a line', `#${CORE}=\nAnd more`, 1 + CORE.length + 1],
    ['a code at the end of the text after a line break', `#${CORE}=\n`, 1 + CORE.length + 1],
    ['a code before a closing quote', `#${CORE}=”`, 1 + CORE.length + 1],
  ])('reads %s', (_label, text, end) => {
    expect(cleanCodeEnd(text, 1, endOfBase64Run(text, 1), false)).toBe(end);
  });
});
