import { createContext, useContext } from 'react';
import type { ResponseOf } from '../../lib/api/operations';
import type { Clock } from '../../lib/clock';
import type { SparkDatabase } from '../../lib/db/database';
import type { Translate } from '../../lib/translate';
import type { Settings } from '../../lib/settings/schema';
import type { CsvReader } from '../transfer/csv-reading';

/** Everything the dashboard needs from the extension; tests hand in fakes. */
export interface DashboardServices {
  db: SparkDatabase;
  getSettings(): Promise<Settings>;
  /** Calls back when settings change elsewhere (options page); returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
  writeClipboard(text: string): Promise<void>;
  clock: Clock;
  /** BCP 47 tag dates and lists are written in. */
  locale: string;
  t: Translate;
  /** Hands a file to the browser's download flow. */
  download(file: Blob, name: string): void;
  /** Reads a whole CSV file off the page's thread; absent, it is read on the page. */
  readCsv?: CsvReader;
  /** Asks the background to read ad performance now; absent where there is no background. */
  refreshPerformance?: () => Promise<ResponseOf<'refreshPerformance'>>;
  /** How the team stands, and its audit trail (admins only); absent without a background. */
  teamStatus?: () => Promise<ResponseOf<'teamSync'>>;
  teamAudit?: () => Promise<ResponseOf<'teamAudit'>>;
}

const ServicesContext = createContext<DashboardServices | undefined>(undefined);
export const ServicesProvider = ServicesContext.Provider;

export function useServices(): DashboardServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('Dashboard services are missing');
  return services;
}
