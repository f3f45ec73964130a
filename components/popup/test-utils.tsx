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

/** The scroll boxes of the popup's virtualized lists, and the height each has in the popup. */
const SCROLLER_HEIGHTS: Readonly<Record<string, number>> = {
  'list-scroller': 480,
  'preview-scroller': 220,
  'batch-scroller': 480,
};

/**
 * happy-dom lays nothing out, so a list's scroll box reports no height and the virtualizer
 * would draw no rows; give each a popup-sized box.
 */
export function giveListAHeight(): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    for (const [name, height] of Object.entries(SCROLLER_HEIGHTS)) {
      if (this.classList.contains(name)) return height;
    }
    return (original?.get?.call(this) as number | undefined) ?? 0;
  });
  // Rows of zero height would all fit in view; the newer lists' rows get a typical height.
  const offset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.matches('.preview-scroller .list-item')) return 74;
    if (this.matches('.batch-scroller .list-item')) return 200;
    return (offset?.get?.call(this) as number | undefined) ?? 0;
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

export function renderPopup(
  settings: Partial<Settings> = {},
  draftArea?: StorageAreaLike,
  extra: Partial<PopupServices> = {},
) {
  const { db, services: base, writeClipboard } = testServices(settings, draftArea);
  const services = { ...base, ...extra };
  const user = userEvent.setup();
  const view = render(<PopupApp services={services} layout="tab" />);
  return { ...view, db, services, writeClipboard, user };
}
