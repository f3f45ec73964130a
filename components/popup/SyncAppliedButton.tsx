import { useId, useState } from 'react';
import type { AdAccount } from '../../lib/settings/schema';
import { useLive } from './use-live';

/**
 * Marks codes that are already on an ad account (authorized by hand, or by a colleague) as
 * applied, so they stop showing up in batches.
 */
export function SyncAppliedButton({ accounts }: { accounts: readonly AdAccount[] }) {
  const live = useLive();
  const [account, setAccount] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!live || accounts.length === 0) return null;
  const chosen = account || accounts[0]?.id || '';

  async function sync() {
    if (!live) return;
    setBusy(true);
    setMessage('Reading the posts already authorized on the account…');
    try {
      const outcome = await live.syncApplied(chosen);
      setMessage(
        outcome.ok
          ? `${outcome.onAccount} posts on the account; ${outcome.marked} of your codes marked applied.` +
              (outcome.complete ? '' : ' The account has more posts than were read; run it again.')
          : `${outcome.message} ${outcome.fix}`,
      );
    } catch {
      setMessage('Sync could not run. Reload the extension and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="actions-row sync-applied">
      {accounts.length > 1 && (
        <>
          <label htmlFor={id}>Account</label>
          <select id={id} value={chosen} onChange={(e) => setAccount(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ? `${a.name} (${a.id})` : a.id}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" disabled={busy} onClick={() => void sync()}>
        Sync applied
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
