import type { CodeEvent } from '../records/schema';

const LABELS: Record<CodeEvent['type'], string> = {
  added: 'Added',
  updated: 'Details changed',
  checked: 'Checked',
  batched: 'Put in a batch',
  copied: 'Copied in a batch',
  applied: 'Applied',
  failed: 'Failed',
  deleted: 'Deleted',
  restored: 'Restored',
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
