import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock';
import { SparkDatabase } from '../../lib/db/database';
import { createJobStore } from '../../lib/db/jobs';
import { readPerformance, readStars } from '../../lib/db/performance';
import { getCodes, historyOf, listCodes, undoDelete, updateDetails } from '../../lib/db/repository';
import {
  SCHEMA_FIXTURES,
  layoutOf,
  writeRawDatabase,
  type SchemaFixture,
  type StoreLayout,
} from '../fixtures/db';

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');

type Row = Record<string, unknown>;
const rowsOf = (fixture: SchemaFixture, store: string) => (fixture.rows[store] ?? []) as Row[];

/** The layout the current build declares, in the fixtures' terms. */
function declaredLayout(db: SparkDatabase): Record<string, StoreLayout> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      {
        keyPath: String(table.schema.primKey.keyPath),
        autoIncrement: Boolean(table.schema.primKey.auto),
        indexes: table.schema.indexes.map((index) => index.name).sort(),
      },
    ]),
  );
}

const opened: SparkDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** Lays the fixture down with plain IndexedDB, then opens it the way the extension does. */
async function openFixture(fixture: SchemaFixture): Promise<SparkDatabase> {
  const name = `upgrade-v${fixture.version}-${Math.random()}`;
  await writeRawDatabase(name, fixture);
  const db = new SparkDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('schema fixtures', () => {
  it('cover every schema version up to the current one', () => {
    const current = new SparkDatabase('version-probe').verno;
    expect(SCHEMA_FIXTURES.map((f) => f.version)).toEqual(
      Array.from({ length: current }, (_, i) => i + 1),
    );
  });
});

describe.each(SCHEMA_FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
  'a version %i inventory opened by the current build',
  (_version, fixture) => {
    it('opens in the current layout', async () => {
      const db = await openFixture(fixture);
      expect(layoutOf(db.backendDB())).toEqual(declaredLayout(db));
    });

    it('reads every code as it was stored', async () => {
      const db = await openFixture(fixture);
      const { records, corrupt } = await listCodes(db);
      expect(corrupt).toBe(0);
      const byCode = new Map(records.map((r) => [r.code, r]));
      for (const row of rowsOf(fixture, 'codes')) {
        expect(byCode.get(row.code as string)).toEqual(fixture.readsAs(row));
      }
      expect(records).toHaveLength(rowsOf(fixture, 'codes').length);
    });

    it('keeps every code’s history in order', async () => {
      const db = await openFixture(fixture);
      const events = rowsOf(fixture, 'events');
      // A run event lists its codes; each code's history shows it as its own.
      const codesOf = (e: Row) => (e.codes as string[] | undefined) ?? [e.code as string];
      for (const code of new Set(events.flatMap(codesOf))) {
        const expected = events
          .filter((e) => codesOf(e).includes(code))
          .map(({ codes: _codes, ...e }): Row => ({ ...e, code }))
          .sort((a, b) => (a.at as number) - (b.at as number));
        expect(await historyOf(db, code)).toEqual(expected);
      }
    });

    it('finds codes through every index', async () => {
      const db = await openFixture(fixture);
      for (const row of rowsOf(fixture, 'codes')) {
        for (const index of fixture.stores.codes?.indexes ?? []) {
          if (row[index] === undefined) continue;
          const keys = await db.codes
            .where(index)
            .equals(row[index] as string | number)
            .primaryKeys();
          expect(keys, `${index} of ${String(row.code)}`).toContain(row.code);
        }
      }
    });

    it('brings deleted codes back from the trash', async () => {
      const db = await openFixture(fixture);
      const trashed = rowsOf(fixture, 'trash').map((t) => t.code as string);
      expect(await undoDelete(db, trashed, clock)).toBe(trashed.length);
      const restored = await getCodes(db, trashed);
      expect([...restored.keys()].sort()).toEqual([...trashed].sort());
    });

    it('saves edits to every code, old rows included', async () => {
      const db = await openFixture(fixture);
      for (const row of rowsOf(fixture, 'codes')) {
        const code = row.code as string;
        const saved = await updateDetails(db, code, { notes: 'Checked after the update' }, clock);
        const { updatedAt: _u, expiresAt: _e, notes: _n, ...kept } = fixture.readsAs(row);
        expect(saved).toMatchObject(kept);
        expect(saved.notes).toBe('Checked after the update');
      }
      expect((await listCodes(db)).corrupt).toBe(0);
    });
  },
);

describe('version 1 rows from early builds', () => {
  it('read with an empty warnings list and no invented fields', async () => {
    const [v1] = SCHEMA_FIXTURES;
    if (!v1) throw new Error('no version 1 fixture');
    const db = await openFixture(v1);
    const early = rowsOf(v1, 'codes').filter((row) => !('extractionWarnings' in row));
    expect(early.length).toBeGreaterThan(0);
    const stored = await getCodes(
      db,
      early.map((row) => row.code as string),
    );
    for (const row of early) {
      const record = stored.get(row.code as string);
      expect(record?.extractionWarnings).toEqual([]);
      expect(Object.keys(record ?? {}).sort()).toEqual(
        [...Object.keys(row), 'extractionWarnings'].sort(),
      );
    }
  });
});

describe('version 2 authorization jobs', () => {
  it('come back as the worker left them, and a new worker marks them interrupted', async () => {
    const v2 = SCHEMA_FIXTURES.find((f) => f.version === 2);
    if (!v2) throw new Error('no version 2 fixture');
    const db = await openFixture(v2);
    const [job] = rowsOf(v2, 'authorizeJobs');
    const store = createJobStore(db);
    expect(await store.get(job?.id as string)).toEqual(job);
    const marked = await store.interruptRunning(clock.now());
    expect(marked.map((j) => [j.id, j.state])).toEqual([[job?.id, 'interrupted']]);
  });
});

describe('version 4 report figures and stars', () => {
  it('read the figures that fit, skip a row an older build left, and keep the stars', async () => {
    const v4 = SCHEMA_FIXTURES.find((f) => f.version === 4);
    if (!v4) throw new Error('no version 4 fixture');
    const db = await openFixture(v4);
    const [good, old] = rowsOf(v4, 'performance');
    const stored = await readPerformance(db);
    expect([...stored.byCode.keys()]).toEqual([good?.code]);
    expect(stored.byCode.get(good?.code as string)?.days30).toMatchObject({ kind: 'unknown' });
    expect(stored.corrupt).toBe(1);
    expect(await readStars(db)).toEqual(new Set([old?.code]));
  });
});
