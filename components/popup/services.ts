import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { SparkDatabase } from '../../lib/db/database';
import type { Clock } from '../../lib/clock';
import type { UiState } from './ui-store';
import type { Settings } from '../../lib/settings/schema';
import type { LiveActions } from './live-services';
import type { DraftStore } from '../../lib/settings/add-draft';
import type { PasteReader } from './paste-reading';
import type { ResponseOf } from '../../lib/api/operations';

/**
 * Everything the inventory UI needs from the outside world. The popup and the full-tab page
 * build the real one from the browser; tests pass fakes.
 */
export interface PopupServices {
  db: SparkDatabase;
  getSettings(): Promise<Settings>;
  /** Calls back when settings change elsewhere (Options page); returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
  writeClipboard(text: string): Promise<void>;
  clock: Clock;
  /** Absent when the UI is already in a tab. */
  openInTab?: () => void;
  /** Opens the Options page, where the batch size and ad accounts are set. */
  openOptions?: () => void;
  /** Opens the expiry dashboard, with import and export, in a tab. */
  openDashboard?: () => void;
  ui: StoreApi<UiState>;
  /** Where the Add box keeps its unsaved paste; absent, nothing is kept past the page. */
  drafts?: DraftStore;
  /** Reads big pastes off the page's thread; absent, every paste is read on the page. */
  readPaste?: PasteReader;
  /** Marketing API features; absent in tests that do not exercise them. */
  live?: LiveActions;
  /** Who in the team did what to a code; absent (or empty) without a team. */
  teamTimeline?: (code: string) => Promise<ResponseOf<'teamTimeline'>['entries']>;
  /** How the team stands (asking also syncs), and news of it; absent without a background. */
  teamStatus?: () => Promise<ResponseOf<'teamSync'>>;
  onTeamStatus?: (listener: (status: ResponseOf<'teamSync'>) => void) => () => void;
}

export const ServicesContext = createContext<PopupServices | null>(null);

export function useServices(): PopupServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <PopupApp>');
  return services;
}
