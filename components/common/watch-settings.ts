import { browser } from '#imports';

/** Calls back whenever the stored settings change, from any page; returns the unsubscribe. */
export function watchStoredSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
