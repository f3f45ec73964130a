import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REASON,
  WARNING,
  foreignCharactersReason,
  shorterThanUsualWarning,
} from '../codes/messages';
import { englishMessages, englishTranslate } from '../lifecycle/english.testing';
import type { CodeRecord } from '../records/schema';
import type { LiveFailure, LiveLookup } from '../tiktok/facts';
import { failureFor } from '../tiktok/errors';
import type { Translate } from '../translate';
import { failureWords } from './live';
import { runPreflight } from './run';
import { CODE, DAY, NOW, makeRecord } from './test-fixtures';
import type { PreflightInput } from './types';
import { codeVerdict } from './verdict';
import { rejectionWords, warningWords } from './reading-words';

/**
 * A language in which every message reads `⟦name⟧`: any word a check writes itself instead of
 * asking `t` shows up as text outside the brackets.
 */
const bracketed: Translate = (key: string) => `⟦${key}⟧`;
/** Only bracketed message names, joined the way results join their sentences. */
const ONLY_MESSAGES = /^(?:⟦[A-Za-z_]+⟧(?:\. ⟦[A-Za-z_]+⟧)*)?$/;

const day = fc.integer({ min: -40, max: 400 }).map((n) => new Date(NOW + n * DAY));
const isoDay = day.map((d) => d.toISOString().slice(0, 10));

const record: fc.Arbitrary<CodeRecord> = fc
  .record(
    {
      status: fc.constantFrom('new', 'ready', 'applied', 'failed', 'expired', 'revoked'),
      expiresOn: isoDay,
      receivedOn: isoDay,
      duration: fc.constantFrom(7, 30, 60, 365, 'none' as const),
      campaignEndsOn: isoDay,
      creatorRegion: fc.constantFrom('US', 'FR', 'ZZ', ' '),
      expectedPost: fc.constantFrom(
        'https://www.tiktok.com/@mia/video/7301234567890123456',
        'https://vm.tiktok.com/ZMabc/',
        'not a link',
        '7301234567890999999',
      ),
      adAccountId: fc.constantFrom('111', '222'),
      appliedAt: day.map((d) => d.getTime()),
      failureReason: fc.constantFrom('Ads Manager said no', ''),
    },
    { requiredKeys: ['status'] },
  )
  .map((fields) => makeRecord(fields as Partial<CodeRecord>));

const namedFailure: fc.Arbitrary<LiveFailure> = fc
  .oneof(
    fc.constantFrom(
      { kind: 'network' as const },
      { kind: 'timeout' as const },
      { kind: 'malformed' as const },
      { kind: 'http' as const, status: 429 },
      { kind: 'http' as const, status: 503 },
      { kind: 'http' as const, status: 401 },
    ),
    fc
      .constantFrom(4025, 4026, 930002, 40001, 50000, 40100, 4027)
      .map((code) => ({ kind: 'api' as const, code, message: '' })),
  )
  .map((problem) => failureFor(problem, NOW));

const live: fc.Arbitrary<LiveLookup> = fc.oneof(
  namedFailure.map((failure) => ({ kind: 'failure' as const, failure })),
  fc
    .record(
      {
        authStatus: fc.constantFrom('AUTHORIZED', 'REVOKED', 'EXPIRED', 'ODD', ''),
        authEnd: day.map((d) => d.getTime()),
        itemId: fc.constantFrom('7301234567890123456', '7301234567890000000'),
        productRegions: fc.constantFrom<string[][]>(['US'], ['FR', 'DE'], []),
        stitchOriginalItemId: fc.constantFrom('7301234567890000001', ''),
        duetOriginalItemId: fc.constantFrom('7301234567890000002', ''),
        mentionedItemIds: fc.constantFrom<string[][]>(['7301234567890000003'], []),
      },
      { requiredKeys: [] },
    )
    .map((facts) => ({ kind: 'facts' as const, facts: { fetchedAt: NOW, ...facts } })),
);

const input: fc.Arbitrary<PreflightInput> = fc.record(
  {
    code: fc.constantFrom(CODE, '#short', CODE.slice(0, 30)),
    occurrences: fc.integer({ min: 1, max: 3 }),
    extractionWarnings: fc.subarray([
      WARNING.invisible,
      WARNING.ellipsis,
      shorterThanUsualWarning(30),
    ]),
    record,
    live,
  },
  { requiredKeys: ['code', 'occurrences'] },
);

