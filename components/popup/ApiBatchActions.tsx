import { useEffect, useId, useState } from 'react';
import { normalizeSparkCode } from '../../lib/codes/index';
import { shortCode } from '../../lib/inventory/display';
import type { AuthorizeJob } from '../../lib/api/live-schemas';
import type { LiveActions } from './live-services';

type Result = AuthorizeJob['results'][number];

interface Props {
  live: LiveActions;
  advertiserId: string;
  codes: readonly string[];
  label: string;
}

const count = (results: readonly Result[], kind: Result['kind']) =>
  results.filter((r) => r.kind === kind).length;

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
        if (!original) return setError('That is not a whole Spark code; copy it again.');
        setError('');
        onSubmit(original);
      }}
    >
      <label htmlFor={id}>Original post&apos;s code for {shortCode(result.code)}</label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit">Authorize with it</button>
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
      {result.kind === 'cancelled' ? 'Not sent: cancelled.' : result.failure?.message}{' '}
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

  async function start(list: readonly string[], originals: Record<string, string> = {}) {
    setError('');
    setJob(undefined);
    try {
      setJobId(await live.authorize(advertiserId, [...list], originals));
    } catch {
      setError('The authorization could not start. Reload the extension and try again.');
    }
  }

  const results = job?.results ?? [];
  const retryable = results.filter((r) => r.kind === 'unknown' || r.kind === 'cancelled');
  return (
    <div className="api-actions">
      {!running && (
        <button
          type="button"
          aria-label={`Authorize ${label} via API`}
          disabled={codes.length === 0}
          onClick={() => void start(codes)}
        >
          Authorize via API
        </button>
      )}
      {running && (
        <div className="actions-row">
          <progress max={job?.total ?? codes.length} value={job?.done ?? 0} />
          <span role="status">
            Authorizing {job?.done ?? 0} of {job?.total ?? codes.length}…
          </span>
          <button type="button" onClick={() => jobId && void live.cancel(jobId)}>
            Cancel
          </button>
        </div>
      )}
      {job && job.state !== 'running' && (
        <div className="api-summary">
          <p role="status">
            {count(results, 'applied')} applied · {count(results, 'failed')} failed
            {count(results, 'needs-original') > 0 &&
              ` · ${count(results, 'needs-original')} need the original post's code`}
            {retryable.length > 0 && ` · ${retryable.length} not confirmed`}
            {job.state === 'cancelled' && ' (cancelled)'}
          </p>
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
              Retry {retryable.length} not confirmed
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
