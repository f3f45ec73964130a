import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldKind } from '../page/editable-field';
import type { PanelPrefs } from '../api/panel-schemas';
import type { PreflightResponse } from '../api/panel-schemas';

type AdAccount = NonNullable<PreflightResponse['adAccount']>;
import type { PanelRow } from './panel-model';

export interface PanelNotice {
  tone: 'info' | 'success' | 'fail';
  text: string;
  fix?: string;
}

export interface PanelState {
  prefs: PanelPrefs;
  /** False until the page's preferences are read: a page where the panel is off never sees it. */
  prefsKnown: boolean;
  rows: PanelRow[];
  fieldKind?: FieldKind;
  /** The ad account the page is on, with its country when the buyer saved it in Options. */
  account?: AdAccount & { source: 'url' | 'switcher' | 'settings' };
  liveEnabled: boolean;
  /** Why live checks are off for this page although the buyer connected TikTok. */
  liveNote?: string;
  /** The field's text when short enough: the words around each code suggest its details. */
  fieldText?: string;
  /** Ads Manager answers that could not be tied to one code, and results of panel actions. */
  notice?: PanelNotice;
  /** Something went wrong in the panel itself; shown instead of being thrown into the page. */
  error?: string;
  canUndoClean: boolean;
  busy: boolean;
}

export const defaultPrefs: PanelPrefs = { side: 'right', collapsed: false, disabledHere: false };

export function initialPanelState(): PanelState {
  return {
    prefs: defaultPrefs,
    prefsKnown: false,
    rows: [],
    liveEnabled: false,
    canUndoClean: false,
    busy: false,
  };
}

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(): PanelStore {
  return createStore<PanelState>()(() => initialPanelState());
}
