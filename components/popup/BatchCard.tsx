import { useState } from 'react';
import type { Batch } from '../../lib/batches/index';
import { daysLeft } from '../../lib/preflight/index';
import type { BatchStatus } from '../../lib/inventory/batch-plan';
import { dateText, timeText } from '../../lib/inventory/display';
import { ApiBatchActions } from './ApiBatchActions';
import { useActions } from './use-actions';
import { useLive } from './use-live';

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

const codes = (n: number) => `${n} code${n === 1 ? '' : 's'}`;

function expiryText(earliest: number | null, now: number, timeZone?: string): string {
  if (earliest === null) return 'Not known';
  const left = daysLeft(earliest, now);
  // `earliest` is the moment the authorization ends, the start of the day after the last one.
  return `${dateText(earliest - 1, timeZone)} (${left <= 0 ? 'expired' : `${left} day${left === 1 ? '' : 's'} left`})`;
}

export function BatchCard({ batch, label, status, usable, accountText, now, timeZone }: Props) {
  const actions = useActions();
  const live = useLive();
  const [busy, setBusy] = useState(false);
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
        <h3 id={headingId}>{label}</h3>
        <span className="batch-count">{codes(batch.codes.length)}</span>
      </header>
      <dl className="batch-facts">
        <dt>Ad account</dt>
        <dd>{accountText}</dd>
        <dt>Earliest expiry</dt>
        <dd>{expiryText(batch.earliestExpiry, now, timeZone)}</dd>
      </dl>
      <p className="batch-progress" role="status">
        {progress.kind === 'copied' &&
          `Copied at ${timeText(progress.at, timeZone)}. Paste into Ads Manager, then mark it applied.`}
        {progress.kind === 'applied' && `Applied at ${timeText(progress.at, timeZone)}.`}
      </p>
      {changed > 0 && progress.kind !== 'applied' && (
        <p className="batch-warning">
          {codes(changed)} changed since planning (applied, expired, revoked or deleted) and{' '}
          {changed === 1 ? 'is' : 'are'} left out. Plan again to refill the batch.
        </p>
      )}
      {progress.kind !== 'applied' && (
        <div className="actions-row">
          <button
            type="button"
            className={progress.kind === 'planned' ? 'primary' : undefined}
            disabled={busy || usable.length === 0}
            aria-label={`Copy ${label} (${codes(usable.length)})`}
            onClick={() =>
              void run(() => actions.copyBatch({ ...batch, codes: [...usable] }, label))
            }
          >
            {progress.kind === 'copied' ? 'Copy again' : 'Copy'}
          </button>
          <button
            type="button"
            className={progress.kind === 'copied' ? 'primary' : undefined}
            disabled={busy || usable.length === 0}
            aria-label={`Mark ${label} applied`}
            onClick={() => void run(() => actions.markApplied(usable, label))}
          >
            Mark applied
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
        <summary>Show codes</summary>
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
