/**
 * What a transaction changed in a team document, one line per code: the raw material of the
 * server's audit trail. Read from Yjs's own change events, so it describes what really reached
 * the document, whatever the writing client says about itself.
 */
import type * as Y from 'yjs';
import { entriesOf, parseClaim, parseEvent, teamDocParts } from './doc';

export interface TeamChange {
  /** The code concerned; empty when an entry is too broken to name one. */
  code: string;
  /**
   * An event type (`added`, `applied`…), `claimed`, `released`, or a breach of the document's
   * rules: `log-entry-removed`, `claim-removed`, `unreadable`.
   */
  change: string;
  /** The entry as written, for the record. */
  entry: unknown;
  /** The member id the entry says wrote it; compared with the connection's member. */
  claimedBy?: string;
}

function codeOf(entry: unknown): string {
  const code = (entry as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The entries of the writes Yjs added or removed in a transaction. */
function itemEntries(items: Set<Y.Item>): unknown[] {
  const entries: unknown[] = [];
  for (const item of items) {
    for (const write of item.content.getContent()) entries.push(...entriesOf(write));
  }
  return entries;
}

function logChanges(event: Y.YEvent<Y.Array<unknown>>): TeamChange[] {
  const added = itemEntries(event.changes.added).map((value): TeamChange => {
    const entry = parseEvent(value);
    return entry
      ? { code: entry.code, change: entry.type, entry, claimedBy: entry.by }
      : { code: codeOf(value), change: 'unreadable', entry: value };
  });
  const removed = itemEntries(event.changes.deleted).map((value): TeamChange => ({
    code: codeOf(value),
    change: 'log-entry-removed',
    entry: value,
  }));
  return [...added, ...removed];
}

function claimChanges(event: Y.YEvent<Y.Array<unknown>>): TeamChange[] {
  const added = itemEntries(event.changes.added).map((value): TeamChange => {
    const entry = parseClaim(value);
    if (!entry) return { code: codeOf(value), change: 'unreadable', entry: value };
    const change = entry.kind === 'claim' ? 'claimed' : 'released';
    return { code: entry.code, change, entry, claimedBy: entry.by };
  });
  const removed = itemEntries(event.changes.deleted).map((value): TeamChange => ({
    code: codeOf(value),
    change: 'claim-removed',
    entry: value,
  }));
  return [...added, ...removed];
}

/**
 * Calls `onChanges` for every transaction that touches the inventory, with the transaction's
 * origin so the caller can tell who sent it. Returns the function that stops listening.
 */
export function observeTeamChanges(
  doc: Y.Doc,
  onChanges: (changes: TeamChange[], origin: unknown) => void,
): () => void {
  const { log, claims } = teamDocParts(doc);
  const onLog = (event: Y.YArrayEvent<unknown>) =>
    onChanges(logChanges(event), event.transaction.origin);
  const onClaims = (event: Y.YArrayEvent<unknown>) =>
    onChanges(claimChanges(event), event.transaction.origin);
  log.observe(onLog);
  claims.observe(onClaims);
  return () => {
    log.unobserve(onLog);
    claims.unobserve(onClaims);
  };
}
