import { useCallback, useState } from 'react';
import { renewalMessage, type RenewalItem } from '../../lib/lifecycle/renewal';
import { useServices } from './services';

/**
 * `renew`: the code still works or is in use, ask to extend it (the buyer's template).
 * `newCode`: it ran out unused or was revoked, ask for a fresh one.
 */
export type RenewalKind = 'renew' | 'newCode';

/**
 * Copies a renewal message for one or more codes of a creator, and says whether it worked: the
 * clipboard can refuse (e.g. the tab lost focus) and the buyer must not paste a stale message.
 */
export function useRenewalCopy(template: string, now: number, timeZone: string) {
  const { writeClipboard, t, locale } = useServices();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>();
  const copy = useCallback(
    async (items: readonly RenewalItem[], kind: RenewalKind = 'renew') => {
      const message = renewalMessage(items, {
        template: kind === 'newCode' ? t('renewal_newCodeTemplate') : template,
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
