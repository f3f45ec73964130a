import { useEffect, useState } from 'react';
import { useServices } from './services';
import type { LiveActions } from './live-services';

/** The live actions when a token is saved, else undefined so no live button shows. */
export function useLive(): LiveActions | undefined {
  const { live } = useServices();
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let current = true;
    void live
      ?.hasToken()
      .then((has) => current && setEnabled(has))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [live]);
  return enabled ? live : undefined;
}
