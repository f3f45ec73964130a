import { useLiveQuery } from 'dexie-react-hooks';
import { historyOf } from '../../lib/db/repository';
import { historyLines } from '../../lib/inventory/history';
import { useServices } from './services';
import { t } from '../common/i18n';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What happened to one code, newest first: added, checked, copied, applied, failed and why. */
export function CodeHistory({ code }: { code: string }) {
  const { db } = useServices();
  const events = useLiveQuery(() => historyOf(db, code), [db, code]);
  if (!events) return null;
  const lines = historyLines(events);
  return (
    <section className="code-history" aria-label={t('history_title')}>
      <p className="code-history__title">{t('history_title')}</p>
      {lines.length === 0 ? (
        <p className="muted">{t('history_empty')}</p>
      ) : (
        <ol className="code-history__list">
          {lines.map((line) => (
            <li key={line.key}>
              <time dateTime={new Date(line.at).toISOString()}>{WHEN.format(line.at)}</time>{' '}
              <strong>{t(line.label)}</strong>
              {line.detail && <span className="code-history__detail"> · {line.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
