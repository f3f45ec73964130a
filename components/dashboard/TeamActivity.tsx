import { useEffect, useId, useState } from 'react';
import type { ResponseOf } from '../../lib/api/operations';
import { shortCode } from './format';
import { useServices } from './services';

type Audit = ResponseOf<'teamAudit'>;

/** The server's names for changes, as the dashboard words them; anything newer shows as sent. */
const CHANGE_WORDS: Record<string, string> = {
  added: 'audit_changeAdded',
  updated: 'audit_changeUpdated',
  checked: 'audit_changeChecked',
  copied: 'audit_changeCopied',
  applied: 'audit_changeApplied',
  failed: 'audit_changeFailed',
  expired: 'audit_changeExpired',
  revoked: 'audit_changeRevoked',
  deleted: 'audit_changeDeleted',
  restored: 'audit_changeRestored',
  claimed: 'audit_changeClaimed',
  released: 'audit_changeReleased',
  'log-entry-removed': 'audit_changeRemoved',
  'claim-removed': 'audit_changeRemoved',
  unreadable: 'audit_changeUnreadable',
};

/**
 * The team server's audit trail, for admins: who changed which code, as the server saw it from
 * their signed-in connection. Shown only to a team's admins; nothing at all without a team.
 */
export function TeamActivity() {
  const { t, teamStatus, teamAudit, locale } = useServices();
  const id = useId();
  const [audit, setAudit] = useState<Audit | undefined>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const status = await teamStatus?.();
      if (status?.role !== 'admin' || !teamAudit) return;
      const answer = await teamAudit();
      if (live) setAudit(answer);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [teamStatus, teamAudit]);
  if (!audit) return null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('audit_title')}</h2>
      {!audit.ok ? (
        <p className="error">{t(audit.message)}</p>
      ) : audit.rows.length === 0 ? (
        <p>{t('audit_empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('audit_colWhen')}</th>
              <th scope="col">{t('audit_colWho')}</th>
              <th scope="col">{t('audit_colCode')}</th>
              <th scope="col">{t('audit_colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {[...audit.rows].reverse().map((row, i) => (
              <tr key={`${row.at}-${i}`}>
                <td>{when.format(row.at)}</td>
                <td>{row.memberName}</td>
                <td>
                  <code title={row.code}>{row.code ? shortCode(row.code) : '—'}</code>
                </td>
                <td>
                  {CHANGE_WORDS[row.change] ? t(CHANGE_WORDS[row.change] as string) : row.change}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
