import { Activity, memo, useMemo } from 'react';
import type { CodeRecord } from '../../lib/records/schema';
import type { TabId } from './ui-store';
import { AddCodesPanel as AddCodesPanelEveryRender } from './AddCodesPanel';
import { BatchesPanel as BatchesPanelEveryRender } from './BatchesPanel';
import { InventoryPanel as InventoryPanelEveryRender } from './InventoryPanel';
import { ServicesContext, useServices, type PopupServices } from './services';
import { panelId, tabId, Tabs, type TabSpec } from './Tabs';
import { TeamBadge } from './TeamBadge';
import { Toasts } from './Toasts';
import { useEarnings } from './use-earnings';
import { useInventory, type Inventory } from './use-inventory';
import { useNow } from './use-now';
import { useSettings } from './use-settings';
import { useUi } from './use-ui';
import { num, t } from '../common/i18n';
import '../common/theme.css';
import './popup.css';
import { codesNeedingAction } from '../../lib/lifecycle/urgency';
import { NEEDS_ACTION } from '../../lib/inventory/inventory-view';

// Switching tabs changes none of a panel's props: only the tab shown or hidden renders again.
const AddCodesPanel = memo(AddCodesPanelEveryRender);
const BatchesPanel = memo(BatchesPanelEveryRender);
const InventoryPanel = memo(InventoryPanelEveryRender);

const tabIds: readonly TabId[] = ['inventory', 'add', 'batches'];
const tabLabels: Record<TabId, string> = {
  inventory: 'popup_tabInventory',
  add: 'popup_tabAdd',
  batches: 'popup_tabBatches',
};

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
  const earnings = useEarnings();
  const select = (id: TabId) => services.ui.getState().setTab(id);
  const needing = useMemo(
    () =>
      inventory && settings
        ? codesNeedingAction(inventory.records, {
            now,
            timeZone: services.clock.timeZone,
            windowDays: settings.alertWindowDays,
          }).length
        : 0,
    [inventory, settings, now, services.clock.timeZone],
  );
  const showNeedsAction = () => {
    const ui = services.ui.getState();
    ui.setQuery({ status: NEEDS_ACTION });
    ui.setTab('inventory');
  };
  const tabs: readonly TabSpec<TabId>[] = tabIds.map((id) => ({ id, label: t(tabLabels[id]) }));

  return (
    <div className={`app app-${layout}`}>
      <header className="app-header">
        <h1>{t('popup_title')}</h1>
        {needing > 0 && (
          <button type="button" className="link-button needs-action" onClick={showNeedsAction}>
            {t('popup_needsAction', needing, [num(needing)])}
          </button>
        )}
        <TeamBadge />
        <nav className="app-links" aria-label={t('popup_otherPages')}>
          {services.openDashboard && (
            <button type="button" onClick={services.openDashboard}>
              {t('popup_openDashboard')}
            </button>
          )}
          {services.openOptions && (
            <button type="button" onClick={services.openOptions}>
              {t('popup_openOptions')}
            </button>
          )}
          {services.openInTab && (
            <button type="button" onClick={services.openInTab}>
              {t('popup_openInTab')}
            </button>
          )}
        </nav>
      </header>
      <main className="app-main">
        <Tabs
          label={t('popup_sections')}
          tabs={tabs}
          selected={tab}
          onSelect={select}
          idPrefix="main"
        />
        {inventory && inventory.corrupt > 0 && (
          <p className="notice" role="alert">
            {t('popup_corrupt', inventory.corrupt, [num(inventory.corrupt)])}
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
                  earnings={earnings}
                  partialOf={firstScreen?.stored}
                />
              ) : (
                <p className="loading">{t('popup_loading')}</p>
              ))
            ) : id === 'add' ? (
              // Always mounted, so a paste survives a look at the inventory and back.
              <AddCodesPanel inventory={inventory} settings={settings} />
            ) : (
              // Kept, not unmounted, when another tab is open: a tab of 10,000 codes comes back
              // at once, and React renders a hidden tab's updates only when nothing else waits.
              <Activity mode={id === tab ? 'visible' : 'hidden'}>
                {id === 'inventory' ? (
                  <InventoryPanel
                    inventory={inventory}
                    settings={settings}
                    now={now}
                    earnings={earnings}
                  />
                ) : (
                  <BatchesPanel
                    inventory={inventory}
                    settings={settings}
                    now={now}
                    earnings={earnings}
                  />
                )}
              </Activity>
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
