import { normalizeSparkCode, scanPaste } from '../codes';
import { stripFormulaGuard } from './formula-safety';

export type CodeCell =
  | { kind: 'code'; code: string; warnings: string[] }
  /** `why` is lib/codes' plain-words reason when the cell looked like a broken code. */
  | { kind: 'none'; why?: string }
  | { kind: 'several'; count: number };

/**
 * Reads the code column. A leading `'` is a spreadsheet's text marker, never part of a code
 * (codes start with `#`), so it goes even where the export would not have added it.
 */
export function readCodeCell(cell: string): CodeCell {
  const text = stripFormulaGuard(cell).replace(/^'+/, '');
  const scan = scanPaste(text);
  if (scan.codes.length > 1) return { kind: 'several', count: scan.codes.length };
  const code = normalizeSparkCode(text);
  if (code === null) {
    const why = scan.rejected[0]?.reason;
    return why ? { kind: 'none', why } : { kind: 'none' };
  }
  return { kind: 'code', code, warnings: [...(scan.codes[0]?.warnings ?? [])] };
}

export function looksLikeCode(cell: string): boolean {
  return readCodeCell(cell).kind === 'code';
}
