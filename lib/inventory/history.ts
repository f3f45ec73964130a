import type { CodeEvent } from '../records/schema';

/** What happened, as message names. */
const LABELS: Record<CodeEvent['type'], string> = {
  added: 'history_added',
  updated: 'history_updated',
  checked: 'history_checked',
  batched: 'history_batched',
  copied: 'history_copied',
  applied: 'history_applied',
  failed: 'history_failed',
  deleted: 'history_deleted',
  restored: 'history_restored',
};

export interface HistoryLine {
  key: string;
  at: number;
  label: string;
  /** The reason, the check summary or the batch, in the words it was recorded with. */
  detail?: string;
}

/** A code's timeline as the buyer reads it: newest first. */
export function historyLines(events: readonly CodeEvent[]): HistoryLine[] {
  return [...events]
    .sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0))
    .map((event, index) => ({
      key: `${event.id ?? index}-${event.at}`,
      at: event.at,
      label: LABELS[event.type],
      detail: event.detail,
    }));
}
