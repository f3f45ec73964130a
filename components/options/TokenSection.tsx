import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OptionsServices } from './services';
import { t } from '../common/i18n';

/** Where TikTok documents getting an access token for the Marketing API. */
const TOKEN_DOCS_URL = 'https://business-api.tiktok.com/portal/docs';
const STEPS = ['token_step1', 'token_step2', 'token_step3', 'token_step4'] as const;

/**
 * What a fresh token was checked against, in words: TikTok is asked about the buyer's saved ad
 * accounts (the only call that needs no more than the token), so "saved" never claims "works".
 */
async function checkedMessage(services: OptionsServices): Promise<string> {
  const { accounts } = await services.getSettings();
  if (accounts.length === 0) return t('token_savedNoAccounts');
  const ids = accounts.map((a) => a.id);
  const outcome = await services.testConnection(ids).catch(() => undefined);
  if (!outcome) return t('token_savedNotChecked');
  if (!outcome.ok) {
    return t('token_savedRefused', [
      outcome.message.replace(/\.$/, ''),
      outcome.fix.replace(/\.$/, ''),
    ]);
  }
  const known = new Set(outcome.accounts.map((a) => a.id));
  const missing = ids.filter((id) => !known.has(id));
  const answered = t('token_savedChecked', [ids.length - missing.length, ids.length]);
  return missing.length === 0
    ? answered
    : `${answered} ${t('token_notGranted', [missing.join(', ')])}`;
}

/** Paste, replace or remove the Marketing API access token; only its masked form is shown. */
export function TokenSection({ services }: { services: OptionsServices }) {
  const [masked, setMasked] = useState<string | undefined>();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void services.getMaskedToken().then(setMasked);
  }, [services]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const token = draft.trim();
    if (!token) return setMessage(t('token_empty'));
    if (/\s/.test(token)) return setMessage(t('token_spaces'));
    const saved = await services.saveToken(token);
    setDraft('');
    if (!saved) {
      return setMessage(t('token_noPermission'));
    }
    setMasked(await services.getMaskedToken());
    setMessage(t('token_checking'));
    setChecking(true);
    try {
      setMessage(await checkedMessage(services));
    } finally {
      setChecking(false);
    }
  }

  async function remove() {
    await services.clearToken();
    setMasked(undefined);
    setMessage(t('token_removed'));
    // The Remove button is gone; the box for a new token is the next thing to do.
    input.current?.focus();
  }

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('token_title')}</h2>
      <p className="hint">{t('token_help')}</p>
      <details className="steps">
        <summary>{t('token_stepsTitle')}</summary>
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
        <p>
          <a href={TOKEN_DOCS_URL} target="_blank" rel="noreferrer">
            {t('token_docsLink')}
          </a>
        </p>
      </details>
      <p data-testid="token-state">
        {masked ? (
          <>
            {t('token_savedLabel')} <code>{masked}</code>{' '}
            <button type="button" onClick={() => void remove()}>
              {t('token_remove')}
            </button>
          </>
        ) : (
          t('token_none')
        )}
      </p>
      <form onSubmit={(e) => void save(e)} className="row">
        <label htmlFor={inputId}>{masked ? t('token_replace') : t('token_label')}</label>
        <input
          id={inputId}
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={checking}>
          {t('token_save')}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
