import { useId } from 'react';
import type { Explanation } from '../../lib/translate';
import { shortCode } from '../dashboard/format';
import { useServices } from '../dashboard/services';
import { say } from './explanation';

/** Enough to fix a file by hand; past this the file itself needs another look. */
const SHOWN = 1000;

export interface RejectedEntry {
  row: number;
  code?: string;
  reasons: Explanation[];
}

export function RejectedRows({
  rows,
  rowLabel,
}: {
  rows: readonly RejectedEntry[];
  rowLabel: string;
}) {
  const { t } = useServices();
  const captionId = useId();
  if (rows.length === 0) return null;
  return (
    <>
      <table className="codes rejected" aria-labelledby={captionId}>
        <caption id={captionId}>{t('preview_rejectedCaption', rows.length, [rows.length])}</caption>
        <thead>
          <tr>
            <th scope="col">{rowLabel}</th>
            <th scope="col">{t('column_code')}</th>
            <th scope="col">{t('preview_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((entry) => (
            <tr key={entry.row}>
              <td>{entry.row}</td>
              <td>{entry.code ? <code title={entry.code}>{shortCode(entry.code)}</code> : ''}</td>
              <td>{entry.reasons.map((reason) => say(t, reason)).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && (
        <p className="hint">{t('preview_moreRows', [rows.length - SHOWN])}</p>
      )}
    </>
  );
}
