import { callBackground } from '../../lib/api/client';
import { watchTeamStatus } from '../common/watch-team-status';
import { browser } from '#imports';
import { systemClock } from '../../lib/clock';
import { openDatabase } from '../../lib/db/database';
import { createUiStore, type UiState } from './ui-store';
import { createSettingsStore } from '../../lib/settings/store';
import { createDraftStore } from '../../lib/settings/add-draft';
import { watchStoredSettings } from '../common/watch-settings';
import type { StoreApi } from 'zustand/vanilla';
import { createLiveActions } from './live-browser-services';
import type { PopupServices } from './services';
import { workerPasteReader } from './paste-reading';

const INVENTORY_PAGE = '/inventory.html';

/** The real services for the popup and the full-tab page. */
export function createBrowserServices(layout: 'popup' | 'tab'): PopupServices {
  const settings = createSettingsStore(browser.storage.local);
  // localStorage is shared by every page of the extension and reads synchronously, so the
  // popup opens on the tab and batch plan the buyer left without a flash of the defaults.
  const ui: StoreApi<UiState> = createUiStore(globalThis.localStorage);
  return {
    db: openDatabase(),
    ui,
    drafts: createDraftStore(browser.storage.local),
    readPaste: workerPasteReader(
      () => new Worker(new URL('./paste-reading.worker.ts', import.meta.url), { type: 'module' }),
    ),
    live: createLiveActions(),
    teamTimeline: async (code) => (await callBackground('teamTimeline', { code })).entries,
    teamStatus: () => callBackground('teamSync', {}),
    onTeamStatus: watchTeamStatus,
    getSettings: () => settings.get(),
    watchSettings: watchStoredSettings,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    clock: systemClock,
    openInTab:
      layout === 'popup'
        ? () => {
            void browser.tabs
              .create({ url: browser.runtime.getURL(INVENTORY_PAGE) })
              .then(() => window.close());
          }
        : undefined,
    openOptions: () => void browser.runtime.openOptionsPage(),
    openDashboard: () =>
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }),
  };
}

/**
 * Chrome sizes the toolbar popup to its content, so it needs a set width; the same page opened
 * in a tab (as the end-to-end tests do) must stay fluid instead.
 */
export function markActionPopup(): void {
  try {
    const popups = browser.extension.getViews({ type: 'popup' });
    if (popups.includes(window)) document.documentElement.classList.add('action-popup');
  } catch {
    // Firefox and some contexts lack getViews; the fluid layout still works there.
  }
}
