import { describe, expect, it } from 'vitest';
import { extractSparkCodes } from './extract';
import { WARNING } from './messages';
import { scanPaste } from './scan';
import type { FoundCode } from './types';
import { EXAMPLE_CODE, SECOND_CODE, htmlEncodeSymbols } from './test-support';

const C = EXAMPLE_CODE;
const BODY = C.slice(1);
/** The example without its padding: nothing tells where it ends. */
const UNPADDED = C.slice(0, -1);

function onlyCode(text: string): FoundCode {
  const codes = extractSparkCodes(text);
  expect(codes).toHaveLength(1);
  const [found] = codes;
  if (!found) throw new Error('no code found');
  expect(text.slice(found.start, found.end)).toBe(found.raw);
  return found;
}

describe('extractSparkCodes: dirty pastes', () => {
  it.each([
    ['a bare code', C],
    ['straight double quotes', `"${C}"`],
    ['straight single quotes', `'${C}'`],
    ['backticks', `\`${C}\``],
    ['smart double quotes', `“${C}”`],
    ['smart single quotes', `‘${C}’`],
    ['guillemets', `«${C}»`],
    ['a full stop', `Here it is: ${C}.`],
    ['a comma', `${C}, thanks`],
    ['a semicolon', `${C};`],
    ['parentheses', `(${C})`],
    ['an exclamation mark', `${C}!`],
    ['markdown bold', `**${C}**`],
    ['a "Code:" label', `Code: ${C}`],
    ['a "Code:" label without a space', `Code:${C}`],
    ['a "Spark code -" label', `Spark code - ${C}`],
    ['a "spark code:" label', `spark code:${C}`],
    ['a label on the line before', `Spark Ads code:\n${C}\n`],
    ['zero-width spaces around it', `\u200b${C}\u200b`],
    ['a byte order mark in front', `\ufeff${C}`],
    ['non-breaking spaces around it', `Code:\u00a0${C}\u00a0`],
    ['&nbsp; around it', `Code:&nbsp;${C}&nbsp;`],
    ['&quot; around it', `&quot;${C}&quot;`],
    ['Windows line endings', `Code:\r\n${C}\r\n`],
    ['a CSV cell', `"${C}",@creator,US`],
    ['a CSV row', `@creator,${C},US\r\n`],
    ['a tab-separated row', `@creator\t${C}\tUS`],
    ['HTML from an email', `<p>Code: <b>${C}</b></p>`],
    ['an HTML table cell', `<tr><td>@creator</td><td>${C}</td></tr>`],
    ['an emoji before it', `👉${C} 🔥`],
    ['other hashtags in the message', `#fyp #ad ${C} #SummerSale2026`],
  ])('finds the code with %s, untouched', (_label, text) => {
    const found = onlyCode(text);
    expect(found).toMatchObject({ code: C, raw: C, warnings: [], occurrences: 1 });
  });

  it.each([
    ['U+200B zero-width space', '\u200b'],
    ['U+200C zero-width non-joiner', '\u200c'],
    ['U+200D zero-width joiner', '\u200d'],
    ['U+2060 word joiner', '\u2060'],
    ['U+FEFF byte order mark', '\ufeff'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+202A left-to-right embedding', '\u202a'],
    ['U+202E right-to-left override', '\u202e'],
    ['U+2064 invisible plus', '\u2064'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+180E Mongolian vowel separator', '\u180e'],
    ['&#8203;', '&#8203;'],
  ])('removes a %s inside the code', (_label, invisible) => {
    const raw = `${C.slice(0, 20)}${invisible}${C.slice(20, 40)}${invisible}${invisible}${C.slice(40)}`;
    const found = onlyCode(`Code: ${raw} ok`);
    expect(found.code).toBe(C);
    expect(found.raw).toBe(raw);
    expect(found.warnings).toContain(WARNING.invisible);
  });

  it('removes an invisible character between the # and the body', () => {
    const found = onlyCode(`#\u200b${BODY}`);
    expect(found.code).toBe(C);
    expect(found.start).toBe(0);
    expect(found.warnings).toEqual([WARNING.invisible]);
  });

  it.each([
    ['encodeURIComponent', encodeURIComponent(C)],
    ['a fully escaped body', [...C].map((ch) => '%' + ch.charCodeAt(0).toString(16)).join('')],
  ])('decodes a URL-encoded code (%s)', (_label, encoded) => {
    const found = onlyCode(`auth_code: ${encoded}`);
    expect(found.raw).toBe(encoded);
    expect(found.warnings).toEqual([WARNING.url]);
    expect(found.code).toBe(C);
  });

  it('keeps lower-case URL escapes decoding to the same code', () => {
    const encoded = encodeURIComponent(C).replace('%2B', '%2b').replace('%3D', '%3d');
    expect(onlyCode(encoded).code).toBe(C);
  });

  it('finds a URL-encoded code inside an API link', () => {
    const encoded = encodeURIComponent(C);
    const text = `https://business-api.tiktok.com/open_api/v1.3/tt_video/info/?advertiser_id=1&auth_code=${encoded}&x=1`;
    const found = onlyCode(text);
    expect(found).toMatchObject({ code: C, raw: encoded, start: text.indexOf('%23') });
  });

  it.each([
    ['&#43;', C.replace('+', '&#43;')],
    ['&#x2B;', C.replace('+', '&#x2B;')],
    ['&plus;', C.replace('+', '&plus;')],
    ['&#61; for the padding', C.replace('=', '&#61;')],
    ['&#35; for the #', C.replace('#', '&#35;')],
    ['&num; for the #', C.replace('#', '&num;')],
    ['every symbol', htmlEncodeSymbols(C)],
  ])('decodes HTML entities (%s)', (_label, encoded) => {
    const found = onlyCode(`<p>Code: <b>${encoded}</b></p>`);
    expect(found).toMatchObject({ code: C, raw: encoded, warnings: [WARNING.html] });
  });

  it('decodes an HTML code with a second code on the same line', () => {
    const codes = extractSparkCodes(`<p>${htmlEncodeSymbols(C)}&nbsp;${SECOND_CODE}</p>`);
    expect(codes.map((c) => c.code)).toEqual([C, SECOND_CODE]);
  });
});

describe('extractSparkCodes: codes wrapped onto the next line', () => {
  it.each([
    ['a line feed', '\n'],
    ['a Windows line ending', '\r\n'],
    ['a carriage return', '\r'],
    ['a line separator', '\u2028'],
  ])('joins a code split by %s', (_label, lineBreak) => {
    const raw = `${C.slice(0, 35)}${lineBreak}${C.slice(35)}`;
    const found = onlyCode(`Code: ${raw}\nThanks!`);
    expect(found).toMatchObject({ code: C, raw, warnings: [WARNING.lineBreak] });
  });

  it.each([
    ['right after the first character', 2],
    ['in the middle', 33],
    ['before the last character', 63],
    ['before the padding', 64],
  ])('joins a wrap %s', (_label, at) => {
    const raw = `${C.slice(0, at)}\n${C.slice(at)}`;
    expect(onlyCode(`${raw} for @creator`)).toMatchObject({ code: C, raw });
  });

  it('joins a code wrapped over several lines', () => {
    const raw = [C.slice(0, 17), C.slice(17, 34), C.slice(34, 51), C.slice(51)].join('\n');
    expect(onlyCode(raw)).toMatchObject({ code: C, raw, warnings: [WARNING.lineBreak] });
  });

  it('joins a wrap inside an HTML element and inside a CSV cell', () => {
    const raw = `${C.slice(0, 30)}\n${C.slice(30)}`;
    expect(onlyCode(`<b>${raw}</b>`).code).toBe(C);
    expect(onlyCode(`"${raw}",@creator,US`).code).toBe(C);
  });

  it('joins an unpadded code when the next line is clearly its tail', () => {
    const raw = `${UNPADDED.slice(0, 50)}\n${UNPADDED.slice(50)}`;
    expect(onlyCode(`${raw}\nthanks`)).toMatchObject({ code: UNPADDED, raw });
  });

  it('joins a non-breaking space inside a code when the first part cannot stand alone', () => {
    const raw = `${C.slice(0, 20)}\u00a0${C.slice(20)}`;
    expect(onlyCode(raw)).toMatchObject({ code: C, raw, warnings: [WARNING.noBreakSpace] });
  });

  it('joins a non-breaking space inside a code when the rest carries the padding', () => {
    const raw = `${C.slice(0, 50)}&nbsp;${C.slice(50)}`;
    expect(onlyCode(raw)).toMatchObject({
      code: C,
      raw,
      warnings: [WARNING.noBreakSpace, WARNING.html],
    });
  });

  it.each([
    ['a padded code', `${C}\nqA9x`, C],
    ['a word', `${UNPADDED}\nThanks`, UNPADDED],
    ['a word and punctuation', `${UNPADDED}\nThanks!`, UNPADDED],
    ['a sentence', `${UNPADDED}\nLet me know when it is live`, UNPADDED],
    ['a sentence starting with a short word', `${UNPADDED}\nA new one tomorrow`, UNPADDED],
    ['a short chat word', `${UNPADDED}\nok`, UNPADDED],
    ['a year', `${UNPADDED}\r\n2026 campaign`, UNPADDED],
    ['a hyphenated word', `${UNPADDED}\nAb3-xyz`, UNPADDED],
    ['a label', `${UNPADDED}\nCode: ${SECOND_CODE}`, UNPADDED],
    ['another code', `${UNPADDED}\n${SECOND_CODE}`, UNPADDED],
    ['a blank line', `${UNPADDED}\n\nAb3x`, UNPADDED],
    ['a non-breaking space and a word', `${UNPADDED}\u00a0for\u00a0@creator`, UNPADDED],
    ['a non-breaking space and random letters', `${UNPADDED}\u00a0kT9x more`, UNPADDED],
  ])('does not join the next line after %s', (_label, text, expected) => {
    const [first] = extractSparkCodes(text);
    expect(first).toMatchObject({ code: expected, raw: expected, warnings: [] });
  });
});

describe('extractSparkCodes: several codes and repeats', () => {
  it('lists distinct codes in order of first appearance with their counts', () => {
    const text = `${SECOND_CODE}, ${C}; ${SECOND_CODE}\n${encodeURIComponent(C)} ${C}`;
    const codes = extractSparkCodes(text);
    expect(codes.map((c) => [c.code, c.occurrences])).toEqual([
      [SECOND_CODE, 2],
      [C, 3],
    ]);
    expect(codes[1]).toMatchObject({ raw: C, start: text.indexOf(C) });
  });

  it('keeps the first occurrence as raw and collects the warnings of every occurrence', () => {
    const encoded = encodeURIComponent(C);
    const [found] = extractSparkCodes(`${C} then ${encoded}`);
    expect(found).toMatchObject({ raw: C, start: 0, occurrences: 2, warnings: [WARNING.url] });
  });

  it('names each cleaning once however many repeats needed it', () => {
    const encoded = encodeURIComponent(C);
    const [found] = extractSparkCodes(`${encoded} ${encoded}\n${htmlEncodeSymbols(C)}`);
    expect(found).toMatchObject({ occurrences: 3, warnings: [WARNING.url, WARNING.html] });
  });

  it('separates codes glued together', () => {
    expect(extractSparkCodes(`${C}${SECOND_CODE}`).map((c) => c.code)).toEqual([C, SECOND_CODE]);
    expect(extractSparkCodes(`${UNPADDED}${SECOND_CODE}`).map((c) => c.code)).toEqual([
      UNPADDED,
      SECOND_CODE,
    ]);
  });

  it('finds codes in a spreadsheet column', () => {
    const column = ['code,creator,region', `${C},@a,US`, `"${SECOND_CODE}",@b,GB`, ''].join('\r\n');
    expect(extractSparkCodes(column).map((c) => c.code)).toEqual([C, SECOND_CODE]);
  });

  it('counts a code and its bare labelled form as the same code', () => {
    const codes = extractSparkCodes(`${C}\nSpark code: ${BODY}`);
    expect(codes).toEqual([expect.objectContaining({ code: C, occurrences: 2 })]);
  });
});

describe('extractSparkCodes: codes without their #', () => {
  it.each([
    ['Code: ', ''],
    ['Spark code - ', ''],
    ['Spark Ads code: "', '"'],
    ['auth code: ', '.'],
    ['Video code = ', ''],
    ['<p>Code: <b>', '</b></p>'],
    ['- code: ', ''],
  ])('adds the # after the label "%s"', (label, after) => {
    const text = `Hi!\n${label}${BODY}${after}`;
    const found = onlyCode(text);
    expect(found).toMatchObject({ code: C, raw: BODY, start: text.indexOf(BODY) });
    expect(found.warnings).toEqual([WARNING.missingHash]);
  });

  it('does not add a # after labels that are not about Spark codes', () => {
    const scan = scanPaste(`Discount code: ${BODY}`);
    expect(scan.codes).toEqual([]);
    expect(scan.rejected).toHaveLength(1);
  });
});

describe('extractSparkCodes: looks truncated', () => {
  it('warns when a code is followed by an ellipsis', () => {
    const found = onlyCode(`${UNPADDED.slice(0, 50)}… (see sheet)`);
    expect(found.warnings).toEqual([WARNING.ellipsis]);
  });

  it('warns when a code is shorter than usual', () => {
    const found = onlyCode(`${C.slice(0, 31)}`);
    expect(found.warnings).toEqual([
      'Looked truncated: only 30 characters after the #, fewer than Spark codes usually have',
    ]);
  });

  it('warns when the length does not fit the padding', () => {
    const found = onlyCode(`${C.slice(0, 40)}${C.slice(41)}`);
    expect(found.warnings).toEqual([WARNING.paddingMisfit]);
  });
});

describe('extractSparkCodes: things that are not codes', () => {
  it.each([
    ['short hashtags', '#fyp #ad #tiktokmademebuyit'],
    ['hashtags with words and years', '#SummerSale2026 #BlackFridayDeals2026 #iPhone15ProMax'],
    ['long CamelCase hashtags', '#TikTokMadeMeBuyItChallenge2026 #GRWMForTheSummerPartySeason2026'],
    ['long lower-case hashtags', '#tiktokmademebuyitchallengeforyoupage'],
    ['a base64-looking word', '#Base64EncodedStringExampleText'],
    ['CSS colours', 'color: #fff; background: #A1B2C3; border-color: #a1b2c3ff;'],
    ['HTML colours', '<font color="#FF0000">red</font>'],
    ['an email address', 'write to buyer+spark@agency.example.com'],
    ['a link with a fragment', 'https://example.com/docs/page#section-2'],
    [
      'a link with a random fragment',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBxvbGpjfWvZqQrmNsH',
    ],
    ['a single-page-app route', 'https://app.example.com/#/campaigns/AbC123xYz789QwE456rTy012UiOp'],
    ['a fragment that is a whole code', `https://example.com/page${C}`],
    ['a word glued to a code', `creator${C}`],
    ['an issue number', 'see issue #1234 and PR #56'],
    ['markdown headings', '# Heading\n## Sub heading\n###'],
    ['programming languages', 'C# and F# developers'],
    ['a hex hash', '#3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39'],
    ['upper-case letters and digits', '#ABCDEF1234567890ABCDEF1234567890'],
    ['a path after a #', 'open #settings/profile/notifications/Email'],
    ['a hashtag with punctuation inside', '#my-summer-sale_2026 #Q3-Results'],
    ['hashtags in other scripts', '#café #東京 #привет'],
    ['an inline image', `<img src="data:image/png;base64,${BODY}">`],
    ['an empty paste', ''],
    ['plain words', 'Hello, here are the details for the campaign.'],
  ])('ignores %s', (_label, text) => {
    expect(scanPaste(text)).toEqual({ codes: [], rejected: [] });
  });
});
