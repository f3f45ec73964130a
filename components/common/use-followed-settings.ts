import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/settings/schema';

interface SettingsSource {
  getSettings(): Promise<Settings>;
  /** Calls back when settings change elsewhere (the Options page); returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
}

/** Current settings, following changes made on the Options page while this page is open. */
export function useFollowedSettings<T extends Settings | undefined>(
  { getSettings, watchSettings }: SettingsSource,
  initial: T,
): Settings | T {
  const [settings, setSettings] = useState<Settings | T>(initial);
  useEffect(() => {
    let live = true;
    const load = () => {
      getSettings().then(
        (next) => live && setSettings(next),
        (error: unknown) => console.error('Could not read settings', error),
      );
    };
    load();
    const stop = watchSettings(load);
    return () => {
      live = false;
      stop();
    };
  }, [getSettings, watchSettings]);
  return settings;
}
