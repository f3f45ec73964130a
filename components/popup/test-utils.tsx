import { cleanup, render } from '@testing-library/react';
import { fixedClock } from '../../lib/clock';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { openDatabase, type SparkDatabase } from '../../lib/db/database';
import { createUiStore } from './ui-store';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { createDraftStore, memoryArea } from '../../lib/settings/add-draft';
import type { StorageAreaLike } from '../../lib/settings/store';
import { PopupApp } from './PopupApp';
import type { PopupServices } from './services';

export const NOW = Date.UTC(2026, 10, 25, 12);

const openDatabases: SparkDatabase[] = [];

// Vitest runs without globals, so Testing Library cannot register its own cleanup. Closing the
// database first lets the shared set-up delete it without Dexie complaining.
afterEach(() => {
  cleanup();
  openDatabases.splice(0).forEach((db) => db.close());
});

/**
 * happy-dom lays nothing out, so the list's scroll box reports no height and the virtualizer
 * would draw no rows; give it a popup-sized box.
 */
export function giveListAHeight(): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.classList.contains('list-scroller')) return 480;
    return (original?.get?.call(this) as number | undefined) ?? 0;
  });
}

/** Services over a fresh database, closed again after the test. */
export function testServices(
  settings: Partial<Settings> = {},
  draftArea: StorageAreaLike = memoryArea(),
) {
  const db = openDatabase(`popup-test-${Math.random()}`);
  openDatabases.push(db);
  const writeClipboard = vi.fn<(text: string) => Promise<void>>(async () => {});
  const services: PopupServices = {
    db,
    ui: createUiStore(),
    drafts: createDraftStore(draftArea),
    getSettings: async () => ({ ...defaultSettings, ...settings }),
    watchSettings: () => () => {},
    writeClipboard,
    clock: fixedClock(NOW, 'UTC'),
  };
  return { db, services, writeClipboard };
}

export function renderPopup(settings: Partial<Settings> = {}, draftArea?: StorageAreaLike) {
  const { db, services, writeClipboard } = testServices(settings, draftArea);
  const user = userEvent.setup();
  const view = render(<PopupApp services={services} layout="tab" />);
  return { ...view, db, services, writeClipboard, user };
}
