import { describe, expect, it } from 'vitest';
import { scanPaste } from '../codes/scan';
import { localRows } from './panel-model';

const CODE = '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=';

describe('localRows: which codes the panel may add', () => {
  it.each([
    ['a whole code', CODE, true],
    ['26 characters of it, half typed', CODE.slice(0, 26), false],
    ['a code cut off before an ellipsis', `${CODE.slice(0, 50)}…`, false],
  ])('%s → usable %s', (_label, text, usable) => {
    const scan = scanPaste(text);
    const rows = localRows(scan.codes, scan.rejected, 0);
    expect(rows.some((row) => row.usable)).toBe(usable);
  });
});
