/**
 * The shared store for several instances: Postgres through `pg`. Documents, members, invites and
 * the audit trail live together so removing a member or redeeming an invite is one transaction
 * that every instance sees.
 */
import pg from 'pg';
import type { TeamId, TeamRole } from '../../lib/team/names';
import { mergeStoredState } from './merge-state';
import type { AuditQuery, AuditRow, Member, NewInvite, StoredAuditRow, TeamStore } from './types';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS team_documents (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS team_members (
    team TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    removed_at BIGINT,
    PRIMARY KEY (team, id)
  );
  CREATE INDEX IF NOT EXISTS team_members_removed ON team_members (removed_at);
  CREATE TABLE IF NOT EXISTS team_invites (
    hash TEXT PRIMARY KEY,
    team TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    used_at BIGINT,
    used_by TEXT
  );
  CREATE TABLE IF NOT EXISTS team_audit (
    id BIGSERIAL PRIMARY KEY,
    team TEXT NOT NULL,
    document TEXT NOT NULL,
    member_id TEXT NOT NULL,
    member_name TEXT NOT NULL,
    role TEXT NOT NULL,
    at BIGINT NOT NULL,
    code TEXT NOT NULL,
    change TEXT NOT NULL,
    entry TEXT NOT NULL,
    claimed_by TEXT
  );
  CREATE INDEX IF NOT EXISTS team_audit_team_code ON team_audit (team, code, id);
  CREATE OR REPLACE FUNCTION team_audit_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END;
  $$ LANGUAGE plpgsql;
  DROP TRIGGER IF EXISTS team_audit_append_only ON team_audit;
  CREATE TRIGGER team_audit_append_only BEFORE UPDATE OR DELETE ON team_audit
    FOR EACH ROW EXECUTE FUNCTION team_audit_append_only();
`;

/** Any fixed number: instances starting together take turns creating the tables. */
const SCHEMA_LOCK = 7_110_642;

interface MemberRow {
  team: string;
  id: string;
  name: string;
  role: string;
  joined_at: string;
  removed_at: string | null;
}

function toMember(row: MemberRow): Member {
  return {
    team: row.team as TeamId,
    id: row.id,
    name: row.name,
    role: row.role as TeamRole,
    joinedAt: Number(row.joined_at),
    ...(row.removed_at === null ? {} : { removedAt: Number(row.removed_at) }),
  };
}

export class PostgresTeamStore implements TeamStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string): Promise<PostgresTeamStore> {
    const pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection dropped by Postgres (a restart, a failover) is replaced on next use;
    // unhandled, its error would end the whole server.
    pool.on('error', (error) =>
      console.error('Postgres dropped an idle connection:', error.message),
    );
    const store = new PostgresTeamStore(pool);
    await store.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
    return store;
  }

  private async inTransaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async fetchDocument(name: string) {
    const { rows } = await this.pool.query<{ state: Buffer }>(
      'SELECT state FROM team_documents WHERE name = $1',
      [name],
    );
    return rows[0] ? new Uint8Array(rows[0].state) : null;
  }

  async storeDocument(name: string, state: Uint8Array) {
    await this.inTransaction(async (client) => {
      // The row lock makes concurrent stores of one document take turns, so each merges with
      // what the previous one wrote.
      await client.query(
        `INSERT INTO team_documents (name, state, updated_at) VALUES ($1, '', 0)
         ON CONFLICT (name) DO NOTHING`,
        [name],
      );
      const { rows } = await client.query<{ state: Buffer }>(
        'SELECT state FROM team_documents WHERE name = $1 FOR UPDATE',
        [name],
      );
      const stored = rows[0]?.state;
      const merged = mergeStoredState(stored?.length ? new Uint8Array(stored) : null, state);
      await client.query('UPDATE team_documents SET state = $2, updated_at = $3 WHERE name = $1', [
        name,
        Buffer.from(merged),
        Date.now(),
      ]);
    });
  }

  async createInvite(invite: NewInvite) {
    await this.pool.query(
      `INSERT INTO team_invites (hash, team, role, created_at, expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [invite.hash, invite.team, invite.role, invite.createdAt, invite.expiresAt, invite.createdBy],
    );
  }

  async redeemInvite(hash: string, member: { id: string; name: string }, now: number) {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ team: string; role: string }>(
        `UPDATE team_invites SET used_at = $1, used_by = $2
         WHERE hash = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING team, role`,
        [now, member.id, hash],
      );
      const invite = rows[0];
      if (!invite) return undefined;
      await client.query(
        'INSERT INTO team_members (team, id, name, role, joined_at) VALUES ($1, $2, $3, $4, $5)',
        [invite.team, member.id, member.name, invite.role, now],
      );
      return toMember({ ...invite, ...member, joined_at: String(now), removed_at: null });
    });
  }

  async getMember(team: TeamId, id: string) {
    const { rows } = await this.pool.query<MemberRow>(
      'SELECT * FROM team_members WHERE team = $1 AND id = $2',
      [team, id],
    );
    return rows[0] ? toMember(rows[0]) : undefined;
  }

  async listMembers(team: TeamId) {
    const { rows } = await this.pool.query<MemberRow>(
      'SELECT * FROM team_members WHERE team = $1 ORDER BY joined_at, id',
      [team],
    );
    return rows.map(toMember);
  }

  async removeMember(team: TeamId, id: string, now: number) {
    const result = await this.pool.query(
      `UPDATE team_members SET removed_at = $1
       WHERE team = $2 AND id = $3 AND removed_at IS NULL`,
      [now, team, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async removedSince(since: number) {
    const { rows } = await this.pool.query<MemberRow>(
      'SELECT * FROM team_members WHERE removed_at > $1',
      [since],
    );
    return rows.map(toMember);
  }

  async appendAudit(rows: readonly AuditRow[]) {
    if (rows.length === 0) return;
    // One statement for the batch: arrays unnested into rows, whatever the batch size.
    await this.pool.query(
      `INSERT INTO team_audit (team, document, member_id, member_name, role, at, code, change, entry, claimed_by)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        rows.map((row) => row.team),
        rows.map((row) => row.document),
        rows.map((row) => row.memberId),
        rows.map((row) => row.memberName),
        rows.map((row) => row.role),
        rows.map((row) => row.at),
        rows.map((row) => row.code),
        rows.map((row) => row.change),
        rows.map((row) => row.entry),
        rows.map((row) => row.claimedBy ?? null),
      ],
    );
  }

  async readAudit(team: TeamId, query: AuditQuery) {
    const { rows } = await this.pool.query(
      `SELECT * FROM team_audit WHERE team = $1 AND id > $2 AND ($3::text IS NULL OR code = $3)
       ORDER BY id LIMIT $4`,
      [team, query.after ?? 0, query.code ?? null, query.limit],
    );
    return rows.map((row): StoredAuditRow => ({
      id: Number(row.id),
      team: row.team,
      document: row.document,
      memberId: row.member_id,
      memberName: row.member_name,
      role: row.role,
      at: Number(row.at),
      code: row.code,
      change: row.change,
      entry: row.entry,
      ...(row.claimed_by === null ? {} : { claimedBy: row.claimed_by }),
    }));
  }

  async close() {
    await this.pool.end();
  }
}
