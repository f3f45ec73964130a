/** The edges of each extraction rule: one row either side of every limit. */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_LENGTH, MAX_RAW_LENGTH, MIN_BODY_LENGTH } from './patterns';
import { REASON, WARNING } from './messages';
import { scanPaste } from './scan';
import { EXAMPLE_CODE } from './test-support';

const C = EXAMPLE_CODE;
const FOREIGN_HYPHEN = 'Has characters a Spark code never contains: "-"';
const BODY = C.slice(1);
/** 63 base64 characters of a real code, without its padding. */
const CORE = BODY.slice(0, -1);

/** A code body of exactly `length` base64 characters that reads as random. */
function coreOf(length: number): string {
  return CORE.repeat(Math.ceil(length / CORE.length)).slice(0, length);
}

/** What a scan found, in a form a table row can spell out. */
function summary(text: string) {
  const scan = scanPaste(text);
  for (const item of [...scan.codes, ...scan.rejected]) {
    expect(text.slice(item.start, item.end)).toBe(item.raw);
  }
  return {
    codes: scan.codes.map((c) => c.code),
    rejected: scan.rejected.map((r) => r.reason),
  };
}

describe('code points beyond Unicode', () => {
  it.each([['&#1114112;'], ['&#x110000;'], ['&#x10FFFF0;'], ['%F4%90%80%80'], ['%F7%BF%BF%BF']])(
    '%s never breaks a scan, wherever it sits',
    (escape) => {
      for (const text of [
        escape,
        `#${escape}`,
        `#${CORE.slice(0, 30)}${escape}${CORE.slice(30)}=`,
        `${C}${escape}`,
        `Spark code: ${escape}${BODY}`,
      ]) {
        expect(() => summary(text)).not.toThrow();
      }
    },
  );

  const head = `#${CORE.slice(0, 30)}`;
  const tail = `${CORE.slice(30)}=`;
  it.each([
    // The largest code point is a symbol like any other: the code ends before it.
    ['&#x10FFFF;', { codes: [head], rejected: [REASON.noHash] }],
    // One past it is no character at all: the text stays as typed, and `&` ends the code.
    ['&#1114112;', { codes: [head], rejected: [REASON.noHash] }],
    ['&#x110000;', { codes: [head], rejected: [REASON.noHash] }],
    ['%F4%90%80%80', { codes: [], rejected: ['Has characters a Spark code never contains: "%"'] }],
  ])('%s inside a code', (escape, expected) => {
    expect(summary(`${head}${escape}${tail}`)).toEqual(expected);
  });
});

describe('what may stand for the # of a code', () => {
  it.each([
    ['#', `#${BODY}`, []],
    ['%23', `%23${BODY}`, [WARNING.url]],
    ['&#35;', `&#35;${BODY}`, [WARNING.html]],
    ['&num;', `&num;${BODY}`, [WARNING.html]],
  ])('%s', (_label, text, warnings) => {
    const [found] = scanPaste(text).codes;
    expect(found).toMatchObject({ code: C, raw: text, warnings });
  });

  it.each([
    ['&amp;', `&amp;${BODY}`],
    ['&plus;', ` &plus;${BODY}`],
    ['&#43;', ` &#43;${BODY}`],
    ['&sol;', ` &sol;${BODY}`],
    ['%2B', `%2B${BODY}`],
    ['%2F', ` %2F${BODY}`],
    ['%3D', ` %3D${BODY}`],
    ['%25', ` %25${BODY}`],
    ['a link parameter', `https://example.com/?a=1&amp;CODE=${BODY}`],
    ['an escaped link parameter', `https://example.com/?q=x%2BCODE=${BODY}`],
  ])('an encoded %s is not a #', (_label, text) => {
    expect(scanPaste(text).codes).toEqual([]);
  });
});

