/**
 * The audit trail: every change that reaches a team document from a member's connection becomes
 * rows saying who (the authenticated member, never what the client wrote about itself), when,
 * which code and what changed.
 *
 * It listens to the document's own change events rather than diffing snapshots in `onChange`:
 * Yjs calls them inside the transaction that applied the update, with that transaction's origin,
 * so each change is tied to the connection that sent it even when several arrive together.
 */
import {
  isTransactionOrigin,
  type afterLoadDocumentPayload,
  type Extension,
} from '@hocuspocus/server';
import { observeTeamChanges, type TeamChange } from '../lib/team/changes';
import { parseTeamDocumentName } from '../lib/team/names';
import type { MemberContext } from './context';
import type { AuditRow, TeamStore } from './store/types';

function rowsFor(
  changes: readonly TeamChange[],
  document: string,
  member: MemberContext,
  at: number,
): AuditRow[] {
  return changes.map((change) => ({
    team: member.team,
    document,
    memberId: member.memberId,
    memberName: member.name,
    role: member.role,
    at,
    code: change.code,
    change: change.change,
    entry: JSON.stringify(change.entry) ?? 'null',
    ...(change.claimedBy !== undefined && change.claimedBy !== member.memberId
      ? { claimedBy: change.claimedBy }
      : {}),
  }));
}

/** The server's own writes (none today) are recorded as the server's. */
const SERVER: Omit<MemberContext, 'team'> = { memberId: 'server', name: 'Server', role: 'admin' };

export class AuditTrail implements Extension {
  extensionName = 'AuditTrail';
  private queue: AuditRow[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private scheduled = false;

  constructor(private readonly store: TeamStore) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    const parsed = parseTeamDocumentName(documentName);
    if (!parsed) return;
    // Observers die with the document when Hocuspocus unloads and destroys it.
    observeTeamChanges(document, (changes, origin) => {
      if (!isTransactionOrigin(origin)) return;
      // Changes relayed from another instance were recorded by the instance that received them.
      if (origin.source === 'redis') return;
      const member: MemberContext =
        origin.source === 'connection'
          ? (origin.connection.context as MemberContext)
          : { team: parsed.team, ...SERVER };
      this.enqueue(rowsFor(changes, documentName, member, Date.now()));
    });
  }

  private enqueue(rows: AuditRow[]) {
    if (rows.length === 0) return;
    this.queue.push(...rows);
    if (this.scheduled) return;
    this.scheduled = true;
    // One write per burst: a 10,000-code paste is one insert, not 10,000.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /** Writes what is queued; rows whose write failed stay queued for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const rows = this.queue;
      if (rows.length === 0) return;
      this.queue = [];
      try {
        await this.store.appendAudit(rows);
      } catch (error) {
        this.queue = [...rows, ...this.queue];
        console.error('Could not write the audit trail; retrying in 5 s', error);
        setTimeout(() => void this.flush(), 5000).unref();
      }
    });
    return this.flushing;
  }

  async onDestroy() {
    await this.flush();
  }
}
