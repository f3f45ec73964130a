import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { englishMessages } from '../lifecycle/english.testing';
import { codeDetailsSchema } from '../records/schema';
import { fieldErrorName } from './field-error';

describe('fieldErrorName', () => {
  it.each<[string, { code: string; message: string }, string]>([
    [
      'our own name as written',
      { code: 'invalid_format', message: 'details_errorDate' },
      'details_errorDate',
    ],
    [
      'zod: too long',
      { code: 'too_big', message: 'Too big: expected string to have <=100' },
      'details_errorTooLong',
    ],
    [
      'zod: anything else',
      { code: 'invalid_type', message: 'Invalid input' },
      'details_errorInvalid',
    ],
    [
      'words with a space are never a name',
      { code: 'custom', message: 'details_x y' },
      'details_errorInvalid',
    ],
  ])('%s', (_, issue, name) => {
    expect(fieldErrorName(issue)).toBe(name);
  });

  it('names a message that exists for every problem the details schema reports', () => {
    const bad = {
      creatorHandle: 'x'.repeat(500),
      creatorRegion: 'USA',
      expiresOn: '31/12/2026',
      duration: -3,
      notes: 7,
    };
    const parsed = codeDetailsSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues ?? [];
    expect(issues.length).toBeGreaterThan(3);
    const messages = englishMessages();
    for (const issue of issues)
      expect(messages[fieldErrorName(issue)], issue.message).toBeDefined();
  });

  it('reads zod issues of any schema', () => {
    const issue = z.string().max(2).safeParse('long').error?.issues[0];
    expect(issue && fieldErrorName(issue)).toBe('details_errorTooLong');
  });
});
