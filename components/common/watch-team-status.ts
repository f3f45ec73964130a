import { browser } from '#imports';
import { TEAM_STATUS_KEY, teamStatusSchema } from '../../lib/api/team-schemas';
import type { TeamStatus } from '../../lib/team/membership';

/**
 * Calls `listener` with each team status the background publishes (session storage, which only
 * the extension's own pages can read); returns the unsubscribe.
 */
export function watchTeamStatus(listener: (status: TeamStatus) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    const status = teamStatusSchema.safeParse(changes[TEAM_STATUS_KEY]?.newValue);
    if (status.success) listener(status.data);
  };
  browser.storage.session.onChanged.addListener(onChanged);
  return () => browser.storage.session.onChanged.removeListener(onChanged);
}
