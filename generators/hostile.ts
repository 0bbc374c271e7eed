/**
 * Hostile clone sources and batches: a payload that would act outside the clone (run a program,
 * write a server file, make a role or a replication slot, change a setting), carried by one of the
 * ways user code runs — a call, a trigger, a rule, a CHECK, a domain, a default, a generated
 * column, an index expression, a view, an implicit cast, a domain named in a column definition
 * list, a range type's subtype_diff (run by a GiST index), a domain's DEFAULT, a partition key,
 * a foreign key's check (a cast it applies), a SECURITY DEFINER function, an
 * extension's SQL-text runner, or the clone source's own load — with or without first switching to
 * a superuser (`set_config('role', …)`), and a plan that names the functions it runs or not.
 * Every function also leaves a mark, a transaction-local setting, so a property can tell which
 * ran. SQLite has its own few: attaching or writing a file, a temporary directory.
 */
import fc from 'fast-check';
import { z } from 'zod';

export const HOSTILE_VEHICLES = [
  'call',
  'stable-call',
  'trigger',
  'rule',
  'check',
  'domain',
  'default',
  'generated',
  'index',
  'view',
  'cast',
  'column-list',
  'range',
  'domain-default',
  'partition-key',
  'fk-check',
  'definer',
  'sql-text',
  'load-select',
  'load-trigger',
] as const;
export type HostileVehicle = (typeof HOSTILE_VEHICLES)[number];

export const HOSTILE_PAYLOADS = ['program', 'file', 'lo-export', 'role', 'slot', 'own-setting', 'large-object', 'none'] as const;
export type HostilePayload = (typeof HOSTILE_PAYLOADS)[number];

export const SQLITE_HOSTILE = [
  'attach',
  'vacuum-into',
  'temp-directory',
  'source-attach',
  'source-pragma',
  'source-attach-operator',
  'source-explain-pragma',
] as const;

export const hostileCaseSchema = z.strictObject({
  /** The ways the case's code runs, each with tables and functions of its own (1 to 4, none twice). */
  vehicles: z
    .array(z.enum(HOSTILE_VEHICLES))
    .min(1)
    .max(4)
    .refine((v) => new Set(v).size === v.length, 'a vehicle twice'),
  payload: z.enum(HOSTILE_PAYLOADS),
  /** Switch to a superuser first (what `SET LOCAL ROLE` alone could not stop). */
  escalate: z.boolean(),
  /** Whether the plan names each vehicle's function, by the vehicle's position (a missing entry: not named). */
  named: z.array(z.boolean()).max(4),
  mode: z.enum(['txn', 'snapshot']),
  sqlite: z.enum(SQLITE_HOSTILE),
});
export type HostileCase = z.infer<typeof hostileCaseSchema>;

/** Mostly named: a batch runs only when every function it reaches is, so that the server's own refusal is what a case tests. */
const named = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 });

export const hostileCase: fc.Arbitrary<HostileCase> = fc.record({
  vehicles: fc.uniqueArray(fc.constantFrom(...HOSTILE_VEHICLES), { minLength: 1, maxLength: 3 }),
  payload: fc.constantFrom(...HOSTILE_PAYLOADS),
  escalate: fc.boolean(),
  named: fc.array(named, { minLength: 4, maxLength: 4 }),
  mode: fc.constantFrom('txn' as const, 'snapshot' as const),
  sqlite: fc.constantFrom(...SQLITE_HOSTILE),
});

/** A case rendered: the clone source, the batch, the functions the plan names. */
export interface RenderedHostile {
  readonly source: string;
  readonly apply: string;
  /** The functions user code may run, each with the batch statement that reaches it and whether the plan names it there. */
  readonly functions: readonly { readonly name: string; readonly statement: number; readonly named: boolean }[];
}

/**
 * The payload's statements, as PL/pgSQL, with `dir` a directory the server may write to; dynamic
 * (EXECUTE), as an attacker writes them, so that no reading of the function's text sees them and
 * only the server's own refusal stops them.
 */
