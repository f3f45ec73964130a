import { useEffect, useId, useState, type FormEvent } from 'react';
import type { TeamStatus } from '../../lib/team/membership';
import { num, t, uiLocale } from '../common/i18n';
import type { OptionsServices } from './services';

const ROLE_WORDS = {
  admin: 'team_roleAdmin',
  buyer: 'team_roleBuyer',
  viewer: 'team_roleViewer',
} as const;

function stateLine(status: TeamStatus): string {
  switch (status.state) {
    case 'connecting':
      return t('team_stateConnecting');
    case 'synced': {
      const at = status.syncedAt
        ? new Date(status.syncedAt).toLocaleTimeString(uiLocale(), { timeStyle: 'short' })
        : '—';
      return t('team_stateSynced', [num(status.codes ?? 0), at]);
    }
    case 'offline':
      return t('team_stateOffline');
    case 'refused':
      return t(status.reason ?? 'team_refusedToken');
    case 'none':
      return '';
  }
}

/**
 * Joining a team with an invite, and how the team stands once joined. The invite and the member
 * token it becomes go to the background; this page only ever sees the team's name and state.
 */
export function TeamSection({ services }: { services: OptionsServices }) {
  const id = useId();
  const [status, setStatus] = useState<TeamStatus | undefined>();
  const [serverUrl, setServerUrl] = useState('');
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [shareExisting, setShareExisting] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'saved' } | undefined>();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [held, setHeld] = useState<number | undefined>();

  useEffect(() => {
    void services.teamStatus().then(setStatus);
    void services.countCodes().then(setHeld, () => undefined);
    return services.onTeamStatus(setStatus);
  }, [services]);

  async function join(event: FormEvent) {
    event.preventDefault();
    if (!serverUrl.trim()) return setMessage({ text: t('team_errorServerMissing'), tone: 'error' });
    if (!invite.trim()) return setMessage({ text: t('team_errorInviteMissing'), tone: 'error' });
    if (!name.trim()) return setMessage({ text: t('team_errorNameMissing'), tone: 'error' });
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await services.joinTeam({ serverUrl, invite, name, shareExisting });
      if (!result.ok) {
        const detail = result.detail ? ` ${t('team_serverSaid', [result.detail])}` : '';
        setMessage({ text: `${t(result.message)}${detail}`, tone: 'error' });
        return;
      }
      setInvite('');
      setStatus(result.status);
      const role = result.status.role ? t(ROLE_WORDS[result.status.role]) : '';
      setMessage({ text: t('team_joined', [result.status.team ?? '', role]), tone: 'saved' });
    } catch {
      setMessage({ text: t('team_errorUnreachable'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  async function leave() {
    setStatus(await services.leaveTeam());
    setConfirmLeave(false);
    setMessage({ text: t('team_left'), tone: 'saved' });
  }

  const joined = status && status.state !== 'none';
  return (
    <section aria-labelledby={`${id}-title`} data-testid="team-section">
      <h2 id={`${id}-title`}>{t('team_title')}</h2>
      <p className="hint">{t('team_help')}</p>
      {joined ? (
        <>
          <p>
            {t('team_member', [status.team ?? '', status.serverUrl ?? ''])}
            <br />
            {t('team_you', [status.name ?? '', status.role ? t(ROLE_WORDS[status.role]) : ''])}
          </p>
          <p data-testid="team-state" className={status.state === 'refused' ? 'error' : undefined}>
            {stateLine(status)}
          </p>
          {status.role === 'viewer' ? <p className="hint">{t('team_viewerNote')}</p> : null}
          {status.unreadable ? (
            <p className="error">{t('team_unreadable', [num(status.unreadable)])}</p>
          ) : null}
          <div className="row">
            <button type="button" onClick={() => void services.teamStatus().then(setStatus)}>
              {t('team_syncNow')}
            </button>
            {confirmLeave ? (
              <>
                <span>{t('team_leaveConfirm', [status.team ?? ''])}</span>
                <button type="button" onClick={() => void leave()}>
                  {t('team_leaveYes')}
                </button>
                <button type="button" onClick={() => setConfirmLeave(false)}>
                  {t('team_leaveNo')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmLeave(true)}>
                {t('team_leave')}
              </button>
            )}
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void join(e)} className="team-join">
          <label htmlFor={`${id}-server`}>{t('team_serverLabel')}</label>
          <input
            id={`${id}-server`}
            // Text, not url: a buyer may type the host alone, which the background completes.
            type="text"
            inputMode="url"
            autoComplete="url"
            placeholder={t('team_serverPlaceholder')}
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
          />
          <label htmlFor={`${id}-invite`}>{t('team_inviteLabel')}</label>
          <input
            id={`${id}-invite`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-invite-help`}
            value={invite}
            onChange={(e) => setInvite(e.target.value)}
          />
          <p id={`${id}-invite-help`} className="hint">
            {t('team_inviteHelp')}
          </p>
          <label htmlFor={`${id}-name`}>{t('team_nameLabel')}</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            maxLength={60}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <label className="check" hidden={held === 0}>
            <input
              type="checkbox"
              checked={shareExisting}
              onChange={(e) => setShareExisting(e.target.checked)}
            />
            {held === undefined
              ? t('team_shareExisting')
              : t('team_shareExistingCount', [num(held)])}
          </label>
          <div>
            <button type="submit" disabled={busy}>
              {busy ? t('team_joining') : t('team_join')}
            </button>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite" className={message?.tone}>
        {message?.text}
      </p>
    </section>
  );
}
