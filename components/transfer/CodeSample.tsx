import type { ReactNode } from 'react';
import { shortCode } from '../dashboard/format';
import { useServices } from '../dashboard/services';

/** A preview of many rows shows the first of them; the counts above say how many there are. */
const SHOWN = 100;

export interface SampleEntry {
  key: string;
  row?: number;
  code: string;
  detail?: ReactNode;
}

export function CodeSample({ title, entries }: { title: string; entries: readonly SampleEntry[] }) {
  const { t } = useServices();
  if (entries.length === 0) return null;
  return (
    <details className="sample">
      <summary>{title}</summary>
      <ul>
        {entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.key}>
            {entry.row !== undefined && (
              <span className="hint">{t('preview_row', [entry.row])} </span>
            )}
            <code title={entry.code}>{shortCode(entry.code)}</code>
            {entry.detail && <> — {entry.detail}</>}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && (
        <p className="hint">{t('preview_moreRows', [entries.length - SHOWN])}</p>
      )}
    </details>
  );
}
