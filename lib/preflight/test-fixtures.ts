import type { CodeRecord } from '../db/schema';
import type { LiveFacts, LiveFailure, LiveLookup } from '../tiktok/facts';
import type { PreflightContext, PreflightInput } from './types';

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
  return { now: NOW, timeZone: 'UTC', ...overrides };
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
