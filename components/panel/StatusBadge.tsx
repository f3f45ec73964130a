import type { RowCheckStatus } from '../../lib/panel/panel-model';
import { CHECK_STATUS_MESSAGE, CHECK_STATUS_TONE, TONE_ICON } from '../../lib/preflight/vocabulary';
import { t } from './t';

/** One check's status: icon and word together, so it reads without colour (and without the icon). */
export function StatusBadge({ status }: { status: RowCheckStatus }) {
  return (
    <span className={`sp-badge sp-badge--${status}`}>
      <span className="sp-badge__icon" aria-hidden="true">
        {TONE_ICON[CHECK_STATUS_TONE[status]]}
      </span>
      {t(CHECK_STATUS_MESSAGE[status])}
    </span>
  );
}
