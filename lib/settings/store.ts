import { readSettings, settingsSchema, type Settings } from './schema';

/** The slice of `browser.storage.local` the settings need; injectable so tests use a fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const SETTINGS_KEY = 'settings';
const TOKEN_KEY = 'apiAccessToken';

export function createSettingsStore(area: StorageAreaLike) {
  return {
    async get(): Promise<Settings> {
      return readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
    },
    async update(patch: Partial<Settings>): Promise<Settings> {
      const current = readSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      const next = settingsSchema.parse({ ...current, ...patch });
      await area.set({ [SETTINGS_KEY]: next });
      return next;
    },
  };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;

/**
 * The Marketing API token. Kept apart from settings so nothing that exports or messages
 * settings can carry it by accident.
 */
export function createTokenStore(area: StorageAreaLike) {
  return {
    async get(): Promise<string | undefined> {
      const value = (await area.get(TOKEN_KEY))[TOKEN_KEY];
      return typeof value === 'string' && value.length > 0 ? value : undefined;
    },
    async set(token: string): Promise<void> {
      await area.set({ [TOKEN_KEY]: token.trim() });
    },
    async clear(): Promise<void> {
      await area.remove(TOKEN_KEY);
    },
  };
}
export type TokenStore = ReturnType<typeof createTokenStore>;

/** Shown instead of the token anywhere it must be mentioned. */
export function maskToken(token: string): string {
  return token.length <= 8 ? '••••' : `${token.slice(0, 4)}••••${token.slice(-4)}`;
}
