import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../records/schema';
import { matchesSearch, searchTerms } from './search';

const record = (creatorHandle?: string): CodeRecord => ({
  code: '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
  raw: '',
  extractionWarnings: [],
  status: 'new',
  addedAt: 0,
  updatedAt: 0,
  creatorHandle,
});

describe('search by creator', () => {
  it.each([
    ['mia', 'mia.lopez', true],
    ['@mia', 'mia.lopez', true],
    ['@MIA.lopez', 'mia.lopez', true],
    ['@mia', '@mia.lopez', true],
    ['lopez', 'mia.lopez', true],
    ['@lopez', 'mia.lopez', false],
    ['@leo', 'mia.lopez', false],
    ['@mia', undefined, false],
  ] as const)('%j finds a code by %j: %s', (query, handle, found) => {
    expect(matchesSearch(record(handle), searchTerms(query))).toBe(found);
  });
});
