/**
 * The classifier follows what a statement runs: for a plain INSERT, UPDATE, DELETE or SELECT, every
 * function of the database's own that a trigger, a rule, a CHECK, a domain, a default, a generated
 * column, an index, a foreign key's action, a partition, a view, a policy or an implicit cast runs
 * is named and needs a justification (whatever it declares); a SECURITY DEFINER function is
 * refused; a function of an extension off the allow-list is refused; a write carried to a table
 * outside the scope is refused; and names resolve as the batch's role resolves them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import { boundaryBackend, checkBoundary, type BoundaryBackend } from '../../src/boundary/checkBoundary.ts';
import { readPostgresCatalog } from '../../src/boundary/catalog.ts';
import type { Clone } from '../../src/targets/target.ts';
import { loadCloneSourceText } from '../../src/source/loadSource.ts';
import { describeEachTarget } from '../support/targets.ts';

beforeAll(() => loadParser());

/** Loaded as a clone source is: by the clone's owner. Each function names itself in the message it gives. */
const SOURCE = `
CREATE FUNCTION t_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION d_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$;
CREATE FUNCTION checker(int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 >= 0';
CREATE FUNCTION domain_check(int) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT $1 < 1000';
CREATE FUNCTION default_value() RETURNS int LANGUAGE sql STABLE AS 'SELECT 7';
CREATE FUNCTION generated_value(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
CREATE FUNCTION indexed(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 10';
CREATE FUNCTION child_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN OLD; END$$;
CREATE FUNCTION part_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION viewed(int) RETURNS int LANGUAGE sql STABLE AS 'SELECT $1';
CREATE FUNCTION ruled() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1';
CREATE FUNCTION policed(int) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT true';
CREATE FUNCTION definer() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
CREATE FUNCTION stable_one() RETURNS int LANGUAGE sql STABLE AS 'SELECT 1';
CREATE FUNCTION sum_step(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE my_sum(int) (SFUNC = sum_step, STYPE = int, INITCOND = '0');
CREATE TYPE money2 AS (amount int);
CREATE FUNCTION to_money2(int) RETURNS money2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1)::money2';
CREATE CAST (int AS money2) WITH FUNCTION to_money2(int) AS ASSIGNMENT;
CREATE DOMAIN small AS int CHECK (domain_check(VALUE));

CREATE TABLE triggered (id int PRIMARY KEY, v text);
CREATE TRIGGER on_insert BEFORE INSERT ON triggered FOR EACH ROW EXECUTE FUNCTION t_trigger();
CREATE TRIGGER on_delete BEFORE DELETE ON triggered FOR EACH ROW EXECUTE FUNCTION d_trigger();
CREATE TABLE checked (id int PRIMARY KEY, n int CHECK (checker(n)));
CREATE TABLE domained (id int PRIMARY KEY, s small);
CREATE TABLE defaulted (id int PRIMARY KEY, d int DEFAULT default_value(), n int, g int GENERATED ALWAYS AS (generated_value(n)) STORED);
CREATE TABLE indexed_t (id int PRIMARY KEY, n int);
CREATE INDEX by_expr ON indexed_t (indexed(n));
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE CASCADE);
CREATE TRIGGER child_gone BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION child_trigger();
CREATE TABLE parted (id int, at int) PARTITION BY RANGE (at);
CREATE TABLE parted_low PARTITION OF parted FOR VALUES FROM (0) TO (100);
CREATE TRIGGER on_part BEFORE INSERT ON parted_low FOR EACH ROW EXECUTE FUNCTION part_trigger();
CREATE TABLE plain (id int PRIMARY KEY, n int);
CREATE VIEW through_view AS SELECT id, viewed(n) AS n FROM plain;
CREATE TABLE ruled_t (id int PRIMARY KEY);
CREATE TABLE log (n int);
CREATE RULE also_log AS ON INSERT TO ruled_t DO ALSO INSERT INTO log VALUES (ruled());
CREATE TABLE secured (id int PRIMARY KEY, n int);
ALTER TABLE secured ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_some ON secured USING (policed(n));
CREATE TABLE paid (id int PRIMARY KEY, m money2);
CREATE SCHEMA elsewhere;
CREATE TABLE elsewhere.remote_child (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE CASCADE);
CREATE FUNCTION span_diff(float8, float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';
CREATE TYPE span AS RANGE (subtype = float8, subtype_diff = span_diff);
CREATE TABLE spans (id int PRIMARY KEY, r span);
CREATE INDEX spans_r ON spans USING gist (r);
CREATE FUNCTION negated(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION commuted(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION negated_commuted(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE OPERATOR #~# (leftarg = int, rightarg = int, function = negated);
CREATE OPERATOR @~@ (leftarg = int, rightarg = int, function = pg_catalog.int4eq, negator = #~#);
CREATE OPERATOR %~% (leftarg = int, rightarg = int, function = commuted);
CREATE OPERATOR ^~^ (leftarg = int, rightarg = int, function = pg_catalog.int4eq, commutator = %~%);
CREATE OPERATOR !~! (leftarg = int, rightarg = int, function = negated_commuted);
CREATE OPERATOR &~& (leftarg = int, rightarg = int, function = pg_catalog.int4eq, negator = !~!);
CREATE OPERATOR |~| (leftarg = int, rightarg = int, function = pg_catalog.int4eq, commutator = &~&);
CREATE TABLE negated_check (id int PRIMARY KEY, n int CHECK (NOT (n @~@ 0)));
CREATE FUNCTION route(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 100';
CREATE FUNCTION subroute(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 10';
CREATE TABLE routed (id int, v text) PARTITION BY RANGE (route(id));
CREATE TABLE routed_leaf PARTITION OF routed FOR VALUES FROM (0) TO (50);
CREATE TABLE routed_mid PARTITION OF routed FOR VALUES FROM (50) TO (100) PARTITION BY LIST (subroute(id));
CREATE TABLE routed_mid_leaf PARTITION OF routed_mid FOR VALUES IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
CREATE VIEW made_by_oid AS SELECT pg_catalog.domain_in('5', (SELECT t.oid FROM pg_catalog.pg_type t WHERE t.typname = 'small'), -1) IS NOT NULL AS v;
`;

