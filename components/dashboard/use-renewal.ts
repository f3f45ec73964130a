import { useCallback, useState } from 'react';
import { renewalMessage, type RenewalItem } from '../../lib/lifecycle/renewal';
import { useServices } from './services';

/**
 * Copies a renewal message for one or more codes of a creator, and says whether it worked: the
 * clipboard can refuse (e.g. the tab lost focus) and the buyer must not paste a stale message.
 */
export function useRenewalCopy(template: string, now: number, timeZone: string) {
  const { writeClipboard, t, locale } = useServices();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();
  const copy = useCallback(
    async (items: readonly RenewalItem[]) => {
      const message = renewalMessage(items, {
        template,
        now,
        timeZone,
        locale,
        fallback: { creator: t('renewal_fallbackCreator'), post: t('renewal_fallbackPost') },
      });
      try {
        await writeClipboard(message);
        setNotice({ ok: true, text: t('renewal_copied', [message]) });
      } catch {
        setNotice({ ok: false, text: t('renewal_copyFailed') });
      }
    },
    [template, now, timeZone, locale, t, writeClipboard],
  );
  return { copy, notice };
}
