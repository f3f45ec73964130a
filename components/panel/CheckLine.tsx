import { StatusBadge } from './StatusBadge';
import { CHECK_LABELS, type RowCheck } from '../../lib/panel/panel-model';
import { t } from './t';

export function CheckLine({ check }: { check: RowCheck }) {
  return (
    <li className={`sp-check sp-check--${check.status}`}>
      <StatusBadge status={check.status} />
      <span className="sp-check__name">{t(CHECK_LABELS[check.id])}</span>
      <span className="sp-check__message">
        {check.message}
        {check.source === 'records' && !/your records/.test(check.message) ? (
          <span className="sp-muted"> {t('panel_fromRecords')}</span>
        ) : null}
      </span>
      {check.fix && check.status !== 'pass' ? (
        <span className="sp-check__fix">
          <strong>{t('panel_fix')}</strong> {check.fix}
        </span>
      ) : null}
    </li>
  );
}
