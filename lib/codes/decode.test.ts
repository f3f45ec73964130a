import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntity, decodePercent, readQuotedPrintable, readUnit } from './decode';

describe('decodePercent', () => {
  it.each([
    ['%23', '#', 3],
    ['%2B', '+', 3],
    ['%2b', '+', 3],
    ['%2F', '/', 3],
    ['%3D', '=', 3],
    ['%41', 'A', 3],
    ['%C2%A0', '\u00a0', 6],
    ['%E2%80%8B', '\u200b', 9],
    ['%F0%9F%98%80', '😀', 12],
    // Each end of each hex digit range, in both places.
    ['%00', '\u0000', 3],
    ['%09', '\t', 3],
    ['%1A', '\u001a', 3],
    ['%1F', '\u001f', 3],
    ['%1a', '\u001a', 3],
    ['%1f', '\u001f', 3],
    ['%7E', '~', 3],
    ['%7F', '\u007f', 3],
    // The smallest and largest code point of each UTF-8 length.
    ['%C2%80', '\u0080', 6],
    ['%DF%BF', '\u07ff', 6],
    ['%E0%A0%80', '\u0800', 9],
    ['%ED%9F%BF', '\ud7ff', 9],
    ['%EE%80%80', '\ue000', 9],
    ['%EF%BF%BF', '\uffff', 9],
    ['%F0%90%80%80', '\u{10000}', 12],
    ['%F4%8F%BF%BF', '\u{10ffff}', 12],
  ])('decodes %s', (input, expected, end) => {
    expect(decodePercent(input, 0)).toEqual({ codePoint: expected.codePointAt(0), end });
  });

  it.each([
    ['%'],
    ['%2'],
    ['%zz'],
    ['%C2'],
    ['%C2%41'],
    ['%C0%80'],
    ['%ED%A0%80'],
    ['%ED%BF%BF'],
    ['%FF'],
    // Just outside each hex digit range.
    ['%2g'],
    ['%2G'],
    ['%g2'],
    ['%G2'],
    ['%2:'],
    ['%2/'],
    ['%2@'],
    ['%2`'],
    ['%:0'],
    ['%/0'],
    ['%@0'],
    ['%`0'],
    // Lead bytes that start no sequence, overlong forms, bad or missing continuation bytes.
    ['%80'],
    ['%C1%BF'],
    ['%F5%80%80%80'],
    ['%E0%80%80'],
    ['%F0%80%80%80'],
    ['%F4%90%80%80'],
    ['%C2%C0'],
    ['%C2%7F'],
    ['%E0%A0'],
    ['%E0%A0%8'],
    ['%E0%A0x80'],
    // Bytes that lead no four-byte sequence, before three continuation bytes.
    ['%80%90%80%80'],
    ['%C1%90%80%80'],
    ['%F5%90%80%80'],
    ['%F8%90%80%80'],
  ])('leaves %s alone', (input) => {
    expect(decodePercent(input, 0)).toBeNull();
  });

  it('reads the escape at the offset it is given', () => {
    expect(decodePercent('ab%2Bcd', 2)).toEqual({ codePoint: 0x2b, end: 5 });
    expect(decodePercent('ab%2Bcd', 1)).toBeNull();
  });
});

