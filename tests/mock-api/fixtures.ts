/*
 * Spark codes the mock Marketing API knows, each standing for one way a real code behaves.
 * They look like real codes (`#`, base64 characters with `+` and `/`, `=` padding) so they also
 * exercise extraction and URL encoding. Any other well-formed code is answered as a live one.
 */

export const MOCK_ACCESS_TOKEN = 'mock-access-token-5f1c9a7e2b';

export const US_ADVERTISER_ID = '7000000000000000001';
export const GB_ADVERTISER_ID = '7000000000000000002';
/** A third account, in yen and Tokyo's time zone: figures in a currency without cents. */
export const JP_ADVERTISER_ID = '7000000000000000003';

/** The post the live code (and most others) authorizes. */
export const LIVE_ITEM_ID = '7301234567890123456';
/** The post OTHER_POST_CODE points to instead. */
export const OTHER_ITEM_ID = '7309876543210987654';
/** The post STITCH_CODE stitches. */
export const STITCH_ORIGINAL_ITEM_ID = '7290000000000000001';

export const LIVE_CODE = '#LiveCode1u2JdCsjEkoz+J07osG8SbommKOZMBy8z5QUNp7/7o3QnQTrShvyA1E=';
/** Answers 4025 auth_code_expired. */
export const EXPIRED_CODE = '#ExpiredCodedsVm7O+yWCZaj6lNdT8/e13O27GauJgFGJLyu6wdgFGQw2Z6tX5y=';
/** Answers auth_code_not_found: the creator deleted the code. */
export const REVOKED_CODE = '#RevokedCodePDEiOOCXVbuUdhA+w7M/ZwTaz1dabxoB6uU5NZGsmv6od5eqNRh1=';
/** Live, but for OTHER_ITEM_ID. */
export const OTHER_POST_CODE = '#OtherPostCodeJRybDsaA+fTkMQyY3A/9k0vqc1ctHmx9pdCcGQuggQsGw3f8Eu=';
/** Live, with a product anchor sold only in Germany. */
export const FOREIGN_REGION_CODE =
  '#ForeignRegionCode8R9+r12Jic9mu/1H24aaeZBYk7VzTCXNEPiwkEzJHj4oGO=';
/** Live, a stitch of STITCH_ORIGINAL_ITEM_ID; authorizing it needs the original post's code. */
export const STITCH_CODE = '#StitchCoderKBQqNRPEGz33UgrR3N7/lTxww+JFswY20xH5xdFPCcUBtBUov4DF=';
/** Fails with -500 the first time per endpoint, then answers as live. */
export const FLAKY_SERVER_CODE =
  '#FlakyServerCodeVebgq+p6ZwDGrKI/8OcCFkxRbXy1wLO1V7TNwIyE0XyPd3Ia=';
/** Answers HTTP 429 with Retry-After: 1 the first time per endpoint, then as live. */
export const RATE_LIMITED_CODE =
  '#RateLimitedCodeGUKlRKH+9HqFPc+hAmvEIAvGDAxyduFtoIi5IASIsle/SSti=';
/** Never answered; the connection stays open until the client gives up or the server closes. */
export const TIMEOUT_CODE = '#TimeoutCodepk3srSqRD+Zj66XoafN/tDNK4XjnT9PDvRqK4U0hK2hnJYQZjnQz=';
/** Answered with a cut-off JSON body. */
export const MALFORMED_CODE = '#MalformedCodeaxak8zo+hw2c1zIBY/WRh7jJWzAPry4XI36u1i91jTQhLPtIjx=';
/** Live, with fields TikTok might add one day, in the envelope and inside the item. */
export const EXTRA_FIELD_CODE = '#ExtraFieldCodeu75FHNHuHSpBph2HvKfU8vI7WwuVB/5AWhP+614fXYC5xu3re=';
/** Live, with its times written in ISO 8601 instead of `YYYY-MM-DD HH:MM:SS`. */
export const ISO_TIME_CODE = '#IsoTimeCodeEYd3t9xgOE2cymF06OMxxGbtkW6yPeelG0+dUgm/Gswcwx8lBjRz=';
/** Answers 4002 video_unavailable: the post was deleted. */
export const POST_DELETED_CODE =
  '#PostDeletedCodeut8/u+ENflUJON5piiyWwJl5y3FaldLLQigM/3tUQEypMtdL=';

export const FIXTURE_CODES = {
  live: LIVE_CODE,
  expired: EXPIRED_CODE,
  revoked: REVOKED_CODE,
  otherPost: OTHER_POST_CODE,
  foreignRegion: FOREIGN_REGION_CODE,
  stitch: STITCH_CODE,
  flakyServer: FLAKY_SERVER_CODE,
  rateLimited: RATE_LIMITED_CODE,
  timeout: TIMEOUT_CODE,
  malformed: MALFORMED_CODE,
  extraField: EXTRA_FIELD_CODE,
  isoTime: ISO_TIME_CODE,
  postDeleted: POST_DELETED_CODE,
} as const;

export const FOREIGN_PRODUCT_REGIONS = ['DE'] as const;
export const LIVE_CREATOR_NAME = 'sunny.creator';
/** How long a live code's authorization still runs after the mock's `now`. */
export const LIVE_DAYS_LEFT = 30;

/** The shape TikTok accepts: `#`, base64 characters, optional `=` padding. */
export const WELL_FORMED_CODE = /^#[A-Za-z0-9+/]{16,}={0,2}$/;

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Small deterministic generator (mulberry32), the same on every machine, so generated codes
 * repeat across runs and a failing run can be replayed. Every test's code generator uses it.
 */
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

/**
 * `count` distinct, valid-looking codes (64 characters after `#`, ending in `=`). The mock answers
 * each as a live code for its own post. The same seed gives the same codes.
 */
export function generateValidCodes(count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const codes = new Set<string>();
  while (codes.size < count) {
    let body = '';
    for (let i = 0; i < 63; i++) body += BASE64[Math.floor(random() * BASE64.length)];
    codes.add(`#${body}=`);
  }
  return [...codes];
}

/** A stable 19-digit post id for any code, so generated codes point at distinct posts. */
export function itemIdForCode(code: string): string {
  if (code === OTHER_POST_CODE) return OTHER_ITEM_ID;
  if (Object.values(FIXTURE_CODES).includes(code as never)) return LIVE_ITEM_ID;
  let hash = 0n;
  for (const char of code) hash = (hash * 131n + BigInt(char.charCodeAt(0))) % 10n ** 18n;
  return `7${hash.toString().padStart(18, '0')}`;
}
