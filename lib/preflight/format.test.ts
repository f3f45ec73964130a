import { describe, expect, it } from 'vitest';
import { formatCheck, isWellFormedCode } from './format';
import { CODE, FAULT_REASONS, facts, failure, makeContext, makeInput } from './test-fixtures';
import type { CheckStatus, PreflightInput } from './types';

describe('isWellFormedCode', () => {
  it.each([
    [CODE, true],
    ['#' + 'A'.repeat(24), true],
    ['#' + 'a/b+'.repeat(10) + '==', true],
    ['#' + 'A'.repeat(23), false],
    ['#' + 'A'.repeat(30) + '===', false],
    ['#' + 'A'.repeat(15) + '=' + 'A'.repeat(15), false],
    [CODE.slice(1), false],
    [` ${CODE}`, false],
    ['#' + 'A'.repeat(30) + '-_', false],
    ['', false],
  ])('%s → %s', (code, expected) => {
    expect(isWellFormedCode(code)).toBe(expected);
  });
});

describe('formatCheck', () => {
  const cases: {
    name: string;
    input: Partial<PreflightInput>;
    status: CheckStatus;
    text: RegExp;
  }[] = [
    { name: 'a complete code', input: {}, status: 'pass', text: /complete Spark code/ },
    {
      name: 'harmless cleaning notes',
      input: { extractionWarnings: ['Removed invisible characters'] },
      status: 'pass',
      text: /complete/,
    },
    {
      name: 'a code missing its #',
      input: { code: CODE.slice(1) },
      status: 'fail',
      text: /not a complete Spark code/,
    },
    {
      name: 'a code cut far too short',
      input: { code: '#s63DdePaj9' },
      status: 'fail',
      text: /not a complete/,
    },
    {
      name: 'a truncation warning from extraction',
      input: { extractionWarnings: ['Looked truncated: it is followed by "…"'] },
      status: 'warn',
      text: /may be incomplete: Looked truncated/,
    },
    {
      name: 'TikTok calling it mistyped (4013)',
      input: { live: failure('format', true, { apiCode: 4013 }) },
      status: 'fail',
      text: /TikTok says this code is mistyped/,
    },
    {
      name: 'live facts for a good code',
      input: { live: facts({ itemId: '7301234567890123456' }) },
      status: 'pass',
      text: /complete/,
    },
    ...FAULT_REASONS.map((reason) => ({
      name: `a ${reason} fault (never judged by format)`,
      input: { live: failure(reason, false) },
      status: 'pass' as const,
      text: /complete/,
    })),
  ];

  it.each(cases)('$name → $status', ({ input, status, text }) => {
    const result = formatCheck(makeInput(input), makeContext());
    expect(result).toMatchObject({ id: 'format', status });
    expect(result.message).toMatch(text);
    if (status === 'pass') expect(result.fix).toBe('');
    else expect(result.fix).toMatch(/including the # at the start and any =/);
  });
});
