import type { FoundCode } from '../codes';
import { rejectionWords } from '../preflight/reading-words';
import { isCompleteCode } from '../codes/completeness';
import type { PreflightItem, RecordSummary } from '../api/panel-schemas';
// Only the two checks that run in the page are imported, each from its own module: the package
// index would also bring zod and every other check into the content script.
import { duplicateCheck } from '../preflight/duplicate';
import { formatCheck } from '../preflight/format';
import type { Check, CheckId, CheckResult } from '../preflight/types';
import type { CheckStatusWord } from '../preflight/vocabulary';
import type { Translate } from '../translate';

/** Every check's name (a message in public/_locales), in the order the background reports them. */
export const CHECK_LABELS: Record<CheckId, string> = {
  format: 'check_format',
  duplicate: 'check_duplicate',
  expiry: 'check_expiry',
  revocation: 'check_revocation',
  'wrong-post': 'check_wrongPost',
  region: 'check_region',
  'original-post': 'check_originalPost',
  'shop-ready': 'check_shopReady',
};

const CHECK_ORDER = Object.keys(CHECK_LABELS) as CheckId[];

/** Checks that need nothing but the pasted text, so they show the moment the code does. */
const LOCAL_CHECKS: Partial<Record<CheckId, Check>> = {
  format: formatCheck,
  duplicate: duplicateCheck,
};

export type RowCheckStatus = CheckStatusWord;

export interface RowCheck extends Pick<CheckResult, 'source' | 'liveOnly' | 'cleanable'> {
  id: CheckId;
  status: RowCheckStatus;
  message: string;
  fix: string;
}

export interface AnswerView {
  outcome: 'applied' | 'failed' | 'transient';
  text: string;
  fix: string;
  /** Whether the answer was written to the inventory. */
  saved:
    | 'saving'
    | 'saved'
    | 'not-in-inventory'
    | 'already-applied'
    | 'contradicted'
    | 'not-saved'
    | 'never';
}

export interface PanelRow {
  /** The normalised code, or the raw text of something that only looked like one. */
  key: string;
  code: string;
  raw: string;
  warnings: string[];
  occurrences: number;
  /** False for text that looked like a code but is not one; it cannot be added or cleaned in. */
  usable: boolean;
  checks: RowCheck[];
  inventory: 'checking' | 'in' | 'out' | 'unreachable';
  record?: RecordSummary;
  endsAt: number | null;
  /** The post TikTok says the code points to, when it was asked. */
  post?: PreflightItem['post'];
  /** What the code's post spent in the last 7 days, as last read; absent when not known. */
  spent7?: PreflightItem['spent7'];
  answer?: AnswerView;
}

export interface RejectedCandidate {
  raw: string;
  reason: string;
  suggestion?: string;
}

export function localRows(
  codes: readonly Pick<FoundCode, 'code' | 'raw' | 'warnings' | 'occurrences'>[],
  rejected: readonly RejectedCandidate[],
  now: number,
  t: Translate,
): PanelRow[] {
  const pending = (id: CheckId): RowCheck => ({
    id,
    status: 'pending',
    message: t('panel_checkingInventory'),
    fix: '',
  });
  const rows = codes.map((found): PanelRow => {
    const input = {
      code: found.code,
      extractionWarnings: found.warnings,
      occurrences: found.occurrences,
    };
    const checks = CHECK_ORDER.map((id): RowCheck => {
      const check = LOCAL_CHECKS[id];
      if (!check) return pending(id);
      try {
        return { ...check(input, { now, t }), id };
      } catch {
        return pending(id);
      }
    });
    return {
      key: found.code,
      code: found.code,
      raw: found.raw,
      warnings: [...found.warnings],
      occurrences: found.occurrences,
      // A half-typed or cut-off code gets its row, but nothing can add it or count it as ready.
      usable: isCompleteCode(found.code, found.warnings),
      checks,
      inventory: 'checking',
      endsAt: null,
    };
  });
  const broken = rejected.map((r): PanelRow => ({
    key: `rejected:${r.raw}`,
    code: '',
    raw: r.raw,
    warnings: [],
    occurrences: 1,
    usable: false,
    checks: [
      {
        id: 'format',
        status: 'fail',
        message: rejectionWords(r.reason, t),
        fix: r.suggestion ? t('panel_rejectedSuggestion', [r.suggestion]) : t('panel_rejectedFix'),
      },
    ],
    inventory: 'out',
    endsAt: null,
  }));
  return [...rows, ...broken];
}

/** Fills rows in with the background's answer, keeping anything the page told us since. */
export function withBackground(rows: readonly PanelRow[], items: readonly PreflightItem[]) {
  const byCode = new Map(items.map((item) => [item.code, item]));
  return rows.map((row): PanelRow => {
    const item = row.usable ? byCode.get(row.code) : undefined;
    if (!item) return row;
    const order = new Map(CHECK_ORDER.map((id, index) => [id, index]));
    const checks = [...item.results].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    return {
      ...row,
      checks,
      inventory: item.inInventory ? 'in' : 'out',
      record: item.record,
      endsAt: item.endsAt,
      post: item.post,
      spent7: item.spent7,
    };
  });
}

/**
 * When the inventory cannot be asked, what it would have said is unknown; it is never shown
 * as passing.
 */
export function withoutBackground(rows: readonly PanelRow[], why: string): PanelRow[] {
  return rows.map((row) =>
    row.inventory === 'checking'
      ? {
          ...row,
          inventory: 'unreachable',
          checks: row.checks.map((check) =>
            check.status === 'pending' ? { ...check, status: 'unknown', message: why } : check,
          ),
        }
      : row,
  );
}

/** Long enough to tell codes apart at a glance, short enough for one line. */
export function shortCode(code: string): string {
  return code.length <= 20 ? code : `${code.slice(0, 9)}…${code.slice(-6)}`;
}
