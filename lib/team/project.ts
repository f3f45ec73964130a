/**
 * The team inventory as screens need it: one view per code with its derived status, flags and
 * current claim. Pure: the same document and moment give the same views on every replica.
 */
import type * as Y from 'yjs';
import { claimState, type ClaimState } from './claims';
import { readClaims, readEvents } from './doc';
import type { ClaimEntry, TeamEvent } from './model';
import { codeState, type CodeState } from './status';

export interface TeamCodeView extends CodeState, ClaimState {
  code: string;
  /** When and by whom the code first reached the team (its earliest event). */
  addedAt: number;
  addedBy: string;
}

export interface TeamInventory {
  codes: Map<string, TeamCodeView>;
  /** Entries in the document that did not parse; shown, never silently dropped. */
  unreadable: number;
}

function groupByCode<T extends { code: string }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.code);
    if (group) group.push(entry);
    else groups.set(entry.code, [entry]);
  }
  return groups;
}

export function projectTeamInventory(doc: Y.Doc, now: number): TeamInventory {
  const events = readEvents(doc);
  const claims = readClaims(doc);
  const claimsByCode = groupByCode<ClaimEntry>(claims.entries);
  const codes = new Map<string, TeamCodeView>();
  for (const [code, codeEvents] of groupByCode<TeamEvent>(events.entries)) {
    const state = codeState(codeEvents);
    const first = state.events[0] as TeamEvent;
    codes.set(code, {
      code,
      addedAt: first.at,
      addedBy: first.by,
      ...state,
      ...claimState(claimsByCode.get(code) ?? [], now),
    });
  }
  return { codes, unreadable: events.unreadable + claims.unreadable };
}

/** Codes a member may put in a batch: not deleted, not held by someone else right now. */
export function availableTo(view: TeamCodeView, memberId: string): boolean {
  return !view.deleted && (view.holder === undefined || view.holder.by === memberId);
}

/** The codes the team holds, without deriving their states: for membership checks and counts. */
export function codesIn(doc: Y.Doc): Set<string> {
  return new Set(readEvents(doc).entries.map((event) => event.code));
}
