import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { numberBatches, type BatchPlan } from '../../lib/inventory/batch-plan';
import { createUiStore, MAX_TOASTS, PLAN_STORAGE_KEY, UI_STORAGE_KEY } from './ui-store';

function memoryStorage(
  initial: Record<string, string> = {},
): StateStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

/** A plan as the planner makes it, so the saved shape follows the real one. */
const plan: BatchPlan = {
  plannedAt: 1,
  batchSize: 20,
  batches: numberBatches(
    [{ id: 'plan', adAccountId: null, codes: ['#a'], earliestExpiry: null }],
    1,
  ),
};

describe('createUiStore', () => {
  it('keeps only the newest toasts', () => {
    const store = createUiStore();
    for (let i = 0; i < MAX_TOASTS + 2; i++)
      store.getState().pushToast({ tone: 'info', message: `t${i}` });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['t2', 't3', 't4']);
  });

  it('toggles selection', () => {
    const store = createUiStore();
    store.getState().toggleSelected('#a');
    store.getState().toggleSelected('#b');
    store.getState().toggleSelected('#a');
    expect([...store.getState().selected]).toEqual(['#b']);
  });

  it('remembers the tab and the plan, not the search', () => {
    const storage = memoryStorage();
    const first = createUiStore(storage);
    first.getState().setTab('batches');
    first.getState().setPlan(plan);
    first.getState().setQuery({ search: 'maya' });
    const reopened = createUiStore(storage);
    expect(reopened.getState().tab).toBe('batches');
    expect(reopened.getState().plan).toEqual(plan);
    expect(reopened.getState().query.search).toBe('');
  });

  it('restores a plan saved by an older version, which named its batches', () => {
    const [batch] = plan.batches;
    const storage = memoryStorage({
      [UI_STORAGE_KEY]: JSON.stringify({
        state: { tab: 'batches', plan: { ...plan, batches: [{ ...batch, label: 'Batch 1' }] } },
        version: 0,
      }),
    });
    expect(createUiStore(storage).getState().plan).toEqual(plan);
  });

  it('ignores a damaged saved state', () => {
    const storage = memoryStorage({
      [UI_STORAGE_KEY]: JSON.stringify({
        state: { tab: 'nope', plan: { batches: 'x' } },
        version: 0,
      }),
    });
    const store = createUiStore(storage);
    expect(store.getState().tab).toBe('inventory');
    expect(store.getState().plan).toBeNull();
  });
});

describe('createUiStore: what is written', () => {
  /** Storage that counts writes per key. */
  function countingStorage(initial: Record<string, string> = {}) {
    const storage = memoryStorage(initial);
    const writes: string[] = [];
    const setItem = storage.setItem;
    storage.setItem = (key, value) => {
      writes.push(key);
      return setItem(key, value);
    };
    return { storage, writes };
  }

  it('writes the plan once, not again on every tab switch, toast or search', () => {
    const { storage, writes } = countingStorage();
    const store = createUiStore(storage);
    store.getState().setPlan(plan);
    writes.length = 0;
    store.getState().setTab('batches');
    store.getState().setTab('inventory');
    store.getState().pushToast({ tone: 'info', message: 'hi' });
    store.getState().setQuery({ search: 'maya' });
    expect(writes).toEqual([UI_STORAGE_KEY, UI_STORAGE_KEY]);

    // Read back in a new popup, the same plan is not written again either.
    const { storage: second, writes: secondWrites } = countingStorage(storage.data);
    const reopened = createUiStore(second);
    reopened.getState().setTab('add');
    expect(secondWrites).toEqual([UI_STORAGE_KEY]);
    expect(reopened.getState().plan).toEqual(plan);
  });

  it('moves an older plan out of the tab entry, so clearing it sticks', () => {
    const storage = memoryStorage({
      [UI_STORAGE_KEY]: JSON.stringify({ state: { tab: 'batches', plan }, version: 0 }),
    });
    const store = createUiStore(storage);
    expect(store.getState().plan).toEqual(plan);
    store.getState().setPlan(null);
    expect(createUiStore(storage).getState().plan).toBeNull();
    expect(storage.data[PLAN_STORAGE_KEY]).toBeUndefined();
  });
});
