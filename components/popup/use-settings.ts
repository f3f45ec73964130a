import { useEffect, useState } from 'react';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { useServices } from './services';

/** Current settings, following changes made on the Options page while this page is open. */
export function useSettings(): Settings {
  const { getSettings, watchSettings } = useServices();
  const [settings, setSettings] = useState<Settings>(defaultSettings);
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
