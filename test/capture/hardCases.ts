/**
 * The hard cases of capture (docs/capture.md, the hard cases): per backend family, a state, one change, and whether
 * the fingerprint must see it ("detected") or the database itself treats both as the same
 * value ("equal"). `null` marks a case the backend's types cannot express, with the reason.
 * The table in docs/capture.md is this list.
 */
export type Expectation = 'detected' | 'equal';

export interface CaseSql {
  readonly setup: string;
  readonly change: string;
  readonly expect: Expectation;
  /** What kind of object the diff must name when detected. */
  readonly names?: 'table' | 'sequence' | 'schema';
  /** The tables (by their unqualified ids) the diff must name, exactly; default: a table `t` among them. */
  readonly tables?: readonly string[];
  /** Row counts the capture before the change must show, by unqualified table id (every row read once). */
  readonly rows?: Readonly<Record<string, number>>;
}

export interface HardCase {
  readonly name: string;
  readonly postgres: CaseSql;
  readonly sqlite: CaseSql | { readonly notApplicable: string };
  /** Extensions the Postgres case creates (a PGlite clone starts with their modules). */
  readonly extensions?: readonly string[];
}

const keyedText = 'CREATE TABLE t (id int PRIMARY KEY, v text);';
const sqliteKeyedText = 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);';

