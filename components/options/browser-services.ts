import { browser } from '#imports';
import { callBackground } from '../../lib/api/client';
import { createSettingsStore, createTokenStore, maskToken } from '../../lib/settings/store';
import { TIKTOK_API_ORIGINS } from '../../lib/tiktok/client';
import { openDatabase } from '../../lib/db/database';
import { watchTeamStatus } from '../common/watch-team-status';
import type { OptionsServices } from './services';

/** The real services for the options page. */
export function createOptionsServices(): OptionsServices {
  const area = browser.storage.local;
  const settings = createSettingsStore(area);
  const tokens = createTokenStore(area);
  return {
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    async getMaskedToken() {
      const token = await tokens.get();
      return token ? maskToken(token) : undefined;
    },
    async saveToken(token) {
      // Asked only here, on the buyer's click: buyers who never add a token never grant it.
      const granted = await browser.permissions.request({ origins: TIKTOK_API_ORIGINS });
      if (!granted) return false;
      await tokens.set(token);
      return true;
    },
    async clearToken() {
      await tokens.clear();
      await browser.permissions.remove({ origins: TIKTOK_API_ORIGINS }).catch(() => false);
    },
    testConnection: (advertiserIds) => callBackground('testConnection', { advertiserIds }),
    teamStatus: () => callBackground('teamSync', {}),
    onTeamStatus: watchTeamStatus,
    countCodes: () => openDatabase().codes.count(),
    joinTeam: (request) => callBackground('teamJoin', request),
    leaveTeam: () => callBackground('teamLeave', {}),
    async persistStorage() {
      if (!navigator.storage?.persist) return 'unsupported';
      if (await navigator.storage.persisted()) return 'persisted';
      return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
    },
  };
}
