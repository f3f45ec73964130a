import { useEffect, useRef } from 'react';
import type { AccountOption } from '../../lib/inventory/accounts';
import { handleText, postHref, postText, shortCode } from '../../lib/inventory/display';
import { spendText } from '../../lib/inventory/figures-text';
import type { InventoryRow as Row } from '../../lib/inventory/inventory-view';
import { StatusChip } from '../common/StatusChip';
import { EditCodeForm } from './EditCodeForm';
import { LiveCheckLine } from './LiveCheckLine';
import { useActions } from './use-actions';
import { useServices } from './services';
import { t, uiLocale } from '../common/i18n';
import { dayCountText } from '../common/day-count';

interface Props {
  row: Row;
  selected: boolean;
  editing: boolean;
  accounts: readonly AccountOption[];
  /** The moment the list was counted at, so every row counts days alike. */
  now: number;
}

/** What the post spent in 7 days, when the reports said; unknown when they failed. */
function Spend({ row }: { row: Row }) {
  const spend = spendText(row.performance, 'days7', t, uiLocale());
  if (!row.performance || spend.kind === 'note') return null;
  if (spend.kind === 'unknown') {
    return (
      <span className="spend" title={spend.reason}>
        {t('row_spendUnknown')}
      </span>
    );
  }
  return <span className="spend">{t('row_spend7', [spend.text])}</span>;
}

export function InventoryRow({ row, selected, editing, accounts, now }: Props) {
  const { record, chip } = row;
  const actions = useActions();
  const { ui, clock } = useServices();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  const short = shortCode(record.code);

  // Closing the editor puts focus back where the buyer opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const creator = handleText(record.creatorHandle);
  const post = postText(record.expectedPost);
  const href = postHref(record.expectedPost);
  return (
    <div className={`row${selected ? ' row-selected' : ''}`}>
      <div className="row-main">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('row_select', [short])}
          onChange={() => ui.getState().toggleSelected(record.code)}
        />
        <StatusChip chip={chip} failureReason={record.failureReason} />
        {row.copiedPending && <span className="badge badge-copied">{t('row_copiedPending')}</span>}
        <span className="days-left">
          {record.expiresAt === undefined || chip.daysLeft === null
            ? record.duration === 'none'
              ? t('days_noExpiry')
              : '—'
            : dayCountText(record.expiresAt, now, clock.timeZone ?? 'UTC')}
        </span>
        <span className="row-buttons">
          <button
            type="button"
            className="star"
            aria-pressed={row.starred}
            aria-label={t('row_actionName', [t('row_star'), short])}
            title={t('row_starHint')}
            onClick={() => void actions.setStar(record.code, !row.starred)}
          >
            {t('row_star')}
          </button>
          <button
            type="button"
            aria-label={t('row_actionName', [t('row_copy'), short])}
            onClick={() => void actions.copyCode(record.code)}
          >
            {t('row_copy')}
          </button>
          <button
            type="button"
            ref={editButton}
            aria-label={t('row_actionName', [t('row_edit'), short])}
            aria-expanded={editing}
            onClick={() =>
              editing ? ui.getState().stopEdit() : ui.getState().startEdit(record.code)
            }
          >
            {t('row_edit')}
          </button>
          <button
            type="button"
            aria-label={t('row_actionName', [t('row_delete'), short])}
            onClick={() => void actions.deleteCodes([record.code])}
          >
            {t('row_delete')}
          </button>
        </span>
      </div>
      <div className="row-meta">
        <code className="code-text" title={record.code}>
          {short}
        </code>
        <span>{creator ?? t('row_noCreator')}</span>
        <span className="post">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer">
              {post}
            </a>
          ) : (
            (post ?? t('row_noPost'))
          )}
        </span>
        <span>{row.accountLabel ?? t('toolbar_noAccount')}</span>
        <Spend row={row} />
      </div>
      {editing && <LiveCheckLine record={record} />}
      {editing && <EditCodeForm record={record} accounts={accounts} />}
    </div>
  );
}
