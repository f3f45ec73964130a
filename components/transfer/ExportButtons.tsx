import { useState } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import { dayKey } from '../../lib/lifecycle/calendar';
import { exportBackup } from '../../lib/transfer/backup';
import { inventoryToCsv } from '../../lib/transfer/csv-export';
import { useServices } from '../dashboard/services';

export function ExportButtons({ records }: { records: readonly CodeRecord[] }) {
  const { db, t, clock, download } = useServices();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const today = () => {
    return dayKey(clock.now(), clock.timeZone ?? 'UTC');
  };

  const exportCsv = () => {
    const csv = inventoryToCsv(records);
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `spark-codes-${today()}.csv`);
  };
  const exportJson = async () => {
    setBusy(true);
    setProblem('');
    try {
      download(await exportBackup(db), `spark-preflight-backup-${today()}.json`);
    } catch (error) {
      setProblem(t('export_failed', [String(error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export">
      <p className="row">
        <button type="button" onClick={exportCsv} disabled={records.length === 0}>
          {t('export_csv', records.length, [records.length])}
        </button>{' '}
        <button type="button" onClick={() => void exportJson()} disabled={busy}>
          {t('export_backup')}
        </button>
      </p>
      <p className="hint">{t('export_hint')}</p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
