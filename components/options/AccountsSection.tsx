import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { adAccountSchema, type AdAccount, type Settings } from '../../lib/settings/schema';
import type { ConnectionResult, OptionsServices } from './services';
import { fieldErrorName } from '../../lib/inventory/field-error';
import { num, t } from '../common/i18n';

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
  /** What the last change saved, said once it is stored. */
  const [saved, setSaved] = useState('');
  const baseId = useId();
  const table = useRef<HTMLTableSectionElement>(null);
  const idInput = useRef<HTMLInputElement>(null);
  // The row of an account just removed, so focus can go to the one that took its place.
  const removedRow = useRef<number | null>(null);

  useEffect(() => {
    const index = removedRow.current;
    if (index === null) return;
    removedRow.current = null;
    // Its Remove button is gone: focus goes to the Remove button that took its place, else the
    // one above, else the box for adding an account.
    const buttons = table.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? idInput.current)?.focus();
  }, [settings.accounts]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const parsed = adAccountSchema.safeParse({
      id: id.trim(),
      ...(country.trim() ? { country: country.trim() } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t(issue ? fieldErrorName(issue) : 'accounts_checkId'));
      return;
    }
    if (settings.accounts.some((a) => a.id === parsed.data.id)) {
      setError(t('accounts_duplicate'));
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
    setSaved(t('accounts_savedAdded', [parsed.data.id]));
  }

  async function remove(accountId: string) {
    const index = settings.accounts.findIndex((a) => a.id === accountId);
    const accounts = settings.accounts.filter((a) => a.id !== accountId);
    const defaultAdAccountId =
      settings.defaultAdAccountId === accountId ? accounts[0]?.id : settings.defaultAdAccountId;
    const next = await services.updateSettings({ accounts, defaultAdAccountId });
    removedRow.current = index;
    onChange(next);
    setSaved(t('accounts_savedRemoved', [accountId]));
  }

  async function makeDefault(accountId: string) {
    onChange(await services.updateSettings({ defaultAdAccountId: accountId }));
    setSaved(t('accounts_savedDefault', [accountId]));
  }

  /** The account's TikTok Shop details: whether it sells through Shop, and from which store. */
  async function updateShop(accountId: string, patch: Pick<AdAccount, 'shop' | 'shopStoreId'>) {
    const accounts = settings.accounts.map((a) => {
      if (a.id !== accountId) return a;
      const next: AdAccount = { ...a, ...patch };
      if (next.shop === undefined) delete next.shop;
      if (!next.shopStoreId) delete next.shopStoreId;
      return next;
    });
    onChange(await services.updateSettings({ accounts }));
    setSaved(t('accounts_savedShop', [accountId]));
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
      <h2 id={`${baseId}-title`}>{t('accounts_title')}</h2>
      <p className="hint">{t('accounts_help')}</p>
      {settings.accounts.length === 0 ? (
        <p>{t('accounts_none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('accounts_colAccount')}</th>
              <th scope="col">{t('accounts_colCountry')}</th>
              <th scope="col">{t('accounts_colCurrency')}</th>
              <th scope="col">{t('accounts_colTimeZone')}</th>
              <th scope="col">{t('accounts_colShop')}</th>
              <th scope="col">{t('accounts_colDefault')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('accounts_colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={table}>
            {settings.accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  {account.name ? t('accounts_namePrefix', [account.name]) : ''}
                  <code>{account.id}</code>
                </td>
                <td>{account.country ?? t('accounts_unknown')}</td>
                <td>{account.currency ?? '—'}</td>
                <td>{account.timezone ?? '—'}</td>
                <td>
                  <select
                    aria-label={t('accounts_shopName', [account.name ?? account.id])}
                    value={account.shop === undefined ? '' : account.shop ? 'yes' : 'no'}
                    onChange={(e) =>
                      void updateShop(account.id, {
                        shop: e.target.value === '' ? undefined : e.target.value === 'yes',
                      })
                    }
                  >
                    <option value="">{t('accounts_shopNotSaid')}</option>
                    <option value="yes">{t('accounts_shopYes')}</option>
                    <option value="no">{t('accounts_shopNo')}</option>
                  </select>{' '}
                  {account.shop !== false && (
                    <input
                      key={account.shopStoreId ?? ''}
                      aria-label={t('accounts_shopStoreName', [account.name ?? account.id])}
                      placeholder={t('accounts_shopStorePlaceholder')}
                      inputMode="numeric"
                      size={14}
                      maxLength={40}
                      defaultValue={account.shopStoreId ?? ''}
                      onBlur={(e) => {
                        const value = e.target.value.trim();
                        if (value !== (account.shopStoreId ?? '')) {
                          void updateShop(account.id, { shopStoreId: value || undefined });
                        }
                      }}
                    />
                  )}
                </td>
                <td>
                  <input
                    type="radio"
                    name={`${baseId}-default`}
                    aria-label={t('accounts_defaultName', [account.name ?? account.id])}
                    checked={settings.defaultAdAccountId === account.id}
                    onChange={() => void makeDefault(account.id)}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void remove(account.id)}>
                    {t('accounts_remove')}
                    <span className="visually-hidden"> {account.id}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={(e) => void add(e)} className="row">
        <label htmlFor={`${baseId}-id`}>{t('accounts_idLabel')}</label>
        <input
          id={`${baseId}-id`}
          ref={idInput}
          inputMode="numeric"
          value={id}
          onChange={(e) => setId(e.target.value)}
        />
        <label htmlFor={`${baseId}-country`}>{t('accounts_countryLabel')}</label>
        <input
          id={`${baseId}-country`}
          maxLength={2}
          size={3}
          placeholder={t('details_regionExample')}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
        />
        <button type="submit">{t('accounts_add')}</button>
      </form>
      <p role="status" aria-live="polite" className="saved">
        {saved}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void testConnection()} disabled={testing}>
          {testing ? t('accounts_testing') : t('accounts_test')}
        </button>
      </p>
      <div role="status" aria-live="polite" data-testid="connection-result">
        {result?.ok === true &&
          t('accounts_connected', result.accounts.length, [num(result.accounts.length)])}
        {result?.ok === false && (
          <p className="error">
            {result.message} {result.fix}
          </p>
        )}
      </div>
    </section>
  );
}
