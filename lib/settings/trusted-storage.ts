/** The part of a `browser.storage` area that sets who may use it; absent where unsupported. */
export interface AccessLevelArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

export type AreaAccess = 'trusted-only' | 'unsupported' | 'failed';

export interface StorageAccess {
  local: AreaAccess;
  session: AreaAccess;
}

async function restrict(area: AccessLevelArea): Promise<AreaAccess> {
  if (typeof area.setAccessLevel !== 'function') return 'unsupported';
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'trusted-only';
  } catch {
    return 'failed';
  }
}

/**
 * Shuts content scripts out of extension storage, which holds the Marketing API token. The
 * content script runs inside the ads.tiktok.com renderer, so anything it can read, a compromised
 * renderer can read too, and it never needs storage: it asks the background for what it shows.
 * Chromium keeps the level in the extension's preferences across restarts; setting it at every
 * start also covers profiles from before this existed. Firefox only offers it for `session`,
 * which is already trusted-only there, so `local` reports `unsupported`.
 */
export async function keepStorageFromContentScripts(storage: {
  local: AccessLevelArea;
  session: AccessLevelArea;
}): Promise<StorageAccess> {
  const [local, session] = await Promise.all([restrict(storage.local), restrict(storage.session)]);
  if (local !== 'trusted-only' || session !== 'trusted-only') {
    console.warn(
      `Extension storage is not limited to the extension: local ${local}, session ${session}`,
    );
  }
  return { local, session };
}
