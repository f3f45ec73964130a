import { useId, useState, type FormEvent } from 'react';
import { adAccountSchema, type AdAccount, type Settings } from '../../lib/settings/schema';
import type { ConnectionResult, OptionsServices } from './services';

interface Props {
  services: OptionsServices;
  settings: Settings;
  onChange: (settings: Settings) => void;
}

function mergeAccounts(current: AdAccount[], fetched: AdAccount[]): AdAccount[] {
  return current.map((account) => ({
    ...account,
    ...fetched.find((f) => f.id === account.id),
  }));
}

/** The ad accounts the buyer works with; their country is what the region check compares. */
export function AccountsSection({ services, settings, onChange }: Props) {
  const [id, setId] = useState('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<ConnectionResult | undefined>();
  const [testing, setTesting] = useState(false);
  const baseId = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    const parsed = adAccountSchema.safeParse({
      id: id.trim(),
      ...(country.trim() ? { country: country.trim() } : {}),
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the account id.');
      return;
    }
    if (settings.accounts.some((a) => a.id === parsed.data.id)) {
      setError('That account is already in the list.');
      return;
    }
    setError('');
    setId('');
    setCountry('');
    const accounts = [...settings.accounts, parsed.data];
    onChange(
      await services.updateSettings({
        accounts,
        defaultAdAccountId: settings.defaultAdAccountId ?? parsed.data.id,
      }),
    );
  }

  async function remove(accountId: string) {
    const accounts = settings.accounts.filter((a) => a.id !== accountId);
    const defaultAdAccountId =
      settings.defaultAdAccountId === accountId ? accounts[0]?.id : settings.defaultAdAccountId;
    onChange(await services.updateSettings({ accounts, defaultAdAccountId }));
  }

  async function makeDefault(accountId: string) {
    onChange(await services.updateSettings({ defaultAdAccountId: accountId }));
  }

  async function testConnection() {
    setTesting(true);
    try {
      const outcome = await services.testConnection(settings.accounts.map((a) => a.id));
      setResult(outcome);
      if (outcome.ok && outcome.accounts.length) {
        onChange(
          await services.updateSettings({
            accounts: mergeAccounts(settings.accounts, outcome.accounts),
          }),
        );
      }
    } finally {
      setTesting(false);
    }
  }

  return (
    <section aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>Ad accounts</h2>
      <p className="hint">
        The advertiser id is the number after <code>aadvid=</code> in the Ads Manager address. Its
        country is compared with each creator&apos;s region.
      </p>
      {settings.accounts.length === 0 ? (
        <p>No accounts yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Country</th>
              <th scope="col">Currency</th>
              <th scope="col">Time zone</th>
              <th scope="col">Default</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  {account.name ? `${account.name} · ` : ''}
                  <code>{account.id}</code>
                </td>
                <td>{account.country ?? 'unknown'}</td>
                <td>{account.currency ?? '—'}</td>
                <td>{account.timezone ?? '—'}</td>
                <td>
                  <input
                    type="radio"
                    name={`${baseId}-default`}
                    aria-label={`Use ${account.name ?? account.id} by default`}
                    checked={settings.defaultAdAccountId === account.id}
                    onChange={() => void makeDefault(account.id)}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void remove(account.id)}>
                    Remove<span className="visually-hidden"> {account.id}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={(e) => void add(e)} className="row">
        <label htmlFor={`${baseId}-id`}>Advertiser id</label>
        <input
          id={`${baseId}-id`}
          inputMode="numeric"
          value={id}
          onChange={(e) => setId(e.target.value)}
        />
        <label htmlFor={`${baseId}-country`}>Country (if no token)</label>
        <input
          id={`${baseId}-country`}
          maxLength={2}
          size={3}
          placeholder="US"
          value={country}
          onChange={(e) => setCountry(e.target.value)}
        />
        <button type="submit">Add account</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void testConnection()} disabled={testing}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
      </p>
      <div role="status" aria-live="polite" data-testid="connection-result">
        {result?.ok === true &&
          `Connected. ${result.accounts.length} account${result.accounts.length === 1 ? '' : 's'} read from TikTok.`}
        {result?.ok === false && (
          <p className="error">
            {result.message} {result.fix}
          </p>
        )}
      </div>
    </section>
  );
}