function payloadSql(payload: HostilePayload, dir: string): string {
  const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;
  switch (payload) {
    case 'program':
      return `EXECUTE pg_catalog.format('COPY (SELECT 1) TO PROGRAM %L', ${quoted(`touch ${dir}/program-ran`)});`;
    case 'file':
      return `EXECUTE pg_catalog.format('COPY (SELECT 1) TO %L', ${quoted(`${dir}/copied`)});`;
    case 'lo-export':
      return `EXECUTE pg_catalog.format('SELECT pg_catalog.lo_export(pg_catalog.lo_from_bytea(0, %L), %L)', 'x', ${quoted(`${dir}/exported`)});`;
    case 'role':
      return "EXECUTE 'CREATE ROLE hostile_made_role';";
    case 'slot':
      return "EXECUTE 'SELECT pg_catalog.pg_create_physical_replication_slot(''hostile_slot'')';";
    case 'own-setting':
      return "EXECUTE pg_catalog.format('ALTER ROLE %I SET work_mem = %L', current_user, '64kB');";
    case 'large-object':
      return "PERFORM pg_catalog.lo_from_bytea(0, 'x');";
    case 'none':
      return '';
  }
}

const ESCALATE =
  "PERFORM pg_catalog.set_config('role', (SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolsuper ORDER BY r.oid LIMIT 1), true);";

/** The body every function of a case runs: its mark, the switch, the payload. */
function body(c: HostileCase, name: string, dir: string): string {
  return [`PERFORM pg_catalog.set_config('hostile.ran_${name}', 'yes', true);`, c.escalate ? ESCALATE : '', payloadSql(c.payload, dir)]
    .filter(Boolean)
    .join(' ');
}

/** A plpgsql function of the case returning `returns`, declared `volatility` (and SECURITY DEFINER where asked). */
function fn(
  c: HostileCase,
  dir: string,
  name: string,
  args: string,
  returns: string,
  result: string,
  volatility = 'VOLATILE',
  definer = false,
) {
  return `CREATE FUNCTION ${name}(${args}) RETURNS ${returns} LANGUAGE plpgsql ${volatility}${definer ? ' SECURITY DEFINER' : ''} AS $hostile$
BEGIN ${body(c, name, dir)} RETURN ${result}; END $hostile$;`;
}

/** One vehicle's part of a case: its source, its one batch statement, the function it reaches. */
interface VehiclePart {
  readonly source: readonly string[];
  readonly apply: string;
  readonly fn: string;
}

