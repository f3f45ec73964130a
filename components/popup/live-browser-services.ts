import { browser } from '#imports';
import {
  AUTHORIZE_JOB_KEY_PREFIX,
  authorizeJobSchema,
  type AuthorizeJob,
} from '../../lib/api/live-schemas';
import { callBackground } from '../../lib/api/client';
import { createTokenStore } from '../../lib/settings/store';
import type { LiveActions } from './live-services';

/** The real live actions: messages to the background, job progress from session storage. */
export function createLiveActions(): LiveActions {
  const tokens = createTokenStore(browser.storage.local);
  return {
    hasToken: async () => (await tokens.get()) !== undefined,
    authorize: async (advertiserId, codes, originals) =>
      (await callBackground('authorizeStart', { advertiserId, codes, originals })).jobId,
    cancel: async (jobId) => {
      await callBackground('authorizeCancel', { jobId });
    },
    watchJob(jobId, onProgress) {
      const key = AUTHORIZE_JOB_KEY_PREFIX + jobId;
      const deliver = (value: unknown) => {
        const parsed = authorizeJobSchema.safeParse(value);
        if (parsed.success) onProgress(parsed.data satisfies AuthorizeJob);
      };
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) deliver(changes[key]?.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      // The job may have moved on before the listener was in place.
      void browser.storage.session.get(key).then((items) => deliver(items[key]));
      return () => browser.storage.onChanged.removeListener(listener);
    },
    syncApplied: (advertiserId) => callBackground('syncApplied', { advertiserId }),
    refresh: (codes) => callBackground('refreshLive', { codes }),
  };
}
