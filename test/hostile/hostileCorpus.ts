/**
 * The hostile corpus: plans written here to do what a rehearsal must never let happen — run a
 * program, write a server file, make a role, a database or a replication slot, change a setting —
 * each by one of the ways issue 25 found (a `SET ROLE` back to a superuser, a SECURITY DEFINER
 * function, the clone source's own load, code the classifier did not follow, names resolved as
 * another role, work the census could not see, SQLite PRAGMAs spelled otherwise). Each is refused
 * before it runs or BLOCKED, and leaves nothing on the server or its disk.
 *
 * `@DIR@` stands for a directory the server may write to, `@SU@` for a superuser's name.
 */

export interface HostileEntry {
  readonly id: string;
  /** The class of issue 25 it stands for (1–7). */
  readonly klass: number;
  readonly what: string;
  readonly target: 'postgres' | 'sqlite';
  readonly source: string;
  readonly apply: string;
  /** Fields of the plan beside clone_from and apply (policy, modes, extensions via clone_from). */
  readonly plan?: Record<string, unknown>;
  readonly cloneFrom?: Record<string, unknown>;
  /** Refused before the rehearsal (exit 2), with a message matching; or BLOCKED with exactly these codes. */
  readonly expect: { readonly refused: RegExp } | { readonly codes: readonly string[]; readonly saying?: RegExp };
}

const LANDING = 'CREATE TABLE landing (a int PRIMARY KEY, b int);\n';
const ESCALATE = "PERFORM pg_catalog.set_config('role', '@SU@', true);";
const named = (...fns: string[]) => ({
  policy: {
    justified: fns.map((f) => ({ statement: 1, kind: 'FUNCTION', function: f, reason: 'the corpus names it, to test what stops it then' })),
  },
  modes: ['txn', 'snapshot'],
});

/** Functions of the database's own the classifier cases run, each with a lasting effect a privilege does not stop. */
const SIDE = {
  trigger: `CREATE FUNCTION side() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN NEW; END $$;`,
  int: `CREATE FUNCTION side_int() RETURNS int LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN 1; END $$;`,
  bool: 'CREATE FUNCTION side_bool(int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN true; END $$;',
  imm: 'CREATE FUNCTION side_imm(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN $1; END $$;',
} as const;

