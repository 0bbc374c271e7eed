/**
 * The catalog the boundary resolves names in. In a rehearsal it is the clone's own (read once,
 * for the names the batch uses, before the batch runs): `pg_proc`, `pg_operator`, `pg_cast`,
 * `pg_type`, `pg_class`, `pg_attrdef`, `pg_depend` on Postgres; `pragma_function_list` and
 * `sqlite_schema` on SQLite (sqliteCatalog.ts). Classifying a batch on its own uses the server's built-in functions
 * as listed in `builtinFunctions.json` and cannot tell where a write lands.
 */
import builtins from './builtinFunctions.json' with { type: 'json' };
import type { FunctionInfo, Volatility } from './allowList.ts';
import { constantText, nameKey, quotedName, type QualifiedName, type StatementReferences } from './references.ts';
import { readReachGraph, type CatalogQueries, type ReachGraph, type ReachOptions, type ReachSeeds } from './reach.ts';
import { LINKED_OPERATORS } from './reachSql.ts';
import type { Session } from '../session/session.ts';
import { preparedBlock } from '../session/preparedStatements.ts';

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
}

/** What one statement runs besides what it names (reach.ts), as the judge reads it. */
export interface StatementReach {
  /** Functions it reaches, each with the way there in words; `inDefault`: through a column default or generated column. */
  readonly functions: readonly (FunctionInfo & { readonly via: string; readonly inDefault: boolean })[];
  /** Tables written on the way (a cascade, a partition, a rule, the table under a view). */
  readonly writes: readonly { readonly schema: string | null; readonly name: string; readonly via: string }[];
  /** Foreign tables read or written on the way. */
  readonly foreign: readonly { readonly name: string; readonly via: string }[];
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
  /** What a statement runs besides what it names; `undefined`: this catalog cannot tell. */
  reach?(refs: StatementReferences): StatementReach;
}

/** What the batch names, gathered before the catalog is read. */
export interface Wanted {
  readonly calls: readonly QualifiedName[];
  readonly operators: readonly QualifiedName[];
  readonly casts: readonly QualifiedName[];
  readonly targets: readonly QualifiedName[];
  /** Every relation a statement names (read, or read to be written). */
  readonly reads: readonly QualifiedName[];
  readonly sequences: readonly string[];
  /** Each statement's references, for what it runs besides (reach.ts). */
  readonly statements: readonly StatementReferences[];
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
  oid: string;
  signature: string;
  schema: string;
  name: string;
  volatility: Volatility;
  origin: 'builtin' | 'extension' | 'user';
  extname: string | null;
  secdef: boolean;
}

const toInfo = (r: FunctionRow): FunctionInfo => ({
  oid: r.oid,
  signature: r.signature,
  schema: r.schema,
  name: r.name,
  volatility: r.volatility,
  origin: r.origin === 'extension' ? { kind: 'extension', name: r.extname ?? '' } : { kind: r.origin },
  securityDefiner: r.secdef,
});

/**
 * The columns every function query returns, for `p` in `pg_proc` and `n` its schema. Built-in
 * means made with the server (an oid below FirstNormalObjectId, 16384), whatever its schema: a
 * function a dump created in `pg_catalog` is the database's own.
 */
const FUNCTION_COLUMNS = `p.oid::text AS oid, p.oid::pg_catalog.regprocedure::text AS signature, n.nspname AS schema, p.proname AS name,
  p.provolatile::text AS volatility, p.prosecdef AS secdef,
  CASE WHEN p.oid < 16384 THEN 'builtin' WHEN e.extname IS NOT NULL THEN 'extension' ELSE 'user' END AS origin, e.extname`;
const FUNCTION_ORIGIN = `JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'e'
  LEFT JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid`;
/** A name's schema: the one it names, or any schema of the batch's search path (`$4`). */
const ON_PATH = (schema: string) => `CASE WHEN r.s = '' THEN ${schema} = ANY ($4::text[]) ELSE ${schema} = r.s END`;

export function grouped<T extends { k: string }, V>(rows: readonly T[], map: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    let list = out.get(row.k);
    if (!list) out.set(row.k, (list = []));
    list.push(map(row));
  }
  return out;
}

