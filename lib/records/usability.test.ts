import { describe, expect, it } from 'vitest';
import { WARNING } from '../codes/messages';
import { DAY, NOW, facts, failure, makeRecord } from '../preflight/test-fixtures';
import type { CodeRecord } from './schema';
import { authorizationEnd, canAuthorize } from './usability';

describe('canAuthorize', () => {
  it.each<[string, Partial<CodeRecord>, boolean]>([
    ['a new code with nothing against it', {}, true],
    ['a ready code', { status: 'ready' }, true],
    ['an applied code', { status: 'applied' }, false],
    ['a failed code', { status: 'failed' }, false],
    ['a code cut off before an ellipsis', { extractionWarnings: [WARNING.ellipsis] }, false],
    ['a code with other warnings', { extractionWarnings: [WARNING.invisible] }, true],
    ['a code shorter than codes come', { code: '#aB1cD2eF3gH4iJ5kL6mN7oP8qR9', raw: 'x' }, false],
    ['ending a moment from now', { expiresAt: NOW + 1 }, true],
    ['ending now', { expiresAt: NOW }, false],
    ['TikTok ends it now', { live: facts({ authEnd: NOW }) }, false],
    ['no end at all', { duration: 'none' }, true],
    ['TikTok said expired', { live: failure('expired', true) }, false],
    ['TikTok said mistyped', { live: failure('format', true) }, false],
    ['TikTok refuses the post type', { live: failure('unsupported_post', true) }, false],
    ['TikTok has the post under review', { live: failure('post_restricted', true) }, false],
    ['TikTok wants the original post too', { live: failure('original_post_needed', true) }, true],
    ['a lookup that timed out', { live: failure('timeout', false) }, true],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(canAuthorize(makeRecord(overrides), NOW, 'UTC')).toBe(expected);
  });
});

describe('authorizationEnd', () => {
  it.each<[string, Partial<CodeRecord>, number | null]>([
    ["TikTok's end", { live: facts({ authEnd: NOW + DAY }) }, NOW + DAY],
    ['the recorded day, through its end', { expiresOn: '2026-06-20' }, Date.UTC(2026, 5, 21)],
    ['only a stored end', { expiresAt: NOW + 2 * DAY }, NOW + 2 * DAY],
    ['nothing known', {}, null],
    ['never ends, whatever is stored', { duration: 'none', expiresAt: NOW }, null],
  ])('%s', (_name, overrides, expected) => {
    expect(authorizationEnd(makeRecord(overrides), 'UTC')).toBe(expected);
  });
});
