import { describe, expect, it } from 'vitest';
import { englishMessage } from '../lifecycle/english.testing';
import { historyLines } from './history';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

describe('historyLines', () => {
  it('lists newest first, with each event in plain words and its recorded detail', () => {
    const lines = historyLines([
      { id: 1, code: CODE, type: 'added', at: 1000 },
      { id: 3, code: CODE, type: 'failed', at: 3000, detail: 'Ads Manager: This code has expired' },
      { id: 2, code: CODE, type: 'copied', at: 2000, detail: 'batch-7-1' },
    ]);
    expect(lines.map((l) => [englishMessage(l.label), l.detail])).toEqual([
      ['Failed', 'Ads Manager: This code has expired'],
      ['Copied in a batch', 'batch-7-1'],
      ['Added', undefined],
    ]);
  });

  it('keeps the order writes happened in when two share a moment', () => {
    const lines = historyLines([
      { id: 4, code: CODE, type: 'checked', at: 5000 },
      { id: 5, code: CODE, type: 'applied', at: 5000 },
    ]);
    expect(lines.map((l) => englishMessage(l.label))).toEqual(['Applied', 'Checked']);
  });
});
