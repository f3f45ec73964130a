import { describe, expect, it } from 'vitest';
import { findTerms, parseTerm, sameTerm, termText, type Term } from './term';

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

describe('lengths in every unit and spelling', () => {
  it.each([
    ['1', 1],
    ['3650', 3650],
    ['30d', 30],
    ['30 D', 30],
    ['2 wks', 14],
    ['2 Weeks', 14],
    ['3 mos', 90],
    ['6 months', 180],
    ['twelve months', 365],
    ['12 weeks', 84],
    ['9 years', 3285],
    ['2 yrs', 730],
    ['10 Years', 3650],
    ['3650 days', 3650],
    ['Two Weeks', 14],
    ['ONE YEAR', 365],
    ['30 DAYS', 30],
  ])('%j is %d days', (text, days) => {
    expect(parseTerm(text, TODAY)).toEqual({ duration: days });
  });

  // Ten years is the longest term a record keeps.
  it.each(['3651', '3651 days', '11 years', '0 days', '12345'])('%j is not a term', (text) => {
    expect(parseTerm(text, TODAY)).toBeNull();
  });
});

describe('end dates in every form', () => {
  it.each([
    ['UNTIL DEC 31', '2026-12-31'],
    ['until December 31', '2026-12-31'],
    ['until Sept 5', '2027-09-05'],
    ['until Dec 31, 2027', '2027-12-31'],
    ['until 3rd of March', '2027-03-03'],
    ['expires on 2027-1-5', '2027-01-05'],
    ['Nov 25', '2027-11-25'],
    ['2028-02-29', '2028-02-29'],
    // A mistyped year stays the year written, never 1927.
    ['0027-01-05', '0027-01-05'],
    // Day and month are told apart only when one of them cannot be a month.
    ['12/31', '2026-12-31'],
    ['31/12', '2026-12-31'],
    ['13/12', '2026-12-13'],
    ['12/13', '2026-12-13'],
    ['12/31/27', '2027-12-31'],
    ['31.12.2027', '2027-12-31'],
    ['expires in 5 days', '2026-12-01'],
    ['ends in 2 weeks', '2026-12-10'],
    ['expires in one week', '2026-12-03'],
    ['Expires in 36 days', '2027-01-01'],
  ])('%j ends on %s', (text, expiresOn) => {
    expect(parseTerm(text, TODAY)).toEqual({ expiresOn });
  });

  it.each([
    '2027-13-01',
    '2027-00-10',
    'Feb 30',
    'Feb 29',
    '12/12',
    '05/06',
    'expires in 9999 days',
  ])('%j is not a date', (text) => {
    expect(parseTerm(text, TODAY)).toBeNull();
  });

  it('a day without a year is the next one, across a leap day', () => {
    expect(parseTerm('Feb 29', '2027-06-01')).toEqual({ expiresOn: '2028-02-29' });
  });
});

describe('findTerms', () => {
  it('lists every term in text order, wherever each kind is found', () => {
    const text = '30 days, or no expiry, or until Dec 31, expires in 5 days';
    expect(findTerms(text, TODAY)).toEqual([
      { term: { duration: 30 }, start: 0 },
      { term: { duration: 'none' }, start: 12 },
      { term: { expiresOn: '2026-12-31' }, start: 26 },
      { term: { expiresOn: '2026-12-01' }, start: 40 },
    ]);
  });

  it('reads a date only after a word that makes it an end', () => {
    expect(findTerms('posted Dec 1, see 2027-01-05', TODAY)).toEqual([]);
  });

  it('reads a length written after a date', () => {
    expect(findTerms('until Dec 31, then 30 days', TODAY)).toEqual([
      { term: { expiresOn: '2026-12-31' }, start: 0 },
      { term: { duration: 30 }, start: 19 },
    ]);
  });

  it('does not read the day of a date as a length', () => {
    expect(findTerms('until 12/31 days', TODAY)).toEqual([
      { term: { expiresOn: '2026-12-31' }, start: 0 },
    ]);
  });

  it('the first term written wins', () => {
    expect(parseTerm('30 days until Dec 31', TODAY)).toEqual({ duration: 30 });
    expect(parseTerm('no expiry, 30 days', TODAY)).toEqual({ duration: 'none' });
  });
});

describe('termText and sameTerm', () => {
  it.each([
    [undefined, ''],
    [{ duration: 30 }, '30 days'],
    [{ duration: 365 }, '1 year'],
    [{ duration: 'none' }, 'no expiry'],
    [{ expiresOn: '2027-03-01' }, 'until 2027-03-01'],
  ] as [Term | undefined, string][])('%j shows as %j', (term, text) => {
    expect(termText(term)).toBe(text);
  });

  it('tells terms apart by what they say', () => {
    expect(sameTerm({ duration: 30 }, { duration: 30 })).toBe(true);
    expect(sameTerm({ duration: 30 }, { duration: 31 })).toBe(false);
    expect(sameTerm({ duration: 'none' }, { expiresOn: '2027-01-01' })).toBe(false);
  });
});
