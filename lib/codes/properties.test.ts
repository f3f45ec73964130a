import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSparkCodes } from './extract';
import { normalizeSparkCode } from './normalize';
import { scanPaste } from './scan';
import { isSparkCode } from './schema';
import { BASE64_ALPHABET, anyCodePoint, htmlEncodeSymbols } from './test-support';

const validCode = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...BASE64_ALPHABET), minLength: 24, maxLength: 120 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([core, padding]) => `#${core}${'='.repeat(padding)}`)
  .filter(isSparkCode);

const paddedCode = validCode.filter((code) => code.endsWith('='));

/** Any code point and any grapheme, control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

// Pieces that exercise every path of the scanner when strung together at random.
const codeishText = fc
  .array(
    fc.constantFrom(
      '#',
      '%23',
      '&#35;',
      '&#43;',
      '&amp;',
      '%2B',
      '%',
      '&',
      '=',
      'Ab',
      'x9',
      '+/',
      's63DdePaj9HjSv2BPcSr',
      'Thanks',
      ' ',
      '\n',
      '\r\n',
      '\u00a0',
      '\u200b',
      '-',
      '_',
      '…',
      '.',
      '"',
      'Code: ',
      'é',
      '\ud800',
      '😀',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

const separatorBefore = fc.constantFrom(' ', '\t', '\n', ': ', ' (', ' "', ' “', ' <b>', ', ');
const separatorAfter = fc.constantFrom(' ', '\t', '. ', ', ', ') ', '" ', '” ', '</b> ', '! ');

function expectOffsetsHold(text: string): void {
  const { codes, rejected } = scanPaste(text);
  for (const item of [...codes, ...rejected]) {
    expect(item.start).toBeLessThan(item.end);
    expect(text.slice(item.start, item.end)).toBe(item.raw);
  }
}

describe('properties', () => {
  it('finds any valid code wrapped in junk', () => {
    fc.assert(
      fc.property(
        anyText,
        separatorBefore,
        validCode,
        separatorAfter,
        anyText,
        (before, open, code, close, after) => {
          const codes = extractSparkCodes(`${before}${open}${code}${close}${after}`);
          expect(codes.map((c) => c.code)).toContain(code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds any valid code however it was dirtied', () => {
    const dirty = fc.oneof(
      validCode.map((code) => ({ code, text: encodeURIComponent(code) })),
      validCode.map((code) => ({ code, text: htmlEncodeSymbols(code).replace('#', '&#35;') })),
      fc
        .tuple(validCode, fc.nat(), fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff'))
        .map(([code, at, invisible]) => {
          const cut = 1 + (at % (code.length - 1));
          return { code, text: code.slice(0, cut) + invisible + code.slice(cut) };
        }),
      fc.tuple(paddedCode, fc.nat(), fc.constantFrom('\n', '\r\n')).map(([code, at, lineBreak]) => {
        // Cut inside the base64 part: the padding then travels with the tail.
        const core = code.replace(/=+$/, '');
        const cut = 2 + (at % (core.length - 1));
        return { code, text: code.slice(0, cut) + lineBreak + code.slice(cut) };
      }),
    );
    fc.assert(
      fc.property(anyText, dirty, anyText, (before, { code, text }, after) => {
        const paste = `${before} ${text} ${after}`;
        const found = extractSparkCodes(paste).find((c) => c.code === code);
        expect(found).toBeDefined();
        expect(found?.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and keeps offsets true on any text', () => {
    fc.assert(fc.property(anyText, expectOffsetsHold), { numRuns: 1000 });
    fc.assert(fc.property(codeishText, expectOffsetsHold), { numRuns: 2000 });
  });

  it('only ever returns valid, distinct, counted codes', () => {
    fc.assert(
      fc.property(fc.oneof(codeishText, anyText), (text) => {
        const codes = extractSparkCodes(text);
        expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
        for (const found of codes) {
          expect(isSparkCode(found.code)).toBe(true);
          expect(found.occurrences).toBeGreaterThanOrEqual(1);
          expect(normalizeSparkCode(found.code)).toBe(found.code);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('lists codes in order of first appearance', () => {
    fc.assert(
      fc.property(codeishText, (text) => {
        const starts = extractSparkCodes(text).map((c) => c.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });

  it('normalizes idempotently', () => {
    const candidates = fc.oneof(
      anyText,
      codeishText,
      validCode,
      fc.tuple(separatorBefore, validCode, separatorAfter).map((parts) => parts.join('')),
      validCode.map((code) => encodeURIComponent(code.slice(1))),
    );
    fc.assert(
      fc.property(candidates, (input) => {
        const once = normalizeSparkCode(input);
        if (once !== null) {
          expect(isSparkCode(once)).toBe(true);
          expect(normalizeSparkCode(once)).toBe(once);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('normalizes any valid code to itself', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(normalizeSparkCode(code)).toBe(code);
      }),
    );
  });
});