export const HOSTILE_CORPUS: readonly HostileEntry[] = [
  // 1. SET LOCAL ROLE is no boundary: code the batch reaches switches back to a superuser.
  {
    id: 'role-switch-then-program',
    klass: 1,
    what: 'a named function switches to a superuser with set_config and runs a program',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION escape() RETURNS int LANGUAGE plpgsql AS $$
BEGIN ${ESCALATE} COPY (SELECT 1) TO PROGRAM 'touch @DIR@/program-ran'; RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, escape());\n',
    plan: named('escape'),
    expect: { codes: ['APPLY_FAILED'], saying: /permission denied to set role/ },
  },
  {
    id: 'session-authorization',
    klass: 1,
    what: 'a named function sets session_authorization to a superuser and writes a file',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION escape() RETURNS int LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_catalog.set_config('session_authorization', '@SU@', false); COPY (SELECT 1) TO '@DIR@/copied'; RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, escape());\n',
    plan: named('escape'),
    expect: { codes: ['APPLY_FAILED'], saying: /permission denied to set session authorization/ },
  },
  {
    id: 'trigger-switches-then-exports',
    klass: 1,
    what: 'a named trigger function switches to a superuser and exports a large object to a file (the call built at run time)',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN ${ESCALATE} EXECUTE 'SELECT pg_catalog.lo_export(pg_catalog.lo_from_bytea(0, ''x''), ' || quote_literal('@DIR@/exported') || ')'; RETURN NEW; END $$;
CREATE TRIGGER stamp BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION stamp();\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    plan: named('stamp'),
    expect: { codes: ['APPLY_FAILED'], saying: /permission denied to set role/ },
  },
  {
    id: 'crosstab-runs-sql-text',
    klass: 1,
    what: "tablefunc's crosstab (declared STABLE) runs SQL text that switches role and runs a program",
    target: 'postgres',
    source: `CREATE EXTENSION tablefunc;\n${LANDING}CREATE FUNCTION escape() RETURNS text LANGUAGE plpgsql AS $$
BEGIN ${ESCALATE} COPY (SELECT 1) TO PROGRAM 'touch @DIR@/crosstab-ran'; RETURN 'x'; END $$;\n`,
    apply: "SELECT * FROM crosstab('SELECT 1::text, 2::text, escape()') AS ct(a text, b text);\n",
    plan: named('escape'),
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /a function of extension tablefunc, which runs SQL given as text/ },
  },
  {
    id: 'xpath-table-runs-sql-text',
    klass: 1,
    what: "xml2's xpath_table (declared STABLE), the extension created by the engine as the plan asks, runs SQL text built from its arguments",
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION escape() RETURNS text LANGUAGE plpgsql AS $$
BEGIN ${ESCALATE} COPY (SELECT 1) TO PROGRAM 'touch @DIR@/xpath-ran'; RETURN '<x/>'; END $$;\n`,
    cloneFrom: { extensions: ['xml2'] },
    apply: "SELECT * FROM xpath_table('a', 'escape()', 'landing', '/x', 'true') AS t(a int, x text);\n",
    plan: named('escape'),
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /a function of extension xml2, which runs SQL given as text/ },
  },
  // 2. SECURITY DEFINER functions ran as the role that loaded them.
  {
    id: 'security-definer-called',
    klass: 2,
    what: 'a named SECURITY DEFINER function makes a role',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION make_role() RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN EXECUTE 'CREATE ROLE hostile_definer_role SUPERUSER'; RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, make_role());\n',
    plan: named('make_role'),
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /a SECURITY DEFINER function of the database's own: it runs as its owner/ },
  },
  {
    id: 'security-definer-trigger',
    klass: 2,
    what: 'a SECURITY DEFINER trigger function a plain INSERT fires',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN EXECUTE 'CREATE ROLE hostile_trigger_role'; RETURN NEW; END $$;
CREATE TRIGGER stamp BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION stamp();\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    plan: named('stamp'),
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /through trigger stamp of public\.landing, a SECURITY DEFINER function/ },
  },
  // 3. The clone source was loaded by the superuser.
  {
    id: 'load-select-runs-program',
    klass: 3,
    what: 'a SELECT of the dump calls a function that runs a program (built at run time: no reading of the text sees it)',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION setup() RETURNS int LANGUAGE plpgsql AS $$
BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ' || quote_literal('touch @DIR@/setup-ran'); RETURN 1; END $$;
SELECT setup();\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: {
      refused: /:4: SELECT failed: must be superuser or have privileges of the pg_execute_server_program role.*loads as the clone's owner/,
    },
  },
  // An attacker's review (stop 39): a trigger deferred to the load's end fired at its COMMIT, after the census was compared.
  ...(
    [
      ['template', "EXECUTE format('ALTER DATABASE %I IS_TEMPLATE true', current_database());", /template|database/],
      ['password', "EXECUTE format('ALTER ROLE %I PASSWORD %L', current_user, 'known');", /role password/],
      ['comment', "EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), 'was here');", /comment on a shared object/],
    ] as const
  ).flatMap(([what, effect, saying]): HostileEntry[] =>
    [
      ['', ''],
      // Fired at SET CONSTRAINTS ALL IMMEDIATE, the trigger defers another, which fires at the COMMIT itself.
      ['-deferred-again', 'SET CONSTRAINTS ALL DEFERRED; INSERT INTO at_commit VALUES (2);'],
    ].map(([suffix, again]) => ({
      id: `load-deferred-trigger-${what}${suffix}`,
      klass: 3,
      what: `a constraint trigger of the dump deferred to its end changes the clone's ${what}${again ? ', deferring another as it fires' : ''}`,
      target: 'postgres',
      source: `${LANDING}CREATE TABLE at_commit (id int);
CREATE FUNCTION at_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF NEW.id = ${again ? 2 : 1} THEN ${effect} END IF; ${again ? 'IF NEW.id = 1 THEN SET CONSTRAINTS ALL DEFERRED; INSERT INTO at_commit VALUES (2); END IF; ' : ''}RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER at_end AFTER INSERT ON at_commit DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION at_end();
INSERT INTO at_commit VALUES (1);\n`,
      apply: 'INSERT INTO landing (a) VALUES (1);\n',
      expect: { refused: new RegExp(`changed state outside the clone's database.*(${saying.source})`) },
    })),
  ),
  {
    id: 'load-do-block',
    klass: 3,
    what: 'a DO block of the dump calls a function that writes a server file',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$
BEGIN EXECUTE format('COPY (SELECT 1) TO %L', '@DIR@/do-ran'); END $$;
DO $$ BEGIN PERFORM setup(); END $$;\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:4: DO failed: must be superuser or have privileges of the pg_write_server_files role/ },
  },
  {
    id: 'load-static-copy-program',
    klass: 3,
    what: 'a function body holding a static COPY … TO PROGRAM, called by the dump',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION setup() RETURNS void LANGUAGE plpgsql AS $$
BEGIN COPY (SELECT 1) TO PROGRAM 'touch @DIR@/static-ran'; END $$;
SELECT setup();\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:4: SELECT failed: must be superuser or have privileges of the pg_execute_server_program role/ },
  },
  {
    id: 'event-trigger',
    klass: 3,
    what: "an event trigger the dump's own later DDL would fire",
    target: 'postgres',
    source: `CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN EXECUTE 'CREATE ROLE hostile_event_role'; END $$;
CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
${LANDING}`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:3: CREATE EVENT TRIG needs a superuser/ },
  },
  {
    id: 'internal-function-renamed',
    klass: 3,
    what: 'be_lo_export declared under another name in LANGUAGE internal',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION quiet_export(oid, text) RETURNS int LANGUAGE internal AS 'be_lo_export';
SELECT quiet_export(pg_catalog.lo_from_bytea(0, 'x'), '@DIR@/internal');\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:2: CREATE FUNCTION in LANGUAGE internal needs a superuser/ },
  },
  {
    id: 'extension-that-reaches-out',
    klass: 3,
    what: 'a plan asks the engine to create dblink, with which code of the clone could log in to another database',
    target: 'postgres',
    source: LANDING,
    cloneFrom: { extensions: ['dblink'] },
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /field clone_from\.extensions\.0: extension dblink connects to other databases/ },
  },
  {
    id: 'alter-system',
    klass: 3,
    what: 'ALTER SYSTEM in the dump',
    target: 'postgres',
    source: `${LANDING}ALTER SYSTEM SET work_mem = '1GB';\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:2: ALTER SYSTEM changes the server's configuration/ },
  },
  // 4. The classifier trusted declared volatility and stopped at the statement's text.
  {
    id: 'stable-function-lies',
    klass: 4,
    what: 'a function declared STABLE that changes a setting, called by a plain SELECT',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION pure() RETURNS int LANGUAGE plpgsql STABLE AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN 1; END $$;\n`,
    apply: 'SELECT pure();\n',
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /calls public\.pure\(\), a stable function of the database's own: it needs a justification/,
    },
  },
  ...(
    [
      [
        'trigger',
        'CREATE TRIGGER t BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION side();',
        'trigger',
        'through trigger t of public.landing',
      ],
      [
        'rule',
        'CREATE TABLE log (n int);\nCREATE RULE also AS ON INSERT TO landing DO ALSO INSERT INTO log VALUES (side_int());',
        'int',
        'through rule also of public.landing',
      ],
      ['check', 'ALTER TABLE landing ADD CONSTRAINT c CHECK (side_bool(a));', 'bool', 'through the constraint c of public.landing'],
      ['default', 'ALTER TABLE landing ALTER COLUMN b SET DEFAULT side_int();', 'int', 'through the default of public.landing.b'],
      ['index', 'CREATE INDEX i ON landing (side_imm(a));', 'imm', 'through index i of public.landing'],
    ] as const
  ).map(
    ([how, ddl, kind, via]): HostileEntry => ({
      id: `unnamed-${how}`,
      klass: 4,
      what: `a function of the database's own a plain INSERT runs through its ${how}, not named by the plan`,
      target: 'postgres',
      source: `${LANDING}${SIDE[kind]}\n${ddl}\n`,
      apply: 'INSERT INTO landing (a) VALUES (1);\n',
      expect: {
        codes: ['BOUNDARY_VIOLATION'],
        saying: new RegExp(
          `${via.replace(/\./g, '\\.')}, an? (volatile|immutable) function of the database's own: it needs a justification`,
        ),
      },
    }),
  ),
  {
    id: 'unnamed-domain',
    klass: 4,
    what: "a domain's CHECK runs a function of the database's own on a plain INSERT",
    target: 'postgres',
    source: `CREATE FUNCTION side_bool(int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN true; END $$;
CREATE DOMAIN guarded AS int CHECK (side_bool(VALUE));
CREATE TABLE landing (a guarded PRIMARY KEY);\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /through the CHECK guarded_check of public\.guarded/ },
  },
  {
    id: 'unnamed-view',
    klass: 4,
    what: 'a view a plain SELECT reads runs a function of the database’s own',
    target: 'postgres',
    source: `${LANDING}${SIDE.int}\nCREATE VIEW looking AS SELECT side_int() AS s;\n`,
    apply: 'SELECT * FROM looking;\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /through the view public\.looking/ },
  },
  {
    id: 'unnamed-assignment-cast',
    klass: 4,
    what: 'an assignment cast a user added runs on a plain INSERT with no cast written',
    target: 'postgres',
    source: `CREATE TYPE boxed AS (v int);
CREATE FUNCTION to_boxed(int) RETURNS boxed LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN ROW($1)::boxed; END $$;
CREATE CAST (int AS boxed) WITH FUNCTION to_boxed(int) AS ASSIGNMENT;
CREATE TABLE landing (a int PRIMARY KEY, b boxed);\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, 5);\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /through the assignment cast from integer to public\.boxed/ },
  },
  {
    id: 'unnamed-column-definition-list',
    klass: 4,
    what: "a domain named in a column definition list runs its CHECK's function of the database's own on a plain SELECT",
    target: 'postgres',
    source: `${LANDING}${SIDE.bool}
CREATE DOMAIN guarded AS int CHECK (side_bool(VALUE));\n`,
    apply: `SELECT x.a FROM pg_catalog.json_to_record('{"a": 1}') AS x(a guarded);\n`,
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /runs public\.side_bool\(integer\) through the CHECK guarded_check of public\.guarded/,
    },
  },
  {
    id: 'unnamed-range-subtype-diff',
    klass: 4,
    what: "a range type's subtype_diff, run by a GiST index on a plain INSERT",
    target: 'postgres',
    source: `CREATE FUNCTION diff(float8, float8) RETURNS float8 LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN IF current_user LIKE '%apply' THEN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); END IF; RETURN $1 - $2; END $$;
CREATE TYPE span AS RANGE (subtype = float8, subtype_diff = diff);
CREATE TABLE landing (a int PRIMARY KEY, r span);
INSERT INTO landing SELECT g, span(g, g + 1) FROM pg_catalog.generate_series(1, 2000) AS g;
CREATE INDEX spans ON landing USING gist (r);\n`,
    apply: "INSERT INTO landing VALUES (100001, '[0.3,700.7)'), (100002, '[-50,10000)');\n",
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /runs public\.diff\(double precision,double precision\) through the subtype_diff of public\.span/,
    },
  },
  {
    id: 'unnamed-domain-default',
    klass: 4,
    what: "a domain's DEFAULT, used for a column an INSERT leaves out, runs a function that rewrites a table outside the scope",
    target: 'postgres',
    source: `CREATE TABLE other (x int);
INSERT INTO other VALUES (1), (2), (3);
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN DELETE FROM other; INSERT INTO other VALUES (99); RETURN 7; END $$;
CREATE DOMAIN d AS int DEFAULT f();
CREATE TABLE t (a d, b int);\n`,
    apply: 'INSERT INTO t (b) VALUES (1);\n',
    plan: { format: 'rehearsal-plan/v2', scope: { tables: ['t'] }, expected_delta: { t: 1 } },
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs public\.f\(\) through the DEFAULT of the domain public\.d/ },
  },
  {
    id: 'unnamed-partition-key',
    klass: 4,
    what: "a partitioned table's key expression runs a function of the database's own on every row an INSERT routes",
    target: 'postgres',
    source: `CREATE FUNCTION side_key(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN $1; END $$;
CREATE TABLE landing (a int) PARTITION BY RANGE (side_key(a));
CREATE TABLE landing_low PARTITION OF landing FOR VALUES FROM (0) TO (100);\n`,
    apply: 'INSERT INTO landing VALUES (1);\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs public\.side_key\(integer\) through the partition key of public\.landing/ },
  },
  {
    id: 'unnamed-foreign-key-check',
    klass: 4,
    what: "a foreign key's check, run as the table's owner, casts the child's values with a cast a user added",
    target: 'postgres',
    source: `CREATE TYPE e AS ENUM ('a', 'b');
CREATE FUNCTION ei(e) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN 1; END $$;
CREATE CAST (e AS int) WITH FUNCTION ei(e) AS IMPLICIT;
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (v e REFERENCES parent (id));\n`,
    apply: 'DELETE FROM parent WHERE id = 2;\n',
    plan: { policy: { justified: [{ statement: 1, kind: 'DELETE', reason: 'the corpus deletes' }] } },
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs public\.ei\(public\.e\) through the check of the foreign key child_v_fkey/ },
  },
  {
    id: 'unnamed-cast-to-json',
    klass: 4,
    what: 'row_to_json uses a cast to json a user added, though it is declared explicit',
    target: 'postgres',
    source: `CREATE TYPE e AS ENUM ('a', 'b');
CREATE FUNCTION ej(e) RETURNS json LANGUAGE plpgsql AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN '1'; END $$;
CREATE CAST (e AS json) WITH FUNCTION ej(e);
CREATE TABLE t (id int, v e);\n`,
    apply: 'SELECT row_to_json(t) FROM t;\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs public\.ej\(public\.e\) through the explicit cast from public\.e to json/ },
  },
  {
    id: 'table-to-xml-reads-a-view',
    klass: 4,
    what: "table_to_xml reads a relation named by a value: a view's function runs there",
    target: 'postgres',
    source: `${LANDING}${SIDE.int}\nCREATE VIEW looking AS SELECT side_int() AS s;\n`,
    apply: "SELECT table_to_xml('public.looking', true, false, '');\n",
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /calls table_to_xml\(\), which runs SQL given as text/ },
  },
  {
    id: 'rule-notify',
    klass: 4,
    what: 'a rule sends a NOTIFY on every INSERT (snapshot mode would commit it)',
    target: 'postgres',
    source: `${LANDING}CREATE RULE tell AS ON INSERT TO landing DO ALSO NOTIFY somewhere;\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    plan: { modes: ['snapshot'] },
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs pg_notify\(text,text\) through the NOTIFY of rule tell of public\.landing/ },
  },
  // An attacker's review (stop 39): pg_depend records no operator's negator nor its commutator, which the planner runs in its place.
  {
    id: 'operator-negator-definer',
    klass: 4,
    what: "NOT (a op b) runs the operator's negator: a SECURITY DEFINER function of the database's own, behind a built-in equality",
    target: 'postgres',
    source: `${LANDING}INSERT INTO landing VALUES (1, 1);
CREATE FUNCTION hidden_ne(a int, b int) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN a <> b; END $$;
CREATE OPERATOR #~# (leftarg = int4, rightarg = int4, function = hidden_ne);
CREATE OPERATOR @~@ (leftarg = int4, rightarg = int4, function = pg_catalog.int4eq, negator = #~#);\n`,
    apply: 'INSERT INTO landing SELECT 4, 4 FROM landing l WHERE NOT (l.a @~@ 5);\n',
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /applies operator @~@, which runs public\.hidden_ne\(integer,integer\), a SECURITY DEFINER function/,
    },
  },
  // An attacker's review (stop 40): a row written to a partition itself is checked against its parents' partition keys.
  {
    id: 'partition-key-of-a-leaf',
    klass: 4,
    what: "an INSERT into a leaf partition runs the key expression of the table it is a partition of: a function of the database's own",
    target: 'postgres',
    source: `CREATE FUNCTION route(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN $1 % 100; END $$;
CREATE TABLE routed (id int, v text) PARTITION BY RANGE (route(id));
CREATE TABLE routed_low PARTITION OF routed FOR VALUES FROM (0) TO (50);\n`,
    apply: "INSERT INTO routed_low VALUES (2, 'b');\n",
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying:
        /runs public\.route\(integer\) through the partition key of public\.routed, which a row written to its partition public\.routed_low is checked against/,
    },
  },
  {
    id: 'populate-record-domain',
    klass: 4,
    what: "a whole row made anew with jsonb_populate_record, which names no type, runs its columns' domain CHECK",
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION marked(text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN IF $1 = 'zz' THEN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); END IF; RETURN true; END $$;
CREATE DOMAIN dom AS text CHECK (marked(VALUE));
CREATE TABLE dt (d dom);
INSERT INTO dt VALUES ('a');\n`,
    apply: `INSERT INTO landing SELECT 2, length((pg_catalog.jsonb_populate_record(t, '{"d": "zz"}')).d) FROM dt t;\n`,
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying:
        /runs public\.marked\(text\) through a row of public\.dt made as a value of its type, then the CHECK dom_check of public\.dom/,
    },
  },
  {
    id: 'domain-in-by-oid',
    klass: 4,
    what: "domain_in with a type oid read as the statement runs: a domain's CHECK calling a SECURITY DEFINER function, no type named",
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION hidden(v int) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN IF v = 5 THEN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); END IF; RETURN true; END $$;
CREATE DOMAIN checked AS int CHECK (hidden(VALUE));\n`,
    apply:
      "INSERT INTO landing SELECT 1, 1 WHERE pg_catalog.domain_in('5', (SELECT t.oid FROM pg_catalog.pg_type t WHERE t.typname = 'checked'), -1) IS NOT NULL;\n",
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /calls domain_in\(\), which makes a value of a type named by a value/,
    },
  },
  // 5. Names resolved as one role, run as another.
  {
    id: 'schema-named-as-the-superuser',
    klass: 5,
    what: 'a schema named as the connecting role holds a harmless t; public.t has a volatile default',
    target: 'postgres',
    source: `CREATE SCHEMA @SU@;
CREATE TABLE @SU@.t (id int);
CREATE FUNCTION stamp() RETURNS int LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'CREATE ROLE hostile_stamp_role'; RETURN 1; END $$;
CREATE TABLE public.t (id int, at int DEFAULT stamp());\n`,
    apply: 'INSERT INTO t (id) VALUES (1);\n',
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs public\.stamp\(\) through the default of public\.t\.at/ },
  },
  // 6. What the census did not see.
  {
    id: 'own-role-setting',
    klass: 6,
    what: 'a named function changes a setting of its own role (no privilege stops a role doing that)',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION tune() RETURNS int LANGUAGE plpgsql AS $$
BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB'); RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, tune());\n',
    plan: named('tune'),
    expect: { codes: ['SIDE_EFFECT_LEFT'], saying: /role or database setting added or changed/ },
  },
  {
    id: 'large-object-in-the-clone',
    klass: 6,
    what: 'a named function makes a large object',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION keep() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_catalog.lo_from_bytea(0, 'x'); RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, keep());\n',
    plan: named('keep'),
    expect: { codes: ['SIDE_EFFECT_LEFT'], saying: /large object added or changed/ },
  },
  {
    id: 'replication-slot',
    klass: 6,
    what: 'a named function makes a replication slot (which no rollback takes back)',
    target: 'postgres',
    source: `${LANDING}CREATE FUNCTION slot() RETURNS int LANGUAGE plpgsql AS $$
BEGIN EXECUTE 'SELECT pg_catalog.pg_create_physical_replication_slot(''hostile_slot'')'; RETURN 1; END $$;\n`,
    apply: 'INSERT INTO landing (a, b) VALUES (1, slot());\n',
    plan: named('slot'),
    expect: { codes: ['APPLY_FAILED'], saying: /must be superuser or replication role/ },
  },
  // 7. SQLite PRAGMAs spelled otherwise than the check read them.
  ...[
    "PRAGMA main.temp_store_directory = '@DIR@'",
    'PRAGMA "temp_store_directory" = \'@DIR@\'',
    "PRAGMA [data_store_directory] = '@DIR@'",
  ].map(
    (pragma, i): HostileEntry => ({
      id: `sqlite-pragma-${i + 1}`,
      klass: 7,
      what: `a clone source sets a directory outside the clone: ${pragma}`,
      target: 'sqlite',
      source: `CREATE TABLE landing (a INTEGER PRIMARY KEY);\n${pragma};\n`,
      apply: 'INSERT INTO landing (a) VALUES (1);\n',
      expect: { refused: /:2: PRAGMA (temp|data)_store_directory names a directory outside the clone$/ },
    }),
  ),
  {
    id: 'sqlite-trigger-outside-the-scope',
    klass: 7,
    what: 'an INSERT fires a trigger that empties a table outside the scope',
    target: 'sqlite',
    source: `CREATE TABLE landing (a INTEGER PRIMARY KEY);
CREATE TABLE other (x INTEGER);
INSERT INTO other VALUES (1), (2), (3);
CREATE TRIGGER wipe AFTER INSERT ON landing BEGIN DELETE FROM other; END;\n`,
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    plan: { format: 'rehearsal-plan/v2', scope: { tables: ['landing'] }, expected_delta: { landing: 1 } },
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs trigger wipe through a write to landing, a trigger of the database's own/ },
  },
  {
    id: 'sqlite-cascade-outside-the-scope',
    klass: 7,
    what: "a justified DELETE cascades, by a foreign key's action, into a table outside the scope",
    target: 'sqlite',
    source: `CREATE TABLE landing (a INTEGER PRIMARY KEY);
CREATE TABLE other (x INTEGER REFERENCES landing(a) ON DELETE CASCADE);
INSERT INTO landing VALUES (1);
INSERT INTO other VALUES (1), (1);\n`,
    apply: 'DELETE FROM landing WHERE a = 1;\n',
    plan: {
      format: 'rehearsal-plan/v2',
      scope: { tables: ['landing'] },
      expected_delta: { landing: -1 },
      policy: { justified: [{ statement: 1, kind: 'DELETE', reason: 'the corpus deletes' }] },
    },
    expect: { codes: ['BOUNDARY_VIOLATION'], saying: /writes other through the foreign key of other to landing \(ON DELETE CASCADE\)/ },
  },
  {
    id: 'sqlite-replace-outside-the-scope',
    klass: 7,
    what: 'a justified REPLACE writes a table outside the scope',
    target: 'sqlite',
    source:
      "CREATE TABLE landing (a INTEGER PRIMARY KEY);\nCREATE TABLE other (x INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO other VALUES (1, 'kept');\n",
    apply: "INSERT INTO landing (a) VALUES (1);\nREPLACE INTO other (x, v) VALUES (1, 'gone');\n",
    plan: {
      format: 'rehearsal-plan/v2',
      scope: { tables: ['landing'] },
      expected_delta: { landing: 1 },
      policy: { justified: [{ statement: 2, kind: 'REPLACE', reason: 'the corpus replaces' }] },
    },
    expect: {
      codes: ['BOUNDARY_VIOLATION'],
      saying: /writes other, a table the plan's scope does not list|writes other, outside the plan's scope/,
    },
  },
  {
    id: 'sqlite-batch-attach-and-vacuum',
    klass: 7,
    what: 'a batch attaches a file and writes a copy of the database outside the clone',
    target: 'sqlite',
    source: 'CREATE TABLE landing (a INTEGER PRIMARY KEY);\n',
    apply: "ATTACH DATABASE '@DIR@/attached.db' AS other;\nINSERT INTO landing (a) VALUES (1);\nVACUUM INTO '@DIR@/copy.db';\n",
    expect: { codes: ['BOUNDARY_VIOLATION'] },
  },
  // An attacker's review: the first word read as SQLite's tokenizer reads it (`ATTACH+'…'` is ATTACH, then +). Loaded, it
  // attached a file outside the clone and wrote a table there, and a batch writing that table was READY.
  {
    id: 'sqlite-source-attach-operator',
    klass: 7,
    what: 'a clone source attaches a file by an ATTACH the classifier read as another word, and the batch writes a table there',
    target: 'sqlite',
    source: "CREATE TABLE landing (a INTEGER PRIMARY KEY);\nATTACH+'@DIR@/outside.db' AS x;\nCREATE TABLE x.ghost (v);\n",
    apply: 'INSERT INTO landing (a) VALUES (1);\nINSERT INTO ghost VALUES (1);\n',
    expect: { refused: /:2: ATTACH opens another database file, outside the clone$/ },
  },
  {
    id: 'sqlite-source-explain-pragma',
    klass: 7,
    what: 'a clone source sets a directory outside the clone by a PRAGMA SQLite applies as it compiles it',
    target: 'sqlite',
    source: "CREATE TABLE landing (a INTEGER PRIMARY KEY);\nEXPLAIN PRAGMA temp_store_directory = '@DIR@';\n",
    apply: 'INSERT INTO landing (a) VALUES (1);\n',
    expect: { refused: /:2: EXPLAIN compiles a statement without running it/ },
  },
  {
    id: 'sqlite-batch-attach-operator',
    klass: 7,
    what: 'a batch attaches a file by an ATTACH written without a space',
    target: 'sqlite',
    source: 'CREATE TABLE landing (a INTEGER PRIMARY KEY);\n',
    apply: "ATTACH+'@DIR@/attached.db' AS other;\nINSERT INTO landing (a) VALUES (1);\n",
    expect: { codes: ['BOUNDARY_VIOLATION'] },
  },
  // An attacker's review (stop 41): PRAGMA optimize, a setting by its list, ran ANALYZE — statistics tables no capture reads.
  ...['PRAGMA optimize;', 'SELECT * FROM pragma_optimize WHERE arg = 65538;'].map(
    (statement, i): HostileEntry => ({
      id: `sqlite-batch-optimize-${i + 1}`,
      klass: 7,
      what: `a batch writes SQLite's statistics tables: ${statement}`,
      target: 'sqlite',
      source: 'CREATE TABLE landing (a INTEGER PRIMARY KEY, b TEXT);\nCREATE INDEX landing_b ON landing (b);\n',
      apply: `INSERT INTO landing (a, b) VALUES (1, 'x');\n${statement}\n`,
      expect: { codes: ['BOUNDARY_VIOLATION'], saying: /runs ANALYZE, which writes SQLite's statistics tables/ },
    }),
  ),
];
