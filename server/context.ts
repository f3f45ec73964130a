import type { TeamId, TeamRole } from '../lib/team/names';

/** What `onAuthenticate` learns about a connection; Hocuspocus hands it to every later hook. */
export interface MemberContext {
  team: TeamId;
  memberId: string;
  name: string;
  role: TeamRole;
}
