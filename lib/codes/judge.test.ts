import { describe, expect, it } from 'vitest';
import { type Attempt, type Verdict, judgeAttempt } from './judge';
import { REASON, foreignCharactersReason } from './messages';
import { MAX_BODY_LENGTH, MIN_BODY_LENGTH } from './patterns';
import { EXAMPLE_CODE } from './test-support';

const CORE = EXAMPLE_CODE.slice(1, -1);
const attempt = (body: string, more: Partial<Attempt> = {}): Attempt => ({
  body,
  foreign: [],
  misplacedPadding: false,
  ellipsisAfter: false,
  ...more,
});
const NONE: Verdict = { kind: 'none' };
const reject = (reason: string): Verdict => ({ kind: 'reject', reason });
// Capitals and digits only: random enough, but a code always mixes both cases.
const NO_LOWER = (length: number) => 'A1'.repeat(length).slice(0, length);
const FOREIGN = { foreign: ['é'] };

describe('judgeAttempt', () => {
  it.each<[string, Attempt, Verdict]>([
    ['a code', attempt(`${CORE}=`), { kind: 'code', core: CORE, padding: 1 }],
    ['a hashtag of a code’s length', attempt('TikTokMadeMeBuyItChallenge2026'), NONE],
    ['a code-length run with no lower case', attempt(NO_LOWER(40)), NONE],
    [
      'half of a code split across lines',
      attempt(CORE, { splitAtLineBreak: true }),
      reject(REASON.splitAcrossLines),
    ],
    [
      'a run too long to be one code',
      attempt(`${CORE}${CORE}${CORE}${CORE}`),
      reject(REASON.tooLong),
    ],
    // Only the first 2 × MAX_BODY_LENGTH characters of an overlong run are measured.
    [
      'an overlong run whose lower case starts late',
      attempt(`${NO_LOWER(2 * MAX_BODY_LENGTH)}ab`),
      NONE,
    ],
    [
      'an overlong run with a foreign character, lower case late',
      attempt(`${NO_LOWER(2 * MAX_BODY_LENGTH)}ab`, FOREIGN),
      NONE,
    ],
    [
      'an overlong run with a foreign character',
      attempt(`${CORE}${CORE}${CORE}${CORE}`, FOREIGN),
      reject(foreignCharactersReason(['é'])),
    ],
    // From MIN_BODY_LENGTH on, a broken attempt must look like a whole code to be reported.
    [
      'a broken run of the shortest code length with no lower case',
      attempt(`${NO_LOWER(MIN_BODY_LENGTH)}=`, FOREIGN),
      NONE,
    ],
    [
      'a broken run one shorter, with no lower case',
      attempt(`${NO_LOWER(MIN_BODY_LENGTH - 1)}=`, FOREIGN),
      reject(foreignCharactersReason(['é'])),
    ],
    [
      'a broken run of the shortest code length',
      attempt(`${CORE.slice(0, MIN_BODY_LENGTH)}=`, FOREIGN),
      reject(foreignCharactersReason(['é'])),
    ],
  ])('judges %s', (_label, given, expected) => {
    expect(judgeAttempt(given)).toEqual(expected);
  });
});
