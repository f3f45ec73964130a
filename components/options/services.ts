import type { RequestOf, ResponseOf } from '../../lib/api/operations';
import type { TeamStatus } from '../../lib/team/membership';
import type { Settings } from '../../lib/settings/schema';

export type ConnectionResult = ResponseOf<'testConnection'>;

/**
 * What the options page needs from the rest of the extension. The page never holds the token
 * beyond the moment it is typed: it hands it over and afterwards only sees the masked form.
 */
export interface OptionsServices {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Masked token, or undefined when none is saved. */
  getMaskedToken(): Promise<string | undefined>;
  /** Asks for the API host permission, then stores the token. False if the buyer declined. */
  saveToken(token: string): Promise<boolean>;
  clearToken(): Promise<void>;
  /** Reads the accounts from TikTok with the saved token; proves the token works. */
  testConnection(advertiserIds: string[]): Promise<ConnectionResult>;
  /** How the team stands; asking also syncs now. */
  teamStatus(): Promise<TeamStatus>;
  /** Calls `listener` whenever the background publishes a new team status; returns the unsubscribe. */
  onTeamStatus(listener: (status: TeamStatus) => void): () => void;
  /** How many codes this browser holds: what joining a team would share. */
  countCodes(): Promise<number>;
  joinTeam(request: RequestOf<'teamJoin'>): Promise<ResponseOf<'teamJoin'>>;
  leaveTeam(): Promise<TeamStatus>;
  /** Whether the browser keeps the inventory when disk space runs low. */
  persistStorage(): Promise<'persisted' | 'best-effort' | 'unsupported'>;
}
