import type { CodeStatus } from '../../lib/records/schema';
import { AnswerLine } from './AnswerLine';
import { CheckLine } from './CheckLine';
import { StatusBadge } from './StatusBadge';
import { rowVerdict, shortCode, type PanelRow } from '../../lib/panel/panel-model';

const STATUS_WORD: Record<CodeStatus, string> = {
  new: 'new',
  ready: 'ready',
  applied: 'applied',
  failed: 'failed before',
  expired: 'expired',
  revoked: 'revoked',
};

interface CodeRowProps {
  row: PanelRow;
  index: number;
  accountId?: string;
  busy: boolean;
  onAdd: (code: string) => void;
}

function InventoryNote({ row, accountId }: { row: PanelRow; accountId?: string }) {
  if (!row.usable) return <p className="sp-muted">Not a complete Spark code.</p>;
  if (row.inventory === 'checking') return <p className="sp-muted">Looking in your inventory…</p>;
  if (row.inventory === 'unreachable') return <p className="sp-muted">Inventory not reachable.</p>;
  if (row.inventory === 'out' || !row.record)
    return <p className="sp-muted">Not in your inventory.</p>;
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

export function CodeRow({ row, index, accountId, busy, onAdd }: CodeRowProps) {
  const headingId = `sp-row-${index}`;
  const label = row.usable ? shortCode(row.code) : shortCode(row.raw.trim());
  return (
    <li className="sp-row" aria-labelledby={headingId}>
      <div className="sp-row__head">
        <StatusBadge status={rowVerdict(row)} />
        <h3 id={headingId} className="sp-row__code" title={row.usable ? row.code : row.raw}>
          <span className="sp-visually-hidden">Code {index + 1}: </span>
          {label}
        </h3>
        {row.usable && row.inventory === 'out' ? (
          <button
            type="button"
            className="sp-button"
            disabled={busy}
            onClick={() => onAdd(row.code)}
          >
            Add to inventory
          </button>
        ) : null}
      </div>
      <InventoryNote row={row} accountId={accountId} />
      {row.answer ? <AnswerLine answer={row.answer} /> : null}
      <ul className="sp-checks" aria-label={`Checks for code ${index + 1}`}>
        {row.checks.map((check) => (
          <CheckLine key={check.id} check={check} />
        ))}
      </ul>
    </li>
  );
}
