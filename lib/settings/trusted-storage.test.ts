import { describe, expect, it, vi } from 'vitest';
import { keepStorageFromContentScripts, type AccessLevelArea } from './trusted-storage';

const accepts = (): AccessLevelArea => ({ setAccessLevel: vi.fn(() => Promise.resolve()) });
const refuses = (): AccessLevelArea => ({
  setAccessLevel: vi.fn(() => Promise.reject(new Error('Only supported for session'))),
});
const lacks = (): AccessLevelArea => ({});

describe('keepStorageFromContentScripts', () => {
  it.each([
    ['Chromium', accepts, accepts, { local: 'trusted-only', session: 'trusted-only' }, false],
    [
      'a browser that refuses local',
      refuses,
      accepts,
      { local: 'failed', session: 'trusted-only' },
      true,
    ],
    ['Firefox', lacks, accepts, { local: 'unsupported', session: 'trusted-only' }, true],
  ] as const)('in %s', async (_name, local, session, expected, warns) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const areas = { local: local(), session: session() };
    expect(await keepStorageFromContentScripts(areas)).toEqual(expected);
    for (const area of [areas.local, areas.session]) {
      if (area.setAccessLevel) {
        expect(area.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
      }
    }
    expect(warn).toHaveBeenCalledTimes(warns ? 1 : 0);
  });
});
