import type { CodeRecord } from '../../lib/records/schema';
import { useServices } from '../dashboard/services';
import { ExportButtons } from './ExportButtons';
import { ImportFlow } from './ImportFlow';

export function TransferPanel({ records }: { records: readonly CodeRecord[] }) {
  const { t } = useServices();
  return (
    <div className="transfer">
      <h3>{t('import_title')}</h3>
      <ImportFlow />
      <h3>{t('export_title')}</h3>
      <ExportButtons records={records} />
    </div>
  );
}
