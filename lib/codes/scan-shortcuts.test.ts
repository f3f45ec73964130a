/**
 * The scan skips prose between landmarks and reads clean codes without the general reader. Both
 * are shortcuts: on any text, it must find exactly what reading every character finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyPaste } from '../../tests/bench/messy-paste';
import { scanPaste } from './scan';
import { scanEveryCharacter } from './scan.testing';
import { BASE64_ALPHABET, anyCodePoint, EXAMPLE_CODE, SECOND_CODE } from './test-support';

const base64Run = fc.string({
  unit: fc.constantFrom(...BASE64_ALPHABET),
  minLength: 1,
  maxLength: 90,
});

// Everything the shortcuts decide on: anchors and their encodings, padding, what may end or
// continue a code, and long runs of base64 with or without a `#`.
const piece = fc.oneof(
  base64Run,
  fc.constantFrom(
    '#',
    '##',
    '%23',
    '%2B',
    '%2',
    '%',
    '&#35;',
    '&#x23;',
    '&#035;',
    '&num;',
    '&#43;',
    '&amp;',
    '&nbsp;',
    '&',
    '=',
    '==',
    '===',
    ' ',
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u00a0',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '-',
    '_',
    '*',
    '~',
    '@',
    '$',
    '\\',
    '…',
    '...',
    '.',
    ',',
    '"',
    '”',
    '’',
    '»',
    '(',
    ')',
    '<b>',
    'é',
    'Thanks',
    'ok',
    'Spark code: ',
    'Code: ',
    'base64,',
    '😀',
    '\ud800',
    EXAMPLE_CODE,
    SECOND_CODE,
    SECOND_CODE.slice(1),
  ),
);

const pieces = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Any code point and any grapheme, control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
);

describe('scanPaste shortcuts', () => {
  it('finds what reading every character finds, on pieces of codes and their dressings', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        expect(scanPaste(text)).toEqual(scanEveryCharacter(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what reading every character finds, on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scanPaste(text)).toEqual(scanEveryCharacter(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([1, 2, 3])(
    'finds what reading every character finds in a messy paste (seed %i)',
    (seed) => {
      const { text } = messyPaste(150_000, 300, seed);
      const scan = scanPaste(text);
      expect(scan.codes.length).toBeGreaterThanOrEqual(300);
      expect(scan).toEqual(scanEveryCharacter(text));
    },
  );
});
