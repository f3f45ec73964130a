import { useRef, useState } from 'react';
import type { Batch } from '../../lib/batches/index';
import type { BatchStatus } from '../../lib/inventory/batch-plan';
import { timeText } from '../../lib/inventory/display';
import { ApiBatchActions } from './ApiBatchActions';
import { useActions } from './use-actions';
import { useLive } from './use-live';
import { num, t } from '../common/i18n';
import { dayCountText } from '../common/day-count';

interface Props {
  batch: Batch;
  label: string;
  status: BatchStatus;
  /** The codes that can still be copied; fewer than planned when some changed since. */
  usable: readonly string[];
  accountText: string;
  now: number;
  timeZone?: string;
}

const codes = (n: number) => t('batch_codes', n, [num(n)]);

function expiryText(earliest: number | null, now: number, timeZone?: string): string {
  if (earliest === null) return t('batch_expiryUnknown');
  return dayCountText(earliest, now, timeZone ?? 'UTC');
}

export function BatchCard({ batch, label, status, usable, accountText, now, timeZone }: Props) {
  const actions = useActions();
  const live = useLive();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { progress, changed } = status;
  const headingId = `${batch.id}-heading`;

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className={`batch-card batch-${progress.kind}`} aria-labelledby={headingId}>
      <header>
        {/* Focusable from script only: where the keyboard lands after an Undo on this batch. */}
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {label}
        </h3>
        <span className="batch-count">{codes(batch.codes.length)}</span>
      </header>
      <dl className="batch-facts">
        <dt>{t('batch_account')}</dt>
        <dd>{accountText}</dd>
        <dt>{t('batch_earliestExpiry')}</dt>
        <dd>{expiryText(batch.earliestExpiry, now, timeZone)}</dd>
      </dl>
      <p className="batch-progress" role="status">
        {progress.kind === 'copied' && t('batch_copiedAt', [timeText(progress.at, timeZone)])}
        {progress.kind === 'applied' && t('batch_appliedAt', [timeText(progress.at, timeZone)])}
      </p>
      {changed > 0 && progress.kind !== 'applied' && (
        <p className="batch-warning">{t('batch_changed', changed, [num(changed)])}</p>
      )}
      {progress.kind !== 'applied' && (
        <div className="actions-row">
          <button
            type="button"
            className={progress.kind === 'planned' ? 'primary' : undefined}
            disabled={busy || usable.length === 0}
            aria-label={t('batch_actionName', [
              progress.kind === 'copied' ? t('batch_copyAgain') : t('batch_copy'),
              t('batch_labelWithCount', [label, codes(usable.length)]),
            ])}
            onClick={() =>
              void run(() => actions.copyBatch({ ...batch, codes: [...usable] }, label))
            }
          >
            {progress.kind === 'copied' ? t('batch_copyAgain') : t('batch_copy')}
          </button>
          <button
            type="button"
            className={progress.kind === 'copied' ? 'primary' : undefined}
            disabled={busy || usable.length === 0}
            aria-label={t('batch_actionName', [t('batch_markApplied'), label])}
            onClick={() =>
              void run(() => actions.markApplied(usable, label, () => heading.current))
            }
          >
            {t('batch_markApplied')}
          </button>
        </div>
      )}
      {live && batch.adAccountId && progress.kind !== 'applied' && (
        <ApiBatchActions
          live={live}
          advertiserId={batch.adAccountId}
          codes={usable}
          label={label}
        />
      )}
      <details>
        <summary>{t('batch_showCodes')}</summary>
        <ol className="batch-codes">
          {batch.codes.map((code) => (
            <li key={code}>
              <code className="code-text">{code}</code>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
