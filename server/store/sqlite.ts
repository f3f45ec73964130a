/**
 * The default store: one SQLite file in the data folder, through Node's built-in `node:sqlite`
 * (stable without a flag since Node 22.13). Chosen over the sqlite3 and better-sqlite3 packages,
 * which need a native build at install time, and over @hocuspocus/extension-sqlite, which keeps
 * only documents: members, invites and the audit trail belong in the same file and transactions.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLOutputValue } from 'node:sqlite';
import type { TeamId, TeamRole } from '../../lib/team/names';
import { mergeStoredState } from './merge-state';
import type { AuditQuery, AuditRow, Member, NewInvite, StoredAuditRow, TeamStore } from './types';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS members (
    team TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    joined_at INTEGER NOT NULL,
    removed_at INTEGER,
    PRIMARY KEY (team, id)
  );
  CREATE INDEX IF NOT EXISTS members_removed ON members (removed_at);
  CREATE TABLE IF NOT EXISTS invites (
    hash TEXT PRIMARY KEY,
    team TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    used_at INTEGER,
    used_by TEXT
  );
  CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team TEXT NOT NULL,
    document TEXT NOT NULL,
    member_id TEXT NOT NULL,
    member_name TEXT NOT NULL,
    role TEXT NOT NULL,
    at INTEGER NOT NULL,
    code TEXT NOT NULL,
    change TEXT NOT NULL,
    entry TEXT NOT NULL,
    claimed_by TEXT
  );
  CREATE INDEX IF NOT EXISTS audit_team_code ON audit (team, code, id);
  CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

type Row = Record<string, SQLOutputValue>;

function toMember(row: Row): Member {
  return {
    team: row.team as TeamId,
    id: row.id as string,
    name: row.name as string,
    role: row.role as TeamRole,
    joinedAt: Number(row.joined_at),
    ...(row.removed_at === null ? {} : { removedAt: Number(row.removed_at) }),
  };
}

function toAuditRow(row: Row): StoredAuditRow {
  return {
    id: Number(row.id),
    team: row.team as TeamId,
    document: row.document as string,
    memberId: row.member_id as string,
    memberName: row.member_name as string,
    role: row.role as TeamRole,
    at: Number(row.at),
    code: row.code as string,
    change: row.change as string,
    entry: row.entry as string,
    ...(row.claimed_by === null ? {} : { claimedBy: row.claimed_by as string }),
  };
}

export class SqliteTeamStore implements TeamStore {
  private readonly db: DatabaseSync;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    // The CLI (invite, remove) writes to the same file while the server runs: WAL lets readers
    // and one writer work at once, and the busy timeout waits out the other's short writes.
    this.db = new DatabaseSync(path.join(dataDir, 'team.sqlite'), { timeout: 5000 });
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.db.exec(SCHEMA);
  }

  private transaction<T>(run: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = run();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async fetchDocument(name: string) {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name);
    return row ? (row.state as Uint8Array) : null;
  }

  async storeDocument(name: string, state: Uint8Array) {
    this.transaction(() => {
      const stored = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name);
      const merged = mergeStoredState(stored ? (stored.state as Uint8Array) : null, state);
      this.db
        .prepare(
          `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        )
        .run(name, merged, Date.now());
    });
  }

  async createInvite(invite: NewInvite) {
    this.db
      .prepare(
        `INSERT INTO invites (hash, team, role, created_at, expires_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        invite.hash,
        invite.team,
        invite.role,
        invite.createdAt,
        invite.expiresAt,
        invite.createdBy,
      );
  }

  async redeemInvite(hash: string, member: { id: string; name: string }, now: number) {
    return this.transaction(() => {
      const invite = this.db
        .prepare(
          `UPDATE invites SET used_at = ?, used_by = ?
           WHERE hash = ? AND used_at IS NULL AND expires_at > ?
           RETURNING team, role`,
        )
        .get(now, member.id, hash, now);
      if (!invite) return undefined;
      this.db
        .prepare('INSERT INTO members (team, id, name, role, joined_at) VALUES (?, ?, ?, ?, ?)')
        .run(invite.team as string, member.id, member.name, invite.role as string, now);
      return toMember({
        ...invite,
        id: member.id,
        name: member.name,
        joined_at: now,
        removed_at: null,
      });
    });
  }

  async getMember(team: TeamId, id: string) {
    const row = this.db.prepare('SELECT * FROM members WHERE team = ? AND id = ?').get(team, id);
    return row ? toMember(row) : undefined;
  }

  async listMembers(team: TeamId) {
    const rows = this.db
      .prepare('SELECT * FROM members WHERE team = ? ORDER BY joined_at, id')
      .all(team);
    return rows.map(toMember);
  }

  async removeMember(team: TeamId, id: string, now: number) {
    const result = this.db
      .prepare('UPDATE members SET removed_at = ? WHERE team = ? AND id = ? AND removed_at IS NULL')
      .run(now, team, id);
    return Number(result.changes) > 0;
  }

  async removedSince(since: number) {
    return this.db.prepare('SELECT * FROM members WHERE removed_at > ?').all(since).map(toMember);
  }

  async appendAudit(rows: readonly AuditRow[]) {
    if (rows.length === 0) return;
    const insert = this.db.prepare(
      `INSERT INTO audit (team, document, member_id, member_name, role, at, code, change, entry, claimed_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.transaction(() => {
      for (const row of rows) {
        insert.run(
          row.team,
          row.document,
          row.memberId,
          row.memberName,
          row.role,
          row.at,
          row.code,
          row.change,
          row.entry,
          row.claimedBy ?? null,
        );
      }
    });
  }

  async readAudit(team: TeamId, query: AuditQuery) {
    const rows = this.db
      .prepare(
        `SELECT * FROM audit WHERE team = ? AND id > ? AND (? IS NULL OR code = ?)
         ORDER BY id LIMIT ?`,
      )
      .all(team, query.after ?? 0, query.code ?? null, query.code ?? null, query.limit);
    return rows.map(toAuditRow);
  }

  async close() {
    this.db.close();
  }
}
