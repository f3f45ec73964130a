/**
 * Deterministic, realistic Spark codes for tests: `#` and 64 base64 characters of pseudo-random
 * bytes, so they read as codes (not as hashtags) and the same seed always gives the same code.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function sampleCode(seed: number): string {
  const next = mulberry32(seed * 7919 + 17);
  let body = '';
  for (let i = 0; i < 63; i++) body += BASE64[Math.floor(next() * 64)];
  return `#${body}=`;
}
