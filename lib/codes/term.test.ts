import { describe, expect, it } from 'vitest';
import { parseTerm, termText, type Term } from './term';

const TODAY = '2026-11-26';

describe('parseTerm reads what a buyer types in a code’s term field', () => {
  const cases: [string, Term | null | undefined][] = [
    ['', undefined],
    ['   ', undefined],
    ['30', { duration: 30 }],
    ['30 days', { duration: 30 }],
    ['60-day', { duration: 60 }],
    ['1 year', { duration: 365 }],
    ['12 months', { duration: 365 }],
    ['no expiry', { duration: 'none' }],
    ['Never expires', { duration: 'none' }],
    ['until Dec 31', { expiresOn: '2026-12-31' }],
    // A date already past this year is next year's.
    ['until Jan 5', { expiresOn: '2027-01-05' }],
    ['Nov 26', { expiresOn: '2026-11-26' }],
    ['2027-02-28', { expiresOn: '2027-02-28' }],
    ['31 December 2027', { expiresOn: '2027-12-31' }],
    ['2027-02-30', null],
    ['0', null],
    ['9999 days', null],
    ['soon', null],
  ];
  it.each(cases)('%j', (text, want) => {
    expect(parseTerm(text, TODAY)).toEqual(want);
  });

  const terms: Term[] = [
    { duration: 7 },
    { duration: 45 },
    { duration: 365 },
    { duration: 'none' },
    { expiresOn: '2027-03-01' },
  ];
  it.each(terms)('termText(%j) reads back to the same term', (term) => {
    expect(parseTerm(termText(term), TODAY)).toEqual(term);
  });
});

describe('words that only look like a length', () => {
  it.each(['and done', 'a day ago', 'sent 3 days ago', 'band 7', 'mode'])('%j is none', (text) => {
    expect(parseTerm(text, TODAY)).toBeNull();
  });
  it.each([
    ['a year', 365],
    ['two weeks', 14],
    ['thirty days', 30],
  ])('%j is %d days', (text, days) => {
    expect(parseTerm(text, TODAY)).toEqual({ duration: days });
  });
});
