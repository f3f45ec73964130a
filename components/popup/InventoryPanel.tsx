import { useMemo } from 'react';
import { accountOptions } from '../../lib/inventory/accounts';
import { buildInventoryRows, isFiltered } from '../../lib/inventory/inventory-view';
import type { Settings } from '../../lib/settings/schema';
import { InventoryList } from './InventoryList';
import { InventoryToolbar } from './InventoryToolbar';
import { useActions } from './use-actions';
import type { Inventory } from './use-inventory';
import { useServices } from './services';
import { useUi } from './use-ui';

interface Props {
  inventory: Inventory;
  settings: Settings;
  now: number;
  /**
   * Set while only the head of the list is in, to the number of codes stored. The rows can be
   * used, but counts, filters and "select all" would be wrong, so they wait for the rest.
   */
  partialOf?: number;
}

const codes = (n: number) => `${n.toLocaleString('en-US')} code${n === 1 ? '' : 's'}`;

export function InventoryPanel({ inventory, settings, now, partialOf }: Props) {
  const partial = partialOf !== undefined;
  const { ui } = useServices();
  const actions = useActions();
  const query = useUi((s) => s.query);
  const selected = useUi((s) => s.selected);
  const accounts = useMemo(
    () =>
      accountOptions(
        inventory.records.map((r) => r.adAccountId),
        settings.accounts,
      ),
    [inventory.records, settings.accounts],
  );
  const rows = useMemo(
    () =>
      buildInventoryRows(inventory.records, query, {
        now,
        alertWindowDays: settings.alertWindowDays,
        accounts: settings.accounts,
      }),
    [inventory.records, query, now, settings.alertWindowDays, settings.accounts],
  );
  const selectedHere = [...selected].filter((code) => inventory.byCode.has(code));
  const total = inventory.records.length;

  if (total === 0 && !partial) {
    return (
      <div className="empty">
        <p>No codes yet.</p>
        <button type="button" className="primary" onClick={() => ui.getState().setTab('add')}>
          Add codes
        </button>
      </div>
    );
  }

  return (
    <div className="inventory-panel">
      <InventoryToolbar accounts={accounts} disabled={partial} />
      <div className="list-status">
        <p aria-live="polite">
          {partial
            ? 'Loading all your codes…'
            : isFiltered(query)
              ? `Showing ${codes(rows.length)} of ${total.toLocaleString('en-US')}`
              : codes(total)}
        </p>
        {!partial && isFiltered(query) && (
          <button type="button" className="link-button" onClick={() => ui.getState().resetQuery()}>
            Clear filters
          </button>
        )}
        {!partial && rows.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => ui.getState().setSelected(rows.map((r) => r.record.code))}
          >
            Select all shown
          </button>
        )}
      </div>
      {selectedHere.length > 0 && (
        <div className="bulk-bar" role="group" aria-label="Selected codes">
          <span>{codes(selectedHere.length)} selected</span>
          <button type="button" onClick={() => void actions.deleteCodes(selectedHere)}>
            Delete selected
          </button>
          <button type="button" onClick={() => ui.getState().setSelected([])}>
            Clear selection
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="empty">No codes match. Try another search or clear the filters.</p>
      ) : (
        <InventoryList rows={rows} accounts={accounts} setSize={partialOf} />
      )}
    </div>
  );
}
