import { useEffect, useId, useState, type FormEvent } from 'react';
import type { OptionsServices } from './services';

/** Paste, replace or remove the Marketing API access token; only its masked form is shown. */
export function TokenSection({ services }: { services: OptionsServices }) {
  const [masked, setMasked] = useState<string | undefined>();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const inputId = useId();

  useEffect(() => {
    void services.getMaskedToken().then(setMasked);
  }, [services]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const token = draft.trim();
    if (!token) return setMessage('Paste the access token first.');
    if (/\s/.test(token)) return setMessage('A token has no spaces; copy it again in one piece.');
    const saved = await services.saveToken(token);
    setDraft('');
    if (!saved) {
      return setMessage(
        'The token was not saved: live checks need permission to reach business-api.tiktok.com.',
      );
    }
    setMasked(await services.getMaskedToken());
    setMessage('Token saved. Live checks are on.');
  }

  async function remove() {
    await services.clearToken();
    setMasked(undefined);
    setMessage('Token removed. Checks use only what you recorded.');
  }

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>TikTok Marketing API</h2>
      <p className="hint">
        Optional. With an access token, checks ask TikTok whether each code is still authorized,
        which post it points to and its product regions, and batches can be authorized for you. The
        token stays in this browser's extension storage and is sent only to TikTok&apos;s API.
      </p>
      <p data-testid="token-state">
        {masked ? (
          <>
            Saved token: <code>{masked}</code>{' '}
            <button type="button" onClick={() => void remove()}>
              Remove token
            </button>
          </>
        ) : (
          'No token saved: checks run offline.'
        )}
      </p>
      <form onSubmit={(e) => void save(e)} className="row">
        <label htmlFor={inputId}>{masked ? 'Replace token' : 'Access token'}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">Save token</button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
