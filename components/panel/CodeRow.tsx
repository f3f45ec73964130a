import { useState } from 'react';
import type { CodeStatus } from '../../lib/records/schema';
import type { Verdict } from '../../lib/preflight/verdict';
import { AnswerLine } from './AnswerLine';
import { CheckLine } from './CheckLine';
import { VerdictBadge } from './VerdictBadge';
import { shortCode, type PanelRow } from '../../lib/panel/panel-model';

/** How a kept code stands in the inventory, after "In your inventory". */
const STATUS_WORD: Record<CodeStatus, string> = {
  new: 'not used yet',
  ready: 'not used yet',
  applied: 'applied',
  failed: 'failed before',
  expired: 'expired',
  revoked: 'revoked',
};

interface CodeRowProps {
  row: PanelRow;
  verdict: Verdict;
  /** 0-based place in the field; rows are shown failing first, but named by where they are. */
  index: number;
  accountId?: string;
  busy: boolean;
  onAdd: (code: string) => void;
}

function InventoryNote({ row, accountId }: { row: PanelRow; accountId?: string }) {
  if (!row.usable) return null;
  if (row.inventory === 'checking') return <p className="sp-muted">Looking in your inventory…</p>;
  if (row.inventory === 'unreachable') return <p className="sp-muted">Inventory not reachable.</p>;
  if (row.inventory === 'out' || !row.record) {
    return <p className="sp-muted">Not in your inventory yet.</p>;
  }
  const { record } = row;
  return (
    <div className="sp-muted">
      <p>
        In your inventory: {STATUS_WORD[record.status]}
        {record.creatorHandle ? ` · @${record.creatorHandle.replace(/^@/, '')}` : ''}
        {record.creatorRegion ? ` · creator region ${record.creatorRegion}` : ''}
      </p>
      {record.failureReason ? <p>Last failure: {record.failureReason}</p> : null}
      {record.adAccountId && accountId && record.adAccountId !== accountId ? (
        <p>
          Recorded for ad account {record.adAccountId}; this page is account {accountId}.
        </p>
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
              <strong>Fix:</strong> {verdict.fix}
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
              <strong>Tip:</strong> {verdict.note.fix}
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

export function CodeRow({ row, verdict, index, accountId, busy, onAdd }: CodeRowProps) {
  const [open, setOpen] = useState(false);
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
        <h3 id={headingId} className="sp-row__code" title={row.usable ? row.code : row.raw}>
          <span className="sp-visually-hidden">Code {index + 1}: </span>
          {label}
        </h3>
        <button
          type="button"
          className="sp-tool"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          Details<span className="sp-visually-hidden"> for code {index + 1}</span>
        </button>
      </div>
      <WhyLine verdict={verdict} />
      <InventoryNote row={row} accountId={accountId} />
      {row.usable && row.inventory === 'out' ? (
        <button type="button" className="sp-button" disabled={busy} onClick={() => onAdd(row.code)}>
          Add to inventory
        </button>
      ) : null}
      {row.answer ? <AnswerLine answer={row.answer} /> : null}
      <div id={detailsId} className="sp-row__details" hidden={!open}>
        <ul className="sp-checks" aria-label={`Checks for code ${index + 1}`}>
          {row.checks.map((check) => (
            <CheckLine key={check.id} check={check} />
          ))}
        </ul>
      </div>
    </li>
  );
}
