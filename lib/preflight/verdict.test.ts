import { describe, expect, it } from 'vitest';
import { englishTranslate } from '../lifecycle/english.testing';
import { WARNING } from '../codes/messages';
import { checkIds, type CheckId } from './check-result';
import { codeVerdict, type Verdict, type VerdictCheck } from './verdict';
import type { CheckStatusWord } from './vocabulary';

/** Every check passing except the ones given, each with its own message and fix. */
function checks(
  overrides: Partial<Record<CheckId, CheckStatusWord | Partial<VerdictCheck>>> = {},
): VerdictCheck[] {
  return checkIds.map((id) => {
    const given = overrides[id];
    const base: VerdictCheck = { id, status: 'pass', message: `${id} ok`, fix: '' };
    if (given === undefined) return base;
    const patch = typeof given === 'string' ? { status: given } : given;
    const status = patch.status ?? 'pass';
    return { ...base, message: `${id} ${status}`, fix: `fix ${id}`, ...patch };
  });
}

const live = { status: 'unknown', liveOnly: true } as const;
const offline = { revocation: live, 'original-post': live };

type Case = [
  string,
  { checks: VerdictCheck[]; complete?: boolean; warnings?: string[] },
  Partial<Verdict>,
];

describe('codeVerdict', () => {
  it.each<Case>([
    [
      'every check passes live',
      { checks: checks() },
      { kind: 'ready', fromRecords: false, reason: '', fix: '' },
    ],
    [
      'passes on the records, TikTok-only checks not run',
      { checks: checks(offline) },
      { kind: 'ready', fromRecords: true },
    ],
    [
      'expiring soon stays ready, with the heads-up as a note',
      { checks: checks({ expiry: 'warn' }) },
      { kind: 'ready', note: { message: 'expiry warn', fix: 'fix expiry' } },
    ],
    [
      'expired: blocked with its fix',
      { checks: checks({ ...offline, expiry: 'fail' }) },
      { kind: 'blocked', reason: 'expiry fail', fix: 'fix expiry' },
    ],
    [
      'revoked',
      { checks: checks({ revocation: 'fail' }) },
      { kind: 'blocked', reason: 'revocation fail' },
    ],
    [
      'another post',
      { checks: checks({ 'wrong-post': 'fail' }) },
      { kind: 'blocked', reason: 'wrong-post fail' },
    ],
    [
      'another market',
      { checks: checks({ region: 'fail' }) },
      { kind: 'blocked', reason: 'region fail' },
    ],
    [
      'the first blocker in check order decides, whatever order they came in',
      { checks: checks({ region: 'fail', expiry: 'fail' }).reverse() },
      { kind: 'blocked', reason: 'expiry fail' },
    ],
    [
      'not a complete code, even while the rest is checking',
      {
        checks: checks({ format: 'fail', expiry: 'pending' }),
        complete: false,
      },
      { kind: 'blocked', reason: 'format fail', fix: 'fix format' },
    ],
    [
      'cut short though the format looked fine',
      { checks: checks(), complete: false },
      {
        kind: 'blocked',
        reason: 'Not a complete Spark code',
        fix: expect.stringMatching(/^Copy/) as string,
      },
    ],
    [
      'a blocker shows before the inventory answers',
      { checks: checks({ expiry: 'pending', format: 'fail' }) },
      { kind: 'blocked', reason: 'format fail' },
    ],
    ['still checking', { checks: checks({ expiry: 'pending' }) }, { kind: 'checking' }],
    [
      'checking outranks a warning a later answer may turn into a blocker',
      { checks: checks({ duplicate: 'warn', region: 'pending' }) },
      { kind: 'checking' },
    ],
    [
      'pasted twice: Clean field fixes it',
      { checks: checks({ duplicate: { status: 'warn', cleanable: true } }) },
      { kind: 'needs-fix', reason: 'duplicate warn', fix: 'fix duplicate', cleanable: true },
    ],
    [
      'already applied here is redundant: a fix, not a blocker, and not for Clean field',
      { checks: checks({ duplicate: 'warn' }) },
      { kind: 'needs-fix', cleanable: false },
    ],
    [
      'an old duplicate fail is still only something to take out',
      { checks: checks({ duplicate: 'fail' }) },
      { kind: 'needs-fix' },
    ],
    [
      'characters cleaned out where it was found',
      { checks: checks(), warnings: [WARNING.invisible] },
      {
        kind: 'needs-fix',
        reason: WARNING.invisible,
        fix: expect.stringMatching(/Clean field/) as string,
        cleanable: true,
      },
    ],
    [
      'a truncation note is the format check’s to judge, not a cleaning note',
      { checks: checks(), warnings: [WARNING.paddingMisfit] },
      { kind: 'ready' },
    ],
    [
      'cleanable only when every problem is',
      {
        checks: checks({ duplicate: { status: 'warn', cleanable: true }, 'original-post': 'warn' }),
      },
      { kind: 'needs-fix', reason: 'duplicate warn', cleanable: false },
    ],
    [
      'a fix outranks not checked',
      { checks: checks({ duplicate: 'warn', expiry: 'unknown' }) },
      { kind: 'needs-fix' },
    ],
    [
      'expiry not known is never ready',
      { checks: checks({ ...offline, expiry: 'unknown' }) },
      { kind: 'not-checked', reason: 'expiry unknown', fix: 'fix expiry' },
    ],
    [
      'a lookup that failed leaves the live checks not checked, with its fix',
      { checks: checks({ revocation: 'unknown' }) },
      { kind: 'not-checked', reason: 'revocation unknown', fix: 'fix revocation' },
    ],
    [
      'a check missing from the list is never taken as a pass',
      { checks: checks().filter((c) => c.id !== 'region') },
      { kind: 'not-checked', reason: 'Not every check has run' },
    ],
    ['no checks at all', { checks: [] }, { kind: 'not-checked' }],
  ])('%s', (_name, input, expected) => {
    const verdict = codeVerdict({ complete: true, warnings: [], t: englishTranslate, ...input });
    expect(verdict).toMatchObject(expected);
    if (!('note' in expected)) expect(verdict.note).toBeUndefined();
  });
});
