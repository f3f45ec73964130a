import { describe, expect, it } from 'vitest';
import { summarizeVerdicts, type VerdictKind } from './vocabulary';

describe('summarizeVerdicts', () => {
  it.each<[VerdictKind[], string]>([
    [[], 'No codes'],
    [['ready'], '1 ready'],
    [['ready', 'ready', 'ready', 'blocked', 'blocked'], '3 ready · 2 to remove'],
    [
      ['checking', 'not-checked', 'blocked', 'needs-fix', 'ready'],
      '1 ready · 1 to fix · 1 to remove · 1 not checked · 1 checking…',
    ],
    [['needs-fix', 'needs-fix'], '2 to fix'],
  ])('%j → %s', (kinds, line) => {
    expect(summarizeVerdicts(kinds)).toBe(line);
  });
});
