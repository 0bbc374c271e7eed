/**
 * The catalog the boundary resolves names in. In a rehearsal it is the clone's own (read once,
 * for the names the batch uses, before the batch runs): `pg_proc`, `pg_operator`, `pg_cast`,
 * `pg_type`, `pg_class`, `pg_attrdef`, `pg_depend` on Postgres; `pragma_function_list` and
 * `sqlite_schema` on SQLite. Classifying a batch on its own uses the server's built-in functions
 * as listed in `builtinFunctions.json` and cannot tell where a write lands.
 */
import builtins from './builtinFunctions.json' with { type: 'json' };
import type { FunctionInfo, Volatility } from './allowList.ts';
import { constantText, expressionReferences, nameKey, quotedName, type QualifiedName, type StatementReferences } from './references.ts';
import type { Session } from '../targets/target.ts';

export type TargetKind = 'table' | 'partitioned table' | 'view' | 'materialized view' | 'foreign table' | 'other';

/** The relation a write lands on, as the clone resolves the statement's name. */
export interface WriteTarget {
  /** The relation's oid (Postgres) or name (SQLite): what `sequenceTables` answers with. */
  readonly key: string;
  /** The schema as the database shows it; `null` where the backend has none. */
  readonly schema: string | null;
  readonly name: string;
  readonly kind: TargetKind;
  /** What a write to a view runs instead: its INSTEAD OF triggers and rules, in words. */
  readonly rewrites: readonly string[];
  /** Its columns' default expressions as SQL text (an INSERT may run them). */
  readonly defaults: readonly string[];
}

export interface BoundaryCatalog {
  /** `clone` when names were resolved in the clone, `built-in` when only the list of built-ins was at hand. */
  readonly source: 'clone' | 'built-in';
  /** Every function a call of this name may resolve to (every overload on the search path, or in the named schema). */
  functions(ref: QualifiedName): readonly FunctionInfo[];
  /** The functions an operator of this name may run. */
  operators(ref: QualifiedName): readonly FunctionInfo[];
  /** The functions a cast to this type may run (its input function and cast functions). */
  casts(ref: QualifiedName): readonly FunctionInfo[];
  /** `undefined`: this catalog cannot tell; `null`: the clone has no such relation. */
  target(ref: QualifiedName): WriteTarget | null | undefined;
  /**
   * The keys of the tables a sequence a constant names belongs to (owned by one, or called by its
   * column defaults); `undefined`: cannot tell.
   */
  sequenceTables(text: string): readonly string[] | undefined;
}

/** What the batch names, gathered before the catalog is read. */
export interface Wanted {
  readonly calls: readonly QualifiedName[];
  readonly operators: readonly QualifiedName[];
  readonly casts: readonly QualifiedName[];
  readonly targets: readonly QualifiedName[];
  readonly sequences: readonly string[];
}

const VOLATILITY: Record<string, Volatility> = {
  ...Object.fromEntries(builtins.immutable.map((n) => [n, 'i' as const])),
  ...Object.fromEntries(builtins.stable.map((n) => [n, 's' as const])),
  ...Object.fromEntries(builtins.volatile.map((n) => [n, 'v' as const])),
};

/** The built-in functions only: no user function, no operator's or cast's function, no relation. */
export const BUILTIN_CATALOG: BoundaryCatalog = {
  source: 'built-in',
  functions: (ref) => {
    const volatility = Object.hasOwn(VOLATILITY, ref.name) ? VOLATILITY[ref.name] : undefined;
    if (!volatility || (ref.schema !== null && ref.schema !== 'pg_catalog')) return [];
    return [{ signature: `pg_catalog.${ref.name}`, schema: 'pg_catalog', name: ref.name, volatility, origin: { kind: 'builtin' } }];
  },
  operators: () => [],
  casts: () => [],
  target: () => undefined,
  sequenceTables: () => undefined,
};

interface FunctionRow {
  k: string;
  signature: string;
  schema: string;
  name: string;
  volatility: Volatility;
  origin: 'builtin' | 'extension' | 'user';
  extname: string | null;
}

const toInfo = (r: FunctionRow): FunctionInfo => ({
  signature: r.signature,
  schema: r.schema,
  name: r.name,
  volatility: r.volatility,
  origin: r.origin === 'extension' ? { kind: 'extension', name: r.extname ?? '' } : { kind: r.origin },
});

/** The columns every function query returns, for `p` in `pg_proc` and `n` its schema. */
const FUNCTION_COLUMNS = `p.oid::pg_catalog.regprocedure::text AS signature, n.nspname AS schema, p.proname AS name, p.provolatile::text AS volatility,
  CASE WHEN n.nspname IN ('pg_catalog', 'information_schema') THEN 'builtin' WHEN e.extname IS NOT NULL THEN 'extension' ELSE 'user' END AS origin, e.extname`;
