/**
 * The shape of a team inventory Y.Doc and the only functions that write to it.
 *
 * - `codes`: Y.Map keyed by code, holding each code's card (first sighting).
 * - `log`: Y.Array, the append-only event log of every code; each entry names its code.
 * - `claims`: Y.Array, append-only claim and release entries.
 *
 * The per-code logs live in one array rather than a Y.Array per code inside `codes` on purpose:
 * two buyers adding the same code offline would each create that nested array, Yjs keeps one of
 * two values set on a map key, and every event in the other array would be dropped on merge.
 * Appends to one shared array never conflict, so no entry is lost.
 */
import * as Y from 'yjs';
import {
  claimEntrySchema,
  codeCardSchema,
  teamEventSchema,
  type ClaimEntry,
  type CodeCard,
  type TeamEvent,
} from './model';

export const TEAM_DOC_VERSION = 1;

export interface TeamDocParts {
  meta: Y.Map<unknown>;
  codes: Y.Map<unknown>;
  log: Y.Array<unknown>;
  claims: Y.Array<unknown>;
}

export function teamDocParts(doc: Y.Doc): TeamDocParts {
  return {
    meta: doc.getMap('meta'),
    codes: doc.getMap('codes'),
    log: doc.getArray('log'),
    claims: doc.getArray('claims'),
  };
}

/** Who is writing: the member id from the team token, and a name for teammates' screens. */
export interface Author {
  memberId: string;
  name?: string;
}

const newId = () => globalThis.crypto.randomUUID();

export type NewEvent = Omit<TeamEvent, 'id' | 'by' | 'byName' | 'at'> & { at?: number };

/**
 * Appends events to the log in one transaction, adding a card for codes the team has not seen.
 * Every entry is checked first, so bad input throws with the reason and writes nothing.
 */
export function recordEvents(
  doc: Y.Doc,
  author: Author,
  events: readonly NewEvent[],
  now: number,
): TeamEvent[] {
  const entries = events.map((event) =>
    teamEventSchema.parse({
      ...event,
      id: newId(),
      by: author.memberId,
      byName: author.name,
      at: event.at ?? now,
    }),
  );
  const { meta, codes, log } = teamDocParts(doc);
  doc.transact(() => {
    if (meta.get('version') === undefined) meta.set('version', TEAM_DOC_VERSION);
    for (const entry of entries) {
      if (codes.has(entry.code)) continue;
      const card: CodeCard = { code: entry.code, addedAt: entry.at, addedBy: entry.by };
      codes.set(entry.code, card);
    }
    log.push(entries);
  });
  return entries;
}

/** Pasted codes: one `added` event each, keeping the exact text they came in. */
export function addCodes(
  doc: Y.Doc,
  author: Author,
  pasted: readonly { code: string; raw: string }[],
  now: number,
): TeamEvent[] {
  return recordEvents(
    doc,
    author,
    pasted.map(({ code, raw }) => ({ type: 'added', code, raw, source: 'buyer' })),
    now,
  );
}

export function claimCodes(
  doc: Y.Doc,
  author: Author,
  codes: readonly string[],
  account: string,
  until: number,
  now: number,
): ClaimEntry[] {
  const entries = codes.map((code) =>
    claimEntrySchema.parse({
      id: newId(),
      code,
      kind: 'claim',
      by: author.memberId,
      byName: author.name,
      account,
      at: now,
      until,
    }),
  );
  teamDocParts(doc).claims.push(entries);
  return entries;
}

export function releaseCodes(
  doc: Y.Doc,
  author: Author,
  codes: readonly string[],
  now: number,
): ClaimEntry[] {
  const entries = codes.map((code) =>
    claimEntrySchema.parse({ id: newId(), code, kind: 'release', by: author.memberId, at: now }),
  );
  teamDocParts(doc).claims.push(entries);
  return entries;
}

/** Entries that parse, and how many did not (written by a broken or hostile client). */
export interface Readable<T> {
  entries: T[];
  unreadable: number;
}

function readAll<T>(values: readonly unknown[], parse: (value: unknown) => T | undefined) {
  const result: Readable<T> = { entries: [], unreadable: 0 };
  for (const value of values) {
    const entry = parse(value);
    if (entry === undefined) result.unreadable += 1;
    else result.entries.push(entry);
  }
  return result;
}

export const parseEvent = (value: unknown) => teamEventSchema.safeParse(value).data;
export const parseClaim = (value: unknown) => claimEntrySchema.safeParse(value).data;
export const parseCard = (value: unknown) => codeCardSchema.safeParse(value).data;

export function readEvents(doc: Y.Doc): Readable<TeamEvent> {
  return readAll(teamDocParts(doc).log.toArray(), parseEvent);
}

export function readClaims(doc: Y.Doc): Readable<ClaimEntry> {
  return readAll(teamDocParts(doc).claims.toArray(), parseClaim);
}

export function readCards(doc: Y.Doc): Readable<CodeCard> {
  return readAll([...teamDocParts(doc).codes.values()], parseCard);
}