const unique = (refs: readonly QualifiedName[]) => [...new Map(refs.map((r) => [nameKey(r), r])).values()];

/** How a catalog is read for a batch: the search path it runs with, and whether its role bypasses row-level security. */
export interface CatalogReading {
  /** The batch's pinned search path (`null`: the session's own). */
  readonly searchPath: string | null;
  /** The batch's role bypasses row-level security, so no policy runs for it. */
  readonly bypassRls: boolean;
  /** A restore script's: the tables whose triggers it disables, and no foreign key action it lets write (reach.ts). */
  readonly triggersDisabledOn?: ReachOptions['triggersDisabledOn'];
  readonly noKeyActions?: boolean;
}

/**
 * Reads what the batch names from a Postgres clone's catalog, on the session that will run it: the
 * names as the batch will resolve them (its search path), then everything else with only the
 * server's catalog on the path, so no operator or function the clone defines answers a query of
 * the boundary's own.
 */
export async function readPostgresCatalog(
  session: Session,
  asked: Wanted,
  reading: CatalogReading = { searchPath: null, bypassRls: true },
): Promise<BoundaryCatalog> {
  await session.exec(`BEGIN READ ONLY${reading.searchPath === null ? '' : `; SET LOCAL search_path TO ${reading.searchPath || "''"}`}`);
  try {
    const names = await resolveNames(session, asked);
    await session.exec('SET LOCAL search_path = pg_catalog');
    // Prepared once per session (planning these costs more than running them), checked before use.
    return await readResolved(preparedBlock(session), asked, names, reading);
  } finally {
    await session.exec('ROLLBACK');
  }
}

interface ResolvedNames {
  /** The schemas the batch's search path reaches, implicit ones included. */
  readonly path: string[];
  /** Relation name key → oid (`null`: none). */
  readonly relations: Map<string, string | null>;
  /** Type name key → oid (`null`: none). */
  readonly types: Map<string, string | null>;
  /** A `nextval` argument's text → the relation it names (`null`: none). */
  readonly sequences: Map<string, string | null>;
}

/** The batch's names, resolved as it will resolve them: with nothing but casts and the server's own functions (no operator a user defines can answer). */
async function resolveNames(session: Session, wanted: Wanted): Promise<ResolvedNames> {
  const relationNames = unique([...wanted.targets, ...wanted.reads]);
  const typeNames = unique(wanted.casts);
  const [row] = await session.query<{ path: string[]; rels: (string | null)[]; types: (string | null)[] }>(
    `SELECT pg_catalog.current_schemas(true)::text[] AS path,
            ARRAY(SELECT pg_catalog.to_regclass(x)::pg_catalog.oid::text FROM pg_catalog.unnest($1::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i) AS rels,
            ARRAY(SELECT pg_catalog.to_regtype(x)::pg_catalog.oid::text FROM pg_catalog.unnest($2::text[]) WITH ORDINALITY AS u(x, i) ORDER BY i) AS types`,
    [relationNames.map(quotedName), typeNames.map(quotedName)],
  );
  const sequences = new Map<string, string | null>();
  for (const text of new Set(wanted.sequences)) sequences.set(text, await resolveSequence(session, text));
  return {
    path: row?.path ?? [],
    relations: new Map(relationNames.map((r, i) => [nameKey(r), row?.rels[i] ?? null])),
    types: new Map(typeNames.map((t, i) => [nameKey(t), row?.types[i] ?? null])),
    sequences,
  };
}

