/**
 * The team inventory as screens need it: one view per code with its derived status, flags and
 * current claim. Pure: the same document and moment give the same views on every replica.
 */
import type * as Y from 'yjs';
import { claimState, type ClaimState } from './claims';
import { readCards, readClaims, readEvents } from './doc';
import type { ClaimEntry, TeamEvent } from './model';
import { codeState, type CodeState } from './status';

export interface TeamCodeView extends CodeState, ClaimState {
  code: string;
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
  const cards = readCards(doc);
  const events = readEvents(doc);
  const claims = readClaims(doc);
  const eventsByCode = groupByCode<TeamEvent>(events.entries);
  const claimsByCode = groupByCode<ClaimEntry>(claims.entries);
  const cardByCode = new Map(cards.entries.map((card) => [card.code, card]));
  const codes = new Map<string, TeamCodeView>();
  // A code counts once it has a card or an event: a log entry whose card was lost still shows.
  for (const code of new Set([...cardByCode.keys(), ...eventsByCode.keys()])) {
    const state = codeState(eventsByCode.get(code) ?? []);
    const card = cardByCode.get(code);
    const first = state.events[0];
    codes.set(code, {
      code,
      addedAt: card?.addedAt ?? first?.at ?? 0,
      addedBy: card?.addedBy ?? first?.by ?? '',
      ...state,
      ...claimState(claimsByCode.get(code) ?? [], now),
    });
  }
  return { codes, unreadable: cards.unreadable + events.unreadable + claims.unreadable };
}

/** Codes a member may put in a batch: not deleted, not held by someone else right now. */
export function availableTo(view: TeamCodeView, memberId: string): boolean {
  return !view.deleted && (view.holder === undefined || view.holder.by === memberId);
}
