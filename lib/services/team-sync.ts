/**
 * Keeps this browser's inventory and its team's in step. Offline first: the team document lives
 * in this browser too (replica), every local change is written into it at once and reaches the
 * server whenever there is a connection; the team's merged view is written back into the codes
 * table the screens read. Without a team nothing here runs and the extension works as before.
 */
import * as Y from 'yjs';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { getCodes } from '../db/repository';
import { allCodes, applyTeamView, clearClaims, eventsAfter, lastEventId } from '../db/team';
import type { TeamMembershipStore } from '../settings/team-store';
import { z } from 'zod';
import { claimCodes, readEvents, recordEvents, type Author } from '../team/doc';
import { byTimeThenId } from '../team/model';
import {
  auditRowSchema,
  teamAuditResponseSchema,
  teamTimelineEntrySchema,
} from '../api/team-schemas';
import { CLAIM_MS, inventoryAsAdded, localChanges } from '../team/from-local';
import {
  inviteExchangeResponseSchema,
  membershipDocument,
  membershipFrom,
  serverUrlSchema,
  webSocketUrl,
  type TeamMembership,
  type TeamStatus,
} from '../team/membership';
import { projectTeamInventory } from '../team/project';
import { recordChanges } from '../team/to-records';
import type { Connect, TeamConnection } from './team-connection';

/** The local copy of a team document (y-indexeddb in the extension). */
export interface Replica {
  whenSynced: Promise<unknown>;
  get(key: string): Promise<unknown>;
  set(key: string, value: number): Promise<unknown>;
  clearData(): Promise<void>;
  destroy(): Promise<void>;
}

export interface TeamSyncDeps {
  db: SparkDatabase;
  clock: Clock;
  memberships: TeamMembershipStore;
  openReplica(name: string, doc: Y.Doc): Replica;
  connect: Connect;
  fetch: typeof fetch;
  /** Tells the pages how the team stands (session storage); never carries the token. */
  publish(status: TeamStatus): Promise<void>;
}

export type JoinResult =
  { ok: true; status: TeamStatus } | { ok: false; message: string; detail?: string };

export type TeamTimelineEntry = z.infer<typeof teamTimelineEntrySchema>;
export type AuditAnswer = z.infer<typeof teamAuditResponseSchema>;

/** The server's answer; its rows carry more than the dashboard shows, which parsing drops. */
const auditAnswerSchema = z.object({ rows: z.array(auditRowSchema) });

/** History events read per pass; a 100,000-code import is one run event, so this is rarely hit. */
const OUTBOX_PAGE = 500;
/** Where the last history event told to the team is remembered, beside the replica. */
const CURSOR_KEY = 'sharedThrough';

interface Session {
  membership: TeamMembership;
  doc: Y.Doc;
  replica: Replica;
  connection?: TeamConnection;
  status: TeamStatus;
}

const replicaName = (membership: TeamMembership) =>
  `spark-preflight-team-${membership.team}-${membership.memberId}`;

