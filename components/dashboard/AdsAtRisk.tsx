import { useId } from 'react';
import type { AdAtRisk } from '../../lib/lifecycle/at-risk';
import { formatLastDay } from '../../lib/lifecycle/calendar';
import type { RenewalItem } from '../../lib/lifecycle/renewal';
import type { Settings } from '../../lib/settings/schema';
import { CodeCells, CodeColumns } from './CodeCells';
import { formatDay } from './format';
import { useServices } from './services';

interface Props {
  atRisk: readonly AdAtRisk[];
  settings: Settings;
  timeZone: string;
  onCopy: (items: readonly RenewalItem[]) => void;
}

export function AdsAtRisk({ atRisk, settings, timeZone, onCopy }: Props) {
  const { t, locale } = useServices();
  const captionId = useId();
  if (atRisk.length === 0) return <p className="empty">{t('risk_nothing')}</p>;
  return (
    <table className="codes" aria-labelledby={captionId}>
      <caption id={captionId} className="visually-hidden">
        {t('risk_title')}
      </caption>
      <thead>
        <CodeColumns t={t}>
          <th scope="col">{t('column_authEnds')}</th>
          <th scope="col">{t('column_campaignEnds')}</th>
        </CodeColumns>
      </thead>
      <tbody>
        {atRisk.map(({ record, expiresAt, daysShort }) => {
          return (
            <tr key={record.code}>
              <CodeCells record={record} settings={settings} />
              <td>{formatLastDay(expiresAt, timeZone, locale)}</td>
              <td>
                {formatDay(record.campaignEndsOn ?? '', locale)}{' '}
                <span className="hint">
                  {daysShort === 0
                    ? t('risk_sameDay')
                    : t('risk_daysShort', daysShort, [daysShort])}
                </span>
              </td>
              <td>
                <button type="button" onClick={() => onCopy([{ ...record, expiresAt }])}>
                  {t('renewal_copy')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
