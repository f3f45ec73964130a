import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OptionsServices } from './services';
import { t } from '../common/i18n';

/** Paste, replace or remove the Marketing API access token; only its masked form is shown. */
export function TokenSection({ services }: { services: OptionsServices }) {
  const [masked, setMasked] = useState<string | undefined>();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
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
    setMessage(t('token_saved'));
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
        <button type="submit">{t('token_save')}</button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