const FUNCTION_ORIGIN = `JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'e'
  LEFT JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid`;
const ON_PATH = `CASE WHEN r.s = '' THEN n.nspname = ANY (pg_catalog.current_schemas(true)) ELSE n.nspname = r.s END`;

function grouped<T extends { k: string }, V>(rows: readonly T[], map: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    if (!out.has(row.k)) out.set(row.k, []);
    out.get(row.k)!.push(map(row));
  }
  return out;
}

const unique = (refs: readonly QualifiedName[]) => [...new Map(refs.map((r) => [nameKey(r), r])).values()];

/**
 * Reads what the batch names from a Postgres clone's catalog, in the session that will run it,
 * with the search path it will run with (`null`: the session's own).
 */
export async function readPostgresCatalog(
  session: Session,
  asked: Wanted,
  parse: (sql: string) => unknown,
  searchPath: string | null = null,
): Promise<BoundaryCatalog> {
  await session.exec(`BEGIN READ ONLY${searchPath === null ? '' : `; SET LOCAL search_path TO ${searchPath || "''"}`}`);
  try {
    return await readInPath(session, asked, parse);
  } finally {
    await session.exec('ROLLBACK');
  }
}

async function readInPath(session: Session, asked: Wanted, parse: (sql: string) => unknown): Promise<BoundaryCatalog> {
  let wanted = asked;
  const targetNames = unique(wanted.targets);
  const targetRows = await session.query<{
    k: string;
    oid: string | null;
    schema: string;
    name: string;
    relkind: string;
    rewrites: string[];
    defaults: string[];
  }>(
    `SELECT r.k, c.oid::text AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
            ARRAY(SELECT 'INSTEAD OF trigger ' || pg_catalog.quote_ident(tg.tgname) || ' runs ' || tg.tgfoid::pg_catalog.regprocedure::text
                    FROM pg_catalog.pg_trigger tg WHERE tg.tgrelid = c.oid AND (tg.tgtype & 64) <> 0 ORDER BY tg.tgname)
         || ARRAY(SELECT 'rule ' || pg_catalog.quote_ident(rw.rulename) FROM pg_catalog.pg_rewrite rw
                   WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN' ORDER BY rw.rulename) AS rewrites,
            ARRAY(SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = c.oid ORDER BY ad.adnum) AS defaults
       FROM unnest($1::text[], $2::text[]) AS r(k, q)
       LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(r.q)
       LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`,
    [targetNames.map(nameKey), targetNames.map(quotedName)],
  );
  const targets = new Map(
    targetRows.map((r) => [
      r.k,
      r.oid === null
        ? null
        : ({
            key: r.oid,
            schema: r.schema,
            name: r.name,
            kind: relationKind(r.relkind),
            rewrites: r.rewrites ?? [],
            defaults: r.defaults ?? [],
          } satisfies WriteTarget),
    ]),
  );
  // A column default runs when an INSERT leaves its column out: what it calls is resolved too.
  const fromDefaults = [...targets.values()]
    .flatMap((t) => t?.defaults ?? [])
    .map((d) => expressionReferences(d, parse))
    .filter((r) => r !== null);
  wanted = {
    ...wanted,
    calls: [...wanted.calls, ...fromDefaults.flatMap((r) => r.calls)],
    operators: [...wanted.operators, ...fromDefaults.flatMap((r) => r.operators)],
    casts: [...wanted.casts, ...fromDefaults.flatMap((r) => r.casts)],
    sequences: [...wanted.sequences, ...fromDefaults.flatMap(sequenceArguments)],
  };
  const named = (refs: readonly QualifiedName[]) => {
    const u = unique(refs);
    return [u.map(nameKey), u.map((r) => r.schema ?? ''), u.map((r) => r.name)];
  };
  const functions = grouped(
    await session.query<FunctionRow>(
      `SELECT r.k, ${FUNCTION_COLUMNS} FROM unnest($1::text[], $2::text[], $3::text[]) AS r(k, s, nm)
       JOIN pg_catalog.pg_proc p ON p.proname = r.nm ${FUNCTION_ORIGIN} WHERE ${ON_PATH}`,
      named(wanted.calls),
    ),
    toInfo,
  );
  const operators = grouped(
    await session.query<FunctionRow>(
      `SELECT r.k, ${FUNCTION_COLUMNS} FROM unnest($1::text[], $2::text[], $3::text[]) AS r(k, s, nm)
       JOIN pg_catalog.pg_operator o ON o.oprname = r.nm
       JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
       JOIN pg_catalog.pg_proc p ON p.oid = o.oprcode::pg_catalog.oid ${FUNCTION_ORIGIN}
      WHERE CASE WHEN r.s = '' THEN opn.nspname = ANY (pg_catalog.current_schemas(true)) ELSE opn.nspname = r.s END`,
      named(wanted.operators),
    ),
    toInfo,
  );
  const castTypes = unique(wanted.casts);
  const casts = grouped(
    await session.query<FunctionRow>(
      `SELECT r.k, ${FUNCTION_COLUMNS} FROM unnest($1::text[], $2::text[]) AS r(k, q)
       JOIN pg_catalog.pg_type t ON t.oid = pg_catalog.to_regtype(r.q)
       JOIN pg_catalog.pg_proc p ON p.oid = t.typinput::pg_catalog.oid
         OR p.oid IN (SELECT c.castfunc FROM pg_catalog.pg_cast c WHERE c.casttarget = t.oid) ${FUNCTION_ORIGIN}`,
      [castTypes.map(nameKey), castTypes.map(quotedName)],
    ),
    toInfo,
  );
  const owners = new Map<string, string[]>();
  for (const text of new Set(wanted.sequences)) owners.set(text, await sequenceTables(session, text));
  return {
    source: 'clone',
    functions: (ref) => functions.get(nameKey(ref)) ?? [],
    operators: (ref) => operators.get(nameKey(ref)) ?? [],
    casts: (ref) => casts.get(nameKey(ref)) ?? [],
    target: (ref) => targets.get(nameKey(ref)) ?? null,
    sequenceTables: (text) => owners.get(text),
  };
}

