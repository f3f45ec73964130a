import { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  persist,
  type PersistStorage,
  type StateStorage,
  type StorageValue,
} from 'zustand/middleware';
import { defaultQuery, type InventoryQuery } from '../../lib/inventory/inventory-view';
import type { BatchPlan } from '../../lib/inventory/batch-plan';

export const tabIds = ['inventory', 'add', 'batches'] as const;
export type TabId = (typeof tabIds)[number];

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Present when the action can be taken back; runs at most once. */
  undo?: () => Promise<void>;
  /**
   * Set when the control the buyer used is gone (a deleted row, a batch marked applied): the
   * toast takes focus, on its Undo button, so the keyboard is not dropped on the page.
   */
  takeFocus?: boolean;
  /** Where focus goes once the toast is done with (Undo taken or dismissed). */
  returnFocus?: () => void;
}

export interface UiState {
  tab: TabId;
  query: InventoryQuery;
  selected: ReadonlySet<string>;
  editing: string | null;
  plan: BatchPlan | null;
  toasts: Toast[];
  setTab(tab: TabId): void;
  setQuery(patch: Partial<InventoryQuery>): void;
  resetQuery(): void;
  toggleSelected(code: string): void;
  setSelected(codes: Iterable<string>): void;
  startEdit(code: string): void;
  stopEdit(): void;
  setPlan(plan: BatchPlan | null): void;
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
}

/** Older toasts drop off so the stack never covers the list. */
export const MAX_TOASTS = 3;

/** What survives closing the popup: the open tab and the current batch plan. */
const persistedSchema = z.object({
  tab: z.enum(tabIds).catch('inventory'),
  plan: z
    .object({
      plannedAt: z.number(),
      batchSize: z.number(),
      batches: z.array(
        z.object({
          id: z.string(),
          adAccountId: z.string().nullable(),
          codes: z.array(z.string()),
          earliestExpiry: z.number().nullable(),
        }),
      ),
    })
    .nullable()
    .catch(null),
});

export const UI_STORAGE_KEY = 'spark-preflight-popup';
/** The plan apart from the tab: 500 batches are half a megabyte of JSON. */
export const PLAN_STORAGE_KEY = `${UI_STORAGE_KEY}-plan`;

type Persisted = Pick<UiState, 'tab' | 'plan'>;

/**
 * The persisted state in two entries, each written only when it changed. localStorage writes
 * block the page, and the middleware saves on every change (a toast, a search letter); a plan of
 * 10,000 codes rewritten on each was most of a tab switch. A plan saved inside the first entry
 * by an older version is still read.
 */
function splitStorage(storage: StateStorage): PersistStorage<Persisted> & {
  /** The plan as the store holds it once read back, so it is not written again unchanged. */
  readBack(plan: Persisted['plan']): void;
} {
  // What each entry holds now, as far as this page knows; undefined: unknown, write it.
  let written: { tab?: TabId; plan?: Persisted['plan'] } = {};
  const read = (key: string): unknown => {
    const text = storage.getItem(key) as string | null;
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name) {
      const main = read(name) as StorageValue<Partial<Persisted>> | undefined;
      if (!main || typeof main !== 'object') return null;
      const plan = read(PLAN_STORAGE_KEY) as Persisted['plan'] | undefined;
      const state = { ...main.state, ...(plan === undefined ? {} : { plan }) };
      // An older entry with the plan inside is rewritten on the next save, without it.
      const oldFormat = main.state !== undefined && 'plan' in main.state;
      written = { tab: oldFormat ? undefined : main.state?.tab, plan: state.plan };
      return { ...main, state } as StorageValue<Persisted>;
    },
    setItem(name, { state, version }) {
      if (written.tab === undefined || state.tab !== written.tab) {
        storage.setItem(name, JSON.stringify({ state: { tab: state.tab }, version }));
      }
      if (!('plan' in written) || state.plan !== written.plan) {
        if (state.plan) storage.setItem(PLAN_STORAGE_KEY, JSON.stringify(state.plan));
        else storage.removeItem(PLAN_STORAGE_KEY);
      }
      written = { tab: state.tab, plan: state.plan };
    },
    removeItem(name) {
      storage.removeItem(name);
      storage.removeItem(PLAN_STORAGE_KEY);
      written = {};
    },
    readBack(plan) {
      if ('plan' in written) written = { ...written, plan };
    },
  };
}

export function createUiStore(storage?: StateStorage): StoreApi<UiState> {
  let nextToastId = 1;
  const initializer = (
    set: StoreApi<UiState>['setState'],
    get: StoreApi<UiState>['getState'],
  ): UiState => ({
    tab: 'inventory',
    query: defaultQuery,
    selected: new Set(),
    editing: null,
    plan: null,
    toasts: [],
    setTab: (tab) => set({ tab }),
    setQuery: (patch) => set({ query: { ...get().query, ...patch } }),
    resetQuery: () => set({ query: defaultQuery }),
    toggleSelected: (code) => {
      const selected = new Set(get().selected);
      if (selected.has(code)) selected.delete(code);
      else selected.add(code);
      set({ selected });
    },
    setSelected: (codes) => set({ selected: new Set(codes) }),
    startEdit: (code) => set({ editing: code }),
    stopEdit: () => set({ editing: null }),
    setPlan: (plan) => set({ plan }),
    pushToast: (toast) => {
      const id = nextToastId++;
      set({ toasts: [...get().toasts, { ...toast, id }].slice(-MAX_TOASTS) });
      return id;
    },
    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
  });
  if (!storage) return createStore<UiState>()(initializer);
  const split = splitStorage(storage);
  return createStore<UiState>()(
    persist(initializer, {
      name: UI_STORAGE_KEY,
      storage: split,
      partialize: (state): Persisted => ({ tab: state.tab, plan: state.plan }),
      // Whatever is on disk is checked; a bad value falls back instead of breaking the popup.
      merge: (stored, current) => {
        const parsed = persistedSchema.safeParse(stored);
        if (!parsed.success) return current;
        split.readBack(parsed.data.plan);
        return { ...current, ...parsed.data };
      },
    }),
  );
}
