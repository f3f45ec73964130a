import { useId, useState } from 'react';
import type { AdAccount } from '../../lib/settings/schema';
import { useLive } from './use-live';
import { num, t } from '../common/i18n';

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
    setMessage(t('sync_reading'));
    try {
      const outcome = await live.syncApplied(chosen);
      setMessage(
        outcome.ok
          ? t(outcome.complete ? 'sync_done' : 'sync_partial', [
              num(outcome.onAccount),
              num(outcome.marked),
            ])
          : `${outcome.message} ${outcome.fix}`,
      );
    } catch {
      setMessage(t('sync_failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="actions-row sync-applied">
      {accounts.length > 1 && (
        <>
          <label htmlFor={id}>{t('sync_account')}</label>
          <select id={id} value={chosen} onChange={(e) => setAccount(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ? t('sync_accountName', [a.name, a.id]) : a.id}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" disabled={busy} onClick={() => void sync()}>
        {t('sync_button')}
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
