import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { numberBatches, type BatchPlan } from '../../lib/inventory/batch-plan';
import { createUiStore, MAX_TOASTS, UI_STORAGE_KEY } from './ui-store';

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
