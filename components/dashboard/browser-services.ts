import { browser } from '#imports';
import { createI18n } from '@wxt-dev/i18n';
import { callBackground } from '../../lib/api/client';
import { systemClock } from '../../lib/clock';
import { openDatabase } from '../../lib/db/database';
import { createSettingsStore } from '../../lib/settings/store';
import { watchStoredSettings } from '../common/watch-settings';
import { workerCsvReader } from '../transfer/csv-reading';
import type { DashboardServices } from './services';

function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function createDashboardServices(): DashboardServices {
  const settings = createSettingsStore(browser.storage.local);
  return {
    db: openDatabase(),
    getSettings: () => settings.get(),
    watchSettings: watchStoredSettings,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    clock: systemClock,
    locale: browser.i18n.getUILanguage(),
    t: createI18n().t,
    download: saveFile,
    readCsv: workerCsvReader(
      () =>
        new Worker(new URL('../transfer/csv-reading.worker.ts', import.meta.url), {
          type: 'module',
        }),
    ),
    refreshPerformance: () => callBackground('refreshPerformance', {}),
    teamStatus: () => callBackground('teamSync', {}),
    teamAudit: () => callBackground('teamAudit', {}),
  };
}
