import { describe, expect, it } from 'vitest';
import type { ColumnInfo, RowImage, TableInfo } from '../../src/capture/stateReader.ts';
import { restoreScript, type TableRestore } from '../../src/restore/restoreScript.ts';

const column = (name: string, type: string): ColumnInfo => ({ name, sqlName: name, type, collatable: type === 'text' });
const table = (id: string, columns: ColumnInfo[]): TableInfo => ({ id, sqlName: id, columns, key: [0], populated: true });
const row = (...cells: (string | null)[]): RowImage => ({ key: [cells[0]], cells });

const parent = table('public.parent', [column('id', 'integer'), column('note', 'text')]);
const child = table('public.child', [column('id', 'integer'), column('parent_id', 'integer'), column('total', 'integer')]);

function restore(
  t: TableInfo,
  rows: Partial<Pick<TableRestore, 'inserted' | 'deleted' | 'changed'>>,
  extra: Partial<TableRestore> = {},
): TableRestore {
  return {
    table: t,
    writable: t.columns.map(() => true),
    overridingSystemValue: false,
    userTriggers: [],
    inserted: [],
    deleted: [],
    changed: [],
    ...rows,
    ...extra,
  };
}

const body = (script: string) => script.split('\n').filter((l) => !l.startsWith('--') && !l.startsWith('SET LOCAL'));

