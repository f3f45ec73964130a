import { useMemo } from 'react';
import { accountOptions } from '../../lib/inventory/accounts';
import { buildInventoryRows, isFiltered } from '../../lib/inventory/inventory-view';
import type { Settings } from '../../lib/settings/schema';
import { FirstRun } from './FirstRun';
import { InventoryList } from './InventoryList';
import { InventoryToolbar } from './InventoryToolbar';
import { useActions } from './use-actions';
import type { Earnings } from './use-earnings';
import type { Inventory } from './use-inventory';
import { useServices } from './services';
import { useUi } from './use-ui';
import { num, t } from '../common/i18n';
import { codesNeedingAction } from '../../lib/lifecycle/urgency';

interface Props {
  inventory: Inventory;
  settings: Settings;
  now: number;
  /** Read once by the popup for every tab, so switching tabs reads and rebuilds nothing. */
  earnings: Earnings;
  /**
   * Set while only the head of the list is in, to the number of codes stored. The rows can be
   * used, but counts, filters and "select all" would be wrong, so they wait for the rest.
   */
  partialOf?: number;
}

const codes = (n: number) => t('batch_codes', n, [num(n)]);

export function InventoryPanel({ inventory, settings, now, partialOf, earnings }: Props) {
  const partial = partialOf !== undefined;
  const { ui, clock } = useServices();
  const actions = useActions();
  const query = useUi((s) => s.query);
  const selected = useUi((s) => s.selected);
  const { performance, starred } = earnings;
  const accounts = useMemo(
    () =>
      accountOptions(
        inventory.records.map((r) => r.adAccountId),
        settings.accounts,
      ),
    [inventory.records, settings.accounts],
  );
  const needingAction = useMemo(
    () =>
      new Set(
        codesNeedingAction(inventory.records, {
          now,
          timeZone: clock.timeZone,
          windowDays: settings.alertWindowDays,
        }).map((u) => u.record.code),
      ),
    [inventory.records, now, clock.timeZone, settings.alertWindowDays],
  );
  const rows = useMemo(
    () =>
      buildInventoryRows(inventory.records, query, {
        now,
        timeZone: clock.timeZone,
        needingAction,
        alertWindowDays: settings.alertWindowDays,
        accounts: settings.accounts,
        performance,
        starred,
      }),
    [
      performance,
      starred,
      inventory.records,
      query,
      now,
      clock.timeZone,
      needingAction,
      settings.alertWindowDays,
      settings.accounts,
    ],
  );
  const selectedHere = [...selected].filter((code) => inventory.byCode.has(code));
  const total = inventory.records.length;

  if (total === 0 && !partial) return <FirstRun />;

  return (
    <div className="inventory-panel">
      <InventoryToolbar accounts={accounts} disabled={partial} />
      <div className="list-status">
        <p aria-live="polite">
          {partial
            ? t('inventory_loadingAll')
            : isFiltered(query)
              ? t('inventory_showing', [codes(rows.length), num(total)])
              : codes(total)}
        </p>
        {!partial && isFiltered(query) && (
          <button type="button" className="link-button" onClick={() => ui.getState().resetQuery()}>
            {t('inventory_clearFilters')}
          </button>
        )}
        {!partial && rows.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => ui.getState().setSelected(rows.map((r) => r.record.code))}
          >
            {t('inventory_selectAll')}
          </button>
        )}
      </div>
      {selectedHere.length > 0 && (
        <div className="bulk-bar" role="group" aria-label={t('inventory_selectedGroup')}>
          <span>{t('inventory_selected', [codes(selectedHere.length)])}</span>
          <button type="button" onClick={() => void actions.deleteCodes(selectedHere)}>
            {t('inventory_deleteSelected')}
          </button>
          <button type="button" onClick={() => ui.getState().setSelected([])}>
            {t('inventory_clearSelection')}
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('inventory_noMatch')}</p>
      ) : (
        <InventoryList rows={rows} accounts={accounts} setSize={partialOf} now={now} />
      )}
    </div>
  );
}
