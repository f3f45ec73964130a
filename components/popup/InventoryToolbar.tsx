import type { AccountOption } from '../../lib/inventory/accounts';
import {
  ALL,
  COPIED,
  NO_ACCOUNT,
  type SortKey,
  type StatusFilter,
} from '../../lib/inventory/inventory-view';
import { chipKinds, chipLabels } from '../../lib/inventory/status-chip';
import { useServices } from './services';
import { useUi } from './use-ui';

const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: ALL, label: 'All statuses' },
  ...chipKinds.map((kind) => ({ value: kind, label: chipLabels[kind] })),
  { value: COPIED, label: 'Copied, not applied' },
];

const sortOptions: { value: SortKey; label: string }[] = [
  { value: 'expiry', label: 'Expiry, soonest first' },
  { value: 'added-newest', label: 'Date added, newest first' },
  { value: 'added-oldest', label: 'Date added, oldest first' },
];

export function InventoryToolbar({
  accounts,
  disabled = false,
}: {
  accounts: readonly AccountOption[];
  /** Shown but not yet usable, so the list does not move down when it is. */
  disabled?: boolean;
}) {
  const query = useUi((s) => s.query);
  const { ui } = useServices();
  const setQuery = ui.getState().setQuery;
  return (
    <div className="toolbar" role="search">
      <div className="field grow">
        <label htmlFor="inventory-search">Search</label>
        <input
          id="inventory-search"
          type="search"
          placeholder="Code, @creator, post, account"
          value={query.search}
          disabled={disabled}
          onChange={(e) => setQuery({ search: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="inventory-status">Status</label>
        <select
          id="inventory-status"
          value={query.status}
          disabled={disabled}
          onChange={(e) => setQuery({ status: e.target.value as StatusFilter })}
        >
          {statusOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inventory-account">Ad account</label>
        <select
          id="inventory-account"
          value={query.account}
          disabled={disabled}
          onChange={(e) => setQuery({ account: e.target.value })}
        >
          <option value={ALL}>All accounts</option>
          <option value={NO_ACCOUNT}>No ad account</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inventory-sort">Sort by</label>
        <select
          id="inventory-sort"
          value={query.sort}
          disabled={disabled}
          onChange={(e) => setQuery({ sort: e.target.value as SortKey })}
        >
          {sortOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