/** Statement → the reasons it is refused with, unjustified (a function's message names how it is reached). */
const CASES: readonly [string, RegExp[]][] = [
  [
    "INSERT INTO triggered VALUES (1, 'a')",
    [/^runs public\.t_trigger\(\) through trigger on_insert of public\.triggered, a volatile function/],
  ],
  [
    'DELETE FROM triggered',
    [/^DELETE needs a justification/, /^runs public\.d_trigger\(\) through trigger on_delete of public\.triggered/],
  ],
  ["UPDATE triggered SET v = 'b'", [/^UPDATE needs a justification/]],
  [
    'INSERT INTO checked VALUES (1, 1)',
    [/^runs public\.checker\(integer\) through the constraint checked_n_check of public\.checked, an immutable function/],
  ],
  [
    'INSERT INTO domained VALUES (1, 5)',
    [/^runs public\.domain_check\(integer\) through the CHECK small_check of public\.small, a stable function/],
  ],
  [
    'INSERT INTO defaulted (id, n) VALUES (1, 2)',
    [
      /^runs public\.default_value\(\) through the default of public\.defaulted\.d/,
      /^runs public\.generated_value\(integer\) through the generated column public\.defaulted\.g/,
    ],
  ],
  ['INSERT INTO indexed_t VALUES (1, 2)', [/^runs public\.indexed\(integer\) through index by_expr of public\.indexed_t/]],
  [
    'DELETE FROM parent WHERE id = 1',
    [
      /^DELETE needs a justification/,
      /^runs public\.child_trigger\(\) through the foreign key child_parent_id_fkey \(ON DELETE CASCADE\), then trigger child_gone of public\.child/,
      /^writes elsewhere\.remote_child through the foreign key remote_child_parent_id_fkey \(ON DELETE CASCADE\), outside the plan's scope$/,
    ],
  ],
  [
    'INSERT INTO parted VALUES (1, 5)',
    [/^runs public\.part_trigger\(\) through partition or child table of public\.parted, then trigger on_part of public\.parted_low/],
  ],
  ['SELECT * FROM through_view', [/^runs public\.viewed\(integer\) through the view public\.through_view, a stable function/]],
  ['INSERT INTO ruled_t VALUES (1)', [/^runs public\.ruled\(\) through rule also_log of public\.ruled_t, a volatile function/]],
  [
    'SELECT definer()',
    [/^calls public\.definer\(\), a SECURITY DEFINER function of the database's own: it runs as its owner, not as the batch's role$/],
  ],
  ['SELECT stable_one()', [/^calls public\.stable_one\(\), a stable function of the database's own: it needs a justification/]],
  [
    'SELECT my_sum(id) FROM plain',
    [
      /^calls public\.my_sum\(integer\), an immutable function/,
      /^runs public\.sum_step\(integer,integer\) through what public\.my_sum\(integer\) uses/,
    ],
  ],
  [
    'INSERT INTO paid VALUES (1, 5)',
    [/^runs public\.to_money2\(integer\) through the assignment cast from integer to public\.money2, an immutable function/],
  ],
  [
    "INSERT INTO spans VALUES (1, '[0.5,2.5)')",
    [/^runs public\.span_diff\(double precision,double precision\) through the subtype_diff of public\.span, an immutable function/],
  ],
  // A value made of a type wherever the statement names it, not only in a cast.
  ...[
    `SELECT x.a FROM pg_catalog.json_to_record('{"a":1}') AS x(a small)`,
    `SELECT * FROM ROWS FROM (pg_catalog.json_to_record('{"a":1}') AS (a small)) AS x`,
    `SELECT * FROM XMLTABLE('/r' PASSING '<r><a>1</a></r>' COLUMNS a small PATH 'a')`,
    "SELECT '5'::small",
  ].map((sql): [string, RegExp[]] => [
    sql,
    [/^runs public\.domain_check\(integer\) through the CHECK small_check of public\.small, a stable function/],
  ]),
  // An operator's negator and commutator, which the planner puts in its place (pg_depend records neither link).
  [
    'SELECT * FROM plain p WHERE NOT (p.n @~@ 5)',
    [/^applies operator @~@, which runs public\.negated\(integer,integer\), an immutable function/],
  ],
  [
    'SELECT * FROM plain p WHERE 5 ^~^ p.n',
    [/^applies operator \^~\^, which runs public\.commuted\(integer,integer\), an immutable function/],
  ],
  [
    'SELECT * FROM plain p WHERE NOT (5 |~| p.n)',
    [/^applies operator \|~\|, which runs public\.negated_commuted\(integer,integer\), an immutable function/],
  ],
  [
    'INSERT INTO negated_check VALUES (1, 1)',
    [
      /^runs public\.negated\(integer,integer\) through the constraint negated_check_n_check of public\.negated_check, then operator public\.#~#\(integer,integer\), the negator or commutator of operator public\.@~@\(integer,integer\)/,
    ],
  ],
  // A row written to a partition itself is checked against every ancestor's partition key (a restore script writes leaves).
  [
    "INSERT INTO routed_leaf VALUES (2, 'b')",
    [
      /^runs public\.route\(integer\) through the partition key of public\.routed, which a row written to its partition public\.routed_leaf is checked against, an immutable function/,
    ],
  ],
  [
    "UPDATE routed_mid_leaf SET v = 'c'",
    [
      /^UPDATE needs a justification/,
      /^runs public\.route\(integer\) through the partition key of public\.routed, which a row written to its partition public\.routed_mid_leaf/,
      /^runs public\.subroute\(integer\) through the partition key of public\.routed_mid, which a row written to its partition public\.routed_mid_leaf/,
    ],
  ],
  ['DELETE FROM routed_leaf', [/^DELETE needs a justification/]],
  // A whole row made anew as a value of its table's type, which no cast names: its columns' domain CHECKs run.
  [
    `INSERT INTO plain SELECT 1, (pg_catalog.jsonb_populate_record(d, '{"s": 5}')).id FROM domained d`,
    [
      /^runs public\.domain_check\(integer\) through a row of public\.domained made as a value of its type, then the CHECK small_check of public\.small/,
    ],
  ],
  // A value of a type named by a value (an oid read as the statement runs): its domain's CHECK cannot be followed.
  [
    "SELECT pg_catalog.domain_in('5', (SELECT t.oid FROM pg_catalog.pg_type t WHERE t.typname = 'small'), -1)",
    [/^calls domain_in\(\), which makes a value of a type named by a value/],
  ],
  ["SELECT pg_catalog.array_in('{5}', 'small'::regtype, -1)", [/^calls array_in\(\), which makes a value of a type named by a value/]],
  [
    'SELECT v FROM made_by_oid',
    [/^runs domain_in\(cstring,oid,integer\) through the view public\.made_by_oid, which makes a value of a type named by a value/],
  ],
  ['SELECT * FROM secured', []],
  ['INSERT INTO plain VALUES (1, 2)', []],
];

describeEachTarget(
  'what a statement runs',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await loadCloneSourceText(clone, SOURCE, 'reach.sql');
      backend = await boundaryBackend(clone, { schemas: ['public'] }, 'public');
    });
    afterAll(() => clone?.dispose());
    const check = (sql: string, justified: unknown[] = []) =>
      checkBoundary(`${sql};\n`, 'postgres', { allow: ['INSERT'], justified: justified as never }, backend);

    it.each(CASES)('%s', async (sql, reasons) => {
      const result = await check(sql);
      expect(result.violations.map((v) => v.reason)).toEqual(reasons.map((r) => expect.stringMatching(r)));
    });

    it('each function reached is justified by its name; the statement then runs', async () => {
      const names = ['default_value', 'public.generated_value'];
      const result = await check(
        'INSERT INTO defaulted (id, n) VALUES (1, 2)',
        names.map((f) => ({ statement: 1, kind: 'FUNCTION', function: f, reason: 'reviewed' })),
      );
      expect(result.violations).toEqual([]);
    });

    it('a policy runs only for a role that does not bypass row-level security: then it is followed', async () => {
      const [one] = (await import('../../src/boundary/classifyBatch.ts')).parseBatch('SELECT * FROM secured;', 'postgres') as never as {
        refs: never;
      }[];
      await clone.session.exec('SELECT 1');
      const catalog = await readPostgresCatalog(
        clone.session,
        (await import('../../src/boundary/classifyBatch.ts')).wantedBy([one as never]),
        { searchPath: 'public', bypassRls: false },
      );
      const reach = catalog.reach!(one!.refs);
      expect(reach.functions.map((f) => [f.signature, f.via])).toEqual([
        ['public.policed(integer)', 'the row-level security policy only_some of public.secured'],
      ]);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'names resolve as the batch resolves them',
  (target) => {
    it('a schema named as the connecting role does not hide the table the batch writes, nor what its default runs', async () => {
      const clone = await target().createClone();
      try {
        await loadCloneSourceText(
          clone,
          `CREATE SCHEMA postgres;
CREATE TABLE postgres.t (id int);
CREATE FUNCTION stamp() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1';
CREATE TABLE public.t (id int, at int DEFAULT stamp());
`,
          'shadow.sql',
        );
        const backend = await boundaryBackend(clone, { schemas: ['public'] }, 'public');
        const result = await checkBoundary('INSERT INTO t (id) VALUES (1);\n', 'postgres', { allow: ['INSERT'], justified: [] }, backend);
        expect(result.violations.map((v) => v.reason)).toEqual([
          expect.stringMatching(/^runs public\.stamp\(\) through the default of public\.t\.at, a volatile function/),
        ]);
        expect(result.statements[0]?.target).toMatchObject({ schema: 'public', name: 't' });
      } finally {
        await clone.dispose();
      }
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'operators the server applies where the statement writes none',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await loadCloneSourceText(
        clone,
        `CREATE DOMAIN code AS int;
${['=', '<', '>', '<=', '>=']
  .map(
    (op, i) => `CREATE FUNCTION code_op${i}(code, code) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1::int ${op} $2::int';
CREATE OPERATOR ${op} (LEFTARG = code, RIGHTARG = code, FUNCTION = code_op${i});`,
  )
  .join('\n')}
CREATE TABLE a (id int PRIMARY KEY, c code);
CREATE TABLE b (id2 int PRIMARY KEY, c code);
`,
        'operators.sql',
      );
      backend = await boundaryBackend(clone, { schemas: ['public'] }, 'public');
    });
    afterAll(() => clone?.dispose());

    it.each([
      ['SELECT * FROM a JOIN b USING (c)', ['=']],
      ['SELECT * FROM a NATURAL JOIN b', ['=']],
      ['SELECT CASE a.c WHEN a.c THEN 1 END FROM a', ['=']],
      ['SELECT * FROM a WHERE c IN (SELECT c FROM b)', ['=']],
      ['SELECT * FROM a WHERE c < ALL (SELECT c FROM b)', ['<']],
      ['SELECT * FROM a ORDER BY c USING >', ['>']],
      ['SELECT * FROM a WHERE c BETWEEN a.c AND a.c', ['>=', '<=', '<', '>']],
    ])('%s', async (sql, ops) => {
      const result = await checkBoundary(`${sql};\n`, 'postgres', { allow: ['INSERT'], justified: [] }, backend);
      const said = result.violations.map((v) => v.reason);
      for (const op of ops) expect(said.some((r) => r.startsWith(`applies operator ${op}, which runs public.code_op`))).toBe(true);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'more of what a write or a read runs',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await loadCloneSourceText(
        clone,
        `CREATE FUNCTION dflt() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$;
CREATE DOMAIN with_default AS int DEFAULT dflt();
CREATE TABLE dd (a with_default, b int);
CREATE FUNCTION k(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN $1; END$$;
CREATE TABLE keyed (a int) PARTITION BY RANGE (k(a));
CREATE TABLE keyed1 PARTITION OF keyed FOR VALUES FROM (0) TO (100);
CREATE TYPE e AS ENUM ('a', 'b');
CREATE FUNCTION ej(e) RETURNS json LANGUAGE plpgsql AS $$BEGIN RETURN '1'; END$$;
CREATE CAST (e AS json) WITH FUNCTION ej(e);
CREATE TABLE enumed (id int, v e);
CREATE TABLE rowed (id int);
CREATE FUNCTION rt(rowed) RETURNS text LANGUAGE plpgsql AS $$BEGIN RETURN 'x'; END$$;
CREATE CAST (rowed AS text) WITH FUNCTION rt(rowed) AS ASSIGNMENT;
CREATE TABLE log (msg text);
CREATE TYPE f AS ENUM ('a', 'b');
CREATE FUNCTION fi(f) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN 1; END$$;
CREATE CAST (f AS int) WITH FUNCTION fi(f) AS IMPLICIT;
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (v f REFERENCES parent (id));
CREATE TABLE notified (id int);
CREATE RULE tell AS ON INSERT TO notified DO ALSO NOTIFY somewhere;
CREATE FUNCTION g(int) RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN $1; END$$;
CREATE VIEW looked AS SELECT g(id) AS x FROM rowed;
`,
        'more.sql',
      );
      backend = await boundaryBackend(clone, { schemas: ['public'] }, 'public');
    });
    afterAll(() => clone?.dispose());

    it.each([
      [
        'INSERT INTO dd (b) VALUES (1)',
        /^runs public\.dflt\(\) through the DEFAULT of the domain public\.with_default, a volatile function/,
      ],
      ['INSERT INTO keyed VALUES (1)', /^runs public\.k\(integer\) through the partition key of public\.keyed, an immutable function/],
      ['SELECT row_to_json(enumed) FROM enumed', /^runs public\.ej\(public\.e\) through the explicit cast from public\.e to json/],
      [
        'INSERT INTO log (msg) SELECT rowed FROM rowed',
        /^runs public\.rt\(public\.rowed\) through the assignment cast from public\.rowed to text/,
      ],
      ['DELETE FROM parent WHERE id = 2', /^runs public\.fi\(public\.f\) through the check of the foreign key child_v_fkey, /],
      ["INSERT INTO child VALUES ('a')", /^runs public\.fi\(public\.f\) through the implicit cast from public\.f to integer/],
      [
        'INSERT INTO notified VALUES (1)',
        /^runs pg_notify\(text,text\) through the NOTIFY of rule tell of public\.notified, a volatile built-in function not on the allow-list/,
      ],
      ["SELECT table_to_xml('public.looked', true, false, '')", /^calls table_to_xml\(\), which runs SQL given as text/],
    ])('%s', async (sql, reason) => {
      const result = await checkBoundary(
        `${sql};\n`,
        'postgres',
        { allow: ['INSERT'], justified: [{ statement: 1, kind: 'DELETE', reason: 'r' }] as never },
        backend,
      );
      expect(result.violations.map((v) => v.reason)).toEqual(expect.arrayContaining([expect.stringMatching(reason)]));
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'functions by where they come from',
  (target, name) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone({ extensions: ['tablefunc', 'citext'] });
      await loadCloneSourceText(
        clone,
        'CREATE EXTENSION tablefunc;\nCREATE EXTENSION citext;\nCREATE TABLE t (id int, v citext);\n',
        'ext.sql',
      );
      // Only a superuser can put a function in pg_catalog: the test's own session of the connecting role.
      const sneaky = "CREATE FUNCTION pg_catalog.sneaky_random(int) RETURNS int LANGUAGE sql STABLE AS 'SELECT 4'";
      if (name === 'pglite') await clone.ownerSession.exec(sneaky);
      else {
        const pg = (await import('pg')).default;
        const at = new URL(process.env.REHEARSE_PG_URL ?? '');
        at.pathname = `/${clone.isolation.location}`;
        const admin = new pg.Client(at.toString());
        await admin.connect();
        await admin.query(sneaky);
        await admin.end();
      }
      backend = await boundaryBackend(clone, { schemas: ['public'] }, 'public');
    });
    afterAll(() => clone?.dispose());
    const check = (sql: string) => checkBoundary(`${sql};\n`, 'postgres', { allow: ['INSERT'], justified: [] }, backend);

    it('an extension that runs SQL given as text is refused, whatever it declares', async () => {
      const result = await check("SELECT * FROM crosstab('SELECT 1, 2, 3') AS ct(a int, b int)");
      expect(result.violations.map((v) => v.reason)).toEqual([
        expect.stringMatching(/^calls public\.crosstab\(text\), a function of extension tablefunc, which runs SQL given as text/),
      ]);
    });

    it("an extension on the allow-list is allowed: citext's casts, operators and functions", async () => {
      const result = await check("INSERT INTO t VALUES (1, 'A'::citext) RETURNING v = 'a', lower(v), v::text");
      expect(result.violations).toEqual([]);
    });

    it('built-in means made with the server, not put in its schema: a function a superuser added to pg_catalog is the database’s own', async () => {
      const result = await check('SELECT sneaky_random(1)');
      expect(result.violations.map((v) => v.reason)).toEqual([
        expect.stringMatching(
          /^calls (pg_catalog\.)?sneaky_random\(integer\), a stable function of the database's own: it needs a justification/,
        ),
      ]);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'SQLite triggers',
  (target) => {
    let clone: Clone;
    let backend: BoundaryBackend;
    beforeAll(async () => {
      clone = await target().createClone();
      await loadCloneSourceText(
        clone,
        `CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE other (x INTEGER);
CREATE TABLE quiet (id INTEGER);
CREATE TRIGGER wipe AFTER INSERT ON t BEGIN DELETE FROM other; END;
CREATE TRIGGER "DELETE" AFTER UPDATE OF v ON quiet BEGIN DELETE FROM other; END;
CREATE TRIGGER "quiet insert" AFTER DELETE ON quiet BEGIN DELETE FROM other; END;
CREATE VIEW front AS SELECT id, v FROM t;
CREATE TRIGGER front_in INSTEAD OF INSERT ON front BEGIN DELETE FROM other; END;
CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE kept (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id) ON DELETE CASCADE);
CREATE TABLE audit (id INTEGER PRIMARY KEY, k INTEGER REFERENCES kept(id) ON DELETE SET NULL);
CREATE TRIGGER audit_moved AFTER UPDATE ON audit BEGIN DELETE FROM other; END;
CREATE TABLE unique_names (id INTEGER PRIMARY KEY, name TEXT UNIQUE ON CONFLICT REPLACE);
CREATE TABLE named_by (id INTEGER PRIMARY KEY, n INTEGER REFERENCES unique_names(id) ON DELETE CASCADE);
CREATE TABLE hidden (id INTEGER PRIMARY KEY, v TEXT);
CREATE TRIGGER hidden_in /* UPDATE BEGIN */ AFTER INSERT ON hidden BEGIN DELETE FROM other; END;
CREATE TABLE commented (id INTEGER PRIMARY KEY ON/**/CONFLICT/**/REPLACE, v TEXT);
CREATE TABLE commented_by (id INTEGER PRIMARY KEY, c INTEGER REFERENCES commented(id) ON DELETE CASCADE);
CREATE TABLE dollar (id INTEGER PRIMARY KEY, v TEXT);
CREATE TRIGGER x$UPDATE$BEGIN AFTER INSERT ON dollar BEGIN DELETE FROM other; END;
CREATE TABLE "Äx" (id INTEGER PRIMARY KEY);
CREATE TABLE "äx" (id INTEGER PRIMARY KEY);
CREATE VIRTUAL TABLE docs USING fts5(body);
`,
        'triggers.sql',
      );
      backend = await boundaryBackend(
        clone,
        { schemas: null, tables: ['t', 'quiet', 'other', 'parent', 'unique_names', 'hidden', 'commented', 'dollar', '"Äx"', 'docs'] },
        null,
      );
    });
    afterAll(() => clone?.dispose());
    const check = (sql: string, justified: unknown[] = []) =>
      checkBoundary(`${sql};\n`, 'sqlite', { allow: ['INSERT'], justified: justified as never }, backend);
    const reasons = async (sql: string, justified: unknown[] = []) => (await check(sql, justified)).violations.map((v) => v.reason);

    it('a trigger a write fires needs a justification naming it: its statements run with the write', async () => {
      expect((await check("INSERT INTO t (id, v) VALUES (1, 'a')")).violations.map((v) => v.reason)).toEqual([
        expect.stringMatching(
          /^runs trigger wipe through a write to t, a trigger of the database's own .*\(kind FUNCTION, function main\.wipe\)$/,
        ),
      ]);
      const justified = [{ statement: 1, kind: 'FUNCTION', function: 'wipe', reason: 'it empties other' }];
      expect((await check("INSERT INTO t (id, v) VALUES (1, 'a')", justified)).violations).toEqual([]);
    });

    it('a trigger on another kind of write does not fire, whatever its quoted name says', async () => {
      expect((await check('INSERT INTO quiet (id) VALUES (1)')).violations).toEqual([]);
      expect((await check('INSERT INTO other (x) VALUES (1)')).violations).toEqual([]);
    });

    it("a foreign key's action writes its table, and on from there, where the triggers it fires are named too", async () => {
      expect(await reasons('DELETE FROM parent', [{ statement: 1, kind: 'DELETE', reason: 'r' }])).toEqual([
        expect.stringMatching(
          /^runs trigger audit_moved through the foreign key of audit to kept \(ON DELETE SET NULL\), then a write to audit, a trigger/,
        ),
        "writes kept through the foreign key of kept to parent (ON DELETE CASCADE), a table the plan's scope does not list",
        "writes audit through the foreign key of audit to kept (ON DELETE SET NULL), a table the plan's scope does not list",
      ]);
      expect(await reasons('INSERT INTO parent (id) VALUES (1)')).toEqual([]);
    });

    it('a REPLACE, and an INSERT into a table that replaces on conflict, delete: what a delete runs is judged', async () => {
      const replace = [{ statement: 1, kind: 'REPLACE', reason: 'r' }];
      expect(await reasons("REPLACE INTO unique_names (id, name) VALUES (1, 'a')", replace)).toEqual([
        "writes named_by through the foreign key of named_by to unique_names (ON DELETE CASCADE), a table the plan's scope does not list",
      ]);
      expect(await reasons("INSERT INTO unique_names (id, name) VALUES (1, 'a')")).toEqual([
        "writes named_by through the foreign key of named_by to unique_names (ON DELETE CASCADE), a table the plan's scope does not list",
      ]);
      expect(await reasons('INSERT OR REPLACE INTO kept (id) VALUES (1)', replace)).toEqual([
        expect.stringMatching(/^runs trigger audit_moved through/),
        "writes kept, a table the plan's scope does not list",
        "writes audit through the foreign key of audit to kept (ON DELETE SET NULL), a table the plan's scope does not list",
      ]);
      expect(await reasons("REPLACE INTO t (id, v) VALUES (1, 'a')", replace)).toEqual([
        expect.stringMatching(/^runs trigger wipe through a write to t/),
      ]);
      expect(await reasons('REPLACE INTO t (id, v) VALUES (1, `a`)', replace)).toEqual([
        'the Postgres parser cannot read this REPLACE as an INSERT: what it writes and runs cannot be judged',
      ]);
    });

    it('reads a trigger and a table as SQLite does: a keyword in a comment is none, an UPDATE of a table that replaces may delete', async () => {
      // The header's comment says UPDATE BEGIN: the trigger fires on INSERT all the same (found by an attacker's review).
      expect(await reasons("INSERT INTO hidden (id, v) VALUES (1, 'a')")).toEqual([
        expect.stringMatching(/^runs trigger hidden_in through/),
      ]);
      // ON/**/CONFLICT/**/REPLACE is ON CONFLICT REPLACE to SQLite.
      expect(await reasons("INSERT INTO commented (id, v) VALUES (1, 'a')")).toEqual([
        "writes commented_by through the foreign key of commented_by to commented (ON DELETE CASCADE), a table the plan's scope does not list",
      ]);
      // An UPDATE that makes a row conflict deletes the other.
      expect(await reasons("UPDATE unique_names SET name = 'b' WHERE id = 1", [{ statement: 1, kind: 'UPDATE', reason: 'r' }])).toEqual([
        "writes named_by through the foreign key of named_by to unique_names (ON DELETE CASCADE), a table the plan's scope does not list",
      ]);
    });

    it('reads names as SQLite does (a third attacker’s review found each): `$` inside a name, case folded in ASCII only, a virtual table’s own tables, no cut at 63 bytes', async () => {
      // `x$UPDATE$BEGIN` is one name: the trigger fires on INSERT.
      expect(await reasons("INSERT INTO dollar (id, v) VALUES (1, 'a')")).toEqual([
        expect.stringMatching(/^runs trigger x\$UPDATE\$BEGIN through/),
      ]);
      // "Äx" is listed, "äx" is another table.
      expect(await reasons('INSERT INTO "Äx" (id) VALUES (1)')).toEqual([]);
      expect(await reasons('INSERT INTO "äx" (id) VALUES (1)')).toEqual(["writes äx, a table the plan's scope does not list"]);
      // fts5 keeps its rows in docs_data, docs_idx …: written, and not in the scope.
      expect(await reasons("INSERT INTO docs (body) VALUES ('w')")).toContainEqual(
        "writes docs_data through the virtual table docs, whose module keeps its rows there, a table the plan's scope does not list",
      );
      // Postgres would read the first 63 bytes of this name: SQLite writes the whole of it.
      expect(await reasons(`INSERT INTO ${'a'.repeat(63)}_hidden (id) VALUES (1)`)).toEqual([
        expect.stringMatching(/^SQLite reads this statement otherwise: a name of more than 63 bytes/),
      ]);
      // A REPLACE that is an upsert as well is neither alone.
      expect(
        await reasons("REPLACE INTO t (id, v) VALUES (1, 'b') ON CONFLICT (id) DO UPDATE SET v = excluded.v", [
          { statement: 1, kind: 'REPLACE', reason: 'r' },
        ]),
      ).toContain('a REPLACE with ON CONFLICT DO UPDATE: it replaces and updates at once');
    });

    it("a view's INSTEAD OF trigger, its only way to be written, is one too", async () => {
      expect((await check("INSERT INTO front (id, v) VALUES (1, 'a')")).violations.map((v) => v.reason)).toContainEqual(
        expect.stringMatching(/^runs trigger front_in through a write to front/),
      );
      const justified = [{ statement: 1, kind: 'UPDATE', reason: 'r' }];
      expect((await check('UPDATE quiet SET id = 2', justified)).violations.map((v) => v.reason)).toEqual([
        expect.stringMatching(/^runs trigger DELETE through a write to quiet/),
      ]);
    });
  },
  ['sqlite'],
);
