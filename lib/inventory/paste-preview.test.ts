import { describe, expect, it } from 'vitest';
import { acceptSuggestion, buildPastePreview, summarizePreview } from './paste-preview';
import { createI18n } from '@wxt-dev/i18n';

/** The shipped English messages, which the test set-up serves as the browser would. */
const { t } = createI18n();

const found = (code: string, occurrences = 1, warnings: string[] = []) => ({
  code,
  raw: code,
  start: 0,
  end: code.length,
  warnings,
  occurrences,
});
const rejected = (raw: string) => ({ raw, start: 0, end: raw.length, reason: 'Too short' });

describe('buildPastePreview', () => {
  it('marks codes already saved and counts repeats', () => {
    const preview = buildPastePreview(
      {
        codes: [found('#A'), found('#B', 2, ['Removed quotes']), found('#C')],
        rejected: [rejected('#x')],
      },
      new Set(['#B']),
      500,
    );
    expect(preview.items.map((i) => [i.code, i.known])).toEqual([
      ['#A', false],
      ['#B', true],
      ['#C', false],
    ]);
    expect(preview).toMatchObject({
      newCount: 2,
      knownCount: 1,
      repeatedCount: 1,
      scannedChars: 500,
    });
    expect(preview.items[1]?.warnings).toEqual(['Removed quotes']);
  });
});

describe('summarizePreview', () => {
  it.each<[string, Parameters<typeof buildPastePreview>, string, RegExp]>([
    ['nothing pasted', [{ codes: [], rejected: [] }, new Set(), 0], 'empty', /Paste a DM thread/],
    [
      'junk',
      [{ codes: [], rejected: [] }, new Set(), 40],
      'none-found',
      /^No Spark codes found\. A code starts with #/,
    ],
    [
      'junk with a near miss',
      [{ codes: [], rejected: [rejected('#abc')] }, new Set(), 40],
      'none-found',
      /1 fragment looked like a code/,
    ],
    [
      'codes, known, repeats and rejects',
      [
        {
          codes: [found('#A', 3), found('#B'), found('#C')],
          rejected: [rejected('#x'), rejected('#y')],
        },
        new Set(['#C']),
        900,
      ],
      'found',
      /^Found 3 codes: 2 new, 1 already saved\. 1 code pasted more than once, saved once\. 2 fragments rejected\. The new ones are not saved yet: Save adds 2\.$/,
    ],
    [
      'large numbers are grouped',
      [
        { codes: Array.from({ length: 1200 }, (_, i) => found(`#${i}`)), rejected: [] },
        new Set(),
        1,
      ],
      'found',
      /^Found 1,200 codes: 1,200 new\. Not saved yet: Save adds all 1,200\.$/,
    ],
    [
      'all already saved',
      [{ codes: [found('#A'), found('#B')], rejected: [] }, new Set(['#A', '#B']), 1],
      'found',
      /^Found 2 codes: 2 already saved\. All of them are already saved: Save only fills in details they lack\.$/,
    ],
  ])('%s', (_name, args, tone, text) => {
    const summary = summarizePreview(buildPastePreview(...args), t);
    expect(summary.tone).toBe(tone);
    expect(summary.text).toMatch(text);
  });

  it('says what to do before anything is pasted', () => {
    expect(summarizePreview(null, t).tone).toBe('empty');
  });
});

describe('acceptSuggestion', () => {
  const fragment = { raw: 'AbC1=', start: 4, end: 9, reason: 'no #', suggestion: '#AbC1=' };
  it.each<[string, string, typeof fragment, string | null]>([
    ['puts the suggested code in place', 'hi: AbC1= ok', fragment, 'hi: #AbC1= ok'],
    ['refuses when the text moved', 'hi:  AbC1= ok', fragment, null],
    ['refuses without a suggestion', 'hi: AbC1= ok', { ...fragment, suggestion: '' }, null],
  ])('%s', (_name, text, item, expected) => {
    expect(acceptSuggestion(text, item)).toBe(expected);
  });
});
