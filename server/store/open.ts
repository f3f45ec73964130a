import type { TeamServerConfig } from '../config';
import type { TeamStore } from './types';

/** Postgres when a URL is given, else SQLite in the data folder; each loaded only when used. */
export async function openStore(
  config: Pick<TeamServerConfig, 'dataDir' | 'postgresUrl'>,
): Promise<TeamStore> {
  if (config.postgresUrl) {
    const { PostgresTeamStore } = await import('./postgres');
    return PostgresTeamStore.open(config.postgresUrl);
  }
  const { SqliteTeamStore } = await import('./sqlite');
  return new SqliteTeamStore(config.dataDir);
}