/** One vehicle, its names prefixed by `p` (a case holds several). */
function vehicle(c: HostileCase, v: HostileVehicle, p: string, dir: string): VehiclePart {
  const table = `CREATE TABLE ${p}landing (a int PRIMARY KEY, b int);`;
  const insert = `INSERT INTO ${p}landing (a) VALUES (1);`;
  const f = (name: string, args: string, returns: string, result: string, volatility = 'VOLATILE', definer = false) =>
    fn(c, dir, `${p}${name}`, args, returns, result, volatility, definer);
  const call = f('hostile', '', 'int', '1');
  switch (v) {
    case 'call':
      return { source: [table, call], apply: `INSERT INTO ${p}landing (a, b) VALUES (1, ${p}hostile());`, fn: `${p}hostile` };
    case 'stable-call':
      return { source: [table, f('hostile', '', 'int', '1', 'STABLE')], apply: `SELECT ${p}hostile();`, fn: `${p}hostile` };
    case 'definer':
      return { source: [table, f('hostile', '', 'int', '1', 'VOLATILE', true)], apply: `SELECT ${p}hostile();`, fn: `${p}hostile` };
    case 'trigger':
      return {
        source: [
          table,
          f('trigger', '', 'trigger', 'NEW'),
          `CREATE TRIGGER ${p}t BEFORE INSERT ON ${p}landing FOR EACH ROW EXECUTE FUNCTION ${p}trigger();`,
        ],
        apply: insert,
        fn: `${p}trigger`,
      };
    case 'rule':
      return {
        source: [
          table,
          call,
          `CREATE TABLE ${p}side (n int);`,
          `CREATE RULE ${p}r AS ON INSERT TO ${p}landing DO ALSO INSERT INTO ${p}side VALUES (${p}hostile());`,
        ],
        apply: insert,
        fn: `${p}hostile`,
      };
    case 'check':
      return {
        source: [
          table,
          f('check', 'int', 'boolean', 'true', 'IMMUTABLE'),
          `ALTER TABLE ${p}landing ADD CONSTRAINT ${p}c CHECK (${p}check(a));`,
        ],
        apply: insert,
        fn: `${p}check`,
      };
    case 'domain':
      return {
        source: [
          f('check', 'int', 'boolean', 'true', 'IMMUTABLE'),
          `CREATE DOMAIN ${p}guarded AS int CHECK (${p}check(VALUE));`,
          `CREATE TABLE ${p}landing (a ${p}guarded PRIMARY KEY, b int);`,
        ],
        apply: insert,
        fn: `${p}check`,
      };
    case 'default':
      return {
        source: [call, `CREATE TABLE ${p}landing (a int PRIMARY KEY, b int DEFAULT ${p}hostile());`],
        apply: insert,
        fn: `${p}hostile`,
      };
    case 'generated':
      return {
        source: [
          f('value', 'int', 'int', '$1', 'IMMUTABLE'),
          `CREATE TABLE ${p}landing (a int PRIMARY KEY, b int GENERATED ALWAYS AS (${p}value(a)) STORED);`,
        ],
        apply: insert,
        fn: `${p}value`,
      };
    case 'index':
      return {
        source: [table, f('value', 'int', 'int', '$1', 'IMMUTABLE'), `CREATE INDEX ${p}i ON ${p}landing (${p}value(a));`],
        apply: insert,
        fn: `${p}value`,
      };
    case 'view':
      return {
        source: [table, call, `CREATE VIEW ${p}looking AS SELECT ${p}hostile() AS h;`],
        apply: `SELECT * FROM ${p}looking;`,
        fn: `${p}hostile`,
      };
    case 'cast':
      return {
        source: [
          `CREATE TYPE ${p}boxed AS (v int);`,
          f('to_boxed', 'int', `${p}boxed`, `ROW($1)::${p}boxed`, 'IMMUTABLE'),
          `CREATE CAST (int AS ${p}boxed) WITH FUNCTION ${p}to_boxed(int) AS ASSIGNMENT;`,
          `CREATE TABLE ${p}landing (a int PRIMARY KEY, b ${p}boxed);`,
        ],
        apply: `INSERT INTO ${p}landing (a, b) VALUES (1, 5);`,
        fn: `${p}to_boxed`,
      };
    case 'column-list':
      return {
        source: [table, f('check', 'int', 'boolean', 'true', 'IMMUTABLE'), `CREATE DOMAIN ${p}guarded AS int CHECK (${p}check(VALUE));`],
        apply: `SELECT x.a FROM pg_catalog.json_to_record('{"a": 1}') AS x(a ${p}guarded);`,
        fn: `${p}check`,
      };
    case 'range':
      return {
        source: [
          f('diff', 'float8, float8', 'float8', '$1 - $2', 'IMMUTABLE'),
          `CREATE TYPE ${p}span AS RANGE (subtype = float8, subtype_diff = ${p}diff);`,
          `CREATE TABLE ${p}landing (a int PRIMARY KEY, r ${p}span);`,
          `INSERT INTO ${p}landing SELECT g, ${p}span(g, g + 1) FROM pg_catalog.generate_series(1, 400) AS g;`,
          `CREATE INDEX ${p}i ON ${p}landing USING gist (r);`,
        ],
        apply: `INSERT INTO ${p}landing (a, r) VALUES (1000, '[0.3,700.7)'), (1001, '[-50,10000)');`,
        fn: `${p}diff`,
      };
    case 'domain-default':
      return {
        source: [
          call,
          `CREATE DOMAIN ${p}defaulted AS int DEFAULT ${p}hostile();`,
          `CREATE TABLE ${p}landing (a int PRIMARY KEY, b ${p}defaulted);`,
        ],
        apply: insert,
        fn: `${p}hostile`,
      };
    case 'partition-key':
      return {
        source: [
          f('key', 'int', 'int', '$1', 'IMMUTABLE'),
          `CREATE TABLE ${p}landing (a int, b int) PARTITION BY RANGE (${p}key(a));`,
          `CREATE TABLE ${p}landing_low PARTITION OF ${p}landing FOR VALUES FROM (0) TO (100);`,
        ],
        apply: insert,
        fn: `${p}key`,
      };
    case 'fk-check':
      return {
        source: [
          `CREATE TYPE ${p}code AS ENUM ('a', 'b');`,
          f('code_int', `${p}code`, 'int', '1', 'IMMUTABLE'),
          `CREATE CAST (${p}code AS int) WITH FUNCTION ${p}code_int(${p}code) AS IMPLICIT;`,
          `CREATE TABLE ${p}parent (id int PRIMARY KEY);`,
          `INSERT INTO ${p}parent VALUES (1);`,
          `CREATE TABLE ${p}landing (a int PRIMARY KEY, c ${p}code REFERENCES ${p}parent (id));`,
        ],
        apply: `INSERT INTO ${p}landing (a, c) VALUES (1, 'a');`,
        fn: `${p}code_int`,
      };
    case 'sql-text':
      return {
        source: [table, call, 'CREATE EXTENSION IF NOT EXISTS tablefunc;'],
        apply: `SELECT * FROM crosstab('SELECT 1::text, 2::text, ${p}hostile()::text') AS ct(a text, b text);`,
        fn: `${p}hostile`,
      };
    case 'load-select':
      return { source: [table, call, `SELECT ${p}hostile();`], apply: insert, fn: `${p}hostile` };
    case 'load-trigger':
      return {
        source: [
          table,
          f('trigger', '', 'trigger', 'NEW'),
          `CREATE TRIGGER ${p}t BEFORE INSERT ON ${p}landing FOR EACH ROW EXECUTE FUNCTION ${p}trigger();`,
          `INSERT INTO ${p}landing (a) VALUES (0);`,
        ],
        apply: `INSERT INTO ${p}landing (a) VALUES (1);`,
        fn: `${p}trigger`,
      };
  }
}