export function createTeamSync(deps: TeamSyncDeps) {
  let session: Session | undefined;
  let opening: Promise<Session | undefined> | undefined;
  // Every pass runs after the one before, so a projection never reads a half-told outbox.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const noTeam: TeamStatus = { state: 'none' };

  async function setStatus(patch: Partial<TeamStatus>) {
    if (!session) return;
    session.status = { ...session.status, ...patch };
    await deps.publish(session.status).catch(() => undefined);
  }

  const author = (membership: TeamMembership): Author => ({
    memberId: membership.memberId,
    name: membership.name,
  });

  /** Tells the team every history event after the cursor. A viewer's edits stay local. */
  async function shareLocalChanges(current: Session) {
    let cursor = Number((await current.replica.get(CURSOR_KEY)) ?? 0) || 0;
    for (;;) {
      const { events, lastId } = await eventsAfter(deps.db, cursor, OUTBOX_PAGE);
      if (lastId === cursor) return;
      if (current.membership.role !== 'viewer') {
        const codes = [...new Set(events.flatMap((event) => event.codes ?? [event.code]))];
        const records = await getCodes(deps.db, codes);
        const changes = localChanges(events, records);
        const now = deps.clock.now();
        current.doc.transact(() => {
          recordEvents(current.doc, author(current.membership), changes.events, now);
          for (const claim of changes.claims) {
            claimCodes(
              current.doc,
              author(current.membership),
              claim.codes,
              claim.account,
              now + CLAIM_MS,
              now,
            );
          }
        });
      }
      cursor = lastId;
      await current.replica.set(CURSOR_KEY, cursor);
    }
  }

  /** Writes the team's merged view into the codes table. */
  async function projectTeam(current: Session) {
    const now = deps.clock.now();
    const team = projectTeamInventory(current.doc, now);
    const changes = recordChanges(team, await allCodes(deps.db), current.membership.memberId, now);
    await applyTeamView(deps.db, changes, now, deps.clock.timeZone);
    const codes = [...team.codes.values()].filter((view) => !view.deleted).length;
    await setStatus({ codes, unreadable: team.unreadable });
  }

  const pass = (current: Session) =>
    serially(async () => {
      if (session !== current) return;
      await shareLocalChanges(current);
      await projectTeam(current);
    });

  let pending: ReturnType<typeof setTimeout> | undefined;
  function schedulePass() {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      if (session) void pass(session).catch(() => undefined);
    }, 50);
  }

  function connect(current: Session) {
    current.connection?.destroy();
    const { membership } = current;
    current.connection = deps.connect(
      {
        url: webSocketUrl(membership.serverUrl),
        document: membershipDocument(membership),
        doc: current.doc,
        token: membership.token,
      },
      {
        onSynced: () => {
          void setStatus({ state: 'synced', syncedAt: deps.clock.now(), reason: undefined });
          schedulePass();
        },
        onDisconnected: () => void setStatus({ state: 'offline' }),
        onRefused: (reason) => {
          current.connection?.destroy();
          current.connection = undefined;
          void setStatus({ state: 'refused', reason: refusalMessage(reason) });
        },
      },
    );
  }

  async function open(membership: TeamMembership): Promise<Session> {
    const doc = new Y.Doc();
    const replica = deps.openReplica(replicaName(membership), doc);
    await replica.whenSynced;
    const current: Session = {
      membership,
      doc,
      replica,
      status: {
        state: 'connecting',
        team: membership.team,
        serverUrl: membership.serverUrl,
        name: membership.name,
        role: membership.role,
      },
    };
    session = current;
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      // The replica loading itself is not news; everything else (the server, local writes) is.
      if (origin !== replica) schedulePass();
    });
    await setStatus({});
    connect(current);
    await pass(current);
    return current;
  }

  async function ensureOpen(): Promise<Session | undefined> {
    if (session) return session;
    opening ??= (async () => {
      const membership = await deps.memberships.get();
      if (!membership) {
        await deps.publish(noTeam).catch(() => undefined);
        return undefined;
      }
      return open(membership);
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  }

  async function close(clearData: boolean) {
    const current = session;
    session = undefined;
    if (!current) return;
    current.connection?.destroy();
    await serially(async () => undefined);
    if (clearData) await current.replica.clearData();
    else await current.replica.destroy();
    current.doc.destroy();
  }

  return {
    /** Opens the team, if one is joined; called when the worker starts and on every tick. */
    async start(): Promise<TeamStatus> {
      const current = await ensureOpen();
      if (!current) return noTeam;
      // A refused member stays refused until they join again; an offline one retries here.
      if (!current.connection && current.status.state !== 'refused') connect(current);
      await pass(current);
      return current.status;
    },

    /** Local history changed: tell the team soon. */
    localChanged() {
      if (session) schedulePass();
    },

    async status(): Promise<TeamStatus> {
      return (await ensureOpen())?.status ?? noTeam;
    },

    async join(request: {
      serverUrl: string;
      invite: string;
      name: string;
      shareExisting: boolean;
    }): Promise<JoinResult> {
      const serverUrl = serverUrlSchema.safeParse(request.serverUrl);
      if (!serverUrl.success) {
        return { ok: false, message: serverUrl.error.issues[0]?.message ?? 'team_errorServerUrl' };
      }
      let answer: unknown;
      let httpStatus: number;
      try {
        const response = await deps.fetch(`${serverUrl.data}/invites/exchange`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ invite: request.invite.trim(), name: request.name.trim() }),
          signal: AbortSignal.timeout(15_000),
        });
        httpStatus = response.status;
        answer = await response.json().catch(() => undefined);
      } catch {
        return { ok: false, message: 'team_errorUnreachable' };
      }
      if (httpStatus !== 201) {
        const said = (answer as { error?: unknown } | undefined)?.error;
        return {
          ok: false,
          message: httpStatus === 429 ? 'team_errorTooMany' : 'team_errorRefused',
          detail: typeof said === 'string' ? said.slice(0, 300) : undefined,
        };
      }
      const parsed = inviteExchangeResponseSchema.safeParse(answer);
      if (!parsed.success) return { ok: false, message: 'team_errorAnswer' };

      await close(false);
      const membership = membershipFrom(serverUrl.data, parsed.data, deps.clock.now());
      await deps.memberships.set(membership);
      const doc = new Y.Doc();
      const replica = deps.openReplica(replicaName(membership), doc);
      await replica.whenSynced;
      // Share what this browser holds now (moving a personal inventory into the team), or only
      // what happens from here on.
      const through = await lastEventId(deps.db);
      if (request.shareExisting && membership.role !== 'viewer') {
        const records = [...(await allCodes(deps.db)).values()];
        for (let start = 0; start < records.length; start += 2000) {
          recordEvents(
            doc,
            author(membership),
            inventoryAsAdded(records.slice(start, start + 2000)),
            deps.clock.now(),
          );
        }
      }
      await replica.set(CURSOR_KEY, through);
      await replica.destroy();
      doc.destroy();
      const current = await open(membership);
      return { ok: true, status: current.status };
    },

    /** Leaves the team on this browser: the codes stay here as the buyer's own. */
    async leave(): Promise<TeamStatus> {
      await ensureOpen();
      await close(true);
      await deps.memberships.clear();
      await clearClaims(deps.db);
      await deps.publish(noTeam).catch(() => undefined);
      return noTeam;
    },

    /** Who did what to one code, as the team's log has it; empty without a team. */
    async timeline(code: string): Promise<TeamTimelineEntry[]> {
      const current = await ensureOpen();
      if (!current) return [];
      return readEvents(current.doc)
        .entries.filter((event) => event.code === code)
        .sort(byTimeThenId)
        .map(({ type, at, by, byName, account, reason }) => ({
          type,
          at,
          by: byName ?? by,
          ...(account === undefined ? {} : { account }),
          ...(reason === undefined ? {} : { reason }),
        }));
    },

    /**
     * The server's audit trail (who changed what, from the authenticated connection), for
     * admins; the server refuses anyone else.
     */
    async audit(): Promise<AuditAnswer> {
      const current = await ensureOpen();
      if (!current) return { ok: false, message: 'team_auditNoTeam' };
      const { serverUrl, team, token } = current.membership;
      try {
        const response = await deps.fetch(`${serverUrl}/teams/${team}/audit?limit=200`, {
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 403) return { ok: false, message: 'team_auditAdminsOnly' };
        const answer = auditAnswerSchema.safeParse(await response.json().catch(() => undefined));
        if (!response.ok || !answer.success) return { ok: false, message: 'team_auditFailed' };
        return { ok: true, rows: answer.data.rows };
      } catch {
        return { ok: false, message: 'team_errorUnreachable' };
      }
    },

    /** Stops syncing without forgetting the team (the worker is going away, tests). */
    stop: () => close(false),
  };
}

export type TeamSync = ReturnType<typeof createTeamSync>;

/** The server's refusal reasons, as the message names the screens word. */
function refusalMessage(reason: string): string {
  if (reason === 'member-removed') return 'team_refusedRemoved';
  if (reason === 'other-team') return 'team_refusedOtherTeam';
  return 'team_refusedToken';
}