describe('decodeEntity', () => {
  it.each([
    ['&#43;', '+'],
    ['&#x2B;', '+'],
    ['&#X2b;', '+'],
    ['&plus;', '+'],
    ['&#47;', '/'],
    ['&sol;', '/'],
    ['&#61;', '='],
    ['&equals;', '='],
    ['&#35;', '#'],
    ['&num;', '#'],
    ['&amp;', '&'],
    ['&quot;', '"'],
    ['&nbsp;', '\u00a0'],
    ['&#8203;', '\u200b'],
    ['&#1;', '\u0001'],
    ['&#9;', '\t'],
    ['&#x9;', '\t'],
    ['&#1114111;', '\u{10ffff}'],
    ['&#x10FFFF;', '\u{10ffff}'],
    ['&#xD7FF;', '\ud7ff'],
    ['&#xE000;', '\ue000'],
    ['&#0000043;', '+'],
    ['&#x00002B;', '+'],
    ['&lt;', '<'],
    ['&NoBreak;', '\u2060'],
    ['&NonBreakingSpace;', '\u00a0'],
    ['&hellip;', '\u2026'],
    ['&shy;', '\u00ad'],
  ])('decodes %s', (input, expected) => {
    expect(decodeEntity(input, 0)).toEqual({
      codePoint: expected.codePointAt(0),
      end: input.length,
    });
  });

  it.each([
    ['&'],
    ['&amp'],
    ['&unknownname;'],
    ['&#;'],
    ['&#0;'],
    ['&#xD800;'],
    ['&#xDFFF;'],
    ['&#99999999;'],
    ['&#1114112;'],
    ['&#x110000;'],
    ['&#x0;'],
    ['&#x;'],
    ['&#x1234567;'],
    ['&#12345678;'],
    // A code point that fits, written with a digit too many or with no `;`.
    ['&#00000043;'],
    ['&#x000002B;'],
    ['&#43'],
    ['&#x2B '],
    ['&#4a;'],
    ['&a;'],
    ['&1a;'],
    ['&toString;'],
    ['&constructor;'],
    ['& amp;'],
    ['&am p;'],
  ])('leaves %s alone', (input) => {
    expect(decodeEntity(input, 0)).toBeNull();
  });

  it('reads what the pattern for entities matches, on any text made of their characters', () => {
    // The pattern the reader replaces: it reads the same entities, only allocating.
    const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
    const reference = (text: string): { codePoint: number; end: number } | null => {
      ENTITY.lastIndex = 0;
      const match = ENTITY.exec(text);
      if (!match) return null;
      const [whole, decimal, hex, name] = match;
      const codePoint =
        decimal !== undefined
          ? Number.parseInt(decimal, 10)
          : hex !== undefined
            ? Number.parseInt(hex, 16)
            : name === undefined
              ? undefined
              : ({ amp: 0x26, nbsp: 0xa0, num: 0x23, NoBreak: 0x2060 } as Record<string, number>)[
                  name
                ];
      const encodable =
        codePoint !== undefined &&
        codePoint > 0 &&
        codePoint <= 0x10ffff &&
        !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return encodable ? { codePoint, end: whole.length } : null;
    };
    const entityText = fc
      .array(
        fc.oneof(
          fc.constantFrom('&', '#', 'x', 'X', ';', 'amp', 'nbsp', 'num', 'NoBreak', 'toString'),
          fc.string({ unit: fc.constantFrom(...'0123456789aAfFgZ'.split('')), maxLength: 12 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => `&${parts.join('')}`);
    fc.assert(
      fc.property(entityText, (text) => {
        expect(decodeEntity(text, 0)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the entity at the offset it is given, and only there', () => {
    expect(decodeEntity('ab&#43;cd', 2)).toEqual({ codePoint: 0x2b, end: 7 });
    expect(decodeEntity('ab&#43;cd', 1)).toBeNull();
    expect(decodeEntity('x&#43;', 0)).toBeNull();
  });
});

describe('readUnit', () => {
  it('reads a Windows line ending as one line break', () => {
    expect(readUnit('\r\nx', 0)).toEqual({ kind: 'lineBreak', end: 2 });
  });

  it('classifies invisible characters and non-breaking spaces, however they are written', () => {
    expect(readUnit('\u200d', 0).kind).toBe('invisible');
    expect(readUnit('&zwj;', 0).kind).toBe('invisible');
    expect(readUnit('%C2%A0', 0).kind).toBe('noBreakSpace');
    expect(readUnit('\u202f', 0).kind).toBe('noBreakSpace');
    expect(readUnit('\u2007', 0).kind).toBe('noBreakSpace');
  });

  it('keeps a surrogate pair together and survives a lone surrogate', () => {
    expect(readUnit('😀', 0)).toEqual({ kind: 'char', ch: '😀', end: 2, encoding: 'plain' });
    expect(readUnit('\ud800x', 0)).toEqual({
      kind: 'char',
      ch: '\ud800',
      end: 1,
      encoding: 'plain',
    });
  });

  it('reads the last character of the basic plane as one unit', () => {
    expect(readUnit('\uffffx', 0)).toEqual({
      kind: 'char',
      ch: '\uffff',
      end: 1,
      encoding: 'plain',
    });
    expect(readUnit('\u{10000}x', 0)).toEqual({
      kind: 'char',
      ch: '\u{10000}',
      end: 2,
      encoding: 'plain',
    });
  });

  it.each([
    ['\n', 1],
    ['\r', 1],
    ['\r\r', 1],
    ['\n\r', 1],
    ['\u0085', 1],
    ['\u2028', 1],
    ['\u2029', 1],
  ])('reads %j as a line break of %i character', (text, end) => {
    expect(readUnit(text, 0)).toEqual({ kind: 'lineBreak', end });
  });

  it('reads an escape or entity as the character it stands for, with its encoding', () => {
    expect(readUnit('%2Bx', 0)).toEqual({ kind: 'char', ch: '+', end: 3, encoding: 'url' });
    expect(readUnit('&#43;x', 0)).toEqual({ kind: 'char', ch: '+', end: 5, encoding: 'html' });
    expect(readUnit('%2gx', 0)).toEqual({ kind: 'char', ch: '%', end: 1, encoding: 'plain' });
    expect(readUnit('&#;x', 0)).toEqual({ kind: 'char', ch: '&', end: 1, encoding: 'plain' });
    expect(readUnit('&nbsp;', 0)).toEqual({ kind: 'noBreakSpace', end: 6, encoding: 'html' });
    expect(readUnit('%E2%80%8B', 0)).toEqual({ kind: 'invisible', end: 9, encoding: 'url' });
  });

  const plainBackslash = { kind: 'char', ch: '\\', end: 1, encoding: 'plain' };
  it.each([
    ['\\/', { kind: 'char', ch: '/', end: 2, encoding: 'json' }],
    ['\\"', { kind: 'char', ch: '"', end: 2, encoding: 'json' }],
    ['\\\\', { kind: 'char', ch: '\\', end: 2, encoding: 'json' }],
    ['\\t', { kind: 'char', ch: '\t', end: 2, encoding: 'json' }],
    ['\\n', { kind: 'lineBreak', end: 2, encoding: 'json' }],
    ['\\r', { kind: 'lineBreak', end: 2, encoding: 'json' }],
    ['\\r\\n', { kind: 'lineBreak', end: 4, encoding: 'json' }],
    ['\\n\\n', { kind: 'lineBreak', end: 2, encoding: 'json' }],
    ['\\u002B', { kind: 'char', ch: '+', end: 6, encoding: 'json' }],
    ['\\u200b', { kind: 'invisible', end: 6, encoding: 'json' }],
    ['\\uD7FF', { kind: 'char', ch: '\ud7ff', end: 6, encoding: 'json' }],
    ['\\uE000', { kind: 'char', ch: '\ue000', end: 6, encoding: 'json' }],
    // A surrogate pair is one character; each end of both halves' ranges.
    ['\\uD800\\uDC00', { kind: 'char', ch: '\u{10000}', end: 12, encoding: 'json' }],
    ['\\uDBFF\\uDFFF', { kind: 'char', ch: '\u{10ffff}', end: 12, encoding: 'json' }],
    ['\\uD83D\\uDE00', { kind: 'char', ch: '😀', end: 12, encoding: 'json' }],
    // Not an escape: the backslash reads as itself.
    ['\\x', plainBackslash],
    ['\\u0000', plainBackslash],
    ['\\uZZZZ', plainBackslash],
    ['\\u1G00', plainBackslash],
    ['\\u12', plainBackslash],
    ['\\uDC00', plainBackslash],
    ['\\uDFFF', plainBackslash],
    ['\\uD800', plainBackslash],
    ['\\uD800x', plainBackslash],
    ['\\uD800\\u0041', plainBackslash],
    ['\\uDBFF\\uDBFF', plainBackslash],
    ['\\uD800\\uE000', plainBackslash],
    ['\\uD800\\uDBFF', plainBackslash],
    ['\\uD800--DC00', plainBackslash],
  ])('reads the JSON escape %s', (text, unit) => {
    expect(readUnit(text, 0)).toEqual(unit);
  });

  it('reports the end of the text', () => {
    expect(readUnit('ab', 2)).toEqual({ kind: 'end' });
  });
});

describe('readQuotedPrintable', () => {
  it.each([
    ['=3D', { kind: 'char', ch: '=', end: 3, encoding: 'quotedPrintable' }],
    ['=2B', { kind: 'char', ch: '+', end: 3, encoding: 'quotedPrintable' }],
    ['=09', { kind: 'char', ch: '\t', end: 3, encoding: 'quotedPrintable' }],
    ['=30', { kind: 'char', ch: '0', end: 3, encoding: 'quotedPrintable' }],
    ['=7F', { kind: 'char', ch: '\u007f', end: 3, encoding: 'quotedPrintable' }],
    // A soft line break: the line goes on.
    ['=\n', { kind: 'invisible', end: 2, encoding: 'quotedPrintable' }],
    ['=\r\n', { kind: 'invisible', end: 3, encoding: 'quotedPrintable' }],
    ['=\rx', { kind: 'invisible', end: 2, encoding: 'quotedPrintable' }],
  ])('reads %j', (text, unit) => {
    expect(readQuotedPrintable(text, 0)).toEqual(unit);
  });

  // Padding, not an escape: lower-case or broken hex, a byte above ASCII, a lone `=`.
  it.each([['=3d'], ['=3a'], ['=a0'], ['=G0'], ['=0G'], ['=80'], ['=FF'], ['='], ['=x'], ['x']])(
    'leaves %j alone',
    (text) => {
      expect(readQuotedPrintable(text, 0)).toBeNull();
    },
  );
});
