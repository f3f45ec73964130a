import { BASE64, seededRandom } from '../mock-api/fixtures';

const pick = (random: () => number, alphabet: string) =>
  alphabet[Math.floor(random() * alphabet.length)] ?? 'A';

// Before a single `=`, the last character carries two unused bits that must be zero.
const BEFORE_PADDING = [...BASE64].filter((_, i) => i % 4 === 0).join('');

/**
 * Valid-looking Spark codes: `#` then 60 characters of well-formed base64 (mixed case and
 * digits) ending in `=`, like the example in TikTok's help pages.
 */
export function sparkCodes(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const codes = new Set<string>();
  while (codes.size < count) {
    let body = '';
    for (let i = 0; i < 58; i++) body += pick(random, BASE64);
    codes.add(`#${body}${pick(random, BEFORE_PADDING)}=`);
  }
  return [...codes];
}
