// Each from its own module: the package index would bring every check into the page.
import { codeVerdict, type Verdict } from '../preflight/verdict';
import { summarizeVerdicts, type VerdictKind } from '../preflight/vocabulary';
import type { Translate } from '../translate';
import type { PanelRow } from './panel-model';

// A paste draws the panel several times as its checks come in, and every draw judges every row.
// Rows are replaced, never changed, when anything about them is learnt, so a row is judged once
// (per wording, which tests vary).
const judged = new WeakMap<Translate, WeakMap<PanelRow, Verdict>>();

/** What to do with the code in one row. */
export function rowVerdict(row: PanelRow, t: Translate): Verdict {
  let byRow = judged.get(t);
  if (!byRow) {
    byRow = new WeakMap();
    judged.set(t, byRow);
  }
  let verdict = byRow.get(row);
  if (!verdict) {
    verdict = codeVerdict({ checks: row.checks, complete: row.usable, warnings: row.warnings, t });
    byRow.set(row, verdict);
  }
  return verdict;
}

/** A row with its verdict and its place in the field (rows are shown in another order). */
export interface JudgedRow {
  row: PanelRow;
  verdict: Verdict;
  /** 0-based position in the field. */
  index: number;
}

/** What the buyer must act on comes first; codes that are fine sink to the bottom. */
const URGENCY: Record<VerdictKind, number> = {
  blocked: 0,
  'needs-fix': 1,
  'not-checked': 2,
  checking: 3,
  ready: 4,
};

/** Rows with their verdicts, failing codes first and field order within each verdict. */
export function judgedRows(rows: readonly PanelRow[], t: Translate): JudgedRow[] {
  return rows
    .map((row, index) => ({ row, verdict: rowVerdict(row, t), index }))
    .sort((a, b) => URGENCY[a.verdict.kind] - URGENCY[b.verdict.kind] || a.index - b.index);
}

/** The line above the rows, counted by what to do: "3 ready · 2 to remove". */
export function summaryLine(judged: readonly JudgedRow[], t: Translate): string {
  return summarizeVerdicts(
    judged.map(({ verdict }) => verdict.kind),
    t,
  );
}

/**
 * The codes "Keep only ready codes" leaves in the field, in field order, each once: the ready
 * ones, and those whose only problem goes away when the field holds the cleaned code once
 * (pasted twice, invisible characters). Expired, revoked, redundant or unchecked codes go.
 */
export function readyCodes(judged: readonly JudgedRow[]): string[] {
  const kept = new Set<string>();
  const inFieldOrder = [...judged].sort((a, b) => a.index - b.index);
  for (const { row, verdict } of inFieldOrder) {
    if (!row.usable || kept.has(row.code)) continue;
    if (verdict.kind === 'ready' || (verdict.kind === 'needs-fix' && verdict.cleanable)) {
      kept.add(row.code);
    }
  }
  return [...kept];
}

/**
 * One line for the whole panel instead of the same unknown on every code: the checks only
 * TikTok can settle (revocation, original post, which post the code points to) were not run.
 * `liveNote` says why when TikTok is connected but was not asked for this page. Undefined when
 * there is nothing to say.
 */
export function liveStatusLine(
  rows: readonly PanelRow[],
  liveEnabled: boolean,
  t: Translate,
  liveNote?: string,
): string | undefined {
  const open = rows.filter((row) => row.usable && row.checks.some((c) => c.liveOnly));
  if (open.length === 0) return undefined;
  if (!liveEnabled && liveNote) return t('panel_liveNotCheckedBecause', [liveNote]);
  if (!liveEnabled) return t('panel_liveNotChecked');
  return t('panel_liveNoAnswer', open.length, [open.length]);
}
