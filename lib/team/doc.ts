/**
 * The shape of a team inventory Y.Doc and the only functions that write to it.
 *
 * - `log`: Y.Array, the append-only event log of every code. Each element is one write (a paste,
 *   a batch applied) holding its events as JSON text; each event names its code, so the
 *   inventory keyed by code is the log grouped by code (see `project.ts`).
 * - `claims`: Y.Array, append-only claim and release entries, stored the same way.
 * - `meta`: Y.Map with the shape's version.
 *
 * Why not a Y.Map keyed by code, each holding a Y.Array of that code's events: two buyers adding
 * the same code offline would each create that nested array, Yjs keeps only one of two values
 * set on a map key, and every event in the other array would be dropped on merge. Appends to
 * one shared array never conflict, so no entry is lost. A map of code cards beside the log was
 * tried too: for 10,000 codes it added over 1 MB and several times the encoding work.
 *
 * Entries are immutable, so each write is stored as one JSON text: Yjs encodes and decodes one
 * string far faster than many objects, which keeps a buyer's first sync of a large inventory
 * close to the cost of moving its bytes.
 */
import * as Y from 'yjs';
import { claimEntrySchema, teamEventSchema, type ClaimEntry, type TeamEvent } from './model';

export const TEAM_DOC_VERSION = 1;

export interface TeamDocParts {
  meta: Y.Map<unknown>;
  log: Y.Array<unknown>;
  claims: Y.Array<unknown>;
}

export function teamDocParts(doc: Y.Doc): TeamDocParts {
  return { meta: doc.getMap('meta'), log: doc.getArray('log'), claims: doc.getArray('claims') };
}

/** Who is writing: the member id from the team token, and a name for teammates' screens. */
export interface Author {
  memberId: string;
  name?: string;
}

const newId = () => globalThis.crypto.randomUUID();

export type NewEvent = Omit<TeamEvent, 'id' | 'by' | 'byName' | 'at'> & { at?: number };

/**
 * Appends events to the log in one transaction. Every entry is checked first, so bad input
 * throws with the reason and writes nothing.
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
  const { meta, log } = teamDocParts(doc);
  doc.transact(() => {
    if (meta.get('version') === undefined) meta.set('version', TEAM_DOC_VERSION);
    if (entries.length > 0) log.push([JSON.stringify(entries)]);
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
  account: string | undefined,
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
  if (entries.length > 0) teamDocParts(doc).claims.push([JSON.stringify(entries)]);
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
  if (entries.length > 0) teamDocParts(doc).claims.push([JSON.stringify(entries)]);
  return entries;
}

/** Entries that parse, and how many did not (written by a broken or hostile client). */
export interface Readable<T> {
  entries: T[];
  unreadable: number;
}

/** The entries of one stored write; a write that is not a JSON array reads as one bad entry. */
export function entriesOf(value: unknown): unknown[] {
  if (typeof value !== 'string') return [value];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [value];
  }
}

function readAll<T>(writes: readonly unknown[], parse: (value: unknown) => T | undefined) {
  const result: Readable<T> = { entries: [], unreadable: 0 };
  for (const write of writes) {
    for (const value of entriesOf(write)) {
      const entry = parse(value);
      if (entry === undefined) result.unreadable += 1;
      else result.entries.push(entry);
    }
  }
  return result;
}

export const parseEvent = (value: unknown) => teamEventSchema.safeParse(value).data;
export const parseClaim = (value: unknown) => claimEntrySchema.safeParse(value).data;

export function readEvents(doc: Y.Doc): Readable<TeamEvent> {
  return readAll(teamDocParts(doc).log.toArray(), parseEvent);
}

export function readClaims(doc: Y.Doc): Readable<ClaimEntry> {
  return readAll(teamDocParts(doc).claims.toArray(), parseClaim);
}
