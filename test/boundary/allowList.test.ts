/**
 * The allow-list, resolved in a clone's own catalog: every class of call and write the boundary
 * let through as a read or an insert before, refused by name; what it must allow, allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import { boundaryBackend, checkBoundary, type BoundaryBackend } from '../../src/boundary/checkBoundary.ts';
import type { Clone } from '../../src/targets/target.ts';
import { describeEachTarget } from '../support/targets.ts';

beforeAll(() => loadParser());

const SCHEMA = `
CREATE TABLE t (id serial PRIMARY KEY, v text);
CREATE SEQUENCE other_seq;
CREATE SEQUENCE free_seq;
CREATE TABLE u (id bigint DEFAULT nextval('free_seq') PRIMARY KEY, v text);
CREATE TABLE x (id int PRIMARY KEY, u_id bigint DEFAULT nextval('free_seq'));
CREATE TABLE w (id int PRIMARY KEY, stamp text DEFAULT md5(random()::text), made timestamptz DEFAULT clock_timestamp());
CREATE SCHEMA other;
CREATE TABLE other.o (id int);
CREATE VIEW plain_view AS SELECT id, v FROM t;
CREATE VIEW trig_view AS SELECT id, v FROM t;
CREATE FUNCTION trig_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO t (v) VALUES (NEW.v); RETURN NEW; END$$;
CREATE TRIGGER trig_view_ins INSTEAD OF INSERT ON trig_view FOR EACH ROW EXECUTE FUNCTION trig_view_insert();
CREATE FUNCTION grab() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1';
CREATE FUNCTION pure(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE FUNCTION bump(a int, b int) RETURNS int LANGUAGE sql VOLATILE AS 'SELECT a + b';
CREATE OPERATOR ### (LEFTARG = int, RIGHTARG = int, FUNCTION = bump);
CREATE TABLE v_t (id int DEFAULT grab());
`;

const POLICY = { allow: ['INSERT' as const], justified: [] };

/** Classes of call and write that must be refused, each with what the reason must say. */
const REFUSED: readonly [string, RegExp][] = [
  [
    "SELECT query_to_xml('SELECT pg_catalog.setval(''other_seq'', 1000)', true, false, '')",
    /calls query_to_xml\(\), which runs SQL given as text/,
  ],
  ["SELECT query_to_xml_and_xmlschema('SELECT pg_advisory_lock(1)', true, false, '')", /runs SQL given as text/],
  ["SELECT query_to_xmlschema('SELECT 1', true, false, '')", /runs SQL given as text/],
  ["SELECT database_to_xml(true, false, '')", /runs SQL given as text/],
  ["SELECT * FROM ts_stat('SELECT to_tsvector(v) FROM t')", /calls ts_stat\(\)/],
  ["SELECT ts_rewrite('a & b'::tsquery, 'SELECT ''a''::tsquery, ''c''::tsquery')", /calls ts_rewrite\(\)/],
  ["INSERT INTO t (v) SELECT query_to_xml('SELECT 1', true, false, '')::text", /runs SQL given as text/],
  ["INSERT INTO t (v) VALUES ('a') RETURNING query_to_xml('SELECT 1', true, false, '')", /runs SQL given as text/],
  ["EXPLAIN (ANALYZE) SELECT query_to_xml('SELECT 1', true, false, '')", /runs SQL given as text/],
  [
    "SELECT pg_create_physical_replication_slot('rehearse_slot')",
    /pg_create_physical_replication_slot\(.*\), a volatile built-in function not on the allow-list/,
  ],
  ["SELECT length(pg_read_file('postgresql.auto.conf'))", /pg_read_file\(.*volatile built-in/],
  ['SELECT setseed(0.5)', /setseed/],
  ["SELECT lowrite(0, 'x')", /lowrite/],
  ["SELECT pg_import_system_collations('pg_catalog')", /pg_import_system_collations/],
  ["SELECT pg_catalog.setval('other_seq', 5)", /setval/],
  ['SELECT pg_advisory_lock(1)', /pg_advisory_lock/],
  ["SELECT set_config('standard_conforming_strings', 'off', true)", /set_config/],
  ["SELECT pg_notify('c', 'x')", /pg_notify/],
  ["SELECT lo_from_bytea(0, 'x')", /lo_from_bytea/],
  [
    "SELECT nextval('other_seq')",
    /nextval\(\) on 'other_seq': only a sequence of the table the statement writes \(owned by it, or called by its column defaults\) may move/,
  ],
  ["SELECT nextval('t_id_seq')", /nextval\(\) on 't_id_seq'/],
  ["INSERT INTO t (id, v) VALUES (nextval('other_seq'), 'x')", /nextval\(\) on 'other_seq'/],
  ["INSERT INTO t (id, v) VALUES (nextval('other' || '_seq'), 'x')", /a sequence named by an expression/],
  ["INSERT INTO x (id, u_id) VALUES (1, nextval('other_seq'))", /nextval\(\) on 'other_seq'/],
  ['INSERT INTO pg_catalog.pg_description VALUES (1, 1, 0, $$x$$)', /writes pg_catalog\.pg_description, a system catalog/],
  ["INSERT INTO pg_shdescription VALUES (1, 1, 'x')", /writes pg_catalog\.pg_shdescription, a system catalog/],
  ["INSERT INTO pg_db_role_setting VALUES (0, 0, '{work_mem=1MB}')", /writes pg_catalog\.pg_db_role_setting, a system catalog/],
  ["INSERT INTO pg_authid (oid, rolname) VALUES (1, 'x')", /writes pg_catalog\.pg_authid, a system catalog/],
  ["INSERT INTO pg_namespace (oid, nspname, nspowner) VALUES (1, 'x', 10)", /a system catalog/],
  [
    "INSERT INTO information_schema.sql_features VALUES ('x', 'x', 'x', 'x', 'x', 'x', 'x')",
    /writes information_schema\.sql_features, a system catalog/,
  ],
  ['INSERT INTO other.o VALUES (1)', /writes other\.o, outside the plan's scope/],
  ['SELECT no_such_function(1)', /calls no_such_function\(\), which resolves to no function in the clone/],
  ['SELECT public.random()', /resolves to no function in the clone/],
];

/** Must pass with the default policy: reads, inserts into scope tables, the allow-listed volatile functions. */
const ALLOWED = [
  'SELECT random(), clock_timestamp(), gen_random_uuid(), now(), lower($$A$$), timeofday()',
  'INSERT INTO t (v) VALUES (md5(random()::text))',
  "INSERT INTO t (v) VALUES ('x')",
  "INSERT INTO t (id, v) VALUES (nextval('t_id_seq'), 'x')",
  "INSERT INTO t (id, v) VALUES (nextval('public.t_id_seq'::regclass), 'x')",
  'INSERT INTO w (id) VALUES (1)',
  // A sequence created on its own, called by the table's column default (as real dumps hold).
  "INSERT INTO u (v) VALUES ('x')",
  "INSERT INTO u (id, v) VALUES (nextval('free_seq'), 'x')",
  'SELECT 1 + 2, $$a$$ || $$b$$, 1::numeric, $${1,2}$$::int[]',
  'SELECT currval(pg_get_serial_sequence($$t$$, $$id$$))',
  "INSERT INTO t (v) SELECT v FROM t WHERE v LIKE 'a%' AND id IN (SELECT id FROM t) RETURNING id",
  'SELECT count(*), sum(id) OVER () FROM t GROUP BY id',
  'SELECT * FROM generate_series(1, 3)',
];

describeEachTarget(
  'the allow-list, resolved in the clone',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await clone.ownerSession.exec(SCHEMA);
      backend = await boundaryBackend(clone, { schemas: ['public'] });
    });
    afterAll(() => clone?.dispose());
    const check = (sql: string, policy: Parameters<typeof checkBoundary>[2] = POLICY) => checkBoundary(sql, 'postgres', policy, backend);

    it.each(REFUSED)('refuses %s', async (sql, reason) => {
      const result = await check(sql);
      expect(result.resolvedIn).toBe('clone');
      expect(result.violations.map((v) => v.reason)).toEqual([expect.stringMatching(reason)]);
    });

    it.each(ALLOWED)('allows %s', async (sql) => {
      expect((await check(sql)).violations).toEqual([]);
    });

    it("needs a justification for a function of the database's own, whatever it declares: called, through an operator or in a default", async () => {
      const batch = 'SELECT grab();\nSELECT 1 ### 2;\nINSERT INTO v_t VALUES (DEFAULT);\nSELECT pure(1);\n';
      const refused = await check(batch);
      expect(refused.violations.map((v) => [v.statement, v.reason])).toEqual([
        [
          1,
          "calls public.grab(), a volatile function of the database's own: it needs a justification for statement 1 in the plan (kind FUNCTION, function public.grab)",
        ],
        [
          2,
          "applies operator ###, which runs public.bump(integer,integer), a volatile function of the database's own: it needs a justification for statement 2 in the plan (kind FUNCTION, function public.bump)",
        ],
        [
          3,
          "runs public.grab() through the default of public.v_t.id, a volatile function of the database's own: it needs a justification for statement 3 in the plan (kind FUNCTION, function public.grab)",
        ],
        [
          4,
          "calls public.pure(integer), an immutable function of the database's own: it needs a justification for statement 4 in the plan (kind FUNCTION, function public.pure)",
        ],
      ]);
      const justified = [
        { statement: 1, kind: 'FUNCTION' as const, function: 'grab', reason: 'r' },
        { statement: 2, kind: 'FUNCTION' as const, function: 'public.bump', reason: 'r' },
        { statement: 3, kind: 'FUNCTION' as const, function: 'public.grab', reason: 'r' },
        { statement: 4, kind: 'FUNCTION' as const, function: 'pure', reason: 'r' },
      ];
      expect((await check(batch, { allow: ['INSERT'], justified })).violations).toEqual([]);
      // A justification for another statement, or another function, does not count.
      const misplaced = justified.map((j) => ({ ...j, statement: j.statement + 1 }));
      const misjudged = (await check(batch, { allow: ['INSERT'], justified: misplaced })).violations;
      expect(misjudged.filter((v) => v.kind !== 'JUSTIFICATION')).toHaveLength(4);
      // The one pointing past the batch is named; a function the boundary did not see a statement run is left alone.
      expect(misjudged.filter((v) => v.kind === 'JUSTIFICATION').map((v) => v.statement)).toEqual([5]);
    });

    it('needs a justification for a write to a view, naming what the view runs instead', async () => {
      const batch = "INSERT INTO plain_view (v) VALUES ('x');\nINSERT INTO trig_view (v) VALUES ('y');\n";
      const refused = await check(batch);
      expect(refused.violations.map((v) => v.reason)).toEqual([
        expect.stringMatching(
          /^writes the view public\.plain_view, which runs a write to the table under it \(an automatically updatable view\): .*\(kind VIEW, view public\.plain_view\)$/,
        ),
        expect.stringMatching(
          /^writes the view public\.trig_view, which runs INSTEAD OF trigger trig_view_ins runs public\.trig_view_insert\(\)/,
        ),
        expect.stringMatching(
          /^runs public\.trig_view_insert\(\) through trigger trig_view_ins of public\.trig_view, a volatile function of the database's own: .*\(kind FUNCTION, function public\.trig_view_insert\)$/,
        ),
      ]);
      const justified = [
        { statement: 1, kind: 'VIEW' as const, view: 'public.plain_view', reason: 'r' },
        { statement: 2, kind: 'VIEW' as const, view: 'trig_view', reason: 'r' },
        { statement: 2, kind: 'FUNCTION' as const, function: 'trig_view_insert', reason: 'r' },
      ];
      expect((await check(batch, { allow: ['INSERT'], justified })).violations).toEqual([]);
    });

    it('a write must land on a table the scope lists', async () => {
      const listed = await boundaryBackend(clone, { schemas: ['public'], tables: ['public.w'] });
      const result = await checkBoundary("INSERT INTO t (v) VALUES ('x');\nINSERT INTO w (id) VALUES (2);\n", 'postgres', POLICY, listed);
      expect(result.violations.map((v) => [v.statement, v.reason])).toEqual([
        [1, "writes public.t, a table the plan's scope does not list"],
      ]);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'the allow-list on SQLite',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await clone.ownerSession.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE VIEW tv AS SELECT * FROM t;
      CREATE TRIGGER tv_ins INSTEAD OF INSERT ON tv BEGIN INSERT INTO t (v) VALUES (NEW.v); END;
      CREATE VIEW "TV2" AS SELECT * FROM t; CREATE TRIGGER tv2_ins INSTEAD OF INSERT ON tv2 BEGIN INSERT INTO t (v) VALUES (NEW.v); END;`);
      backend = await boundaryBackend(clone, { schemas: null });
    });
    afterAll(() => clone?.dispose());

    it.each([
      ["SELECT load_extension('x')", [/calls load_extension\(\), which reaches outside the database/]],
      // Quoted, the name keeps its case to Postgres; SQLite calls the same function.
      [`SELECT "LOAD_EXTENSION"('x')`, [/calls LOAD_EXTENSION\(\), which reaches outside the database/]],
      [`SELECT "Fts3_Tokenizer"('x')`, [/calls Fts3_Tokenizer\(\), which reaches outside the database/]],
      ['SELECT no_such_function(1)', [/calls no_such_function\(\), which SQLite does not have/]],
      [
        "INSERT INTO tv (v) VALUES ('x')",
        [
          /^writes the view tv, which runs trigger tv_ins: .*\(kind VIEW, view tv\)$/,
          /^runs trigger tv_ins .*\(kind FUNCTION, function main\.tv_ins\)$/,
        ],
      ],
      // The trigger names its view as written (`ON tv2`), SQLite matches it to TV2 all the same.
      [
        "INSERT INTO TV2 (v) VALUES ('x')",
        [
          /^writes the view TV2, which runs trigger tv2_ins: .*\(kind VIEW, view TV2\)$/,
          /^runs trigger tv2_ins .*\(kind FUNCTION, function main\.tv2_ins\)$/,
        ],
      ],
    ])('refuses %s', async (sql, reasons) => {
      const result = await checkBoundary(sql, 'sqlite', POLICY, backend);
      expect(result.violations.map((v) => v.reason)).toEqual(reasons.map((r) => expect.stringMatching(r)));
    });

    it('allows its own built-in functions', async () => {
      const sql =
        "INSERT INTO t (v) VALUES (hex(randomblob(4)) || datetime('now') || printf('%d', random()));\nSELECT count(*), coalesce(max(id), 0) FROM t;\n";
      expect((await checkBoundary(sql, 'sqlite', POLICY, backend)).violations).toEqual([]);
    });
  },
  ['sqlite'],
);

describe('without a clone (the built-in list only)', () => {
  it('refuses a write to a system catalog by its name, and a function it does not know', async () => {
    const result = await checkBoundary(
      "INSERT INTO pg_authid (rolname) VALUES ('x');\nINSERT INTO information_schema.sql_features VALUES ('x');\nSELECT my_func();\nSELECT random();\n",
      'postgres',
      POLICY,
    );
    expect(result.resolvedIn).toBe('built-in');
    expect(result.violations.map((v) => [v.statement, v.reason])).toEqual([
      [1, 'writes pg_authid, a system catalog'],
      [2, 'writes information_schema.sql_features, a system catalog'],
      [3, 'calls my_func(), which is not a built-in function'],
    ]);
  });
});
