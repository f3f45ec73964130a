import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CodeStatus } from '../../lib/records/schema';
import type { CodeFields } from '../../lib/inventory/code-fields';
import { moneyText } from '../../lib/inventory/figures-text';
import { PostPreview } from './PostPreview';
import { t } from './t';
import type { Verdict } from '../../lib/preflight/verdict';
import { AnswerLine } from './AnswerLine';
import { CheckLine } from './CheckLine';
import { VerdictBadge } from './VerdictBadge';
import { shortCode, type PanelRow } from '../../lib/panel/panel-model';

/**
 * The add form checks what the buyer typed with the record's schema, so it loads when a code is
 * first added rather than with the panel's first rows.
 */
const AddCodeForm = lazy(() =>
  import('./AddCodeForm').then(({ AddCodeForm }) => ({ default: AddCodeForm })),
);

/** How a kept code stands in the inventory, after "In your inventory": message names. */
const STATUS_WORD: Record<CodeStatus, string> = {
  new: 'panel_inventoryNotUsed',
  ready: 'panel_inventoryNotUsed',
  applied: 'panel_inventoryApplied',
  failed: 'panel_inventoryFailed',
  expired: 'panel_inventoryExpired',
  revoked: 'panel_inventoryRevoked',
};

interface CodeRowProps {
  row: PanelRow;
  verdict: Verdict;
  /** 0-based place in the field; rows are shown failing first, but named by where they are. */
  index: number;
  accountId?: string;
  busy: boolean;
  /** What the field's words suggest for the code's details. */
  suggest: (code: string) => CodeFields;
  /** The buyer's calendar day, for dates written without a year. */
  today: () => string;
  onAdd: (code: string, typed: CodeFields) => void;
}

function InventoryNote({ row, accountId }: { row: PanelRow; accountId?: string }) {
  if (!row.usable) return null;
  if (row.inventory === 'checking')
    return <p className="sp-muted">{t('panel_inventoryLooking')}</p>;
  if (row.inventory === 'unreachable') {
    return <p className="sp-muted">{t('panel_inventoryUnreachableShort')}</p>;
  }
  if (row.inventory === 'out' || !row.record) {
    return <p className="sp-muted">{t('panel_inventoryNotYet')}</p>;
  }
  const { record } = row;
  const parts = [
    t('panel_inventoryIn', [t(STATUS_WORD[record.status])]),
    record.creatorHandle ? `@${record.creatorHandle.replace(/^@/, '')}` : '',
    record.creatorRegion ? t('panel_inventoryRegion', [record.creatorRegion]) : '',
  ];
  return (
    <div className="sp-muted">
      <p>{parts.filter(Boolean).join(' · ')}</p>
      {record.failureReason ? <p>{t('panel_lastFailure', [record.failureReason])}</p> : null}
      {record.adAccountId && accountId && record.adAccountId !== accountId ? (
        <p>{t('panel_otherAccount', [record.adAccountId, accountId])}</p>
      ) : null}
    </div>
  );
}

/** The reason and the one fix that matters; a heads-up that does not stop the code, if any. */
function WhyLine({ verdict }: { verdict: Verdict }) {
  return (
    <>
      {verdict.reason ? (
        <p className="sp-row__why">
          {verdict.reason}
          {verdict.fix ? (
            <>
              {' '}
              <strong>{t('panel_fix')}</strong> {verdict.fix}
            </>
          ) : null}
        </p>
      ) : null}
      {verdict.note ? (
        <p className="sp-row__why">
          {verdict.note.message}
          {verdict.note.fix ? (
            <>
              {' '}
              <strong>{t('panel_tip')}</strong> {verdict.note.fix}
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

export function CodeRow(props: CodeRowProps) {
  const { row, verdict, index, accountId, busy, suggest, today, onAdd } = props;
  const [open, setOpen] = useState(false);
  /** The add form's first suggestions, taken when it opens; closed while undefined. */
  const [adding, setAdding] = useState<CodeFields | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const canAdd = row.usable && row.inventory === 'out';
  // Once the code is in the inventory the form has done its job (React's "adjust state while
  // rendering"), and focus goes to this row rather than to the page's start.
  const [added, setAdded] = useState(false);
  if (adding && !canAdd) {
    setAdding(undefined);
    setAdded(true);
  }
  useEffect(() => {
    if (added) heading.current?.focus();
  }, [added]);
  const headingId = `sp-row-${index}`;
  const detailsId = `sp-row-details-${index}`;
  const label = row.usable ? shortCode(row.code) : shortCode(row.raw.trim());
  return (
    <li
      className={`sp-row sp-row--${verdict.kind}`}
      aria-labelledby={headingId}
      data-field-index={index}
    >
      <div className="sp-row__head">
        <VerdictBadge verdict={verdict} />
        <h3
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="sp-row__code"
          title={row.usable ? row.code : row.raw}
        >
          <span className="sp-visually-hidden">{t('panel_codeNumber', [index + 1])} </span>
          {label}
        </h3>
        <button
          type="button"
          className="sp-tool"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {t('panel_details')}
          <span className="sp-visually-hidden"> {t('panel_detailsFor', [index + 1])}</span>
        </button>
      </div>
      <WhyLine verdict={verdict} />
      {row.post ? <PostPreview post={row.post} /> : null}
      <InventoryNote row={row} accountId={accountId} />
      {row.spent7 ? (
        <p className="sp-muted">
          {t('panel_spent7', [
            moneyText(row.spent7.amount, row.spent7.currency, navigator.language),
          ])}
        </p>
      ) : null}
      {canAdd && adding ? (
        <Suspense fallback={null}>
          <AddCodeForm
            index={index}
            suggested={adding}
            today={today()}
            busy={busy}
            onAdd={(fields) => onAdd(row.code, fields)}
            onCancel={() => {
              setAdding(undefined);
              // The button comes back on the next render; focus it then.
              setTimeout(() => addButton.current?.focus());
            }}
          />
        </Suspense>
      ) : canAdd ? (
        <button
          ref={addButton}
          type="button"
          className="sp-button"
          disabled={busy}
          onClick={() => setAdding(suggest(row.code))}
        >
          {t('panel_addOne')}
        </button>
      ) : null}
      {row.answer ? <AnswerLine answer={row.answer} /> : null}
      {/* The checks are drawn when opened: a paste of 20 codes paints 20 lines, not 160. */}
      <div id={detailsId} className="sp-row__details" hidden={!open}>
        {open ? (
          <ul className="sp-checks" aria-label={t('panel_checksFor', [index + 1])}>
            {row.checks.map((check) => (
              <CheckLine key={check.id} check={check} />
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