describe('broken URL escapes', () => {
  it.each([['%2g'], ['%g2'], ['%'], ['%C2'], ['%C2%41']])(
    '%s inside a code is not decoded into it',
    (escape) => {
      const text = `#${CORE.slice(0, 30)}${escape}${CORE.slice(30)}=`;
      expect(summary(text)).toEqual({
        codes: [],
        rejected: ['Has characters a Spark code never contains: "%"'],
      });
    },
  );
});

describe('codes wrapped onto the next line', () => {
  const first = C.slice(0, 40);
  const rest = CORE.slice(39);

  it.each([
    ['a tail with two =', `${first}\n${rest}==`, [`${first}${rest}==`]],
    ['a tail with three =', `${first}\n${rest}=== ok`, [first]],
    ['a three-letter tail on its own', `${first}\nAbc`, [`${first}Abc`]],
    ['a three-letter tail with padding', `${first}\nAbc= ok`, [`${first}Abc=`]],
    ['a three-letter word opening a sentence', `${first}\nAbc def`, [first]],
    ['a four-letter word', `${first}\nXyzw`, [first]],
    ['a list item', `${first}\n- ${rest}`, [first]],
    ['a tail glued to a word', `${first}\n${rest}_note`, [first]],
    ['a line longer than the longest code', `${first}\n${coreOf(MAX_BODY_LENGTH + 1)}`, [first]],
    // Whole base64 blocks and padding: a complete code, whatever the next line says.
    ['an encoded #, before a sentence', `%23${BODY}\nThanks`, [C]],
    ['an encoded #, before base64', `%23${BODY}\nqA9xZ`, [C]],
    ['an encoded #, before a blank line', `%23${first.slice(1)}\n\nok`, [first]],
    ['a tail with padding inside it', `${first}\n${rest.slice(0, 5)}=${rest.slice(5)}`, [first]],
    ['a tail broken by an invisible character', `${first}\nok\u200b${rest}`, [`${first}ok${rest}`]],
    ['a three-letter tail and a full stop', `${first}\nAbc.`, [`${first}Abc`]],
    ['a tail glued to a word after a full stop', `${first}\n${rest}.x`, [first]],
    ['a tail glued to a #', `${first}\n${rest}#!`, [first]],
    // Read character by character after the plain run: an escape in the tail is its own unit.
    ['a tail holding an escaped +', `${first}\n${rest.replace('+', '&#43;')}`, [`${first}${rest}`]],
    // A plain first line goes on across the break when the tail opens with an escaped character.
    ['a tail opening with a URL escape', `${first}\n%2B${rest}`, [`${first}+${rest}`]],
    ['a tail opening with an HTML escape', `${first}\n&#43;${rest}`, [`${first}+${rest}`]],
    ['a tail opening with a JSON escape', `${first}\n\\u002B${rest}`, [`${first}+${rest}`]],
    // A tab separates a sheet's cells, not a sentence's words.
    ['a three-letter tail, a tab and a word', `${first}\nAbc\tdef`, [`${first}Abc`]],
    [
      'a tail one past the longest code, ending in an escape',
      `#${CORE.slice(0, 25)}\n${coreOf(MAX_BODY_LENGTH)}&#43;`,
      [`#${CORE.slice(0, 25)}`],
    ],
  ])('after %s', (_label, text, codes) => {
    expect(summary(text).codes).toEqual(codes);
  });

  it.each([
    ['ends in padding and its length is not whole blocks', `%23${CORE.slice(0, 38)}=\nabcd=`],
    ['is too long to join the longest tail', `%23${coreOf(151)}\n${coreOf(MAX_BODY_LENGTH)}`],
    [
      'is too long to join a tail of the longest code’s length ending in an escape',
      `#${CORE.slice(0, 25)}\n${coreOf(MAX_BODY_LENGTH - 1)}&#43;`,
    ],
  ])('reports a line that %s as split', (_label, text) => {
    expect(summary(text).rejected[0]).toBe(REASON.splitAcrossLines);
  });

  it('ends a broken attempt at the line break', () => {
    const line = `#${CORE.slice(0, 30)}é${CORE.slice(30, 40)}`;
    const { rejected } = scanPaste(`${line}\n${CORE.slice(40)}`);
    expect(rejected.map((r) => r.raw)).toEqual([line]);
  });

  it.each([
    ['fills the longest code', MAX_BODY_LENGTH, true],
    ['would overfill the longest code', MAX_BODY_LENGTH + 1, false],
  ])('joins a tail that %s: %s', (_label, total, joined) => {
    const whole = coreOf(total);
    const head = whole.slice(0, 150);
    const found = summary(`#${head}\n${whole.slice(150)} ok`).codes;
    expect(found).toEqual([joined ? `#${whole}` : `#${head}`]);
  });
});

