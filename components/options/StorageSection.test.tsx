import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOptionsServices } from './browser-services';
import type { OptionsServices } from './services';
import { StorageSection } from './StorageSection';

afterEach(cleanup);

type Persistence = Awaited<ReturnType<OptionsServices['persistStorage']>>;

function renderWith(persistStorage: () => Promise<Persistence>) {
  render(<StorageSection services={{ persistStorage } as OptionsServices} />);
  return screen.getByTestId('storage-state');
}

describe('StorageSection', () => {
  it('says it is checking until the browser answers', () => {
    expect(renderWith(() => new Promise(() => {})).textContent).toBe('Checking…');
  });

  it.each([
    ['persisted', /stored persistently: the browser will not clear it/],
    ['best-effort', /may clear extension data when the disk is nearly full.*Export a backup/],
    ['unsupported', /cannot promise to keep the inventory.*Export a backup/],
  ] as const)('shows the %s state in words', async (state, says) => {
    const shown = renderWith(async () => state);
    expect(await screen.findByText(says)).toBe(shown);
  });
});

describe('asking the browser to keep the inventory', () => {
  function withStorage(storage: Partial<StorageManager> | undefined) {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  }
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('requests persistence and reports what the browser granted', async () => {
    const persist = vi.fn(async () => true);
    withStorage({ persisted: async () => false, persist });
    expect(await createOptionsServices().persistStorage()).toBe('persisted');
    expect(persist).toHaveBeenCalledOnce();
  });

  it('reports best effort when the browser declines', async () => {
    withStorage({ persisted: async () => false, persist: async () => false });
    expect(await createOptionsServices().persistStorage()).toBe('best-effort');
  });

  it('does not ask again once granted', async () => {
    const persist = vi.fn(async () => true);
    withStorage({ persisted: async () => true, persist });
    expect(await createOptionsServices().persistStorage()).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports unsupported where the browser has no storage manager', async () => {
    withStorage(undefined);
    expect(await createOptionsServices().persistStorage()).toBe('unsupported');
  });
});
