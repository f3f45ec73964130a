import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createPanelPrefsService } from './panel-prefs-service';
import { closeTestDatabases, testDeps } from './test-deps';

afterEach(closeTestDatabases);

describe('panel prefs service', () => {
  it('starts on the right, expanded and on', async () => {
    const prefs = createPanelPrefsService(testDeps(fakeBrowser.storage.local));
    expect(await prefs.get({ path: '/i18n/creation' })).toEqual({
      side: 'right',
      collapsed: false,
      disabledHere: false,
    });
  });

  it('switches off one page only, remembers side and collapse, and switches back on', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const prefs = createPanelPrefsService(deps);
    await prefs.set({ path: '/a', side: 'left', collapsed: true, disabledHere: true });
    expect(await prefs.get({ path: '/a' })).toEqual({
      side: 'left',
      collapsed: true,
      disabledHere: true,
    });
    expect((await prefs.get({ path: '/b' })).disabledHere).toBe(false);
    await prefs.set({ path: '/a', side: 'left', collapsed: false, disabledHere: false });
    expect((await prefs.get({ path: '/a' })).disabledHere).toBe(false);
    expect((await deps.settings.get()).panel.disabledPaths).toEqual([]);
  });

  it('lists a page once however often it is switched off', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const prefs = createPanelPrefsService(deps);
    for (let i = 0; i < 3; i++) {
      await prefs.set({ path: '/a', side: 'right', collapsed: false, disabledHere: true });
    }
    expect((await deps.settings.get()).panel.disabledPaths).toEqual(['/a']);
  });
});
