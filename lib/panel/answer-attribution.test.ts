import { describe, expect, it } from 'vitest';
import { codesForAnswer } from './answer-attribution';

const A = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
const B = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';
const C = '#RXhwaXJlZENvZGVGb3JUZXN0aW5nU3BhcmtBZHNQcmVmbGlnaHQxMjM0NTY3OA==';

describe('codesForAnswer', () => {
  it.each([
    ['a message quoting one code', `Code ${B} has expired`, [A, B], 'expired', [], [B]],
    ['a shortened quote', `${C.slice(0, 18)}… is invalid`, [A, C], 'format', [], [C]],
    ['the only code in the field', 'This code has expired', [A], 'expired', [], [A]],
    [
      'the one code whose recorded expiry explains it',
      'This code has expired',
      [A, B, C],
      'expired',
      [
        { code: A, failing: [] },
        { code: B, failing: ['expiry'] },
        { code: C, failing: ['region'] },
      ],
      [B],
    ],
    [
      'two codes that could both be meant: none',
      'This code has expired',
      [A, B],
      'expired',
      [
        { code: A, failing: ['expiry'] },
        { code: B, failing: ['expiry'] },
      ],
      [],
    ],
    [
      'a known failure outside the field does not count',
      'Authorization revoked',
      [A, B],
      'revoked',
      [{ code: C, failing: ['revocation'] }],
      [],
    ],
    [
      'a success about several codes names none',
      'Authorized successfully',
      [A, B],
      'authorized',
      [],
      [],
    ],
  ] as const)('%s', (_, text, codes, cause, known, expected) => {
    expect(codesForAnswer(text, codes, cause, known)).toEqual(expected);
  });
});
