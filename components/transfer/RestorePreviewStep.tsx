import { useId, useState } from 'react';
import type { RestoreMode } from '../../lib/db/restore';
import type { RejectedBackupRow, RestorePreview } from '../../lib/transfer/backup';
import { useServices } from '../dashboard/services';
import { CodeSample } from './CodeSample';
import { RejectedRows } from './RejectedRows';

interface Props {
  fileName: string;
  preview: RestorePreview;
  rejected: readonly RejectedBackupRow[];
  skipped: number;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}

/** What a restore will do, in the mode the buyer picks; merging is the default and loses nothing. */
export function RestorePreviewStep({
  fileName,
  preview,
  rejected,
  skipped,
  onRestore,
  onCancel,
}: Props) {
  const { t } = useServices();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const name = useId();
  const kept = preview.replaced.length - preview.newer.length;
  const modes: { value: RestoreMode; label: string }[] = [
    { value: 'merge', label: t('restore_modeMerge') },
    { value: 'replace', label: t('restore_modeReplace') },
  ];
  return (
    <div className="preview" data-testid="restore-preview">
      <h3>{t('restore_title', [fileName])}</h3>
      <fieldset>
        <legend>{t('restore_modeLegend')}</legend>
        {modes.map((option) => (
          <label key={option.value} className="row">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={mode === option.value}
              onChange={() => setMode(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <p data-testid="restore-counts">
        {mode === 'merge'
          ? t('restore_countsMerge', [
              preview.added.length,
              preview.newer.length,
              kept + preview.removed.length,
              rejected.length,
            ])
          : t('restore_counts', [
              preview.added.length,
              preview.replaced.length,
              preview.removed.length,
              rejected.length,
            ])}
      </p>
      {mode === 'replace' && preview.removed.length > 0 && (
        <p className="error">
          {t('restore_removesWarning', preview.removed.length, [preview.removed.length])}
        </p>
      )}
      {skipped > 0 && <p className="hint">{t('restore_skipped', skipped, [skipped])}</p>}
      <CodeSample
        title={t('preview_addedList', preview.added.length, [preview.added.length])}
        entries={preview.added.map((r) => ({ key: r.code, code: r.code }))}
      />
      {mode === 'merge' ? (
        <CodeSample
          title={t('preview_updatedList', preview.newer.length, [preview.newer.length])}
          entries={preview.newer.map((r) => ({ key: r.code, code: r.code }))}
        />
      ) : (
        <>
          <CodeSample
            title={t('restore_replacedList', preview.replaced.length, [preview.replaced.length])}
            entries={preview.replaced.map((r) => ({ key: r.code, code: r.code }))}
          />
          <CodeSample
            title={t('restore_removedList', preview.removed.length, [preview.removed.length])}
            entries={preview.removed.map((code) => ({ key: code, code }))}
          />
        </>
      )}
      <RejectedRows rows={rejected} rowLabel={t('restore_rowColumn')} />
      <p className="row">
        <button type="button" className="primary" onClick={() => onRestore(mode)}>
          {t(mode === 'merge' ? 'restore_confirmMerge' : 'restore_confirm')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('transfer_cancel')}
        </button>
      </p>
    </div>
  );
}
