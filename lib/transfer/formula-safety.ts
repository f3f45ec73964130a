/**
 * Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"), so an
 * exported note like `=HYPERLINK(...)` could act when the buyer opens the file.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const GUARD = "'";

/**
 * Prefixes a formula-looking cell with `'`, which spreadsheets show as text and hide. A cell that
 * already starts with `'` gets one too, so stripping exactly one on import always restores it.
 */
export function formulaSafe(cell: string): string {
  const first = cell.charAt(0);
  return FORMULA_TRIGGERS.has(first) || first === GUARD ? GUARD + cell : cell;
}

/** Undoes `formulaSafe`, and the same guard added by other tools. */
export function stripFormulaGuard(cell: string): string {
  if (cell.charAt(0) !== GUARD) return cell;
  const next = cell.charAt(1);
  return FORMULA_TRIGGERS.has(next) || next === GUARD ? cell.slice(1) : cell;
}
