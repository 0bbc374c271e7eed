/**
 * The hard cases of capture (DESIGN §3): per backend family, a state, one change, and whether
 * the fingerprint must see it ("detected") or the database itself treats both as the same
 * value ("equal"). `null` marks a case the backend's types cannot express, with the reason.
 * The README's table is this list.
 */
export type Expectation = 'detected' | 'equal';

export interface CaseSql {
  readonly setup: string;
  readonly change: string;
  readonly expect: Expectation;
  /** What kind of object the diff must name when detected. */
  readonly names?: 'table' | 'sequence' | 'schema';
}

export interface HardCase {
  readonly name: string;
  readonly postgres: CaseSql;
  readonly sqlite: CaseSql | { readonly notApplicable: string };
}

const keyedText = 'CREATE TABLE t (id int PRIMARY KEY, v text);';
const sqliteKeyedText = 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);';

export const HARD_CASES: readonly HardCase[] = [
  {
    name: "NULL vs the string '<null>'",
    postgres: { setup: `${keyedText} INSERT INTO t VALUES (1, NULL);`, change: `UPDATE t SET v = '<null>';`, expect: 'detected', names: 'table' },
    sqlite: { setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, NULL);`, change: `UPDATE t SET v = '<null>';`, expect: 'detected', names: 'table' },
  },
  {
    name: "'' vs NULL",
    postgres: { setup: `${keyedText} INSERT INTO t VALUES (1, '');`, change: 'UPDATE t SET v = NULL;', expect: 'detected', names: 'table' },
    sqlite: { setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, '');`, change: 'UPDATE t SET v = NULL;', expect: 'detected', names: 'table' },
  },
  {
    name: '-0.0 vs 0.0 (float8)',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, '0');", change: "UPDATE t SET f = '-0';", expect: 'detected', names: 'table' },
    // SQLite stores a REAL that holds an integral value as an integer, so -0.0 reads back as 0.
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f REAL); INSERT INTO t VALUES (1, 0.0);', change: 'UPDATE t SET f = -0.0;', expect: 'equal' },
  },
  {
    name: 'float8 differing by one ulp (0.1 vs the next double)',
    postgres: { setup: 'CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, 0.1);', change: 'UPDATE t SET f = 0.10000000000000002;', expect: 'detected', names: 'table' },
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f REAL); INSERT INTO t VALUES (1, 0.1);', change: 'UPDATE t SET f = 0.10000000000000002;', expect: 'detected', names: 'table' },
  },
  {
    name: '-0.0 vs 0.0 in an untyped column',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, f float8); INSERT INTO t VALUES (1, '0');", change: "UPDATE t SET f = '-0';", expect: 'detected', names: 'table' },
    // Without REAL affinity SQLite keeps the sign of zero, so capture must too.
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, f); INSERT INTO t VALUES (1, 0.0);', change: 'UPDATE t SET f = -0.0;', expect: 'detected', names: 'table' },
  },
  {
    name: 'NaN vs Infinity, and NaN rewritten as NaN',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, f float8, g float8); INSERT INTO t VALUES (1, 'NaN', 'NaN');", change: "UPDATE t SET f = 'Infinity', g = 'NaN';", expect: 'detected', names: 'table' },
    sqlite: { notApplicable: 'SQLite has no NaN: storing one stores NULL' },
  },
  {
    name: 'numeric 1.0 vs 1.00',
    postgres: { setup: 'CREATE TABLE t (id int PRIMARY KEY, n numeric); INSERT INTO t VALUES (1, 1.0);', change: 'UPDATE t SET n = 1.00;', expect: 'detected', names: 'table' },
    // NUMERIC affinity stores both as the integer 1.
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, n NUMERIC); INSERT INTO t VALUES (1, 1.0);', change: 'UPDATE t SET n = 1.00;', expect: 'equal' },
  },
  {
    name: 'bigint 2^53 vs 2^53+1',
    postgres: { setup: 'CREATE TABLE t (id int PRIMARY KEY, b bigint); INSERT INTO t VALUES (1, 9007199254740992);', change: 'UPDATE t SET b = 9007199254740993;', expect: 'detected', names: 'table' },
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER); INSERT INTO t VALUES (1, 9007199254740992);', change: 'UPDATE t SET b = 9007199254740993;', expect: 'detected', names: 'table' },
  },
  {
    name: 'bigint 2^63-1 vs 2^63-2',
    postgres: { setup: 'CREATE TABLE t (id int PRIMARY KEY, b bigint); INSERT INTO t VALUES (1, 9223372036854775807);', change: 'UPDATE t SET b = 9223372036854775806;', expect: 'detected', names: 'table' },
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER); INSERT INTO t VALUES (1, 9223372036854775807);', change: 'UPDATE t SET b = 9223372036854775806;', expect: 'detected', names: 'table' },
  },
  {
    name: 'trailing space',
    postgres: { setup: `${keyedText} INSERT INTO t VALUES (1, 'a');`, change: "UPDATE t SET v = 'a ';", expect: 'detected', names: 'table' },
    sqlite: { setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, 'a');`, change: "UPDATE t SET v = 'a ';", expect: 'detected', names: 'table' },
  },
  {
    name: 'NFC vs NFD text',
    postgres: { setup: `${keyedText} INSERT INTO t VALUES (1, U&'\\00E9');`, change: "UPDATE t SET v = U&'e\\0301';", expect: 'detected', names: 'table' },
    sqlite: { setup: `${sqliteKeyedText} INSERT INTO t VALUES (1, char(233));`, change: 'UPDATE t SET v = char(101, 769);', expect: 'detected', names: 'table' },
  },
  {
    name: "column boundary shift ('ab','c') vs ('a','bc')",
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, a text, b text); INSERT INTO t VALUES (1, 'ab', 'c');", change: "UPDATE t SET a = 'a', b = 'bc';", expect: 'detected', names: 'table' },
    sqlite: { setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); INSERT INTO t VALUES (1, 'ab', 'c');", change: "UPDATE t SET a = 'a', b = 'bc';", expect: 'detected', names: 'table' },
  },
  {
    name: 'keyless table: a row duplicated vs not',
    postgres: { setup: 'CREATE TABLE t (v int); INSERT INTO t VALUES (1), (1), (2);', change: 'DELETE FROM t WHERE ctid = (SELECT min(ctid) FROM t WHERE v = 1);', expect: 'detected', names: 'table' },
    sqlite: { setup: 'CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1), (1), (2);', change: 'DELETE FROM t WHERE rowid = (SELECT min(rowid) FROM t WHERE v = 1);', expect: 'detected', names: 'table' },
  },
  {
    name: 'same rows in a different physical order',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, v text); CREATE TABLE k (v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO k VALUES ('x'), ('y'), ('x');", change: "DELETE FROM t; INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b'); DELETE FROM k; INSERT INTO k VALUES ('y'), ('x'), ('x');", expect: 'equal' },
    sqlite: { setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID; CREATE TABLE k (v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO k VALUES ('x'), ('y'), ('x');", change: "DELETE FROM t; INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b'); DELETE FROM k; INSERT INTO k VALUES ('y'), ('x'), ('x');", expect: 'equal' },
  },
  {
    name: 'jsonb with reordered keys',
    postgres: { setup: `CREATE TABLE t (id int PRIMARY KEY, j jsonb); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`, change: `UPDATE t SET j = '{"b": 2, "a": 1}';`, expect: 'equal' },
    sqlite: { notApplicable: 'SQLite has no jsonb column type (JSON is stored as text)' },
  },
  {
    name: 'json text with reordered keys',
    postgres: { setup: `CREATE TABLE t (id int PRIMARY KEY, j json); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`, change: `UPDATE t SET j = '{"b": 2, "a": 1}';`, expect: 'detected', names: 'table' },
    sqlite: { setup: `CREATE TABLE t (id INTEGER PRIMARY KEY, j TEXT); INSERT INTO t VALUES (1, '{"a": 1, "b": 2}');`, change: `UPDATE t SET j = '{"b": 2, "a": 1}';`, expect: 'detected', names: 'table' },
  },
  {
    name: 'timestamptz differing by 1 µs',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, ts timestamptz); INSERT INTO t VALUES (1, '2024-02-29 12:00:00.000001+00');", change: "UPDATE t SET ts = ts + interval '1 microsecond';", expect: 'detected', names: 'table' },
    sqlite: { notApplicable: 'SQLite has no timestamp type (times are text or numbers, covered above)' },
  },
  {
    name: 'bytea / blob differing by one bit',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, b bytea); INSERT INTO t VALUES (1, '\\x00ff10');", change: "UPDATE t SET b = '\\x00ff11';", expect: 'detected', names: 'table' },
    sqlite: { setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB); INSERT INTO t VALUES (1, x'00ff10');", change: "UPDATE t SET b = x'00ff11';", expect: 'detected', names: 'table' },
  },
  {
    name: 'a sequence advanced by nextval (rows unchanged)',
    postgres: { setup: 'CREATE SEQUENCE s; CREATE TABLE t (id serial PRIMARY KEY);', change: "SELECT nextval('s');", expect: 'detected', names: 'sequence' },
    // SQLite's only sequence: AUTOINCREMENT's sqlite_sequence row, advanced by an insert that is deleted again.
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);', change: "INSERT INTO t (v) VALUES ('x'); DELETE FROM t;", expect: 'detected', names: 'sequence' },
  },
  {
    name: 'an index dropped and re-created differently',
    postgres: { setup: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int); CREATE INDEX t_ab ON t (a, b);', change: 'DROP INDEX t_ab; CREATE INDEX t_ab ON t (b, a);', expect: 'detected', names: 'schema' },
    sqlite: { setup: 'CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER); CREATE INDEX t_ab ON t (a, b);', change: 'DROP INDEX t_ab; CREATE INDEX t_ab ON t (b, a);', expect: 'detected', names: 'schema' },
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
      change: 'CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();', expect: 'detected', names: 'schema',
    },
    sqlite: { setup: sqliteKeyedText, change: 'CREATE TRIGGER t_touch AFTER INSERT ON t BEGIN SELECT 1; END;', expect: 'detected', names: 'schema' },
  },
  {
    name: 'a column default changed',
    postgres: { setup: "CREATE TABLE t (id int PRIMARY KEY, v text DEFAULT 'a');", change: "ALTER TABLE t ALTER COLUMN v SET DEFAULT 'b';", expect: 'detected', names: 'schema' },
    // SQLite cannot alter a default in place; the table is rebuilt with the same rows.
    sqlite: {
      setup: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'a'); INSERT INTO t VALUES (1, 'x');",
      change: "CREATE TABLE t2 (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'b'); INSERT INTO t2 SELECT * FROM t; DROP TABLE t; ALTER TABLE t2 RENAME TO t;",
      expect: 'detected', names: 'schema',
    },
  },
  {
    name: 'a function body changed, and a function added',
    postgres: {
      setup: "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';",
      change: "CREATE OR REPLACE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1 + 1'; CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';",
      expect: 'detected', names: 'schema',
    },
    sqlite: { notApplicable: 'SQLite has no stored functions' },
  },
  {
    name: 'an enum value added',
    postgres: { setup: "CREATE TYPE mood AS ENUM ('sad', 'ok');", change: "ALTER TYPE mood ADD VALUE 'happy';", expect: 'detected', names: 'schema' },
    sqlite: { notApplicable: 'SQLite has no enum types' },
  },
];
