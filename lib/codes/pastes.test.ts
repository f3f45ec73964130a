/**
 * Codes as other tools hand them over: JSON exports, raw email source, HTML, Markdown, chat
 * messages with emoji; and base64 that is file data, which must not be offered as codes.
 */
import { describe, expect, it } from 'vitest';
import { REASON, WARNING } from './messages';
import { scanPaste } from './scan';
import { EXAMPLE_CODE, SECOND_CODE, randomCode, seededRandom } from './test-support';

const C = EXAMPLE_CODE;
const CORE = C.slice(1, -1);
const random = seededRandom(16);
/** Random base64 of `length` characters, the way attachments and signatures look. */
function base64(length: number): string {
  let out = '';
  while (out.length < length) out += randomCode(random, 64, 0).slice(1);
  return out.slice(0, length);
}

function codesIn(text: string): string[] {
  return scanPaste(text).codes.map((found) => found.code);
}

function onlyCode(text: string) {
  const scan = scanPaste(text);
  expect(scan.rejected).toEqual([]);
  expect(scan.codes).toHaveLength(1);
  return scan.codes[0];
}

describe('scanPaste: JSON exports', () => {
  const jsonEscaped = C.replaceAll('/', '\\/').replaceAll('+', '\\u002B');
  it.each([
    ['an escaped slash and plus', `{"code":"${jsonEscaped}","creator":"@maya"}`, [WARNING.json]],
    ['an escaped padding', `{"code":"${C.slice(0, -1)}\\u003D"}`, [WARNING.json]],
    ['upper-case hex', `{"code":"${C.replace('+', '\\u002b')}"}`, [WARNING.json]],
    ['a code before an escaped line break', `{"note":"Here: ${C}\\nThanks!"}`, []],
    ['a code before an escaped tab', `{"note":"${C}\\tlive"}`, []],
  ])('reads %s', (_label, text, warnings) => {
    expect(onlyCode(text)).toMatchObject({ code: C, warnings });
  });

  it('joins a code wrapped by an escaped line break', () => {
    const raw = `${C.slice(0, 30)}\\n${C.slice(30)}`;
    expect(onlyCode(`["${raw}"]`)).toMatchObject({
      code: C,
      raw,
      warnings: [WARNING.lineBreak, WARNING.json],
    });
  });

  it('keeps a backslash that escapes nothing as a broken character', () => {
    const scan = scanPaste(`${C.slice(0, 30)}\\q${C.slice(30)}`);
    expect(scan.codes).toEqual([]);
    expect(scan.rejected).toHaveLength(1);
  });
});

describe('scanPaste: raw email source', () => {
  const header =
    'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n';

  it.each([
    ['padding written =3D', `Code: ${C.slice(0, -1)}=3D thanks`],
    ['a soft line break inside the code', `Code: ${C.slice(0, 40)}=\n${C.slice(40, -1)}=3D\nok`],
    ['a soft line break with CRLF', `Code: ${C.slice(0, 40)}=\r\n${C.slice(40, -1)}=3D\r\nok`],
    ['a soft line break and =3D', `${C.slice(0, 50)}=\n${C.slice(50, -1)}=3D`],
    ['+ written =2B', `${C.slice(0, -1).replace('+', '=2B')}=3D`],
  ])('reads %s', (_label, body) => {
    expect(onlyCode(`${header}${body}`)).toMatchObject({
      code: C,
      warnings: [WARNING.quotedPrintable],
    });
  });

  it('sees quoted-printable from =3D, without the header', () => {
    const text = `<a href=3D"https://example.com">x</a>\n${C.slice(0, 40)}=\n${C.slice(40, -1)}=3D`;
    expect(codesIn(text)).toEqual([C]);
  });

  it('keeps padded codes at line ends as they are outside quoted-printable', () => {
    expect(codesIn(`${C}\n${SECOND_CODE}\n`)).toEqual([C, SECOND_CODE]);
  });
});

describe('scanPaste: a line break never leaves half a code', () => {
  const misfit = `#${CORE.slice(0, 30)}=`;
  it.each([
    ['an = at the end of the line', `${misfit}\n${CORE.slice(30)}=\nthanks`],
    ['an = at the end of a CRLF line', `${misfit}\r\n${CORE.slice(30)}=`],
    ['a tail too long to join', `#${base64(151)}\n${base64(61)}\n`],
  ])('reports %s as split, not as a code', (_label, text) => {
    const scan = scanPaste(text);
    expect(scan.codes).toEqual([]);
    expect(scan.rejected[0]?.reason).toBe(REASON.splitAcrossLines);
  });

  it('keeps a code whose length is whole blocks when the next line starts with base64', () => {
    expect(codesIn(`${C}\nqA9xZ\n`)).toEqual([C]);
  });
});

