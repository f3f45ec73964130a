import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { useFollowedSettings } from '../common/use-followed-settings';
import { useServices } from './services';

/** Current settings; the defaults until the stored ones are read. */
export function useSettings(): Settings {
  return useFollowedSettings(useServices(), defaultSettings);
}
