/** Shared material for the tests of this folder. */
import fc from 'fast-check';
import { isSparkCode } from './schema';

/** The example code from TikTok's help pages: 64 characters after the `#`, one `=`. */
export const EXAMPLE_CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
export const SECOND_CODE = '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=';

export const BASE64_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('');

/** A small deterministic generator so large tests plant the same codes on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid code with `coreLength` base64 characters and `padding` `=`. */
export function randomCode(random: () => number, coreLength = 63, padding = 1): string {
  for (;;) {
    let core = '';
    for (let i = 0; i < coreLength; i++) {
      core += BASE64_ALPHABET[Math.floor(random() * BASE64_ALPHABET.length)];
    }
    const code = `#${core}${'='.repeat(padding)}`;
    if (isSparkCode(code)) return code;
  }
}

/** Encodes every character of a code as an HTML entity where one exists in real emails. */
export function htmlEncodeSymbols(code: string): string {
  return code.replaceAll('+', '&#43;').replaceAll('/', '&#x2F;').replaceAll('=', '&#61;');
}

/**
 * One Unicode code point outside the surrogate block, drawn exactly as `fc.string({ unit:
 * 'binary' })` draws its characters (an index over the 1,112,064 code points, small ones
 * favoured). fast-check's own unit first maps every one of those characters back to its index,
 * two seconds of work in each test process, to dress strings as JavaScript property names that
 * these tests never look up.
 */
export const anyCodePoint = fc
  .nat({ max: 0x10ffff - 0x800 })
  .map((index) => String.fromCodePoint(index < 0xd800 ? index : index + 0x800));