async function readResolved(
  catalog: CatalogQueries,
  wanted: Wanted,
  resolved: ResolvedNames,
  reading: CatalogReading,
): Promise<BoundaryCatalog> {
  const target = await readTargets(catalog, wanted, resolved);
  const { functions, operators, casts } = await readNamedFunctions(catalog, wanted, resolved);
  const owners = new Map<string, string[]>();
  for (const [text, oid] of resolved.sequences) owners.set(text, await sequenceTables(catalog, oid));
  const seedsOf = (refs: StatementReferences): ReachSeeds => {
    const oidOf = (ref: QualifiedName) => resolved.relations.get(nameKey(ref)) ?? null;
    const writeOid = refs.target ? oidOf(refs.target) : null;
    const fns = [
      ...refs.calls.flatMap((c) => functions.get(nameKey(c)) ?? []),
      ...refs.operators.flatMap((o) => operators.get(nameKey(o)) ?? []),
      ...refs.casts.flatMap((t) => casts.get(nameKey(t)) ?? []),
    ];
    return {
      writes: writeOid ? [{ oid: writeOid, events: refs.events, allDefaults: refs.setsDefault }] : [],
      reads: refs.reads.flatMap((r) => oidOf(r) ?? []),
      types: refs.casts.flatMap((t) => resolved.types.get(nameKey(t)) ?? []),
      functions: fns.flatMap((f) => (f.oid ? [f.oid] : [])),
    };
  };
  const seeds = wanted.statements.map(seedsOf);
  const graph = await readReachGraph(catalog, seeds, {
    bypassRls: reading.bypassRls,
    triggersDisabledOn: reading.triggersDisabledOn,
    noKeyActions: reading.noKeyActions,
  });
  const reachedInfo = await functionsByOid(catalog, graph, seeds);
  return {
    source: 'clone',
    functions: (ref) => functions.get(nameKey(ref)) ?? [],
    operators: (ref) => operators.get(nameKey(ref)) ?? [],
    casts: (ref) => casts.get(nameKey(ref)) ?? [],
    target,
    sequenceTables: (text) => owners.get(text),
    reach: (refs) => {
      const reached = graph.reach(seedsOf(refs));
      return {
        functions: [...reached.functions].flatMap(([oid, how]) => {
          const info = reachedInfo.get(oid);
          return info ? [{ ...info, via: how.via, inDefault: how.inDefault }] : [];
        }),
        writes: reached.writes.map((w) => ({ schema: w.relation.schema, name: w.relation.relname, via: w.via })),
        foreign: reached.foreign.map((f) => ({ name: f.relation.name, via: f.via })),
      };
    },
  };
}

