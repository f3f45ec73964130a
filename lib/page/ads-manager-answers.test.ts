import { describe, expect, it } from 'vitest';
import { classifyAnswer } from './ads-manager-answers';

describe('classifyAnswer', () => {
  it.each([
    ['Authorized successfully', 'applied', 'authorized', ''],
    ['1 post successfully authorized', 'applied', 'authorized', ''],
    ['The code expired', 'failed', 'expired', 'extend the authorization'],
    ['This video code has expired. Please get a new code.', 'failed', 'expired', 'new code'],
    ['The code has been deleted', 'failed', 'revoked', 'Ad authorization'],
    ['Authorization was cancelled by the creator', 'failed', 'revoked', 'fresh code'],
    ['Invalid code', 'failed', 'format', 'including the #'],
    ['auth_code_format_error', 'failed', 'format', 'including the #'],
    ['Video code not found', 'failed', 'not_found', 'Copy the whole code again'],
    ['The video has been deleted', 'failed', 'post_unavailable', 'restore the post'],
    ['This post is private', 'failed', 'post_unavailable', 'restore the post'],
    ['Region not supported for this ad account', 'failed', 'region', 'region'],
    ["This post can't be used in this market", 'failed', 'region', 'region'],
    ['The post mentions multiple videos', 'failed', 'original_post_needed', "original post's code"],
    ['Stitch videos need the original post code', 'failed', 'original_post_needed', 'original'],
    ['Story videos are not supported', 'failed', 'unsupported_post', 'another post'],
    ['The post is under review', 'failed', 'post_restricted', 'wait'],
    ['System busy, please try again later', 'transient', 'try_again', 'try again'],
  ] as const)('%s -> %s (%s)', (text, outcome, cause, fixPart) => {
    const answer = classifyAnswer(text);
    expect(answer).toMatchObject({ outcome, cause, text });
    expect(answer?.fix ?? '').toContain(fixPart);
  });

  it.each([
    ['Search'],
    [''],
    ['Spark Ads posts'],
    ['A caption that goes on and on '.repeat(20) + 'expired'],
  ])('ignores %j', (text) => {
    expect(classifyAnswer(text)).toBeUndefined();
  });

  it('collapses whitespace in what it reports', () => {
    expect(classifyAnswer('  Code\n  expired ')?.text).toBe('Code expired');
  });
});
