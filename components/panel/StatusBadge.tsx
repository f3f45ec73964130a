import type { RowCheckStatus } from '../../lib/panel/panel-model';

/** Icon and word together: the status must read without colour (and without the icon). */
const LOOK: Record<RowCheckStatus, { icon: string; label: string }> = {
  pass: { icon: '✓', label: 'Pass' },
  warn: { icon: '!', label: 'Warn' },
  fail: { icon: '✕', label: 'Fail' },
  unknown: { icon: '?', label: 'Unknown' },
  pending: { icon: '…', label: 'Checking' },
};

export function StatusBadge({ status }: { status: RowCheckStatus }) {
  const look = LOOK[status];
  return (
    <span className={`sp-badge sp-badge--${status}`}>
      <span className="sp-badge__icon" aria-hidden="true">
        {look.icon}
      </span>
      {look.label}
    </span>
  );
}
