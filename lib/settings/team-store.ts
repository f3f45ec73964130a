import { teamMembershipSchema, type TeamMembership } from '../team/membership';
import type { StorageAreaLike } from './store';

const MEMBERSHIP_KEY = 'teamMembership';

/**
 * The team this browser belongs to, with its member token. Kept apart from settings like the API
 * token, so nothing that exports or messages settings carries it; a stored value that does not
 * parse reads as no team rather than half of one.
 */
export function createTeamMembershipStore(area: StorageAreaLike) {
  return {
    async get(): Promise<TeamMembership | undefined> {
      const value = (await area.get(MEMBERSHIP_KEY))[MEMBERSHIP_KEY];
      return teamMembershipSchema.safeParse(value).data;
    },
    async set(membership: TeamMembership): Promise<void> {
      await area.set({ [MEMBERSHIP_KEY]: teamMembershipSchema.parse(membership) });
    },
    async clear(): Promise<void> {
      await area.remove(MEMBERSHIP_KEY);
    },
  };
}
export type TeamMembershipStore = ReturnType<typeof createTeamMembershipStore>;
