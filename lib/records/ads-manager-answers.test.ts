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
    ['Authorization successful', 'applied', 'authorized', ''],
    ['Post added successfully', 'applied', 'authorized', ''],
    ['Successfully added 2 posts', 'applied', 'authorized', ''],
    ['Authorization expired', 'failed', 'expired', 'extend the authorization'],
    ['Expired code', 'failed', 'expired', 'extend the authorization'],
    ['auth_code_expired', 'failed', 'expired', 'extend the authorization'],
    ['The video was not found', 'failed', 'not_found', 'Copy the whole code again'],
    ['auth_code_not_found', 'failed', 'not_found', 'Copy the whole code again'],
    ['This code is not available in your region', 'failed', 'region', 'region'],
    ["The creator's country does not match this ad account", 'failed', 'region', 'region'],
    ['Stories are not supported', 'failed', 'unsupported_post', 'another post'],
    ['This post is restricted', 'failed', 'post_restricted', 'wait'],
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
    // Ordinary Ads Manager messages that once were recorded on the code in the field.
    ['Your session has expired. Please log in again.'],
    ['Login expired'],
    ['Please select a country/region'],
    ['Target market is required'],
    ['Please enter the code and select a region'],
    ['Search history cleared'],
    ['View history'],
    ['Unrestricted budget'],
    ['Page not found'],
    ['Ad account not found'],
    ['The code was not successfully added'],
    ['Authorization unsuccessful'],
    ['Post failed to be added'],
    ['Ad group added successfully'],
    ['Campaign added successfully'],
  ])('ignores %j', (text) => {
    expect(classifyAnswer(text)).toBeUndefined();
  });

  it('collapses whitespace in what it reports', () => {
    expect(classifyAnswer('  Code\n  expired ')?.text).toBe('Code expired');
  });
});