describe('codes split by a non-breaking space', () => {
  it.each([
    ['a first part too short to be a code', MIN_BODY_LENGTH - 1, '', true],
    ['a first part that is a whole code', MIN_BODY_LENGTH, '', false],
    ['a whole first part, the rest carrying the padding', MIN_BODY_LENGTH, '=', true],
    // A break at a non-breaking space is not a line break: no split is suspected.
    ['a whole first part not in whole blocks', MIN_BODY_LENGTH + 1, '', false],
  ])('%s: joined %s', (_label, cut, padding, joined) => {
    const text = `#${CORE.slice(0, cut)}\u00a0${CORE.slice(cut)}${padding}`;
    const { codes } = summary(text);
    expect(codes[0]).toBe(joined ? `#${CORE}${padding}` : `#${CORE.slice(0, cut)}`);
  });
});

describe('invisible characters inside a code', () => {
  const head = CORE.slice(0, 30);
  const tail = CORE.slice(30);
  // The raw text of a code, from its # to its last invisible character, is capped.
  it.each([
    ['reach the cap', MAX_RAW_LENGTH - 1 - head.length, [`#${CORE}`]],
    ['go past the cap', MAX_RAW_LENGTH - head.length, [`#${head}`]],
  ])('are read through when they %s: %j', (_label, count, codes) => {
    expect(summary(`#${head}${'\u200b'.repeat(count)}${tail}`).codes).toEqual(codes);
  });

  // Escaped ones are read the long way, and capped the same. The head's length puts the end of
  // the last entity that fits exactly on the cap.
  const ENTITY = '&#8203;';
  const entityHead = CORE.slice(0, 30 + ((MAX_RAW_LENGTH - 31) % ENTITY.length));
  const fitting = (MAX_RAW_LENGTH - 1 - entityHead.length) / ENTITY.length;
  it.each([
    ['reach the cap', fitting, [`#${CORE}`]],
    ['go past the cap', fitting + 1, [`#${entityHead}`]],
  ])('are read through when escaped ones %s: %j', (_label, count, codes) => {
    const escaped = ENTITY.repeat(count);
    // Not at the paste's start, so that the cap is measured from the code's own #.
    const text = `Code: #${entityHead}${escaped}${CORE.slice(entityHead.length)}`;
    expect(summary(text).codes).toEqual(codes);
  });

  it('do not carry a lone # over to the next line', () => {
    expect(summary(`#\u200b\n${BODY}`)).toEqual({ codes: [], rejected: [REASON.noHash] });
  });
});

