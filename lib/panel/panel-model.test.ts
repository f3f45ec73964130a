import { describe, expect, it } from 'vitest';
import { scanPaste } from '../codes/scan';
import { createI18n } from '@wxt-dev/i18n';
import { localRows, withBackground } from './panel-model';

const { t } = createI18n();

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

describe('localRows: which codes the panel may add', () => {
  it.each([
    ['a whole code', CODE, true],
    ['26 characters of it, half typed', CODE.slice(0, 26), false],
    ['a code cut off before an ellipsis', `${CODE.slice(0, 50)}…`, false],
  ])('%s → usable %s', (_label, text, usable) => {
    const scan = scanPaste(text);
    const rows = localRows(scan.codes, scan.rejected, 0, t);
    expect(rows.some((row) => row.usable)).toBe(usable);
  });
});

describe('withBackground', () => {
  it('keeps what each result rests on, so the panel can say it once for all codes', () => {
    const scan = scanPaste(CODE);
    const [local] = localRows(scan.codes, scan.rejected, 0, t);
    const results = [
      {
        id: 'region' as const,
        status: 'pass' as const,
        message: 'ok',
        fix: '',
        source: 'records' as const,
      },
      {
        id: 'revocation' as const,
        status: 'unknown' as const,
        message: '?',
        fix: '',
        liveOnly: true as const,
      },
    ];
    const [row] = withBackground(local ? [local] : [], [
      { code: CODE, inInventory: true, results, endsAt: null },
    ]);
    expect(row?.checks.map((c) => [c.id, c.source, c.liveOnly])).toEqual([
      ['revocation', undefined, true],
      ['region', 'records', undefined],
    ]);
  });
});