function relationKind(relkind: string): TargetKind {
  return (
    ({ r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view', f: 'foreign table' } as Record<string, TargetKind>)[
      relkind
    ] ?? 'other'
  );
}

/**
 * The tables a sequence a `nextval` argument names belongs to: the one owning it (an owned or
 * identity sequence) and those whose column defaults call it (a sequence created on its own).
 */
async function sequenceTables(session: Session, text: string): Promise<string[]> {
  try {
    const rows = await session.query<{ k: string }>(
      `SELECT d.refobjid::text AS k FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = pg_catalog.to_regclass($1)
          AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
       UNION
       SELECT ad.adrelid::text FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_attrdef ad ON ad.oid = d.objid
        WHERE d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.refobjid = pg_catalog.to_regclass($1)`,
      [text],
    );
    return rows.map((r) => r.k);
  } catch {
    return []; // not a relation name at all
  }
}

/** Reads what the batch names from a SQLite clone: its functions and the relations it writes. */
export async function readSqliteCatalog(session: Session): Promise<BoundaryCatalog> {
  const rows = await session.query<{ name: string; builtin: number; flags: number }>(
    'SELECT name, builtin, flags FROM pragma_function_list',
  );
  const functions = grouped(
    rows.map((r) => ({ ...r, k: r.name.toLowerCase() })),
    (r): FunctionInfo => ({
      signature: r.name,
      schema: 'main',
      name: r.name.toLowerCase(),
      // SQLITE_DETERMINISTIC: the same arguments give the same result.
      volatility: (r.flags & 0x800) !== 0 ? 'i' : 'v',
      origin: r.builtin ? { kind: 'builtin' } : { kind: 'user' },
    }),
  );
  const relations = await session.query<{ type: string; name: string; triggers: string | null }>(
    `SELECT s.type, s.name, (SELECT group_concat(t.name, ', ') FROM sqlite_schema t WHERE t.type = 'trigger' AND t.tbl_name = s.name) AS triggers
       FROM sqlite_schema s WHERE s.type IN ('table', 'view')`,
  );
  const byName = new Map(relations.map((r) => [r.name.toLowerCase(), r]));
  return {
    source: 'clone',
    functions: (ref) => (ref.schema === null || ref.schema === 'main' ? (functions.get(ref.name.toLowerCase()) ?? []) : []),
    operators: () => [],
    casts: () => [],
    target: (ref) => {
      const r = ref.schema === null || ref.schema.toLowerCase() === 'main' ? byName.get(ref.name.toLowerCase()) : undefined;
      if (!r) return null;
      return {
        key: r.name,
        schema: null,
        name: r.name,
        kind: r.type === 'view' ? 'view' : 'table',
        rewrites: r.type === 'view' && r.triggers ? [`trigger ${r.triggers}`] : [],
        defaults: [],
      };
    },
    sequenceTables: () => [],
  };
}

/** The constant sequence names `nextval` is called with. */
export function sequenceArguments(refs: StatementReferences): string[] {
  return refs.calls
    .filter((c) => c.name === 'nextval')
    .map((c) => constantText(c.args[0]))
    .filter((t) => t !== null);
}
