import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUnit } from './decode';
import { isBase64Char } from './patterns';
import { INVISIBLE, NO_SHORTCUT, isEllipsisAt, lastShortcutEnd, shortcutAt } from './read';

/** What the full read makes of the unit at `pos`, in the shortcut's terms. */
function fullRead(text: string, pos: number): { shortcut: number; end?: number } {
  const unit = readUnit(text, pos);
  if (unit.kind === 'invisible' && unit.encoding === 'plain' && unit.end === pos + 1) {
    return { shortcut: INVISIBLE };
  }
  const escaped = unit.kind === 'char' && (unit.encoding === 'url' || unit.encoding === 'html');
  if (escaped && (isBase64Char(unit.ch) || unit.ch === '=')) {
    return { shortcut: unit.ch.charCodeAt(0), end: unit.end };
  }
  return { shortcut: NO_SHORTCUT };
}

function shortcut(text: string, pos: number): { shortcut: number; end?: number } {
  const found = shortcutAt(text, pos);
  return found >= 0 ? { shortcut: found, end: lastShortcutEnd() } : { shortcut: found };
}

describe('shortcutAt', () => {
  it.each([
    ['%2B', '+', 3],
    ['%2b', '+', 3],
    ['%2F', '/', 3],
    ['%3D', '=', 3],
    ['%41', 'A', 3],
    ['&#43;', '+', 5],
    ['&#x2F;', '/', 6],
    ['&#X2f;', '/', 6],
    ['&#0061;', '=', 7],
    ['&plus;', '+', 6],
    ['&sol;', '/', 5],
    ['&equals;', '=', 8],
  ])('reads %s as %s', (text, ch, end) => {
    expect(shortcut(text, 0)).toEqual({ shortcut: ch.charCodeAt(0), end });
  });

  it.each(['\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e'])(
    'reads U+%s as invisible',
    (text) => {
      expect(shortcut(text, 0)).toEqual({ shortcut: INVISIBLE });
    },
  );

  it.each([
    ['a URL escape of a character no code holds', '%2C'],
    ['a URL escape of a line break', '%0A'],
    ['a URL escape of an encoded no-break space', '%C2%A0'],
    ['a URL escape of an invisible character', '%E2%80%8B'],
    ['a cut-off URL escape', '%2'],
    ['an HTML entity of a character no code holds', '&amp;'],
    ['an HTML entity of an invisible character', '&zwsp;'],
    ['an unknown HTML entity', '&foo;'],
    ['an entity with no semicolon', '&#43'],
    ['a plain base64 character', 'A'],
    ['a plain padding character', '='],
    ['a JSON escape', '\\/'],
    ['a word break tag', '<wbr>'],
    ['a no-break space', '\u00a0'],
    ['a line break', '\n'],
    ['a lone surrogate', '\ud800'],
    ['an emoji', '🙏'],
    ['the end of the text', ''],
  ])('leaves %s to the full read', (_, text) => {
    expect(shortcut(text, 0).shortcut).toBe(NO_SHORTCUT);
  });

  it('agrees with the full read wherever it takes a unit', () => {
    const piece = fc.constantFrom(
      '%',
      '&',
      '#',
      ';',
      'x',
      'X',
      '2',
      'B',
      'b',
      'F',
      'f',
      '3',
      'D',
      'd',
      '0',
      'C',
      'A',
      '&#',
      '&#x',
      '%2',
      '%3',
      '%C2%A0',
      '&plus;',
      '&amp;',
      '&#61;',
      '\u200b',
      '\u2060',
      '\ufeff',
      '\u00a0',
      '\ud83d',
      '\ude4f',
      '\n',
      '\\',
      '<wbr>',
      '=',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (let pos = 0; pos <= text.length; pos++) {
          const full = fullRead(text, pos);
          const quick = shortcut(text, pos);
          // The shortcut may leave a unit to the full read, never read one differently.
          if (quick.shortcut !== NO_SHORTCUT) expect(quick).toEqual(full);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isEllipsisAt', () => {
  it.each([
    ['…', true],
    ['...', true],
    ['....', true],
    ['..', false],
    ['. .', false],
    [' ..', false],
    ['.a.', false],
    ['!..', false],
    [' a.', false],
    ['', false],
  ])('after a code, %j is an ellipsis: %s', (after, expected) => {
    const code = '#aB3dE5gH7jK9mN1pQ3sT5vW7';
    expect(isEllipsisAt(`${code}${after}`, code.length)).toBe(expected);
  });
});