export const HARD_CASES: readonly HardCase[] = [
  {
    name: "NULL vs the string '<null>'",
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, NULL);`,
      change: `UPDATE t SET v = '<null>';`,
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, NULL);`,
      change: `UPDATE t SET v = '<null>';`,
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: "'' vs NULL",
    postgres: { setup: `${keyedText} INSERT INTO t VALUES (1, '');`, change: 'UPDATE t SET v = NULL;', expect: 'detected', names: 'table' },
    sqlite: {
      setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, '');`,
      change: 'UPDATE t SET v = NULL;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: '-0.0 vs 0.0 (float8)',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, '0');",
      change: "UPDATE t SET f = '-0';",
      expect: 'detected',
      names: 'table',
    },
    // SQLite stores a REAL that holds an integral value as an integer, so -0.0 reads back as 0.
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f REAL); INSERT INTO t VALUES (1, 0.0);',
      change: 'UPDATE t SET f = -0.0;',
      expect: 'equal',
    },
  },
  {
    name: 'float8 differing by one ulp (0.1 vs the next double)',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, 0.1);',
      change: 'UPDATE t SET f = 0.10000000000000002;',
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f REAL); INSERT INTO t VALUES (1, 0.1);',
      change: 'UPDATE t SET f = 0.10000000000000002;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: '-0.0 vs 0.0 in an untyped column',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, '0');",
      change: "UPDATE t SET f = '-0';",
      expect: 'detected',
      names: 'table',
    },
    // Without REAL affinity SQLite keeps the sign of zero, so capture must too.
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f); INSERT INTO t VALUES (1, 0.0);',
      change: 'UPDATE t SET f = -0.0;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'NaN vs Infinity, and NaN rewritten as NaN',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, f float8, g float8); INSERT INTO t VALUES (1, 'NaN', 'NaN');",
      change: "UPDATE t SET f = 'Infinity', g = 'NaN';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no NaN: storing one stores NULL' },
  },
  {
    name: 'numeric 1.0 vs 1.00',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, n numeric); INSERT INTO t VALUES (1, 1.0);',
      change: 'UPDATE t SET n = 1.00;',
      expect: 'detected',
      names: 'table',
    },
    // NUMERIC affinity stores both as the integer 1.
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n NUMERIC); INSERT INTO t VALUES (1, 1.0);',
      change: 'UPDATE t SET n = 1.00;',
      expect: 'equal',
    },
  },
  {
    name: 'bigint 2^53 vs 2^53+1',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, b bigint); INSERT INTO t VALUES (1, 9007199254740992);',
      change: 'UPDATE t SET b = 9007199254740993;',
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER); INSERT INTO t VALUES (1, 9007199254740992);',
      change: 'UPDATE t SET b = 9007199254740993;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'bigint 2^63-1 vs 2^63-2',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, b bigint); INSERT INTO t VALUES (1, 9223372036854775807);',
      change: 'UPDATE t SET b = 9223372036854775806;',
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER); INSERT INTO t VALUES (1, 9223372036854775807);',
      change: 'UPDATE t SET b = 9223372036854775806;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'trailing space',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, 'a');`,
      change: "UPDATE t SET v = 'a ';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, 'a');`,
      change: "UPDATE t SET v = 'a ';",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'NFC vs NFD text',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, U&'\\00E9');`,
      change: "UPDATE t SET v = U&'e\\0301';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, char(233));`,
      change: 'UPDATE t SET v = char(101, 769);',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: "column boundary shift ('ab','c') vs ('a','bc')",
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, a text, b text); INSERT INTO t VALUES (1, 'ab', 'c');",
      change: "UPDATE t SET a = 'a', b = 'bc';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); INSERT INTO t VALUES (1, 'ab', 'c');",
      change: "UPDATE t SET a = 'a', b = 'bc';",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'keyless table: a row duplicated vs not',
    postgres: {
      setup: 'CREATE TABLE t (v int); INSERT INTO t VALUES (1), (1), (2);',
      change: 'DELETE FROM t WHERE ctid = (SELECT min(ctid) FROM t WHERE v = 1);',
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: 'CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1), (1), (2);',
      change: 'DELETE FROM t WHERE rowid = (SELECT min(rowid) FROM t WHERE v = 1);',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'same rows in a different physical order',
    postgres: {
      setup:
        "CREATE TABLE t (id int PRIMARY KEY, v text); CREATE TABLE k (v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO k VALUES ('x'), ('y'), ('x');",
      change: "DELETE FROM t; INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b'); DELETE FROM k; INSERT INTO k VALUES ('y'), ('x'), ('x');",
      expect: 'equal',
    },
    sqlite: {
      setup:
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID; CREATE TABLE k (v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO k VALUES ('x'), ('y'), ('x');",
      change: "DELETE FROM t; INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b'); DELETE FROM k; INSERT INTO k VALUES ('y'), ('x'), ('x');",
      expect: 'equal',
    },
  },
  {
    name: 'jsonb with reordered keys',
    postgres: {
      setup: `CREATE TABLE t (id int PRIMARY KEY, j jsonb); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`,
      change: `UPDATE t SET j = '{"b": 2, "a": 1}';`,
      expect: 'equal',
    },
    sqlite: { notApplicable: 'SQLite has no jsonb column type (JSON is stored as text)' },
  },
  {
    name: 'json text with reordered keys',
    postgres: {
      setup: `CREATE TABLE t (id int PRIMARY KEY, j json); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`,
      change: `UPDATE t SET j = '{"b": 2, "a": 1}';`,
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: `CREATE TABLE t (id INTEGER PRIMARY KEY, j TEXT); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`,
      change: `UPDATE t SET j = '{"b": 2, "a": 1}';`,
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'timestamptz differing by 1 µs',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, ts timestamptz); INSERT INTO t VALUES (1, '2024-02-29 12:00:00.000001+00');",
      change: "UPDATE t SET ts = ts + interval '1 microsecond';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no timestamp type (times are text or numbers, covered above)' },
  },
  {
    name: 'bytea / blob differing by one bit',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, b bytea); INSERT INTO t VALUES (1, '\\x00ff10');",
      change: "UPDATE t SET b = '\\x00ff11';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB); INSERT INTO t VALUES (1, x'00ff10');",
      change: "UPDATE t SET b = x'00ff11';",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'a sequence advanced by nextval (rows unchanged)',
    postgres: {
      setup: 'CREATE SEQUENCE s; CREATE TABLE t (id serial PRIMARY KEY);',
      change: "SELECT nextval('s');",
      expect: 'detected',
      names: 'sequence',
    },
    // SQLite's only sequence: AUTOINCREMENT's sqlite_sequence row, advanced by an insert that is deleted again.
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);',
      change: "INSERT INTO t (v) VALUES ('x'); DELETE FROM t;",
      expect: 'detected',
      names: 'sequence',
    },
  },
  {
    name: 'an index dropped and re-created differently',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int); CREATE INDEX t_ab ON t (a, b);',
      change: 'DROP INDEX t_ab; CREATE INDEX t_ab ON t (b, a);',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER); CREATE INDEX t_ab ON t (a, b);',
      change: 'DROP INDEX t_ab; CREATE INDEX t_ab ON t (b, a);',
      expect: 'detected',
      names: 'schema',
    },
  },
  {
    name: 'a grant added',
    postgres: { setup: keyedText, change: 'GRANT SELECT ON t TO PUBLIC;', expect: 'detected', names: 'schema' },
    sqlite: { notApplicable: 'SQLite has no grants' },
  },
  {
    name: 'a trigger added',
    postgres: {
      setup: `${keyedText} CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
      change: 'CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: {
      setup: sqliteKeyedText,
      change: 'CREATE TRIGGER t_touch AFTER INSERT ON t BEGIN SELECT 1; END;',
      expect: 'detected',
      names: 'schema',
    },
  },
  {
    name: 'a column default changed',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, v text DEFAULT 'a');",
      change: "ALTER TABLE t ALTER COLUMN v SET DEFAULT 'b';",
      expect: 'detected',
      names: 'schema',
    },
    // SQLite cannot alter a default in place; the table is rebuilt with the same rows.
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'a'); INSERT INTO t VALUES (1, 'x');",
      change:
        "CREATE TABLE t2 (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'b'); INSERT INTO t2 SELECT * FROM t; DROP TABLE t; ALTER TABLE t2 RENAME TO t;",
      expect: 'detected',
      names: 'schema',
    },
  },
  {
    name: 'a function body changed, and a function added',
    postgres: {
      setup: "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';",
      change:
        "CREATE OR REPLACE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1 + 1'; CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';",
      expect: 'detected',
      names: 'schema',
    },
    sqlite: { notApplicable: 'SQLite has no stored functions' },
  },
  {
    name: 'an enum value added',
    postgres: {
      setup: "CREATE TYPE mood AS ENUM ('sad', 'ok');",
      change: "ALTER TYPE mood ADD VALUE 'happy';",
      expect: 'detected',
      names: 'schema',
    },
    sqlite: { notApplicable: 'SQLite has no enum types' },
  },
  // Relation kinds and objects real schemas hold (the real-databases issue, part 1).
  {
    name: 'a materialized view refreshed after its table changed',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, 'a'); CREATE MATERIALIZED VIEW m AS SELECT v FROM t; UPDATE t SET v = 'b';`,
      change: 'REFRESH MATERIALIZED VIEW m;',
      expect: 'detected',
      names: 'table',
      tables: ['m'],
      rows: { t: 1, m: 1 },
    },
    sqlite: { notApplicable: 'SQLite has no materialized views' },
  },
  {
    name: 'a materialized view created WITH NO DATA (as pg_dump writes it), then populated',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, 'a'); CREATE MATERIALIZED VIEW m AS SELECT v FROM t WITH NO DATA;`,
      change: 'REFRESH MATERIALIZED VIEW m;',
      expect: 'detected',
      names: 'table',
      tables: ['m'],
      rows: { t: 1, m: 0 },
    },
    sqlite: { notApplicable: 'SQLite has no materialized views' },
  },
  {
    name: 'a materialized view with a unique index (keyed by it), a row changed',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, 'a'), (2, 'b'); CREATE MATERIALIZED VIEW m AS SELECT id, v FROM t;
        CREATE UNIQUE INDEX m_id ON m (id); UPDATE t SET v = 'c' WHERE id = 2;`,
      change: 'REFRESH MATERIALIZED VIEW CONCURRENTLY m;',
      expect: 'detected',
      names: 'table',
      tables: ['m'],
      rows: { t: 2, m: 2 },
    },
    sqlite: { notApplicable: 'SQLite has no materialized views' },
  },
  {
    name: 'a materialized view whose unique index holds NULLs, rebuilt with the same rows',
    postgres: {
      setup: `CREATE TABLE t (id int, v text); INSERT INTO t VALUES (NULL, 'a'), (NULL, 'b'), (1, 'c');
        CREATE MATERIALIZED VIEW m AS SELECT id, v FROM t; CREATE UNIQUE INDEX m_id ON m (id);`,
      change: 'REFRESH MATERIALIZED VIEW m;',
      expect: 'equal',
    },
    sqlite: { notApplicable: 'SQLite has no materialized views' },
  },
  {
    name: 'a view redefined',
    postgres: {
      setup: `${keyedText} CREATE VIEW w AS SELECT id FROM t;`,
      change: 'CREATE OR REPLACE VIEW w AS SELECT id, v FROM t;',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: {
      setup: `${sqliteKeyedText} CREATE VIEW w AS SELECT id FROM t;`,
      change: 'DROP VIEW w; CREATE VIEW w AS SELECT id, v FROM t;',
      expect: 'detected',
      names: 'schema',
    },
  },
  {
    name: 'a row inserted through a partitioned table lands in one partition, counted once',
    postgres: {
      setup: `CREATE TABLE t (id int PRIMARY KEY, v text) PARTITION BY RANGE (id);
        CREATE TABLE t_low PARTITION OF t FOR VALUES FROM (0) TO (10); CREATE TABLE t_high PARTITION OF t FOR VALUES FROM (10) TO (20);
        INSERT INTO t VALUES (1, 'a'), (11, 'b');`,
      change: "INSERT INTO t VALUES (12, 'c');",
      expect: 'detected',
      names: 'table',
      tables: ['t_high'],
      rows: { t_low: 1, t_high: 1 },
    },
    sqlite: { notApplicable: 'SQLite has no partitioned tables' },
  },
  {
    name: "an inheritance child's row added (the parent's own rows unchanged, each row counted once)",
    postgres: {
      setup:
        "CREATE TABLE t (id int, v text); CREATE TABLE c () INHERITS (t); INSERT INTO t VALUES (1, 'a'); INSERT INTO c VALUES (2, 'b');",
      change: "INSERT INTO c VALUES (3, 'c');",
      expect: 'detected',
      names: 'table',
      tables: ['c'],
      rows: { t: 1, c: 1 },
    },
    sqlite: { notApplicable: 'SQLite has no table inheritance' },
  },
  {
    name: 'a table taken out of its inheritance parent',
    postgres: {
      setup: 'CREATE TABLE t (id int); CREATE TABLE c () INHERITS (t);',
      change: 'ALTER TABLE c NO INHERIT t;',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: { notApplicable: 'SQLite has no table inheritance' },
  },
  {
    name: 'an unlogged table, a row changed',
    postgres: {
      setup: "CREATE UNLOGGED TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a');",
      change: "UPDATE t SET v = 'b';",
      expect: 'detected',
      names: 'table',
      rows: { t: 1 },
    },
    sqlite: { notApplicable: 'SQLite has no unlogged tables' },
  },
  {
    name: 'row-level security with FORCE and a policy that shows nothing: every row is read',
    postgres: {
      setup: `${keyedText} INSERT INTO t VALUES (1, 'a'), (2, 'b'); ALTER TABLE t ENABLE ROW LEVEL SECURITY; ALTER TABLE t FORCE ROW LEVEL SECURITY;
        CREATE POLICY nothing ON t USING (false);`,
      change: "UPDATE t SET v = 'c' WHERE id = 2;",
      expect: 'detected',
      names: 'table',
      rows: { t: 2 },
    },
    sqlite: { notApplicable: 'SQLite has no row-level security' },
  },
  {
    name: 'a stored generated column follows its base column',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO t (id, a) VALUES (1, 1);',
      change: 'UPDATE t SET a = 2;',
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup:
        'CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO t (id, a) VALUES (1, 1);',
      change: 'UPDATE t SET a = 2;',
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: "a domain's constraint added",
    postgres: {
      setup: 'CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE TABLE t (id int PRIMARY KEY, n pos);',
      change: 'ALTER DOMAIN pos ADD CONSTRAINT small CHECK (VALUE < 100);',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: { notApplicable: 'SQLite has no domains' },
  },
  {
    name: 'an enum value in a row changed',
    postgres: {
      setup: "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (id int PRIMARY KEY, m mood); INSERT INTO t VALUES (1, 'sad');",
      change: "UPDATE t SET m = 'ok';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no enum types' },
  },
  {
    name: 'an array: {NULL} vs {"NULL"}',
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, a text[]); INSERT INTO t VALUES (1, ARRAY[NULL]::text[]);',
      change: "UPDATE t SET a = ARRAY['NULL'];",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no array types' },
  },
  {
    name: 'a composite value: ("a,b", NULL) vs ("a", "b")',
    postgres: {
      setup:
        "CREATE TYPE pair AS (x text, y text); CREATE TABLE t (id int PRIMARY KEY, p pair); INSERT INTO t VALUES (1, ROW('a,b', NULL));",
      change: "UPDATE t SET p = ROW('a', 'b');",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no composite types' },
  },
  {
    name: 'a range written as [1,5] is the [1,6) it is stored as',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, r int4range); INSERT INTO t VALUES (1, '[1,6)');",
      change: "UPDATE t SET r = '[1,5]';",
      expect: 'equal',
    },
    sqlite: { notApplicable: 'SQLite has no range types' },
  },
  {
    name: 'a range bound moved: [1,6) vs [1,7)',
    postgres: {
      setup: "CREATE TABLE t (id int PRIMARY KEY, r int4range); INSERT INTO t VALUES (1, '[1,6)');",
      change: "UPDATE t SET r = '[1,7)';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no range types' },
  },
  {
    name: 'a key in a non-default (ICU) collation: the same rows reinserted in another order',
    postgres: {
      setup: `CREATE TABLE t (id text COLLATE "und-x-icu" PRIMARY KEY, v int); INSERT INTO t VALUES ('b', 1), ('a', 2), ('B', 3), ('ä', 4);`,
      change: "DELETE FROM t; INSERT INTO t VALUES ('ä', 4), ('B', 3), ('a', 2), ('b', 1);",
      expect: 'equal',
    },
    sqlite: {
      setup:
        "CREATE TABLE t (id TEXT COLLATE NOCASE PRIMARY KEY, v INTEGER) WITHOUT ROWID; INSERT INTO t VALUES ('b', 1), ('a', 2), ('ä', 4);",
      change: "DELETE FROM t; INSERT INTO t VALUES ('ä', 4), ('a', 2), ('b', 1);",
      expect: 'equal',
    },
  },
  {
    name: "a column's collation changed",
    postgres: {
      setup: 'CREATE TABLE t (id int PRIMARY KEY, v text COLLATE "C");',
      change: 'ALTER TABLE t ALTER COLUMN v TYPE text COLLATE "POSIX";',
      expect: 'detected',
      names: 'schema',
    },
    sqlite: {
      setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT COLLATE NOCASE);',
      change: 'CREATE TABLE t2 (id INTEGER PRIMARY KEY, v TEXT COLLATE RTRIM); DROP TABLE t; ALTER TABLE t2 RENAME TO t;',
      expect: 'detected',
      names: 'schema',
    },
  },
  {
    name: "a case-insensitive text column: 'Abc' vs 'abc' (values the collation calls equal)",
    postgres: {
      setup: `CREATE TABLE t (id int PRIMARY KEY, v text COLLATE "und-x-icu"); INSERT INTO t VALUES (1, 'Abc');`,
      change: "UPDATE t SET v = 'abc';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT COLLATE NOCASE); INSERT INTO t VALUES (1, 'Abc');",
      change: "UPDATE t SET v = 'abc';",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'a 2 MB value (TOAST) with one byte changed in the middle',
    postgres: {
      setup:
        "CREATE TABLE t (id int PRIMARY KEY, v text, b bytea); INSERT INTO t VALUES (1, repeat('x', 2000000), decode(repeat('ab', 1500000), 'hex'));",
      change: "UPDATE t SET v = overlay(v placing 'y' from 1000000 for 1);",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup:
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, b BLOB); INSERT INTO t VALUES (1, printf('%.*c', 2000000, 'x'), zeroblob(1500000));",
      change: "UPDATE t SET v = substr(v, 1, 999999) || 'y' || substr(v, 1000001);",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: "an extension type (citext): 'Abc' vs 'abc', which citext calls equal",
    extensions: ['citext'],
    postgres: {
      setup: "CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE t (id citext PRIMARY KEY, v citext); INSERT INTO t VALUES ('K', 'Abc');",
      change: "UPDATE t SET v = 'abc';",
      expect: 'detected',
      names: 'table',
    },
    sqlite: { notApplicable: 'SQLite has no extension types' },
  },
  {
    name: 'an extension type (hstore) with its pairs written in another order',
    extensions: ['hstore'],
    postgres: {
      setup:
        "CREATE EXTENSION IF NOT EXISTS hstore; CREATE TABLE t (id int PRIMARY KEY, h hstore); INSERT INTO t VALUES (1, 'a=>1, b=>2');",
      change: "UPDATE t SET h = 'b=>2, a=>1';",
      expect: 'equal',
    },
    sqlite: { notApplicable: 'SQLite has no extension types' },
  },
  // An attacker's review (stop 40): two values read alike as the capture read them.
  {
    name: "one overloaded function for another in a regproc (both print as abs); text that is not valid UTF-8 (X'FF' vs X'FE')",
    postgres: {
      setup:
        "CREATE TABLE t (id int PRIMARY KEY, v regproc, w regprocedure[]); INSERT INTO t VALUES (1, 'pg_catalog.abs(integer)'::regprocedure, NULL);",
      change: "UPDATE t SET v = 'pg_catalog.abs(double precision)'::regprocedure;",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, CAST(X'FF' AS TEXT));",
      change: "UPDATE t SET v = CAST(X'FE' AS TEXT);",
      expect: 'detected',
      names: 'table',
    },
  },
  {
    name: 'the same in a table without a key (regoper of an overloaded operator; a cut UTF-8 sequence vs the bytes of U+FFFD)',
    postgres: {
      setup: "CREATE TABLE t (v regoper); INSERT INTO t VALUES ('pg_catalog.-(integer,integer)'::regoperator);",
      change: "UPDATE t SET v = 'pg_catalog.-(bigint,bigint)'::regoperator;",
      expect: 'detected',
      names: 'table',
    },
    sqlite: {
      setup: "CREATE TABLE t (v TEXT); INSERT INTO t VALUES (CAST(X'F09F98' AS TEXT));",
      change: "UPDATE t SET v = CAST(X'EFBFBD' AS TEXT);",
      expect: 'detected',
      names: 'table',
    },
  },
];