describe('scanPaste: HTML', () => {
  it.each([
    ['<wbr>', '<wbr>'],
    ['<WBR/>', '<WBR/>'],
    ['<wbr />', '<wbr />'],
    ['&shy;', '&shy;'],
    ['a soft hyphen', '\u00ad'],
  ])('reads a code broken by %s', (_label, breakHint) => {
    const raw = `${C.slice(0, 20)}${breakHint}${C.slice(20, 45)}${breakHint}${C.slice(45)}`;
    const found = onlyCode(`<p>Code: ${raw}</p>`);
    expect(found).toMatchObject({ code: C, raw });
    expect(found?.warnings.length).toBeGreaterThan(0);
  });

  it.each([['<wbr>'], ['<wbr />'], ['&shy;']])('reads a code with %s right after its #', (hint) => {
    const raw = `#${hint}${C.slice(1)}`;
    expect(onlyCode(`<p>${raw}</p>`)).toMatchObject({
      code: C,
      raw,
      warnings: [WARNING.invisible, WARNING.html],
    });
  });
});

describe('scanPaste: Markdown emphasis', () => {
  it.each([
    ['underscores', `_${C}_`],
    ['double underscores', `__${C}__ please`],
    ['asterisks', `**${C}**`],
    ['both', `Code: *_${C}_*`],
    ['strike-through', `~~${C}~~`],
    ['inline code', `\`${C}\``],
  ])('reads a code in %s', (_label, text) => {
    expect(onlyCode(text)).toMatchObject({ code: C });
  });

  it.each([
    ['a word', `snake_${C}`],
    ['a link', `https://example.com/_${C}`],
    ['a word before emphasis marks', `snake*_${C}`],
  ])('still treats a # after _ in %s as glued', (_label, text) => {
    expect(codesIn(text)).toEqual([]);
  });
});

describe('scanPaste: emoji glued to the #', () => {
  it.each([
    ['an emoji', `🔥${C}`],
    ['a heart with a variation selector', `❤️${C}`],
    ['a text-style variation selector', `☺︎${C}`],
    ['the first variation selector, on a maths sign', `≩\ufe00${C}`],
    ['a skin tone', `👍🏽${C}`],
    ['a joined family', `👨‍👩‍👧${C}`],
    ['a keycap', `1️⃣${C}`],
    ['a flag', `🇺🇸${C}`],
  ])('reads a code after %s', (_label, text) => {
    expect(onlyCode(text)).toMatchObject({ code: C });
  });

  it('still treats a # after a letter as part of a word', () => {
    expect(codesIn(`café${C}`)).toEqual([]);
    expect(codesIn(`ｗ${C}`)).toEqual([]);
  });
});

