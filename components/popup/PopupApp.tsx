import { useMemo } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import type { TabId } from './ui-store';
import { AddCodesPanel } from './AddCodesPanel';
import { BatchesPanel } from './BatchesPanel';
import { InventoryPanel } from './InventoryPanel';
import { ServicesContext, useServices, type PopupServices } from './services';
import { panelId, tabId, Tabs, type TabSpec } from './Tabs';
import { Toasts } from './Toasts';
import { useInventory, type Inventory } from './use-inventory';
import { useNow } from './use-now';
import { useSettings } from './use-settings';
import { useUi } from './use-ui';
import '../common/theme.css';
import './popup.css';

const tabs: readonly TabSpec<TabId>[] = [
  { id: 'inventory', label: 'Inventory' },
  { id: 'add', label: 'Add codes' },
  { id: 'batches', label: 'Batches' },
];

interface Props {
  services: PopupServices;
  /** `tab` when opened as a full page: wider layout, no "Open in tab". */
  layout: 'popup' | 'tab';
}

export function PopupApp({ services, layout }: Props) {
  return (
    <ServicesContext.Provider value={services}>
      <Shell layout={layout} />
    </ServicesContext.Provider>
  );
}

function Shell({ layout }: { layout: Props['layout'] }) {
  const services = useServices();
  const tab = useUi((s) => s.tab);
  const { inventory, firstScreen } = useInventory();
  const head = useMemo(() => firstScreen && headInventory(firstScreen.records), [firstScreen]);
  const settings = useSettings();
  const now = useNow();
  const select = (id: TabId) => services.ui.getState().setTab(id);

  return (
    <div className={`app app-${layout}`}>
      <header className="app-header">
        <h1>Spark Preflight</h1>
        <nav className="app-links" aria-label="Other pages">
          {services.openDashboard && (
            <button type="button" onClick={services.openDashboard}>
              Dashboard
            </button>
          )}
          {services.openOptions && (
            <button type="button" onClick={services.openOptions}>
              Options
            </button>
          )}
          {services.openInTab && (
            <button type="button" onClick={services.openInTab}>
              Open in tab
            </button>
          )}
        </nav>
      </header>
      <main className="app-main">
        <Tabs label="Sections" tabs={tabs} selected={tab} onSelect={select} idPrefix="main" />
        {inventory && inventory.corrupt > 0 && (
          <p className="notice" role="alert">
            {inventory.corrupt} saved {inventory.corrupt === 1 ? 'code' : 'codes'} could not be read
            and {inventory.corrupt === 1 ? 'is' : 'are'} hidden from this list. Nothing was deleted.
          </p>
        )}
        {tabs.map(({ id }) => (
          <div
            key={id}
            className="tab-panel"
            role="tabpanel"
            id={panelId('main', id)}
            aria-labelledby={tabId('main', id)}
            hidden={id !== tab}
          >
            {!inventory ? (
              id === tab &&
              (id === 'inventory' && head && head.records.length > 0 ? (
                <InventoryPanel
                  inventory={head}
                  settings={settings}
                  now={now}
                  partialOf={firstScreen?.stored}
                />
              ) : (
                <p className="loading">Loading your codes…</p>
              ))
            ) : id === 'add' ? (
              // Always mounted, so a paste survives a look at the inventory and back.
              <AddCodesPanel inventory={inventory} settings={settings} />
            ) : id !== tab ? null : id === 'inventory' ? (
              <InventoryPanel inventory={inventory} settings={settings} now={now} />
            ) : (
              <BatchesPanel inventory={inventory} settings={settings} now={now} />
            )}
          </div>
        ))}
        <Toasts />
      </main>
    </div>
  );
}

/** The first rows alone: nothing is known yet about the rest, corrupt rows included. */
function headInventory(records: readonly CodeRecord[]): Inventory {
  return { records: [...records], byCode: new Map(records.map((r) => [r.code, r])), corrupt: 0 };
}
