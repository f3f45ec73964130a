import { describe, expect, it } from 'vitest';
import { englishTranslate } from '../lifecycle/english.testing';
import type { LiveLookup } from '../tiktok/facts';
import { definitiveFailure, faultFailure, liveHint, liveView } from './live';
import { revocationCheck } from './revocation';
import { facts, failure, makeContext, makeInput, makeRecord } from './test-fixtures';

const TOKEN_HINT = 'Adding an API token in Options lets it be checked live';
const active = facts({ authStatus: 'AUTHORIZED', itemId: '7301234567890123456' });
const stale = facts({ authStatus: 'AUTHORIZED', itemId: '7301234567890123456', fetchedAt: 1 });

interface Row {
  name: string;
  fresh?: LiveLookup;
  stored?: LiveLookup;
  /** Which lookup's facts the checks may use, if any. */
  factsFrom: 'fresh' | 'stored' | 'none';
  factsAreFresh: boolean;
  definitive?: string;
  fault?: string;
  hint: string;
}

describe('liveView', () => {
  const rows: Row[] = [
    { name: 'nothing looked up', factsFrom: 'none', factsAreFresh: false, hint: TOKEN_HINT },
    {
      name: 'a fresh answer',
      fresh: active,
      factsFrom: 'fresh',
      factsAreFresh: true,
      hint: '',
    },
    {
      name: 'a fresh answer wins over a stored one',
      fresh: active,
      stored: failure('revoked', true),
      factsFrom: 'fresh',
      factsAreFresh: true,
      hint: '',
    },
    {
      name: 'only a stored answer: used, but not fresh',
      stored: stale,
      factsFrom: 'stored',
      factsAreFresh: false,
      hint: TOKEN_HINT,
    },
    {
      name: 'a fault now keeps the stored facts, still not fresh',
      fresh: failure('network', false),
      stored: stale,
      factsFrom: 'stored',
      factsAreFresh: false,
      fault: 'network',
      hint: 'Fix for network',
    },
    {
      name: 'a fault now with nothing stored',
      fresh: failure('timeout', false),
      factsFrom: 'none',
      factsAreFresh: false,
      fault: 'timeout',
      hint: 'Fix for timeout',
    },
    {
      name: "TikTok's verdict now makes stored facts moot",
      fresh: failure('revoked', true),
      stored: stale,
      factsFrom: 'none',
      factsAreFresh: false,
      definitive: 'revoked',
      hint: '',
    },
    {
      name: 'a stored verdict is kept',
      stored: failure('expired', true),
      factsFrom: 'none',
      factsAreFresh: false,
      definitive: 'expired',
      hint: '',
    },
    {
      name: 'a stored fault says nothing about the code now',
      stored: failure('server', false),
      factsFrom: 'none',
      factsAreFresh: false,
      hint: TOKEN_HINT,
    },
  ];

  it.each(rows)('$name', (row) => {
    const record = row.stored ? makeRecord({ live: row.stored }) : makeRecord();
    const view = liveView(makeInput({ record, live: row.fresh }));
    const expectedFacts =
      row.factsFrom === 'fresh' ? row.fresh : row.factsFrom === 'stored' ? row.stored : undefined;
    expect(view.facts).toEqual(expectedFacts?.kind === 'facts' ? expectedFacts.facts : undefined);
    expect(view.factsAreFresh).toBe(row.factsAreFresh);
    expect(definitiveFailure(view)?.reason).toBe(row.definitive);
    expect(faultFailure(view)?.reason).toBe(row.fault);
    expect(liveHint(view, englishTranslate)).toBe(row.hint);
  });
});

describe('stale facts during a lookup fault', () => {
  it.each<[string, LiveLookup | undefined]>([
    ['the lookup failed on the network', failure('network', false)],
    ['the lookup timed out', failure('timeout', false)],
    ['no lookup ran', undefined],
  ])('are never reported as TikTok confirming the code: %s', (_name, fresh) => {
    const input = makeInput({ record: makeRecord({ live: stale }), live: fresh });
    const result = revocationCheck(input, makeContext());
    expect(result.status).toBe('unknown');
    expect(result.message).not.toMatch(/confirms/);
  });
});