describe('the restore script', () => {
  it('re-inserts deleted rows parents first, puts changed rows back, deletes inserted rows children first, in one transaction that stops on an error', () => {
    const script = restoreScript({
      dialect: 'postgres',
      title: 'apply.sql',
      tables: [
        restore(parent, { deleted: [row('1', "it's")], inserted: [row('9', null)] }),
        restore(child, { deleted: [row('5', '1', '3')], inserted: [row('7', '9', null)] }),
      ],
      sequences: [],
    });
    const lines = body(script);
    expect(lines.slice(0, 2)).toEqual(['\\set ON_ERROR_STOP on', 'BEGIN;']);
    expect(lines.at(-2)).toBe('COMMIT;');
    const order = lines.filter((l) => /^(INSERT|WITH)/.test(l)).map((l) => l.slice(0, 60));
    expect(order).toEqual(
      [
        "INSERT INTO public.parent (id, note) VALUES ('1'::integer, 'it''s'::text);",
        "INSERT INTO public.child (id, parent_id, total) VALUES ('5'::integer, '1'::integer, '3'::integer);",
        expect.stringMatching(/^WITH restored AS \(DELETE FROM ONLY public\.child AS t WHERE/),
        expect.stringMatching(/^WITH restored AS \(DELETE FROM ONLY public\.parent AS t WHERE/),
      ].map((x) => (typeof x === 'string' ? x.slice(0, 60) : x)),
    );
  });

  it('guards every column NULL-safely, and fails unless exactly one row matched', () => {
    const script = restoreScript({
      dialect: 'postgres',
      title: 'apply.sql',
      tables: [restore(child, { changed: [{ before: row('5', '1', null), after: row('5', '2', '4') }], inserted: [row('7', null, null)] })],
      sequences: [],
    });
    expect(script).toContain(
      "UPDATE ONLY public.child AS t SET parent_id = '1'::integer, total = NULL WHERE t.id = '5'::integer AND (t.id::text) COLLATE pg_catalog.\"C\" IS NOT DISTINCT FROM '5' AND (t.parent_id::text) COLLATE pg_catalog.\"C\" IS NOT DISTINCT FROM '2' AND (t.total::text) COLLATE pg_catalog.\"C\" IS NOT DISTINCT FROM '4' RETURNING 1",
    );
    expect(script).toContain(
      'DELETE FROM ONLY public.child AS t WHERE t.id = \'7\'::integer AND (t.id::text) COLLATE pg_catalog."C" IS NOT DISTINCT FROM \'7\' AND (t.parent_id::text) COLLATE pg_catalog."C" IS NOT DISTINCT FROM NULL AND (t.total::text) COLLATE pg_catalog."C" IS NOT DISTINCT FROM NULL RETURNING 1',
    );
    expect(script).toMatch(
      /SELECT CASE WHEN count\(\*\) = 1 THEN 'restored' ELSE \(count\(\*\)::text \|\| ' rows matched: restore aborted, ' \|\| 'public\.child \(id\)=\(5\) changed since the change'\)::integer::text END/,
    );
  });

  it('never writes a generated column; re-inserts over an identity column GENERATED ALWAYS; disables and enables the tables’ own triggers as they were', () => {
    const t = table('public.t', [column('id', 'integer'), column('doubled', 'integer')]);
    const script = restoreScript({
      dialect: 'postgres',
      title: 'apply.sql',
      tables: [
        restore(
          t,
          { deleted: [row('1', '2')] },
          {
            writable: [true, false],
            overridingSystemValue: true,
            userTriggers: [
              { name: 'stamp', enabled: 'O' },
              { name: 'always', enabled: 'A' },
            ],
          },
        ),
      ],
      sequences: [],
    });
    expect(script).toContain("INSERT INTO public.t (id) OVERRIDING SYSTEM VALUE VALUES ('1'::integer);");
    expect(body(script).filter((l) => l.startsWith('ALTER TABLE'))).toEqual([
      'ALTER TABLE public.t DISABLE TRIGGER stamp;',
      'ALTER TABLE public.t DISABLE TRIGGER always;',
      'ALTER TABLE public.t ENABLE TRIGGER stamp;',
      'ALTER TABLE public.t ENABLE ALWAYS TRIGGER always;',
    ]);
    expect(script).toMatch(/run it as their owner/);
  });

  it('sets a sequence back only where it still holds the value the change left', () => {
    const script = restoreScript({
      dialect: 'postgres',
      title: 'apply.sql',
      tables: [],
      sequences: [{ id: 'public.t_id_seq', before: { last_value: '200', is_called: true }, after: { last_value: '201', is_called: true } }],
    });
    // setval() survives a rollback: the deferred checks run first, so that a failing one aborts before it.
    expect(body(script).join('\n')).toContain(
      "SET CONSTRAINTS ALL IMMEDIATE;\nSELECT pg_catalog.setval('public.t_id_seq', 200, true) FROM public.t_id_seq WHERE last_value = 201 AND is_called = true;",
    );
    // Its literals are UTF-8, whatever the database's encoding.
    expect(script).toContain("BEGIN;\nSET LOCAL client_encoding = 'UTF8';\n");
  });

  it('on SQLite: .bail on, literals by storage class, changes() checked by a CHECK, sqlite_sequence guarded', () => {
    const t = table('"Artist"', [column('"ArtistId"', 'INTEGER'), column('"Name"', 'TEXT'), column('"Photo"', 'BLOB')]);
    const script = restoreScript({
      dialect: 'sqlite',
      title: 'apply.sql',
      tables: [
        restore(t, {
          deleted: [row('3', '"It\'s"', "x'00ff'")],
          changed: [{ before: row('4', '"a"', null), after: row('4', '"b"', null) }],
        }),
      ],
      sequences: [
        { id: '"Artist"', before: { last_value: '5', is_called: true }, after: { last_value: '6', is_called: true } },
        { id: 'fresh', before: null, after: { last_value: '1', is_called: true } },
      ],
    });
    const lines = body(script);
    expect(lines.slice(0, 4)).toEqual([
      '.bail on',
      // The sqlite3 shell starts with foreign keys off; the PRAGMA does nothing once a transaction is open.
      'PRAGMA foreign_keys = ON;',
      'BEGIN IMMEDIATE;',
      'CREATE TEMP TABLE rehearse_restore_guard (step TEXT, matched INTEGER, CONSTRAINT "a row the change touched is not as the change left it: nothing restored" CHECK (matched = 1));',
    ]);
    // OR ABORT: a constraint's own ON CONFLICT REPLACE would delete another row silently.
    expect(lines).toContain('INSERT OR ABORT INTO "Artist" ("ArtistId", "Name", "Photo") VALUES (3, \'It\'\'s\', x\'00ff\');');
    // The key first, with IS, so the row is found through its index; then every column compared by quote(): storage class
    // and bytes, whatever the column's collation (IS alone would say 'B' IS 'b' under NOCASE, and 1 IS 1.0).
    expect(lines).toContain(
      'UPDATE OR ABORT "Artist" SET "Name" = \'a\' WHERE "ArtistId" IS 4 AND quote("ArtistId") = quote(4) AND quote("Name") = quote(\'b\') AND quote("Photo") = quote(NULL);',
    );
    expect(lines).toContain(
      'INSERT INTO temp.rehearse_restore_guard (step, matched) VALUES (\'"Artist" ("ArtistId")=(4) changed since the change\', changes());',
    );
    expect(lines).toContain("UPDATE sqlite_sequence SET seq = 5 WHERE name = 'Artist' AND seq = 6;");
    expect(lines).toContain("DELETE FROM sqlite_sequence WHERE name = 'fresh' AND seq = 1;");
    expect(lines.slice(-3)).toEqual(['DROP TABLE temp.rehearse_restore_guard;', 'COMMIT;', '']);
  });

  it('aborts before deleting (or re-keying) a row that a row written since references through a foreign key whose action would write it', () => {
    const unique = table('public.parent', [column('id', 'integer'), column('code', 'text')]);
    const referencedBy = [
      { child: 'public.child', childColumns: ['parent_id'], parentColumns: [0], writesOnDelete: true, writesOnUpdate: false },
      { child: 'public.coded', childColumns: ['code'], parentColumns: [1], writesOnDelete: false, writesOnUpdate: true },
    ];
    const pg = body(
      restoreScript({
        dialect: 'postgres',
        title: 'apply.sql',
        tables: [
          restore(
            unique,
            {
              inserted: [row('9', 'x')],
              changed: [
                { before: row('1', 'old'), after: row('1', 'new') },
                { before: row('2', null), after: row('2', null) },
              ],
            },
            { referencedBy },
          ),
        ],
        sequences: [],
      }),
    ).join('\n');
    // The inserted row: its ON DELETE CASCADE key checked, just before its DELETE; the ON UPDATE one is no matter there.
    expect(pg).toContain(
      "SELECT CASE WHEN n = 0 THEN 'unreferenced' ELSE (n::text || ' rows reference it: restore aborted, ' || 'public.parent (id)=(9) is referenced by a row of public.child written since the change (its ON DELETE action would write it)')::integer::text END AS step\n  FROM (SELECT count(*) AS n FROM public.child AS r WHERE r.parent_id = '9'::integer) AS referencing;\nWITH restored AS (DELETE FROM ONLY public.parent",
    );
    expect(pg).not.toContain("public.coded AS r WHERE r.code = 'x'");
    // The row is locked first, so that no reference can be made to it between the count and the DELETE.
    expect(pg).toMatch(
      /SELECT count\(\*\) AS locked FROM \(SELECT FROM ONLY public\.parent AS t WHERE [^\n]* FOR UPDATE\) AS l;\nSELECT CASE WHEN n = 0 THEN 'unreferenced'/,
    );
    // A changed row whose referenced column the script sets back: its ON UPDATE key checked on the value the change left.
    expect(pg).toContain("FROM public.coded AS r WHERE r.code = 'new'::text) AS referencing;\nWITH restored AS (UPDATE ONLY public.parent");
    // A changed row whose referenced columns stay as they are needs no check.
    expect(pg.match(/AS referencing;/g)).toHaveLength(2);

    const lite = body(
      restoreScript({
        dialect: 'sqlite',
        title: 'apply.sql',
        tables: [
          restore(
            table('"parent"', [column('"id"', 'INTEGER')]),
            { inserted: [row('9')] },
            { referencedBy: [{ ...referencedBy[0]!, child: '"child"', childColumns: ['"parent_id"'] }] },
          ),
        ],
        sequences: [],
      }),
    );
    expect(lite).toContain(
      'CREATE TEMP TABLE rehearse_restore_references (step TEXT, unreferenced INTEGER, CONSTRAINT "a row written since the change references a row the script would delete or re-key: nothing restored" CHECK (unreferenced = 1));',
    );
    expect(lite).toContain(
      'INSERT INTO temp.rehearse_restore_references (step, unreferenced) SELECT \'"parent" ("id")=(9) is referenced by a row of "child" written since the change (its ON DELETE action would write it)\', (SELECT count(*) FROM "child" AS r WHERE (r."parent_id" = 9 OR CAST(r."parent_id" AS NUMERIC) = 9 OR CAST(r."parent_id" AS TEXT) = CAST(9 AS TEXT))) = 0;',
    );
    expect(lite.slice(-4)).toEqual([
      'DROP TABLE temp.rehearse_restore_guard;',
      'DROP TABLE temp.rehearse_restore_references;',
      'COMMIT;',
      '',
    ]);
  });
});
