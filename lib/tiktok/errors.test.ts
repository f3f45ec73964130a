import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_TABLE, failureFor, type FailureReason } from './errors';
import { liveFailureSchema } from './facts';

const AT = 1_700_000_000_000;

describe('failureFor: TikTok error codes and messages', () => {
  const cases: [code: number, message: string, reason: FailureReason, definitive: boolean][] = [
    [4025, 'auth_code_expired', 'expired', true],
    [4025, '', 'expired', true],
    [40002, 'auth_code_not_found', 'revoked', true],
    [40002, 'The code has been deleted', 'revoked', true],
    [12345, 'code has been deleted by the creator', 'revoked', true],
    [4002, 'video_unavailable', 'post_unavailable', true],
    [4002, 'video_deleted', 'post_unavailable', true],
    [40002, 'video_deleted', 'post_unavailable', true],
    [4013, 'auth_code_format_error', 'format', true],
    [930002, 'mention_multiple_videos', 'original_post_needed', true],
    [900003, 'multiple duet/stitch', 'original_post_needed', true],
    [4027, 'story_video_not_supported', 'unsupported_post', true],
    [4042, 'carousel_duet_not_supported', 'unsupported_post', true],
    [900012, 'illegal_item_status_error', 'post_restricted', true],
    [900012, '', 'post_restricted', true],
    [12345, 'illegal_item_status', 'post_restricted', true],
    [12345, 'The video is under review', 'post_restricted', true],
    [12345, 'Post restricted by TikTok', 'post_restricted', true],
    [12345, 'Restricted item cannot be promoted', 'post_restricted', true],
    [12345, 'Advertiser account is restricted', 'unknown', false],
    [12345, 'Your ad account is under review', 'unknown', false],
    [40001, 'Advertiser is restricted', 'auth', false],
    [40002, 'This code cannot be used in this market', 'region', true],
    [40002, 'Creator region not supported for this ad account', 'region', true],
    [-500, 'rpc error', 'server', false],
    [50000, 'System error', 'server', false],
    [40100, 'Too many requests', 'rate_limited', false],
    [40001, 'No permission to operate advertiser', 'auth', false],
    [40105, 'Access token is invalid', 'auth', false],
    [40104, 'Access token is empty', 'auth', false],
    [40002, 'advertiser_id: Missing data for required field.', 'auth', false],
    [98765, 'Something new', 'unknown', false],
  ];

  it.each(cases)('%i %j -> %s', (code, message, reason, definitive) => {
    const failure = failureFor({ kind: 'api', code, message }, AT);
    expect(failure).toMatchObject({ reason, definitive, apiCode: code, fetchedAt: AT });
    expect(liveFailureSchema.parse(failure)).toEqual(failure);
    expect(failure.message.length).toBeGreaterThan(0);
    expect(failure.fix.length).toBeGreaterThan(0);
  });

  it('gives the documented fixes for expired and revoked codes', () => {
    const expired = failureFor({ kind: 'api', code: 4025, message: '' }, AT);
    const revoked = failureFor({ kind: 'api', code: 40002, message: 'auth_code_not_found' }, AT);
    expect(expired.fix).toBe('Ask the creator to extend the authorization, or send a new code');
    expect(revoked.fix).toBe(
      'Ask the creator to turn Ad authorization back on and send a fresh code',
    );
  });

  it('quotes an unrecognised TikTok message, shortened', () => {
    const failure = failureFor(
      { kind: 'api', code: 98765, message: `Odd ${'x'.repeat(1000)}` },
      AT,
    );
    expect(failure.message).toMatch(/^TikTok answered error 98765: Odd x+$/);
    expect(failure.message.length).toBeLessThan(400);
  });

  it('never reads a fault as an expired or revoked code, whatever the message says', () => {
    const faultCodes = [-500, 50000, 51234, 40100, 40001, 40104, 40105];
    const alarming = [
      'auth_code_expired',
      'auth_code_not_found',
      'The code has been deleted',
      'code expired',
      'Access token has expired',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...faultCodes),
        fc.constantFrom(...alarming),
        fc.string(),
        (code, phrase, noise) => {
          const failure = failureFor({ kind: 'api', code, message: `${noise} ${phrase}` }, AT);
          expect(['expired', 'revoked']).not.toContain(failure.reason);
          expect(failure.definitive).toBe(false);
        },
      ),
    );
  });

  it('reads an access token that expired as a token problem, not an expired code', () => {
    const failure = failureFor({ kind: 'api', code: 40002, message: 'Access token expired' }, AT);
    expect(failure.reason).toBe('auth');
  });

  it('has one row per reason, each with words for the buyer', () => {
    const reasons = ERROR_TABLE.map((rule) => rule.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const rule of ERROR_TABLE) {
      expect(rule.message).not.toBe('');
      expect(rule.fix).not.toBe('');
    }
  });

  it('only marks answers about the code or post as definitive', () => {
    const definitive = ERROR_TABLE.filter((rule) => rule.definitive).map((rule) => rule.reason);
    expect(definitive.sort()).toEqual(
      [
        'expired',
        'format',
        'original_post_needed',
        'post_restricted',
        'post_unavailable',
        'region',
        'revoked',
        'unsupported_post',
      ].sort(),
    );
  });
});

describe('failureFor: faults on the way', () => {
  const cases: [problem: Parameters<typeof failureFor>[0], reason: FailureReason][] = [
    [{ kind: 'network' }, 'network'],
    [{ kind: 'timeout' }, 'timeout'],
    [{ kind: 'malformed' }, 'bad_response'],
    [{ kind: 'http', status: 429 }, 'rate_limited'],
    [{ kind: 'http', status: 500 }, 'server'],
    [{ kind: 'http', status: 503 }, 'server'],
    [{ kind: 'http', status: 401 }, 'auth'],
    [{ kind: 'http', status: 403 }, 'auth'],
    [{ kind: 'http', status: 404 }, 'bad_response'],
  ];

  it.each(cases)('%j -> %s, never definitive', (problem, reason) => {
    const failure = failureFor(problem, AT);
    expect(failure).toMatchObject({ reason, definitive: false, fetchedAt: AT });
    expect(failure.apiCode).toBeUndefined();
  });
});
