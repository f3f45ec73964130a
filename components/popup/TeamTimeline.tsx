import { useEffect, useState } from 'react';
import type { TeamEventType } from '../../lib/team/model';
import { useServices } from './services';
import { t } from '../common/i18n';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const WORDS: Record<TeamEventType, string> = {
  added: 'teamlog_added',
  updated: 'teamlog_updated',
  checked: 'teamlog_checked',
  copied: 'teamlog_copied',
  applied: 'teamlog_applied',
  failed: 'teamlog_failed',
  expired: 'teamlog_expired',
  revoked: 'teamlog_revoked',
  deleted: 'teamlog_deleted',
  restored: 'teamlog_restored',
};

type Entries = Awaited<ReturnType<NonNullable<ReturnType<typeof useServices>['teamTimeline']>>>;

/** Who in the team did what to this code, newest first; nothing without a team. */
export function TeamTimeline({ code }: { code: string }) {
  const { teamTimeline } = useServices();
  const [entries, setEntries] = useState<Entries>([]);
  useEffect(() => {
    let live = true;
    void teamTimeline?.(code)
      .then((found) => live && setEntries(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [teamTimeline, code]);
  if (entries.length === 0) return null;
  return (
    <section className="code-history" aria-label={t('teamlog_title')}>
      <p className="code-history__title">{t('teamlog_title')}</p>
      <ol className="code-history__list">
        {[...entries].reverse().map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{WHEN.format(entry.at)}</time>{' '}
            <strong>{t(WORDS[entry.type], [entry.by])}</strong>
            {entry.account && (
              <span className="code-history__detail">
                {' '}
                · {t('teamlog_account', [entry.account])}
              </span>
            )}
            {entry.reason && <span className="code-history__detail"> · {entry.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
