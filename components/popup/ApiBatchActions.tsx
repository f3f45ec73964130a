import { useEffect, useId, useState } from 'react';
import { normalizeSparkCode } from '../../lib/codes/index';
import { shortCode } from '../../lib/inventory/display';
import type { AuthorizeJob } from '../../lib/api/live-schemas';
import type { LiveActions } from './live-services';
import { num, t } from '../common/i18n';

type Result = AuthorizeJob['results'][number];

interface Props {
  live: LiveActions;
  advertiserId: string;
  codes: readonly string[];
  label: string;
}

const count = (results: readonly Result[], kind: Result['kind']) =>
  results.filter((r) => r.kind === kind).length;

/** "2 applied · 1 failed · 1 not confirmed": only the parts that are not zero, after the first two. */
function summaryText(results: readonly Result[], retryable: number, cancelled: boolean): string {
  const parts = [
    t('api_applied', [num(count(results, 'applied'))]),
    t('api_failed', [num(count(results, 'failed'))]),
  ];
  const original = count(results, 'needs-original');
  if (original > 0) parts.push(t('api_needsOriginal', [num(original)]));
  if (retryable > 0) parts.push(t('api_notConfirmed', [num(retryable)]));
  const line = parts.join(t('list_separator'));
  return cancelled ? t('api_cancelledSummary', [line]) : line;
}

function OriginalCodeForm({
  result,
  onSubmit,
}: {
  result: Result;
  onSubmit: (original: string) => void;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  return (
    <form
      className="actions-row"
      onSubmit={(e) => {
        e.preventDefault();
        const original = normalizeSparkCode(value);
        if (!original) return setError(t('api_originalInvalid'));
        setError('');
        onSubmit(original);
      }}
    >
      <label htmlFor={id}>{t('api_originalLabel', [shortCode(result.code)])}</label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit">{t('api_originalSubmit')}</button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}

function ResultLine({ result, onOriginal }: { result: Result; onOriginal: (o: string) => void }) {
  const short = shortCode(result.code);
  if (result.kind === 'applied') return null;
  return (
    <li className={`api-result api-${result.kind}`}>
      <code className="code-text">{short}</code>{' '}
      {result.kind === 'cancelled' ? t('api_notSent') : result.failure?.message}{' '}
      {result.failure?.fix && <span className="fix">{result.failure.fix}</span>}
      {result.kind === 'needs-original' && (
        <OriginalCodeForm result={result} onSubmit={onOriginal} />
      )}
    </li>
  );
}

/**
 * "Authorize via API" for one batch: the background sends each code to TikTok and this card
 * follows the job's progress, then lists what did not go through with the fix.
 */
export function ApiBatchActions({ live, advertiserId, codes, label }: Props) {
  const [jobId, setJobId] = useState<string>();
  const [job, setJob] = useState<AuthorizeJob>();
  const [error, setError] = useState('');
  const running = job?.state === 'running' || (jobId !== undefined && !job);

  useEffect(() => (jobId ? live.watchJob(jobId, setJob) : undefined), [jobId, live]);

  // A job this batch started before the popup closed (or the browser stopped it) is shown again.
  const batchKey = codes.join('\n');
  useEffect(() => {
    let current = true;
    const inBatch = new Set(batchKey.split('\n'));
    void live
      .latestJob(advertiserId)
      .then((latest) => {
        if (!current || !latest) return;
        const codesOfJob = latest.codes ?? latest.results.map((r) => r.code);
        if (!codesOfJob.some((code) => inBatch.has(code))) return;
        setJobId((known) => known ?? latest.id);
        setJob((known) => known ?? latest);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [advertiserId, batchKey, live]);

  async function reconcile(id: string) {
    setError('');
    try {
      const reply = await live.reconcile(id);
      if (reply.job) setJob(reply.job);
      if (reply.problem) setError(`${reply.problem.message} ${reply.problem.fix}`);
    } catch {
      setError(t('api_reconcileFailed'));
    }
  }

  async function start(list: readonly string[], originals: Record<string, string> = {}) {
    setError('');
    setJob(undefined);
    try {
      setJobId(await live.authorize(advertiserId, [...list], originals));
    } catch {
      setError(t('api_startFailed'));
    }
  }

  const results = job?.results ?? [];
  const retryable = results.filter((r) => r.kind === 'unknown' || r.kind === 'cancelled');
  return (
    <div className="api-actions">
      {!running && job?.state !== 'interrupted' && (
        <button
          type="button"
          aria-label={t('batch_actionName', [t('api_authorize'), label])}
          disabled={codes.length === 0}
          onClick={() => void start(codes)}
        >
          {t('api_authorize')}
        </button>
      )}
      {running && (
        <div className="actions-row">
          <progress max={job?.total ?? codes.length} value={job?.done ?? 0} />
          <span role="status">
            {t('api_progress', [num(job?.done ?? 0), num(job?.total ?? codes.length)])}
          </span>
          <button type="button" onClick={() => jobId && void live.cancel(jobId)}>
            {t('api_cancel')}
          </button>
        </div>
      )}
      {job?.state === 'interrupted' && (
        <div className="actions-row" data-testid="job-interrupted">
          <span role="status">
            {t('api_interrupted', [
              num(job.results.filter((r) => r.kind === 'applied').length),
              num(job.total - job.results.length),
            ])}
          </span>
          <button type="button" onClick={() => void reconcile(job.id)}>
            {t('api_reconcile')}
          </button>
          <button type="button" onClick={() => void live.cancel(job.id)}>
            {t('api_cancel')}
          </button>
        </div>
      )}
      {job && job.state !== 'running' && job.state !== 'interrupted' && (
        <div className="api-summary">
          <p role="status">{summaryText(results, retryable.length, job.state === 'cancelled')}</p>
          <ul className="api-results">
            {results.map((result) => (
              <ResultLine
                key={result.code}
                result={result}
                onOriginal={(original) => void start([result.code], { [result.code]: original })}
              />
            ))}
          </ul>
          {retryable.length > 0 && (
            <button type="button" onClick={() => void start(retryable.map((r) => r.code))}>
              {t('api_retry', [num(retryable.length)])}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