/** The relations the batch writes, as resolved: their kind, and the INSTEAD OF triggers and rules that rewrite a write to them. */
async function readTargets(
  catalog: CatalogQueries,
  wanted: Wanted,
  resolved: ResolvedNames,
): Promise<(ref: QualifiedName) => WriteTarget | null> {
  const targetOids = [...new Set(unique(wanted.targets).flatMap((t) => resolved.relations.get(nameKey(t)) ?? []))];
  const targetRows = await catalog.run<{ oid: string; schema: string; name: string; relkind: string; rewrites: string[] }>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
            ARRAY(SELECT 'INSTEAD OF trigger ' || quote_ident(tg.tgname) || ' runs ' || tg.tgfoid::regprocedure::text
                    FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND (tg.tgtype & 64) <> 0 ORDER BY tg.tgname)
         || ARRAY(SELECT 'rule ' || quote_ident(rw.rulename) FROM pg_rewrite rw
                   WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN' ORDER BY rw.rulename) AS rewrites
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ANY ($1::oid[])`,
    [targetOids],
  );
  const byOid = new Map(
    targetRows.map((r) => [
      r.oid,
      { key: r.oid, schema: r.schema, name: r.name, kind: relationKind(r.relkind), rewrites: r.rewrites ?? [] } satisfies WriteTarget,
    ]),
  );
  return (ref) => {
    const oid = resolved.relations.get(nameKey(ref));
    return oid ? (byOid.get(oid) ?? null) : null;
  };
}

/** The functions the batch names, the operators' functions and the casts' (and input functions) of the types it casts to, by name key. */
async function readNamedFunctions(catalog: CatalogQueries, wanted: Wanted, resolved: ResolvedNames) {
  const named = (refs: readonly QualifiedName[]) => {
    const u = unique(refs);
    return [u.map(nameKey), u.map((r) => r.schema ?? ''), u.map((r) => r.name), resolved.path];
  };
  const functions = grouped(
    await catalog.run<FunctionRow>(
      `SELECT r.k, ${FUNCTION_COLUMNS} FROM unnest($1::text[], $2::text[], $3::text[]) AS r(k, s, nm)
       JOIN pg_proc p ON p.proname = r.nm ${FUNCTION_ORIGIN} WHERE ${ON_PATH('n.nspname')}`,
      named(wanted.calls),
    ),
    toInfo,
  );
  // An operator runs its negator's and its commutator's functions too, where the planner puts them in its place.
  const operators = grouped(
    await catalog.run<FunctionRow>(
      `WITH RECURSIVE named AS (
         SELECT r.k, o.oid AS op FROM unnest($1::text[], $2::text[], $3::text[]) AS r(k, s, nm)
           JOIN pg_operator o ON o.oprname = r.nm
           JOIN pg_namespace opn ON opn.oid = o.oprnamespace
          WHERE ${ON_PATH('opn.nspname')}),
       ${LINKED_OPERATORS('named')}
       SELECT linked.k, ${FUNCTION_COLUMNS} FROM linked JOIN pg_operator o ON o.oid = linked.op
         JOIN pg_proc p ON p.oid = o.oprcode::oid ${FUNCTION_ORIGIN}`,
      named(wanted.operators),
    ),
    toInfo,
  );
  const castTypes = unique(wanted.casts);
  const casts = grouped(
    await catalog.run<FunctionRow>(
      `SELECT r.k, ${FUNCTION_COLUMNS} FROM unnest($1::text[], $2::oid[]) AS r(k, t)
       JOIN pg_type t ON t.oid = r.t
       JOIN pg_proc p ON p.oid = t.typinput::oid OR p.oid IN (SELECT c.castfunc FROM pg_cast c WHERE c.casttarget = t.oid) ${FUNCTION_ORIGIN}`,
      [castTypes.map(nameKey), castTypes.map((t) => resolved.types.get(nameKey(t)) ?? null)],
    ),
    toInfo,
  );
  return { functions, operators, casts };
}

/** Every function the batch's statements reach, by oid. */
async function functionsByOid(
  catalog: CatalogQueries,
  graph: ReachGraph,
  seeds: readonly ReachSeeds[],
): Promise<Map<string, FunctionInfo>> {
  const oids = [...new Set(seeds.flatMap((s) => [...graph.reach(s).functions.keys()]))];
  if (oids.length === 0) return new Map();
  const rows = await catalog.run<FunctionRow>(
    `SELECT p.oid::text AS k, ${FUNCTION_COLUMNS} FROM pg_proc p ${FUNCTION_ORIGIN} WHERE p.oid = ANY ($1::oid[])`,
    [oids],
  );
  return new Map(rows.map((r) => [r.oid, toInfo(r)]));
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
async function sequenceTables(catalog: CatalogQueries, oid: string | null): Promise<string[]> {
  if (oid === null) return [];
  const rows = await catalog.run<{ k: string }>(
    `SELECT d.refobjid::text AS k FROM pg_depend d
      WHERE d.classid = 'pg_class'::regclass AND d.objid = $1::oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
     UNION
     SELECT ad.adrelid::text FROM pg_depend d JOIN pg_attrdef ad ON ad.oid = d.objid
      WHERE d.classid = 'pg_attrdef'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = $1::oid`,
    [oid],
  );
  return rows.map((r) => r.k);
}

/** The relation a `nextval` argument names, as the batch's search path resolves it (`null`: none, or no name at all). */
async function resolveSequence(session: Session, text: string): Promise<string | null> {
  await session.exec('SAVEPOINT rehearse_sequence_name');
  try {
    const [row] = await session.query<{ oid: string | null }>('SELECT pg_catalog.to_regclass($1)::pg_catalog.oid::text AS oid', [text]);
    await session.exec('RELEASE SAVEPOINT rehearse_sequence_name');
    return row?.oid ?? null;
  } catch {
    await session.exec('ROLLBACK TO SAVEPOINT rehearse_sequence_name');
    return null; // not a relation name at all
  }
}

/** The constant sequence names `nextval` is called with. */
export function sequenceArguments(refs: StatementReferences): string[] {
  return refs.calls
    .filter((c) => c.name === 'nextval')
    .map((c) => constantText(c.args[0]))
    .filter((t) => t !== null);
}
