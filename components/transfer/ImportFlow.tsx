import { useEffect, useId, useRef } from 'react';
import { useServices } from '../dashboard/services';
import { ColumnMappingStep } from './ColumnMappingStep';
import { CsvPreviewStep } from './CsvPreviewStep';
import { say } from './explanation';
import { ProgressBar } from './ProgressBar';
import { RestorePreviewStep } from './RestorePreviewStep';
import { useImport } from './use-import';

export function ImportFlow() {
  const { t } = useServices();
  const inputId = useId();
  const flow = useImport();
  const { step } = flow;
  const box = useRef<HTMLDivElement>(null);
  const shownStep = useRef(step.kind);

  // Each step replaces the one before, buttons included: focus moves to the new step's heading
  // or result (or back to the file picker), never to the page body.
  useEffect(() => {
    if (shownStep.current === step.kind) return;
    shownStep.current = step.kind;
    const target = box.current?.querySelector<HTMLElement>(
      step.kind === 'idle' ? 'input[type="file"]' : 'h3, [role="status"], progress',
    );
    if (!target) return;
    if (!target.matches('input') && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }, [step.kind]);

  return (
    <div ref={box} className="import-step">
      {stepView()}
    </div>
  );

  function stepView() {
    switch (step.kind) {
      case 'mapping':
        return (
          <ColumnMappingStep
            fileName={step.file.name}
            head={step.head}
            guess={step.guess}
            columnName={flow.columnNamer(step.head)}
            onConfirm={(mapping) => void flow.readWithMapping(step.file, step.head, mapping)}
            onCancel={flow.reset}
          />
        );
      case 'working':
        return <ProgressBar label={t(`transfer_${step.label}`)} share={step.share} />;
      case 'csv-preview':
        return (
          <CsvPreviewStep
            fileName={step.fileName}
            preview={step.preview}
            rejected={step.rejected}
            encoding={step.encoding}
            onImport={() => void flow.importRows(step.rows, step.rejected.length)}
            onCancel={flow.reset}
          />
        );
      case 'restore-preview':
        return (
          <RestorePreviewStep
            fileName={step.fileName}
            preview={step.preview}
            rejected={step.backup.rejected}
            skipped={step.backup.skipped}
            onRestore={(mode) => void flow.restore(step.backup, mode)}
            onCancel={flow.reset}
          />
        );
      case 'imported':
      case 'restored':
        return (
          <div>
            <p role="status" className="ok" data-testid="import-result">
              {step.kind === 'imported'
                ? t('import_done', [step.counts.added, step.counts.updated, step.rejected])
                : t('restore_done', [
                    step.counts.added,
                    step.counts.updated,
                    step.counts.kept,
                    step.counts.removed,
                  ])}
            </p>
            <button type="button" onClick={flow.reset}>
              {t('import_another')}
            </button>
          </div>
        );
      case 'idle':
        return (
          <div className="import-picker">
            <label htmlFor={inputId}>{t('import_choose')}</label>{' '}
            <input
              id={inputId}
              type="file"
              accept=".csv,.tsv,.txt,.json,text/csv,application/json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void flow.chooseFile(file);
              }}
            />
            <p className="hint">{t('import_hint')}</p>
            {step.problem && (
              <p role="alert" className="error">
                {say(t, step.problem)}
              </p>
            )}
          </div>
        );
    }
  }
}
