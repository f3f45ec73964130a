import { describe, expect, it } from 'vitest';
import { decodeEntity, decodePercent, readUnit } from './decode';

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
  ])('decodes %s', (input, expected, end) => {
    expect(decodePercent(input, 0)).toEqual({ codePoint: expected.codePointAt(0), end });
  });

  it.each([['%'], ['%2'], ['%zz'], ['%C2'], ['%C2%41'], ['%C0%80'], ['%ED%A0%80'], ['%FF']])(
    'leaves %s alone',
    (input) => {
      expect(decodePercent(input, 0)).toBeNull();
    },
  );
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
  ])('decodes %s', (input, expected) => {
    expect(decodeEntity(input, 0)).toEqual({
      codePoint: expected.codePointAt(0),
      end: input.length,
    });
  });

  it.each([['&'], ['&amp'], ['&unknownname;'], ['&#;'], ['&#0;'], ['&#xD800;'], ['&#99999999;']])(
    'leaves %s alone',
    (input) => {
      expect(decodeEntity(input, 0)).toBeNull();
    },
  );
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

  it('reports the end of the text', () => {
    expect(readUnit('ab', 2)).toEqual({ kind: 'end' });
  });
});
