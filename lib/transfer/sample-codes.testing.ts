import { BASE64, seededRandom } from '../../tests/mock-api/fixtures';

/**
 * Deterministic, realistic Spark codes for tests: `#` and 64 base64 characters of pseudo-random
 * bytes, so they read as codes (not as hashtags) and the same seed always gives the same code.
 */
export function sampleCode(seed: number): string {
  const next = seededRandom(seed * 7919 + 17);
  let body = '';
  for (let i = 0; i < 63; i++) body += BASE64[Math.floor(next() * 64)];
  return `#${body}=`;
}
