/**
 * Every kind of column the plan fuzz draws values for, read from a real catalog — Postgres (on
 * PGlite) and SQLite's declared types by its affinity rules — with keys, unique indexes (plain,
 * partial, on an expression) and references by the parent's key; the rows sampled from a table
 * (its first and last by key, or its first rows without a key, no row twice); the refusals a
 * load reports; and the order tables are loaded in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCloneSourceText } from '../../src/suite.ts';
import { resolveTarget } from '../../src/index.ts';
import { introspectPostgres } from '../../src/schema/introspectPostgres.ts';
import { introspectSqlite } from '../../src/schema/introspectSqlite.ts';
import { referenceOrder, type TableModel } from '../../src/schema/schemaModel.ts';
import { loadState, sampleRows } from '../../src/schema/stateLoad.ts';
import type { Clone, Target } from '../../src/targets/target.ts';

const kinds = (t: TableModel) => t.columns.map((c) => [c.name, c.category, c.intBytes, c.maxLength, c.notNull, c.hasDefault]);

describe('column kinds of a Postgres catalog (PGlite)', () => {
  let target: Target;
  let clone: Clone;
  beforeAll(async () => {
    target = resolveTarget('pglite:');
    clone = await target.createClone();
    await loadCloneSourceText(
      clone,
      `CREATE TYPE colour AS ENUM ('red', 'green');
       CREATE DOMAIN label AS varchar(6) NOT NULL DEFAULT 'none';
       CREATE DOMAIN shade AS colour;
       CREATE TABLE everything (
         s smallint PRIMARY KEY, i integer, b bigint, n numeric(7,3), r real, d double precision, t boolean,
         day date, at timestamp, atz timestamptz, tm time, tmz timetz, txt text, vc varchar(9), ch char(4),
         vcu varchar, colour colour, lbl label, sh shade, raw bytea, doc jsonb, ints int[], id uuid);
       CREATE UNIQUE INDEX everything_i_b ON everything (i, b);
       CREATE UNIQUE INDEX everything_partial ON everything (d) WHERE d > 0;
       CREATE UNIQUE INDEX everything_expr ON everything (lower(txt));
       CREATE TABLE keyless (v integer);
       INSERT INTO keyless SELECT g % 3 FROM generate_series(1, 9) g;
       CREATE TABLE numbered (id integer PRIMARY KEY, v text, f double precision);
       CREATE TABLE later (n integer REFERENCES numbered DEFERRABLE INITIALLY DEFERRED);
       INSERT INTO numbered SELECT g, 'v' || g, 0.1::float8 * g FROM generate_series(1, 10) g;`,
      'before.sql',
    );
  }, 60_000);
  afterAll(async () => {
    await clone?.dispose();
    await target?.close();
  });

  it('says each column what it is drawn as', async () => {
    const model = await introspectPostgres(clone.session);
    const everything = model.tables.find((t) => t.id === 'public.everything')!;
    expect(kinds(everything)).toEqual([
      ['s', 'integer', 2, null, true, false],
      ['i', 'integer', 4, null, false, false],
      ['b', 'integer', 8, null, false, false],
      ['n', 'numeric', null, null, false, false],
      ['r', 'float', null, null, false, false],
      ['d', 'float', null, null, false, false],
      ['t', 'boolean', null, null, false, false],
      ['day', 'date', null, null, false, false],
      ['at', 'timestamp', null, null, false, false],
      ['atz', 'timestamp', null, null, false, false],
      ['tm', 'time', null, null, false, false],
      ['tmz', 'time', null, null, false, false],
      ['txt', 'text', null, null, false, false],
      ['vc', 'text', null, 9, false, false],
      ['ch', 'text', null, 4, false, false],
      ['vcu', 'text', null, null, false, false],
      ['colour', 'enum', null, null, false, false],
      ['lbl', 'text', null, 6, true, true],
      ['sh', 'enum', null, null, false, false],
      ['raw', 'other', null, null, false, false],
      ['doc', 'other', null, null, false, false],
      ['ints', 'other', null, null, false, false],
      ['id', 'other', null, null, false, false],
    ]);
    expect(everything.columns.find((c) => c.name === 'sh')!.enumLabels).toEqual(['red', 'green']);
    expect(everything.columns.find((c) => c.name === 'sh')!.domain).toBe('public.shade');
    expect(everything.columns.find((c) => c.name === 'txt')!.enumLabels).toBeNull();
    // Plain unique indexes count; a partial one or one on an expression is the database's to judge.
    expect(everything.primaryKey).toEqual(['s']);
    expect(everything.uniques).toEqual([['s'], ['i', 'b']]);
    const keyless = model.tables.find((t) => t.id === 'public.keyless')!;
    expect(keyless).toMatchObject({ primaryKey: null, uniques: [], foreignKeys: [], checks: [], triggers: [] });
  });

  it('samples the first and the last rows by key, the first rows of a keyless table, never a row twice', async () => {
    const model = await introspectPostgres(clone.session);
    const samples = await sampleRows(clone, model, 5);
    expect(samples['public.numbered']!.map((r) => r.id)).toEqual(['1', '2', '3', '9', '10']);
    // Floats as exact text (the shortest that reads back the same double).
    expect(samples['public.numbered']!.map((r) => r.f)).toEqual(['0.1', '0.2', '0.30000000000000004', '0.9', '1']);
    expect(samples['public.keyless']!.map((r) => r.v)).toEqual(['1', '2', '0']);
    expect((await sampleRows(clone, model, 4))['public.numbered']!.map((r) => r.id)).toEqual(['1', '2', '9', '10']);
  });

  it('reports the first five refusals of a load and counts them all', async () => {
    const model = await introspectPostgres(clone.session);
    // The one row it takes holds every character COPY's text format escapes.
    const text = 'cr\rtab\tnl\nbs\\N';
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i < 6 ? 'not a number' : '7', v: text, f: null }));
    const load = await loadState(clone, model, { 'public.numbered': rows }, {});
    expect(load.refused).toBe(6);
    expect(load.refusals).toHaveLength(5);
    expect(load.refusals[0]).toMatch(/^public\.numbered: invalid input syntax for type integer/);
    expect(load.loaded['public.numbered']).toEqual([{ id: '7', v: text, f: null }]);
    expect(await clone.session.query('SELECT v FROM numbered')).toEqual([{ v: text }]);
    // The other tables are emptied, and a table the state does not name is empty and absent from what loaded.
    expect(await clone.session.query('SELECT count(*)::int AS n FROM keyless')).toEqual([{ n: 0 }]);
    expect(Object.keys(load.loaded)).toEqual(['public.numbered']);
  });

  it('judges a deferred foreign key row by row too: the row referencing nothing is refused, not the whole state', async () => {
    const model = await introspectPostgres(clone.session);
    const load = await loadState(
      clone,
      model,
      { 'public.numbered': [{ id: '1', v: null, f: null }], 'public.later': [{ n: '1' }, { n: '2' }] },
      {},
    );
    expect(load.refused).toBe(1);
    expect(load.refusals[0]).toMatch(/^public\.later: insert or update on table "later" violates foreign key constraint/);
    expect(await clone.session.query('SELECT n FROM later')).toEqual([{ n: 1 }]);
  });
});

describe('column kinds of a SQLite schema, by affinity', () => {
  it('reads declared types, defaults, generated columns, key order, unique indexes and references', async () => {
    const target = resolveTarget('sqlite::memory:');
    const clone = await target.createClone();
    try {
      await loadCloneSourceText(
        clone,
        `CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (b, a));
         CREATE TABLE kinds (
           i INT, bi BIGINT, ti TINYINT, vc VARCHAR(10), nc NCHAR(3), cl CLOB, tx TEXT, bl BLOB, untyped,
           r REAL, f FLOAT, dp DOUBLE PRECISION, bo BOOLEAN, dt DATETIME, ts TIMESTAMP, d DATE, n NUMERIC(5,2),
           de DECIMAL DEFAULT 0, g INT GENERATED ALWAYS AS (i + 1) VIRTUAL, gs INT GENERATED ALWAYS AS (i * 2) STORED,
           pa INTEGER, pb TEXT, FOREIGN KEY (pb, pa) REFERENCES parent ON DELETE CASCADE);
         CREATE UNIQUE INDEX kinds_vc ON kinds (vc, nc);
         CREATE UNIQUE INDEX kinds_partial ON kinds (tx) WHERE tx <> '';
         CREATE UNIQUE INDEX kinds_expr ON kinds (lower(cl));
         CREATE TABLE rowid_only (x TEXT);`,
        'before.sql',
      );
      const model = await introspectSqlite(clone.session);
      expect(model.tables.map((t) => t.id)).toEqual(['parent', 'kinds', 'rowid_only']);
      const [parent, k] = model.tables;
      // The key in its declared order, not the columns' order.
      expect(parent!.primaryKey).toEqual(['b', 'a']);
      expect(parent!.uniques).toEqual([['b', 'a']]);
      expect(kinds(k!)).toEqual([
        ['i', 'integer', 8, null, false, false],
        ['bi', 'integer', 8, null, false, false],
        ['ti', 'integer', 8, null, false, false],
        ['vc', 'text', null, 10, false, false],
        ['nc', 'text', null, 3, false, false],
        ['cl', 'text', null, null, false, false],
        ['tx', 'text', null, null, false, false],
        ['bl', 'other', null, null, false, false],
        ['untyped', 'other', null, null, false, false],
        ['r', 'float', null, null, false, false],
        ['f', 'float', null, null, false, false],
        ['dp', 'float', null, null, false, false],
        ['bo', 'boolean', null, null, false, false],
        ['dt', 'timestamp', null, null, false, false],
        ['ts', 'timestamp', null, null, false, false],
        ['d', 'date', null, null, false, false],
        ['n', 'numeric', null, null, false, false],
        ['de', 'numeric', null, null, false, true],
        ['g', 'integer', 8, null, false, false],
        ['gs', 'integer', 8, null, false, false],
        ['pa', 'integer', 8, null, false, false],
        ['pb', 'text', null, null, false, false],
      ]);
      expect(k!.columns.filter((c) => c.generated).map((c) => c.name)).toEqual(['g', 'gs']);
      expect(k!.primaryKey).toBeNull();
      expect(k!.uniques).toEqual([['vc', 'nc']]);
      expect(k!.foreignKeys).toEqual([
        {
          name: 'kinds_fk0',
          columns: ['pb', 'pa'],
          references: 'parent',
          referencedColumns: ['b', 'a'],
          onDelete: 'CASCADE',
          onUpdate: 'NO ACTION',
        },
      ]);
      expect(model.tables[2]).toMatchObject({ primaryKey: null, uniques: [], checks: [], triggers: [] });
    } finally {
      await clone.dispose();
      await target.close();
    }
  });
});

describe('the order tables are loaded in', () => {
  const t = (id: string, refs: string[] = []): TableModel => ({
    id,
    sqlName: id,
    columns: [],
    primaryKey: null,
    uniques: [],
    foreignKeys: refs.map((r) => ({
      name: `${id}_${r}`,
      columns: ['x'],
      references: r,
      referencedColumns: ['x'],
      onDelete: 'NO ACTION',
      onUpdate: 'NO ACTION',
    })),
    checks: [],
    triggers: [],
  });

  it('puts every referenced table first, independent tables by name, and breaks a cycle at the first table met', () => {
    expect(referenceOrder([t('c'), t('a', ['c']), t('b')]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(referenceOrder([t('z'), t('y'), t('x')]).map((x) => x.id)).toEqual(['x', 'y', 'z']);
    expect(referenceOrder([t('b', ['a']), t('a', ['b'])]).map((x) => x.id)).toEqual(['b', 'a']);
    expect(referenceOrder([t('a', ['a', 'gone'])]).map((x) => x.id)).toEqual(['a']);
  });
});
