import type { AccountOption } from '../../lib/inventory/accounts';
import {
  ALL,
  COPIED,
  NEEDS_ACTION,
  NO_ACCOUNT,
  type SortKey,
  type StatusFilter,
} from '../../lib/inventory/inventory-view';
import { chipKinds } from '../../lib/inventory/status-chip';
import { CHIP_LABELS } from '../common/StatusChip';
import { useServices } from './services';
import { useUi } from './use-ui';
import { t } from '../common/i18n';

const statusOptions = (): { value: StatusFilter; label: string }[] => [
  { value: ALL, label: t('filter_all') },
  ...chipKinds.map((kind) => ({ value: kind, label: t(CHIP_LABELS[kind]) })),
  { value: COPIED, label: t('filter_copied') },
  { value: NEEDS_ACTION, label: t('filter_needsAction') },
];

const sortOptions = (): { value: SortKey; label: string }[] => [
  { value: 'expiry', label: t('sort_expiry') },
  { value: 'added-newest', label: t('sort_newest') },
  { value: 'added-oldest', label: t('sort_oldest') },
  { value: 'spend', label: t('sort_spend') },
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
        <label htmlFor="inventory-search">{t('toolbar_search')}</label>
        <input
          id="inventory-search"
          type="search"
          placeholder={t('toolbar_searchExample')}
          value={query.search}
          disabled={disabled}
          onChange={(e) => setQuery({ search: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="inventory-status">{t('toolbar_status')}</label>
        <select
          id="inventory-status"
          value={query.status}
          disabled={disabled}
          onChange={(e) => setQuery({ status: e.target.value as StatusFilter })}
        >
          {statusOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inventory-account">{t('toolbar_account')}</label>
        <select
          id="inventory-account"
          value={query.account}
          disabled={disabled}
          onChange={(e) => setQuery({ account: e.target.value })}
        >
          <option value={ALL}>{t('toolbar_allAccounts')}</option>
          <option value={NO_ACCOUNT}>{t('toolbar_noAccount')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inventory-sort">{t('toolbar_sort')}</label>
        <select
          id="inventory-sort"
          value={query.sort}
          disabled={disabled}
          onChange={(e) => setQuery({ sort: e.target.value as SortKey })}
        >
          {sortOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
