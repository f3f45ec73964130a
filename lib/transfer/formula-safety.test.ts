import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../records/schema';
import { inventoryToCsv } from './csv-export';
import { EXPORT_HEADERS } from './fields';
import { formulaSafe, stripFormulaGuard } from './formula-safety';
import { sampleCode } from './sample-codes.testing';

describe('formulaSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'already quoted", "''already quoted"],
    [
      '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
      '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
    ],
    ['maya', 'maya'],
    [' =1', ' =1'],
    ['', ''],
  ])('%j → %j and back', (cell, safe) => {
    expect(formulaSafe(cell)).toBe(safe);
    expect(stripFormulaGuard(formulaSafe(cell))).toBe(cell);
  });

  it('leaves a lone leading quote from another tool alone unless it guards something', () => {
    expect(stripFormulaGuard("'hello")).toBe("'hello");
    expect(stripFormulaGuard("'=1")).toBe('=1');
  });
});

describe('inventoryToCsv', () => {
  const code = sampleCode(1);
  const record: CodeRecord = {
    code,
    raw: code,
    extractionWarnings: [],
    status: 'applied',
    addedAt: 0,
    updatedAt: 0,
    creatorHandle: '@=cmd|"/c calc"!A0',
    expectedPost: '+https://www.tiktok.com/@maya/video/1',
    notes: '-1+1, with "quotes"\nand a second line',
    adAccountId: '7000000000000000001',
  };

  it('makes every formula-looking cell text and keeps the code exact', () => {
    const csv = inventoryToCsv([record]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: true }).data;
    const [header, row] = rows;
    expect(header?.[0]).toBe(EXPORT_HEADERS.code);
    expect(row?.[0]).toBe(code);
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row).toContain(`'@=cmd|"/c calc"!A0`);
    expect(row).toContain("'+https://www.tiktok.com/@maya/video/1");
    expect(row).toContain(`'-1+1, with "quotes"\nand a second line`);
    expect(row).toContain('7000000000000000001');
  });
});