describe('the words of the checks', () => {
  it('come from the messages: no check writes a word of its own', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(undefined, { id: '111' }, { id: '111', country: 'US' }),
        (codeInput, adAccount) => {
          const context = { now: NOW, timeZone: 'UTC', adAccount, t: bracketed };
          const results = runPreflight(codeInput, context);
          for (const r of results) {
            expect(r.message, r.id).toMatch(ONLY_MESSAGES);
            expect(r.fix, r.id).toMatch(ONLY_MESSAGES);
          }
          const verdict = codeVerdict({
            checks: results,
            complete: codeInput.code === CODE,
            warnings: codeInput.extractionWarnings ?? [],
            t: bracketed,
          });
          expect(verdict.reason).toMatch(ONLY_MESSAGES);
          expect(verdict.fix).toMatch(ONLY_MESSAGES);
        },
      ),
    );
  });

  it.each(Object.entries(WARNING))(
    'note %s reads the same in English as lib/codes writes it',
    (_, note) => {
      expect(warningWords(note, englishTranslate)).toBe(note);
    },
  );

  it.each([
    ['a count', shorterThanUsualWarning(31), '⟦preflight_noteShorterThanUsual⟧'],
    [
      'a note from an older build',
      'Some note no build writes now',
      'Some note no build writes now',
    ],
  ])('a note with %s is worded too', (_, note, words) => {
    expect(warningWords(note, bracketed)).toBe(words);
    expect(warningWords(note, englishTranslate)).toBe(note);
  });
});

describe('rejectionWords', () => {
  it.each(Object.entries(REASON))(
    'reason %s reads the same in English as lib/codes writes it',
    (_, reason) => {
      expect(rejectionWords(reason, englishTranslate)).toBe(reason);
      expect(rejectionWords(reason, bracketed)).toMatch(ONLY_MESSAGES);
    },
  );

  it('names the characters a code never contains', () => {
    const reason = foreignCharactersReason(['ä', '\u200b']);
    expect(rejectionWords(reason, englishTranslate)).toBe(reason);
    expect(rejectionWords(reason, (key, values) => `${key}:${String(values)}`)).toBe(
      'preflight_rejectForeign:"ä", U+200B',
    );
  });

  it('keeps a reason from an older build as it was written', () => {
    expect(rejectionWords('Some reason no build writes now', bracketed)).toBe(
      'Some reason no build writes now',
    );
  });
});

describe('failureWords', () => {
  const stored: LiveFailure = {
    fetchedAt: NOW,
    reason: 'timeout',
    definitive: false,
    message: 'Stored words.',
    fix: 'Stored fix',
  };

  it.each<[string, LiveFailure, { message: string; fix: string }]>([
    [
      'a failure the extension worded is worded again',
      { ...stored, messageName: 'fault_timeout' },
      { message: '⟦fault_timeout⟧', fix: '⟦fault_timeoutFix⟧' },
    ],
    [
      'a failure without a name keeps what it was stored with',
      stored,
      { message: 'Stored words.', fix: 'Stored fix' },
    ],
    [
      'an error only TikTok can word keeps its words and gets the usual advice',
      { ...stored, reason: 'unknown', apiCode: 4026, message: 'TikTok answered error 4026.' },
      { message: 'TikTok answered error 4026.', fix: '⟦fault_unknownFix⟧' },
    ],
  ])('%s', (_, failure, words) => {
    expect(failureWords(failure, bracketed)).toEqual(words);
  });

  it('a name this build has no words for keeps the stored English', () => {
    const none: Translate = () => '';
    expect(failureWords({ ...stored, messageName: 'fault_gone' }, none)).toEqual({
      message: 'Stored words.',
      fix: 'Stored fix',
    });
  });

  it('says in English what records keep, for every failure the extension words', () => {
    const messages = englishMessages();
    const problems = [
      { kind: 'network' as const },
      { kind: 'timeout' as const },
      { kind: 'malformed' as const },
      ...[4025, 4026, 930002, 40001, 40100, 50000, 4027, 40002].map((code) => ({
        kind: 'api' as const,
        code,
        message: '',
      })),
      { kind: 'http' as const, status: 429 },
    ];
    const named = problems.map((p) => failureFor(p, NOW)).filter((f) => f.messageName);
    expect(named.length).toBeGreaterThan(8);
    for (const failure of named) {
      const name = failure.messageName ?? '';
      expect(messages[name]?.message, name).toBe(failure.message.replace(/\.$/, ''));
      expect(messages[`${name}Fix`]?.message, name).toBe(failure.fix);
    }
  });
});