describe('glue inside a code', () => {
  const head = `#${CORE.slice(0, 30)}`;
  const tail = CORE.slice(30);
  // After glue, up to four more characters are looked at for more of the code.
  it.each([
    ['three hyphens', `${head}---${tail}`, { codes: [], rejected: [FOREIGN_HYPHEN] }],
    ['four hyphens', `${head}----${tail}`, { codes: [], rejected: [FOREIGN_HYPHEN] }],
    ['five hyphens', `${head}-----${tail}`, { codes: [head], rejected: [] }],
  ])('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('an ellipsis after a code', () => {
  it('is no note on a padded code', () => {
    const [found] = scanPaste(`%23${BODY}...`).codes;
    expect(found).toMatchObject({ code: C, warnings: [WARNING.url] });
  });

  it('does not make a broken short attempt a cut-off code', () => {
    expect(summary('x #aB1_cDe… y')).toEqual({ codes: [], rejected: [] });
  });
});

describe('cut-off codes', () => {
  it.each([
    // With padding: four characters of two kinds are enough.
    ['#aB1=', false],
    ['#aB1c=', true],
    ['#ab12=', true],
    ['#abcd=', false],
    // Before an ellipsis: six mixed-case characters.
    ['#aB1cD…', false],
    ['#aB1cDe…', true],
    ['#abcdef…', false],
    ['#Summer…', false],
    // With + or /: six characters of three kinds.
    ['#aB+1c', false],
    ['#aB+1cD', true],
    ['#ab+12c', true],
    ['#ab+cde', false],
    // Word-shaped pieces, but digits in three places: not words.
    ['#Abcdef12Ghijkl34Mnop56/', true],
    // Plain: twelve mixed-case characters with digits in two or more places.
    ['#aB1cD2eF3gH', false],
    ['#aB1cD2eF3gH4', true],
    ['#aB1cD2eFgHiJ', true],
    ['#aBcDeFgHiJ12', false],
    ['#ab1cd2ef3gh4', false],
    ['#SummerSale2026', false],
  ])('%s is reported as cut off: %s', (fragment, reported) => {
    const text = `x ${fragment} y`;
    expect(summary(text)).toEqual({
      codes: [],
      rejected: reported ? [REASON.tooShort] : [],
    });
  });

  it.each([
    ['a hashtag', '#aB1cD2eF3gH4'],
    ['an ellipsis', '#aB1cDe…'],
  ])('reports a cut-off code that ends the paste after %s', (_label, text) => {
    expect(summary(text).rejected).toEqual([REASON.tooShort]);
  });
});

describe('code length limits', () => {
  const MIN = MIN_BODY_LENGTH;
  const MAX = MAX_BODY_LENGTH;
  const code = (length: number) => ({ codes: [`#${coreOf(length)}`], rejected: [] });
  const rejected = (reason: string) => ({ codes: [], rejected: [reason] });
  const nothing = { codes: [], rejected: [] };

  it.each([
    ['with its #', MIN - 1, 'x #%s y', rejected(REASON.tooShort)],
    ['with its #', MIN, 'x #%s y', code(MIN)],
    ['with its #', MAX, 'x #%s y', code(MAX)],
    ['with its #', MAX + 1, 'x #%s y', rejected(REASON.tooLong)],
    ['after a label', MIN - 1, 'Spark code: %s', nothing],
    ['after a label', MIN, 'Spark code: %s', code(MIN)],
    ['after a label', MAX, 'Spark code: %s', code(MAX)],
    ['after a label', MAX + 1, 'Spark code: %s', nothing],
    ['alone, without a #', MIN - 1, 'x %s y', nothing],
    ['alone, without a #', MIN, 'x %s y', rejected(REASON.noHash)],
    ['alone, without a #', MAX, 'x %s y', rejected(REASON.noHash)],
    ['alone, without a #', MAX + 1, 'x %s y', nothing],
  ])('%s, %i characters', (_label, length, template, expected) => {
    expect(summary(template.replace('%s', coreOf(length)))).toEqual(expected);
  });
});

describe('a # that touches what comes before it', () => {
  it.each([
    ['a hashtag', `#fyp${C}`, [C]],
    ['a #', `##${BODY}`, [C]],
    ['a word', `fyp${C}`, []],
    ['a slash', `/#${BODY}`, []],
    ['an encoded # after a word', `a&#35;${BODY}`, []],
    // The second run has no capitals, so it is no code; the first code's last letter is not its.
    ['a code ending in a capital', `#${CORE}#a1b2c3d4e5f6g7h8i9j0k1l2m3`, [`#${CORE}`]],
  ])('%s', (_label, text, codes) => {
    expect(summary(text).codes).toEqual(codes);
  });
});
