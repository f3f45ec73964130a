import type { TeamId, TeamRole } from '../../lib/team/names';

export interface Member {
  team: TeamId;
  id: string;
  name: string;
  role: TeamRole;
  joinedAt: number;
  /** Set once removed; a removed member's token is refused from then on. */
  removedAt?: number;
}

export interface NewInvite {
  /** SHA-256 of the invite text: the invite itself is never stored. */
  hash: string;
  team: TeamId;
  role: TeamRole;
  createdAt: number;
  expiresAt: number;
  createdBy: string;
}

export interface AuditRow {
  team: TeamId;
  document: string;
  /** Member id of the authenticated connection that sent the change. */
  memberId: string;
  memberName: string;
  role: TeamRole;
  at: number;
  code: string;
  change: string;
  /** The entry as written, JSON. */
  entry: string;
  /** The author the entry named, when it differs from the connection's member. */
  claimedBy?: string;
}

export interface StoredAuditRow extends AuditRow {
  id: number;
}

export interface AuditQuery {
  code?: string;
  /** Rows with an id above this one, for paging. */
  after?: number;
  limit: number;
}

/**
 * Everything the team server keeps. One implementation per database; both merge stored
 * document states instead of replacing them, so an instance storing a state that lacks another
 * instance's latest edits can never erase them.
 */
export interface TeamStore {
  fetchDocument(name: string): Promise<Uint8Array | null>;
  storeDocument(name: string, state: Uint8Array): Promise<void>;
  createInvite(invite: NewInvite): Promise<void>;
  /**
   * Marks an unused, unexpired invite used and creates its member, atomically: of two
   * concurrent redeemers only one gets a member. Undefined when the invite is unknown, used
   * or expired.
   */
  redeemInvite(
    hash: string,
    member: { id: string; name: string },
    now: number,
  ): Promise<Member | undefined>;
  getMember(team: TeamId, id: string): Promise<Member | undefined>;
  listMembers(team: TeamId): Promise<Member[]>;
  /** False when there was no such active member. */
  removeMember(team: TeamId, id: string, now: number): Promise<boolean>;
  /** Members removed after `since` (ms), for instances that must close their connections. */
  removedSince(since: number): Promise<Member[]>;
  appendAudit(rows: readonly AuditRow[]): Promise<void>;
  readAudit(team: TeamId, query: AuditQuery): Promise<StoredAuditRow[]>;
  close(): Promise<void>;
}
