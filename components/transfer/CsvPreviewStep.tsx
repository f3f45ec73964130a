import type { ImportPreview } from '../../lib/transfer/import-preview';
import type { RejectedRow } from '../../lib/transfer/row-reader';
import type { TextEncodingName } from '../../lib/transfer/text-encoding';
import { useServices } from '../dashboard/services';
import { CodeSample } from './CodeSample';
import { EncodingLine } from './EncodingLine';
import { RejectedRows } from './RejectedRows';

interface Props {
  fileName: string;
  preview: ImportPreview;
  rejected: readonly RejectedRow[];
  encoding: TextEncodingName;
  onImport: () => void;
  onCancel: () => void;
}

export function CsvPreviewStep({
  fileName,
  preview,
  rejected,
  encoding,
  onImport,
  onCancel,
}: Props) {
  const { t } = useServices();
  const writes = preview.added.length + preview.updated.length;
  return (
    <div className="preview" data-testid="import-preview">
      <h3>{t('preview_title', [fileName])}</h3>
      <EncodingLine encoding={encoding} />
      <p data-testid="import-counts">
        {t('preview_counts', [
          preview.added.length,
          preview.updated.length,
          preview.unchanged.length,
          rejected.length,
        ])}
      </p>
      <CodeSample
        title={t('preview_addedList', preview.added.length, [preview.added.length])}
        entries={preview.added.map(({ row }) => ({ key: row.code, row: row.row, code: row.code }))}
      />
      <CodeSample
        title={t('preview_updatedList', preview.updated.length, [preview.updated.length])}
        entries={preview.updated.map(({ row, changed }) => ({
          key: row.code,
          row: row.row,
          code: row.code,
          detail: changed.map((field) => t(`field_${field}`)).join(', '),
        }))}
      />
      <RejectedRows rows={rejected} rowLabel={t('preview_rowColumn')} />
      <p className="row">
        <button type="button" className="primary" disabled={writes === 0} onClick={onImport}>
          {t('preview_import', writes, [writes])}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('transfer_cancel')}
        </button>
      </p>
    </div>
  );
}
