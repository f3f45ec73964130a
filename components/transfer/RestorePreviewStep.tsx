import type { RejectedBackupRow, RestorePreview } from '../../lib/transfer/backup';
import { useServices } from '../dashboard/services';
import { CodeSample } from './CodeSample';
import { RejectedRows } from './RejectedRows';

interface Props {
  fileName: string;
  preview: RestorePreview;
  rejected: readonly RejectedBackupRow[];
  skipped: number;
  onRestore: () => void;
  onCancel: () => void;
}

export function RestorePreviewStep({
  fileName,
  preview,
  rejected,
  skipped,
  onRestore,
  onCancel,
}: Props) {
  const { t } = useServices();
  return (
    <div className="preview" data-testid="restore-preview">
      <h3>{t('restore_title', [fileName])}</h3>
      <p data-testid="restore-counts">
        {t('restore_counts', [
          preview.added.length,
          preview.replaced.length,
          preview.removed.length,
          rejected.length,
        ])}
      </p>
      {preview.removed.length > 0 && (
        <p className="error">
          {t('restore_removesWarning', preview.removed.length, [preview.removed.length])}
        </p>
      )}
      {skipped > 0 && <p className="hint">{t('restore_skipped', skipped, [skipped])}</p>}
      <CodeSample
        title={t('preview_addedList', preview.added.length, [preview.added.length])}
        entries={preview.added.map((r) => ({ key: r.code, code: r.code }))}
      />
      <CodeSample
        title={t('restore_replacedList', preview.replaced.length, [preview.replaced.length])}
        entries={preview.replaced.map((r) => ({ key: r.code, code: r.code }))}
      />
      <CodeSample
        title={t('restore_removedList', preview.removed.length, [preview.removed.length])}
        entries={preview.removed.map((code) => ({ key: code, code }))}
      />
      <RejectedRows rows={rejected} rowLabel={t('restore_rowColumn')} />
      <p className="row">
        <button type="button" className="primary" onClick={onRestore}>
          {t('restore_confirm')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('transfer_cancel')}
        </button>
      </p>
    </div>
  );
}
