import { useId, useMemo } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import { formatLastDay } from '../../lib/lifecycle/calendar';
import { atHandle, groupByCreator, type RenewalItem } from '../../lib/lifecycle/renewal';
import type { Urgency, UrgentCode } from '../../lib/lifecycle/urgency';
import type { RenewalKind } from './use-renewal';
import type { Settings } from '../../lib/settings/schema';
import { CodeCells, CodeColumns } from './CodeCells';
import { useServices } from './services';

/** A long list helps nobody; the inventory page has the rest. */
const ROW_LIMIT = 100;

interface Props {
  urgent: readonly UrgentCode[];
  settings: Settings;
  timeZone: string;
  onCopy: (items: readonly RenewalItem[], kind: RenewalKind) => void;
}

function renewable(record: CodeRecord): RenewalItem | undefined {
  return record.expiresAt === undefined ? undefined : { ...record, expiresAt: record.expiresAt };
}

/** Which message a row offers: extend a code that still runs, or send a new one. */
const MESSAGE_KIND: Partial<Record<Urgency, RenewalKind>> = {
  expiring: 'renew',
  'expired-applied': 'renew',
  'expired-unused': 'newCode',
  revoked: 'newCode',
};
const RENEWABLE: ReadonlySet<Urgency> = new Set(['expiring', 'expired-applied']);

export function NeedsAction({ urgent, settings, timeZone, onCopy }: Props) {
  const { t, locale } = useServices();
  const captionId = useId();
  // One message per creator pays off when a creator has several codes to renew; a single code
  // has its own button in the table.
  const byCreator = useMemo(
    () =>
      [
        ...groupByCreator(
          urgent.filter((u) => RENEWABLE.has(u.urgency)).map((u) => u.record),
        ).values(),
      ]
        .filter((records) => records.length > 1)
        .sort((a, b) => b.length - a.length),
    [urgent],
  );

  const why = (item: UrgentCode): string => {
    const end = item.record.expiresAt;
    const day = end === undefined ? '' : formatLastDay(end, timeZone, locale);
    switch (item.urgency) {
      case 'expired-applied':
        return t('needs_expiredApplied', [day]);
      case 'expiring':
        return t('needs_expiresIn', item.daysLeft ?? 0, [item.daysLeft ?? 0, day]);
      case 'expired-unused':
        return day ? t('needs_expiredUnusedOn', [day]) : t('needs_expiredUnused');
      case 'failed':
        return item.record.failureReason
          ? t('needs_failedBecause', [item.record.failureReason])
          : t('needs_failed');
      case 'revoked':
        return t('needs_revoked');
    }
  };

  if (urgent.length === 0) return <p className="empty">{t('needs_nothing')}</p>;
  return (
    <>
      {byCreator.length > 0 && (
        <ul className="creator-list" aria-label={t('needs_byCreator')}>
          {byCreator.map((records) => {
            const items = records.map(renewable).filter((i) => i !== undefined);
            const handle = atHandle(records[0]?.creatorHandle ?? '');
            return (
              <li key={handle}>
                <span>{t('needs_creatorCount', records.length, [handle, records.length])}</span>
                <button type="button" onClick={() => onCopy(items, 'renew')}>
                  {t('renewal_copyForCreator', [handle])}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <table className="codes" aria-labelledby={captionId}>
        <caption id={captionId} className="visually-hidden">
          {t('needs_title')}
        </caption>
        <thead>
          <CodeColumns t={t}>
            <th scope="col">{t('column_why')}</th>
          </CodeColumns>
        </thead>
        <tbody>
          {urgent.slice(0, ROW_LIMIT).map((item) => {
            const kind = MESSAGE_KIND[item.urgency];
            const renewal = kind === 'renew' ? renewable(item.record) : undefined;
            return (
              <tr key={item.record.code} className={`urgency-${item.urgency}`}>
                <CodeCells record={item.record} settings={settings} />
                <td>{why(item)}</td>
                <td>
                  {renewal && (
                    <button type="button" onClick={() => onCopy([renewal], 'renew')}>
                      {t('renewal_copy')}
                    </button>
                  )}
                  {kind === 'newCode' && (
                    <button type="button" onClick={() => onCopy([item.record], 'newCode')}>
                      {t('renewal_copyNewCode')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {urgent.length > ROW_LIMIT && (
        <p className="hint">{t('needs_more', [urgent.length - ROW_LIMIT])}</p>
      )}
    </>
  );
}
