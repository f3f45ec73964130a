/**
 * TikTok writes times as `YYYY-MM-DD HH:MM:SS` in UTC, and some endpoints as ISO 8601. A time
 * without a zone is UTC by TikTok's own definition, never the buyer's local time.
 */
const API_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epoch seconds stay below this until the year 5138; epoch milliseconds are far above it. */
const SECONDS_LIMIT = 1e11;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return sign * (hours * 60 + minutes);
}

/** Milliseconds from a fraction of a second written with any number of digits. */
function fractionMs(fraction: string | undefined): number {
  return fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
}

/** Epoch milliseconds for a TikTok time, or undefined when the text is not a real time. */
export function parseApiTime(value: string | number): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return value < SECONDS_LIMIT ? value * 1000 : value;
  }
  const match = API_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction, zone] = match;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const utc = Date.UTC(...parts);
  // Date.UTC rolls 2024-02-31 over into March; a real API time never needs that.
  const check = new Date(utc);
  const rolledOver =
    check.getUTCFullYear() !== parts[0] ||
    check.getUTCMonth() !== parts[1] ||
    check.getUTCDate() !== parts[2] ||
    check.getUTCHours() !== parts[3] ||
    check.getUTCMinutes() !== parts[4] ||
    check.getUTCSeconds() !== parts[5];
  if (rolledOver) return undefined;
  return utc + fractionMs(fraction) - offsetMinutes(zone) * 60_000;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the form TikTok itself writes. */
export function formatApiTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ');
}
