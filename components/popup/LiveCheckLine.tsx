import { formatDistanceStrict } from 'date-fns';
import { useState } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import { shortCode } from '../../lib/inventory/display';
import { useLive } from './use-live';
import { useNow } from './use-now';

/** When TikTok last answered for this code, what it said, and a button to ask again. */
export function LiveCheckLine({ record }: { record: CodeRecord }) {
  const live = useLive();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  if (!live) return null;

  const lookup = record.live;
  const fetchedAt = lookup?.kind === 'facts' ? lookup.facts.fetchedAt : lookup?.failure.fetchedAt;
  const said =
    lookup?.kind === 'failure'
      ? lookup.failure.message
      : lookup?.facts.authStatus
        ? `TikTok says ${lookup.facts.authStatus.toLowerCase().replace(/_/g, ' ')}`
        : undefined;

  async function refresh() {
    if (!live) return;
    setBusy(true);
    setNote('');
    try {
      const { skipped } = await live.refresh([record.code]);
      setNote(skipped[0]?.reason ?? '');
    } catch {
      setNote('Could not ask TikTok; try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="row-live">
      <span>
        {fetchedAt === undefined
          ? 'Not checked live yet.'
          : `Checked live ${formatDistanceStrict(fetchedAt, Math.max(now, fetchedAt), { addSuffix: true })}${said ? `: ${said}` : ''}.`}
      </span>{' '}
      <button
        type="button"
        disabled={busy}
        aria-label={`Check ${shortCode(record.code)} live`}
        onClick={() => void refresh()}
      >
        {busy ? 'Checking…' : 'Check live'}
      </button>
      {note && <span role="status"> {note}</span>}
    </div>
  );
}