describe('scanPaste: base64 that is file data gets no missing-# hint', () => {
  const lines = (width: number, count: number) =>
    Array.from({ length: count }, () => base64(width)).join('\n');
  const indented = (block: string) => block.replaceAll(/^/gm, '  ');

  it.each([
    [
      'a DKIM signature',
      'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;\n' +
        ` s=20230601; h=from:to:subject;\n bh=${base64(43)}=;\n` +
        ` b=${base64(70)}\n         ${base64(70)}\n         ${base64(70)}\n         ${base64(30)}==\n` +
        'From: maya@example.com',
    ],
    [
      'an ARC seal',
      `ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none;\n        d=google.com; s=arc-20160816;\n        b=${base64(60)}\n         ${base64(72)}\n         ${base64(40)}==`,
    ],
    [
      'a MIME attachment',
      '--boundary\nContent-Type: image/png; name="a.png"\nContent-Transfer-Encoding: base64\n\n' +
        `${lines(76, 4)}\n${base64(40)}==\n--boundary--`,
    ],
    [
      'a MIME attachment with CRLF and lower-case headers',
      'content-type: application/pdf\r\ncontent-transfer-encoding: base64\r\n\r\n' +
        `${base64(72)}\r\n${base64(72)}\r\n${base64(20)}=\r\n`,
    ],
    [
      'a PEM key',
      `-----BEGIN PUBLIC KEY-----\n${lines(64, 3)}\n${base64(24)}\n-----END PUBLIC KEY-----`,
    ],
    [
      'a wrapped data URI',
      `<img src="data:image/png;base64,${base64(50)}\n${base64(76)}\n${base64(76)}\n${base64(10)}=">`,
    ],
    ['base64 wrapped at 76 with no header', `Attachment:\n\n${lines(76, 5)}\n${base64(33)}=`],
    ['base64 wrapped at 76, indented', `Attachment:\n\n${indented(lines(76, 4))}`],
    ['exactly three lines wrapped at 76', `Attachment:\n\n${lines(76, 3)}`],
    [
      'base64 wrapped at 76 with CRLF',
      `Attachment:\r\n\r\n${lines(76, 4).replaceAll('\n', '\r\n')}`,
    ],
    [
      'a quoted PEM key of another width',
      `  -----BEGIN PUBLIC KEY-----  \n${indented(lines(70, 3))}\n  -----END PUBLIC KEY-----`,
    ],
    [
      'a MIME attachment of another width',
      `Content-Transfer-Encoding: base64\n\n${lines(72, 3)}\n${base64(20)}=`,
    ],
    [
      'an Autocrypt key, its lines under the header',
      `Autocrypt: addr=maya@example.com; keydata=\n ${base64(70)}\n ${base64(70)}\n ${base64(30)}=`,
    ],
    [
      'a DKIM signature folded before its b= data',
      'DKIM-Signature: v=1; a=rsa-sha256;\n d=example.com; s=20230601;\n h=from:to; b=\n' +
        ` ${base64(70)}\n ${base64(70)}\n ${base64(30)}==`,
    ],
  ])('in %s', (_label, text) => {
    const scan = scanPaste(`Hi team,\n${text}\nThanks`);
    expect(scan.rejected.filter((r) => r.reason === REASON.noHash)).toEqual([]);
    expect(scan.codes).toEqual([]);
  });

  it('still hints at codes pasted without their # one per line', () => {
    const list = [C, SECOND_CODE, randomCode(random, 55, 1), randomCode(random, 70, 2)]
      .map((code) => code.slice(1))
      .join('\n');
    const hints = scanPaste(`Here they are:\n${list}\n`).rejected.filter(
      (r) => r.reason === REASON.noHash,
    );
    expect(hints).toHaveLength(4);
  });

  it('still hints at a code pasted without its # below an attachment', () => {
    const attachment = `Content-Transfer-Encoding: base64\n\n${lines(76, 4)}\n${base64(40)}==`;
    const scan = scanPaste(`${attachment}\n\nAnd the code:\n${C.slice(1)}\n`);
    expect(scan.rejected).toMatchObject([{ reason: REASON.noHash, suggestion: C }]);
  });

  it('takes base64 wrapped at 76 for file data at the very start of a paste', () => {
    const scan = scanPaste(`${lines(76, 4)}\n${base64(30)}=`);
    expect(scan.rejected).toEqual([]);
  });

  it.each([
    [
      'all of one width that is no encoder’s',
      [
        [72, 0],
        [72, 0],
        [72, 0],
      ],
    ],
    [
      'two at an encoder’s width, then a shorter one',
      [
        [76, 0],
        [76, 0],
        [40, 0],
      ],
    ],
  ])('still hints at codes pasted without their # one per line, %s', (_label, shapes) => {
    const list = shapes.map(([core, padding]) => randomCode(random, core, padding).slice(1));
    const hints = scanPaste(`Codes:\n${list.join('\n')}\n`).rejected.filter(
      (r) => r.reason === REASON.noHash,
    );
    expect(hints).toHaveLength(shapes.length);
  });

  it('still hints at codes in a text part that follows a base64 part', () => {
    const email =
      '--b\nContent-Transfer-Encoding: base64\n\n' +
      `${lines(72, 2)}\n\n--b\nContent-Type: text/plain\n\n${C.slice(1)}\n${SECOND_CODE.slice(1)}\n--b--`;
    const hints = scanPaste(email).rejected.filter((r) => r.reason === REASON.noHash);
    expect(hints.map((r) => r.suggestion)).toEqual([C, SECOND_CODE]);
  });

  it('still hints at a code pasted without its # on a line that starts like a tag', () => {
    const scan = scanPaste(`ref=7 ${C.slice(1)}\n`);
    expect(scan.rejected).toMatchObject([{ reason: REASON.noHash, suggestion: C }]);
  });

  it('still hints at one code pasted without its # between sentences', () => {
    const scan = scanPaste(`Can you check this one\n${C.slice(1)}\nthanks`);
    expect(scan.rejected).toMatchObject([{ reason: REASON.noHash, suggestion: C }]);
  });
});
