import type { CodeRecord } from '../records/schema';
import type { LiveFacts, LiveFailure, LiveLookup } from '../tiktok/facts';
import { expect } from 'vitest';
import { englishTranslate } from '../lifecycle/english.testing';
import type { Check, CheckId, CheckStatus, PreflightContext, PreflightInput } from './types';

export const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';
export const DAY = 24 * 60 * 60 * 1000;
/** 2026-06-15 12:00 UTC: far from any daylight-saving change. */
export const NOW = Date.UTC(2026, 5, 15, 12);

export function makeRecord(overrides: Partial<CodeRecord> = {}): CodeRecord {
  return {
    code: CODE,
    raw: CODE,
    extractionWarnings: [],
    status: 'new',
    addedAt: NOW - 10 * DAY,
    updatedAt: NOW - 10 * DAY,
    ...overrides,
  };
}

export function facts(overrides: Partial<LiveFacts> = {}): LiveLookup {
  return { kind: 'facts', facts: { fetchedAt: NOW, ...overrides } };
}

export function failure(
  reason: LiveFailure['reason'],
  definitive: boolean,
  overrides: Partial<LiveFailure> = {},
): LiveLookup {
  return {
    kind: 'failure',
    failure: {
      fetchedAt: NOW,
      reason,
      definitive,
      message: `TikTok said ${reason}.`,
      fix: `Fix for ${reason}`,
      ...overrides,
    },
  };
}

export function makeInput(overrides: Partial<PreflightInput> = {}): PreflightInput {
  return { code: CODE, occurrences: 1, ...overrides };
}

export function makeContext(overrides: Partial<PreflightContext> = {}): PreflightContext {
  return { now: NOW, timeZone: 'UTC', t: englishTranslate, ...overrides };
}

/** Every failure TikTok never means as a judgement on the code. */
export const FAULT_REASONS = [
  'network',
  'timeout',
  'server',
  'rate_limited',
  'auth',
  'bad_response',
] as const satisfies readonly LiveFailure['reason'][];

/** One row of a check's table: what goes in, and the verdict, words and fix that come out. */
export interface CheckCase {
  name: string;
  input: Partial<PreflightInput>;
  context?: Partial<PreflightContext>;
  status: CheckStatus;
  /** The exact message, or a pattern where the wording carries a date or a name. */
  message: string | RegExp;
  /** '' where no fix may be given. */
  fix: RegExp | '';
}

/** Runs a check on a table row and holds it to the row's verdict, message and fix. */
export function expectCheck(check: Check, id: CheckId, row: CheckCase): void {
  const result = check(makeInput(row.input), makeContext(row.context));
  expect(result.id).toBe(id);
  expect(result.status).toBe(row.status);
  if (typeof row.message === 'string') expect(result.message).toBe(row.message);
  else expect(result.message).toMatch(row.message);
  if (row.fix === '') expect(result.fix).toBe('');
  else expect(result.fix).toMatch(row.fix);
}