/** The Postgres rendering of a case, with `dir` a directory the server may write to. */
export function renderHostile(c: HostileCase, dir: string): RenderedHostile {
  const parts = c.vehicles.map((v, i) => vehicle(c, v, `v${i + 1}_`, dir));
  return {
    source: `${parts.flatMap((p) => p.source).join('\n')}\n`,
    apply: `${parts.map((p) => p.apply).join('\n')}\n`,
    functions: parts.map((p, i) => ({ name: p.fn, statement: i + 1, named: c.named[i] === true })),
  };
}

/** The SQLite rendering of a case: what would reach a file outside the clone, from the source or the batch. */
export function renderSqliteHostile(c: HostileCase, dir: string): RenderedHostile {
  const table = 'CREATE TABLE landing (a INTEGER PRIMARY KEY, b INTEGER);';
  const insert = 'INSERT INTO landing (a) VALUES (1);';
  const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const done = (source: string, apply: string): RenderedHostile => ({
    source: `${source}\n`,
    apply: `${apply}\n`,
    functions: [],
  });
  switch (c.sqlite) {
    case 'attach':
      return done(table, `ATTACH DATABASE ${quoted(`${dir}/attached.db`)} AS other;\n${insert}`);
    case 'vacuum-into':
      return done(table, `${insert}\nVACUUM INTO ${quoted(`${dir}/vacuumed.db`)};`);
    case 'temp-directory':
      return done(table, `PRAGMA main."temp_store_directory" = ${quoted(dir)};\n${insert}`);
    case 'source-attach':
      return done(`${table}\nATTACH\n DATABASE ${quoted(`${dir}/attached.db`)} AS other;`, insert);
    case 'source-pragma':
      return done(`PRAGMA [temp_store_directory] = ${quoted(dir)};\n${table}`, insert);
    // An attacker's review: the first word as SQLite's tokenizer reads it (ATTACH, then +), and a PRAGMA applied as it compiles.
    case 'source-attach-operator':
      return done(`${table}\nATTACH+${quoted(`${dir}/attached.db`)} AS other;\nCREATE TABLE other.copy (a);`, insert);
    case 'source-explain-pragma':
      return done(`EXPLAIN PRAGMA temp_store_directory = ${quoted(dir)};\n${table}`, insert);
  }
}
