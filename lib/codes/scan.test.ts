import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeAttempt } from './judge';
import { REASON, foreignCharactersReason } from './messages';
import { readCandidate } from './read';
import { scanPaste } from './scan';
import { BASE64_ALPHABET, anyCodePoint, EXAMPLE_CODE, SECOND_CODE } from './test-support';

const C = EXAMPLE_CODE;
const BODY = C.slice(1);
const CORE = BODY.slice(0, -1);

describe('scanPaste: fragments that try to be a code', () => {
  it.each([
    ['a cut-off code', '#s63DdePaj9HjSv2B', REASON.tooShort],
    ['a short padded fragment', '#qA9x=', REASON.tooShort],
    ['a short fragment with + and /', '#Paj9Hj+Sv2/', REASON.tooShort],
    [
      'an underscore inside',
      `#${CORE.slice(0, 20)}_${CORE.slice(21)}=`,
      foreignCharactersReason(['_']),
    ],
    ['a hyphen inside', `#${CORE.slice(0, 20)}-${CORE.slice(21)}=`, foreignCharactersReason(['-'])],
    ['a Cyrillic letter inside', C.replace('P', '\u0420'), foreignCharactersReason(['\u0420'])],
    [
      'full-width letters',
      C.replace('DdeP', 'ＤｄｅＰ'),
      foreignCharactersReason(['Ｄ', 'ｄ', 'ｅ']),
    ],
    ['an accent mark inside', C.replace('e', 'e\u0301'), foreignCharactersReason(['\u0301'])],
    ['an = in the middle', `#${CORE.slice(0, 30)}=${CORE.slice(30)}=`, REASON.misplacedPadding],
    ['an = right after the #', `#=${BODY}`, REASON.misplacedPadding],
    ['three =', `${C}==`, REASON.tooMuchPadding],
    ['two codes without a #', `#${CORE}${CORE}${CORE}${CORE}`, REASON.tooLong],
  ])('reports %s', (_label, raw, reason) => {
    const text = `Here: ${raw} thanks`;
    const scan = scanPaste(text);
    expect(scan.codes).toEqual([]);
    expect(scan.rejected).toEqual([
      { raw, start: text.indexOf(raw), end: text.indexOf(raw) + raw.length, reason },
    ]);
  });

  it.each([
    ['an ellipsis', '#s63DdeP', '…'],
    ['three dots', '#s63DdePaj', '...'],
  ])('reports a cut-off code before %s, leaving the dots out', (_label, raw, dots) => {
    const scan = scanPaste(`${raw}${dots}`);
    expect(scan.rejected).toEqual([{ raw, start: 0, end: raw.length, reason: REASON.tooShort }]);
  });

  it('reports a code without its # and suggests the code', () => {
    const text = `"${BODY}",@creator`;
    expect(scanPaste(text)).toEqual({
      codes: [],
      rejected: [
        { raw: BODY, start: 1, end: 1 + BODY.length, reason: REASON.noHash, suggestion: C },
      ],
    });
  });

  it('reports both halves of a code broken by a space', () => {
    const text = `#${BODY.slice(0, 16)} ${BODY.slice(16)}`;
    const scan = scanPaste(text);
    expect(scan.codes).toEqual([]);
    expect(scan.rejected.map((r) => [r.raw, r.reason])).toEqual([
      [`#${BODY.slice(0, 16)}`, REASON.tooShort],
      [BODY.slice(16), REASON.noHash],
    ]);
  });

  it('reports the first part of a code split by a blank line', () => {
    const scan = scanPaste(`#${BODY.slice(0, 16)}\n\n${BODY.slice(16)}`);
    expect(scan.rejected.map((r) => r.reason)).toEqual([REASON.tooShort, REASON.noHash]);
  });

  it('keeps codes and rejects apart, each in order', () => {
    const text = `${C} #s63DdeP… ${SECOND_CODE} #fyp ${BODY}`;
    const scan = scanPaste(text);
    expect(scan.codes.map((c) => c.code)).toEqual([C, SECOND_CODE]);
    expect(scan.rejected.map((r) => r.reason)).toEqual([REASON.tooShort, REASON.noHash]);
  });

  it('reports a fragment every time it appears', () => {
    const scan = scanPaste('#s63DdePaj9HjSv2B and #s63DdePaj9HjSv2B');
    expect(scan.rejected.map((r) => r.start)).toEqual([0, 22]);
  });

  it('names at most three foreign characters', () => {
    const raw = '#' + CORE.slice(0, 30) + '_-@$' + CORE.slice(30);
    expect(scanPaste(raw).rejected[0]?.reason).toBe(foreignCharactersReason(['_', '-', '@']));
  });

  it('shows invisible-looking foreign characters by their code point', () => {
    expect(foreignCharactersReason(['\u0301'])).toBe(
      'Has characters a Spark code never contains: U+0301',
    );
  });
});

describe('scanPaste: large and hostile input', () => {
  it.each([
    ['a million #', '#'.repeat(1_000_000)],
    ['a million %23', '%23'.repeat(1_000_000)],
    ['a million &#35;', '&#35;'.repeat(1_000_000)],
    ['a million &#43;', '&#43;'.repeat(1_000_000)],
    ['a million lines of fragments', '#aB1\n'.repeat(1_000_000)],
    ['ten million base64 characters', 'Ab1/'.repeat(2_500_000)],
    ['a # before ten million base64 characters', '#' + 'Ab1+'.repeat(2_500_000)],
    ['five million zero-width spaces', '#a' + '\u200b'.repeat(5_000_000)],
    ['a million labels', 'Spark code: '.repeat(1_000_000)],
    ['a million glued pieces', '#a' + '-b'.repeat(1_000_000)],
  ])('copes with %s', (_label, text) => {
    const scan = scanPaste(text);
    for (const item of [...scan.codes, ...scan.rejected]) {
      expect(text.slice(item.start, item.end)).toBe(item.raw);
    }
  });

  it('reports an overlong run once, whole', () => {
    const text = '#' + 'Ab1+'.repeat(1000);
    expect(scanPaste(text).rejected).toEqual([
      { raw: text, start: 0, end: text.length, reason: REASON.tooLong },
    ]);
  });
});

describe('scanPaste: short attempts', () => {
  // Short attempts are judged without a full read; the full read is the reference.
  it('judges a short attempt as reading it in full would', () => {
    const run = fc.string({
      unit: fc.constantFrom(...BASE64_ALPHABET, 'a', 'B', '7'),
      maxLength: 30,
    });
    const attempt = fc.tuple(
      run,
      // What may follow: glue, padding, encodings, breaks, dots, or anything at all.
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(...'-_@$\\^*~%&=\n\r\u00a0\u200b.… xY+'),
          fc.string({ unit: anyCodePoint, maxLength: 1 }),
        ),
        maxLength: 6,
      }),
      run,
    );
    fc.assert(
      fc.property(attempt, ([start, after, rest]) => {
        const text = `#${start}${after}${rest}`;
        const candidate = readCandidate(text, 0, 1, 'plain');
        const verdict = judgeAttempt(candidate);
        const expected =
          verdict.kind === 'reject'
            ? [
                {
                  raw: text.slice(0, candidate.end),
                  start: 0,
                  end: candidate.end,
                  reason: verdict.reason,
                },
              ]
            : [];
        const scan = scanPaste(text);
        expect(scan.rejected.filter((fragment) => fragment.start === 0)).toEqual(expected);
        if (verdict.kind === 'code') expect(scan.codes[0]?.start).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });
});
