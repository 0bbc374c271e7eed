/**
 * Known-bad engines in the real code paths: each defect is a small edit to a copy of the real
 * sources (`src/` copied to `.rehearse-tmp/planted/<pid>/<id>/src/`, the edit applied, the copy
 * imported), so the defect lives where a real engineer would write it — in the Postgres and
 * SQLite capture, the engine's steps, clone reuse — and the copy's own targets are hunted (its
 * clones read with its state readers). An edit must find its text exactly once: when the source
 * changes under it, the hunt fails naming the defect, never silently hunts the unchanged code.
 *
 * `caughtBy` names the generator part whose cases catch it.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { engineFrom, type EngineApi } from '../../properties/harness/engineApi.ts';
import { PACKAGE_ROOT } from '../../src/suite.ts';
import { type resolveTarget } from '../../src/index.ts';

export interface SourceEdit {
  /** Under `src/`. */
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

export interface PlantedDefect {
  readonly id: string;
  readonly defect: string;
  readonly caughtBy: string;
  readonly edits: readonly SourceEdit[];
  /** A standing check (standingChecks.ts) that catches it, where no property can make the case. */
  readonly standing?: string;
}

export interface PlantedEngine {
  readonly engine: EngineApi;
  readonly resolveTarget: typeof resolveTarget;
  /** The copy's root: its `src/` holds the defect. */
  readonly root: string;
}

const RELATION_TABLES = `FROM cls c WHERE c.relkind IN ('r', 'm')) AS tables`;

const CAPTURE_DEFECTS: readonly PlantedDefect[] = [
  {
    id: 'pg-capture.skips-materialized-views',
    defect: 'the Postgres capture lists tables only (relkind r), so a materialized view’s rows are never hashed',
    caughtBy: 'world objects: matview, its REFRESH (capture.sees-every-object-change)',
    edits: [{ file: 'capture/postgresCatalogSql.ts', find: RELATION_TABLES, replace: `FROM cls c WHERE c.relkind IN ('r')) AS tables` }],
  },
  {
    id: 'pg-capture.reads-unpopulated-matviews',
    defect: 'the Postgres capture takes every materialized view as populated and reads one WITH NO DATA',
    caughtBy: 'world objects: matview WITH NO DATA, read (capture.sees-every-object-change)',
    edits: [{ file: 'capture/postgresCatalogSql.ts', find: `'populated', c.relispopulated,`, replace: `'populated', true,` }],
  },
  {
    id: 'pg-capture.skips-partitions',
    defect: 'the Postgres capture leaves out partitions (relispartition), so rows routed to them are never hashed',
    caughtBy: 'world objects: partitioned, rows inserted, moved and deleted (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: RELATION_TABLES,
        replace: `FROM cls c WHERE c.relkind IN ('r', 'm') AND NOT c.relispartition) AS tables`,
      },
    ],
  },
  {
    id: 'pg-capture.skips-inheritance-children',
    defect: 'the Postgres capture leaves out inheritance children (pg_inherits), reading the parent with ONLY',
    caughtBy: 'world objects: inheritance, a row inserted into the child (capture.detects-every-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: RELATION_TABLES,
        replace: `FROM cls c WHERE c.relkind IN ('r', 'm') AND (c.relispartition OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid))) AS tables`,
      },
    ],
  },
  {
    id: 'pg-capture.hashes-first-8kb',
    defect: 'the Postgres capture hashes each value’s first 8 kB (a page), so a change past it in a TOASTed value is missed',
    caughtBy: 'world objects: toast, a large value appended to (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresState.ts',
        find: "const columns = [...table.columns.map((c) => `t.${c.sqlName}`), ...table.columns.flatMap(objectIdOf)].join(', ');",
        replace:
          "const columns = [...table.columns.map((c) => `left(t.${c.sqlName}::text, 8192)`), ...table.columns.flatMap(objectIdOf)].join(', ');",
      },
    ],
  },
  {
    id: 'pg-capture.schema-misses-trigger-state',
    defect: 'the Postgres schema capture records a trigger’s definition but not whether it is enabled',
    caughtBy: 'world objects: audit, its trigger disabled (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: `pg_get_triggerdef(tg.oid) || ' enabled=' || tg.tgenabled::text`,
        replace: 'pg_get_triggerdef(tg.oid)',
      },
    ],
  },
  {
    id: 'pg-capture.schema-misses-policies',
    defect: 'the Postgres schema capture forgets row-level security policies',
    caughtBy: 'world objects: rls, its policy widened (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: 'FROM cls c JOIN pg_catalog.pg_policy p ON p.polrelid = c.oid',
        replace: 'FROM cls c JOIN pg_catalog.pg_policy p ON p.polrelid = c.oid AND false',
      },
    ],
  },
  {
    id: 'pg-capture.enum-by-name-only',
    defect: 'the Postgres schema capture records an enum type by its name, not its labels',
    caughtBy: 'world objects: enum, a label added (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: '(SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)',
        replace: `'enum'`,
      },
    ],
  },
  {
    id: 'pg-capture.domain-by-base-type-only',
    defect: 'the Postgres schema capture records a domain by its base type, not its CHECK constraints',
    caughtBy: 'world objects: domain, its CHECK dropped (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: 'json_agg(pg_get_constraintdef(con.oid) ORDER BY con.conname)::text',
        replace: 'NULL::text',
      },
    ],
  },
  {
    id: 'pg-capture.schema-misses-column-collation',
    defect: 'the Postgres schema capture records a column’s type but not its collation',
    caughtBy: 'world objects: collation, the column’s collation changed (capture.sees-every-object-change)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: `'collation=' || coalesce(co.collname, ''),`,
        replace: '',
      },
    ],
  },
  {
    id: 'sqlite-capture.schema-misses-triggers',
    defect: 'the SQLite schema capture lists tables, indexes and views from sqlite_schema, not triggers',
    caughtBy: 'world objects: audit, its trigger dropped (capture.sees-every-object-change on SQLite)',
    edits: [
      {
        file: 'capture/sqliteState.ts',
        find: '`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE',
        replace: "`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type <> 'trigger' AND name NOT LIKE",
      },
    ],
  },
  {
    id: 'sqlite-capture.misses-autoincrement-counters',
    defect: 'the SQLite capture looks for a table named sqlite_sequences (a typo), so AUTOINCREMENT counters are never captured',
    caughtBy: 'world objects: audit (an AUTOINCREMENT log on SQLite), its counter moved (capture.sees-every-object-change on SQLite)',
    edits: [{ file: 'capture/sqliteState.ts', find: `name = 'sqlite_sequence'\``, replace: `name = 'sqlite_sequences'\`` }],
  },
  {
    id: 'pg-rollback.misses-identity-sequences',
    defect: 'the Postgres capture’s sequence list leaves out identity columns’ sequences, so the rollback never puts them back',
    caughtBy: 'tables: identity columns with inserted rows (rehearsal.ready-implies-restored)',
    edits: [
      {
        file: 'capture/postgresCatalogSql.ts',
        find: `FROM cls c WHERE c.relkind = 'S') AS sequences`,
        replace: `FROM cls c WHERE c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')) AS sequences`,
      },
    ],
  },
  {
    id: 'pg-capture.copy-null-as-empty',
    defect: "the Postgres capture copies rows WITH (NULL ''), so NULL and the empty string hash alike",
    caughtBy: "tables: look-alike values, NULL and '' (capture.detects-every-change)",
    edits: [
      {
        file: 'capture/postgresState.ts',
        find: 'ORDER BY ${orderBy(table)}) TO STDOUT`',
        replace: "ORDER BY ${orderBy(table)}) TO STDOUT WITH (NULL '')`",
      },
    ],
  },
  {
    id: 'sqlite-capture.hashes-in-rowid-order',
    defect: 'the SQLite capture hashes a keyed table in rowid order (the order rows were written), not key order',
    caughtBy: 'tables: text and composite keys, rows written again in another order (capture.order-independent on SQLite)',
    edits: [
      {
        file: 'capture/sqliteState.ts',
        find: "const order = table.key ? ` ORDER BY ${orderBy(table)}` : '';",
        replace: "const order = table.key ? ' ORDER BY rowid' : '';",
      },
    ],
  },
  {
    id: 'reuse.trusts-its-reset',
    defect: 'clone reuse hands out a reset clone without the freshness check, and its reset forgets standalone sequences',
    caughtBy:
      'tables: standalone sequences, left on a reused clone (evidence.tree-hash-reproducible: the second rehearsal cannot make its clone)',
    edits: [
      {
        file: 'targets/reuse.ts',
        find: `c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
        replace: `c.relkind IN ('r', 'p', 'v', 'm', 'f')`,
      },
      {
        file: 'targets/reuse.ts',
        find: 'if ((await changedSinceFresh(this.sessionOf(kept.resource), kept.fresh)).length === 0) return kept;',
        replace: 'return kept;',
      },
    ],
  },
];

/** Least privilege and what the classifier follows (issue 25): each defect one real tools have had. */
const PRIVILEGE_DEFECTS: readonly PlantedDefect[] = [
  {
    id: 'pg.batch-as-connecting-role',
    defect: "the server target logs the batch's session in as the connecting role (a superuser), not as the clone's apply role",
    caughtBy: 'hostile cases: a named function that writes a server file or makes a role (rehearsal.nothing-outside-the-clone)',
    edits: [
      {
        file: 'targets/scratchDatabases.ts',
        find: 'session: new PgClientSession(() => this.loginAs(apply, name)),',
        replace: 'session: new PgClientSession(() => this.adminClient(name)),',
      },
    ],
  },
  {
    id: 'pg.load-as-connecting-role',
    defect: "the server target loads the clone source as the connecting role (a superuser), not as the clone's owner",
    caughtBy: "hostile cases: the clone source's own SELECT or trigger writes a server file (rehearsal.nothing-outside-the-clone)",
    edits: [
      {
        file: 'targets/scratchDatabases.ts',
        find: 'ownerSession: new PgClientSession(() => this.loginAs(owner, name)),',
        replace: 'ownerSession: new PgClientSession(() => this.adminClient(name)),',
      },
    ],
  },
  {
    id: 'pg.census-inside-the-load',
    defect: "the load's census is read only inside the load's own snapshot, where another session's work is not seen",
    caughtBy: 'a role another session makes while the source loads (standing check census.sees-other-sessions)',
    standing: 'census.sees-other-sessions',
    edits: [
      {
        file: 'source/loadSource.ts',
        find: '...(outside ? censusChanges(outsideBefore, await options.outsideCensus(), options.own) : [])',
        replace: '',
      },
    ],
  },
  {
    id: 'boundary.builtin-by-schema',
    defect: "the boundary takes every function in pg_catalog for the server's own, whoever put it there",
    caughtBy: 'a function a superuser put in pg_catalog (standing check boundary.builtin-by-oid)',
    standing: 'boundary.builtin-by-oid',
    edits: [
      {
        file: 'boundary/catalog.ts',
        find: "CASE WHEN p.oid < 16384 THEN 'builtin'",
        replace: "CASE WHEN n.nspname IN ('pg_catalog', 'information_schema') THEN 'builtin'",
      },
    ],
  },
  {
    id: 'boundary.triggers-not-followed',
    defect: 'the boundary does not follow the triggers of the table a statement writes',
    caughtBy: 'hostile cases: a trigger the insert fires (boundary.names-what-it-runs)',
    edits: [
      {
        file: 'boundary/reach.ts',
        find: 'this.add(from, key.object(classes.pg_trigger, t.oid), `trigger ${t.name} of ${at}`);',
        replace: 'void t;',
      },
    ],
  },
  {
    id: 'boundary.trusts-declared-volatility',
    defect: "the boundary lets a function of the database's own through unnamed when it is declared STABLE or IMMUTABLE",
    caughtBy: 'hostile cases: a STABLE function called, an IMMUTABLE one in a CHECK or index (boundary.names-what-it-runs)',
    edits: [
      {
        file: 'boundary/judge.ts',
        find: "if (f.origin.kind === 'user') {",
        replace: "if (f.origin.kind === 'user' && f.volatility === 'v') {",
      },
    ],
  },
];

/** Defects of the executor as written (issue 26). */
const EXECUTOR_DEFECTS: readonly PlantedDefect[] = [
  {
    id: 'executor.accepts-without-on-error-stop',
    defect: 'an executor without \\set ON_ERROR_STOP on (.bail on) before its BEGIN is rehearsed as if it stopped on its first error',
    caughtBy: 'batches wrapped as executors, some without the line (rehearsal.executor-as-written)',
    edits: [
      {
        file: 'engine/steps/checkIntegrityAndBoundary.ts',
        find: "if (executor.stopOnErrorLine === null) ledger.block('EXECUTOR_ON_ERROR_STOP_MISSING');",
        replace: '',
      },
    ],
  },
];

/** A restore script that names a row by its key alone and never checks how many rows a statement matched. */
const NO_GUARD: PlantedDefect['edits'] = [
  {
    file: 'restore/restoreScript.ts',
    find: "function guard(table: TableInfo, row: RowImage, dialect: 'postgres' | 'sqlite'): string {",
    replace:
      "function guard(table: TableInfo, row: RowImage, dialect: 'postgres' | 'sqlite'): string {\n  return (table.key ?? []).map((p) => `${table.columns[p]!.sqlName} = ${literal(row.cells[p] ?? null, table.columns[p]!, dialect)}`).join(' AND ');",
  },
  {
    file: 'restore/restoreScript.ts',
    find: "SELECT CASE WHEN count(*) = 1 THEN 'restored'",
    replace: "SELECT CASE WHEN count(*) >= 0 THEN 'restored'",
  },
  {
    file: 'restore/restoreScript.ts',
    find: "VALUES (${quoteText(what, 'sqlite')}, changes());`",
    replace: "VALUES (${quoteText(what, 'sqlite')}, 1);`",
  },
];

/** Defects of the restore script (issue 26): each leaves a script that the oracle, the engine's own proof or another session's moves catch. */
const RESTORE_DEFECTS: readonly PlantedDefect[] = [
  {
    id: 'restore.guard-with-equals',
    defect: 'the restore script guards a row with = instead of a NULL-safe comparison, so a row holding a NULL never matches',
    caughtBy: 'generated batches changing rows with NULLs (restore-script.restores-before)',
    edits: [{ file: 'restore/restoreScript.ts', find: '"C" IS NOT DISTINCT FROM ${', replace: '"C" = ${' }],
  },
  {
    id: 'restore.no-guard',
    defect: 'the restore script acts on a row by its key alone and never checks how many rows it matched',
    caughtBy: 'generated batches, with a row the change touched moved before the script (restore-script.restores-before)',
    edits: NO_GUARD,
  },
  {
    id: 'restore.no-guard-unproved',
    defect:
      'the restore script acts on a row by its key alone, and the engine never moves a row before it proves the script (so its own proof cannot see that)',
    caughtBy: 'generated batches, rows moved by another session on a copy of the committed state (restore-script.aborts-when-rows-moved)',
    edits: [
      ...NO_GUARD,
      {
        file: 'restore/proveRestore.ts',
        find: "async function moveOneRow(session: Session, tables: readonly TableRestore[], dialect: 'postgres' | 'sqlite'): Promise<string | null> {",
        replace:
          "async function moveOneRow(session: Session, tables: readonly TableRestore[], dialect: 'postgres' | 'sqlite'): Promise<string | null> {\n  if (tables.length > 0) return null;",
      },
    ],
  },
  {
    id: 'restore.cascades-into-rows-written-since',
    defect:
      'the restore script deletes a row the change inserted without checking for rows written since that reference it, so its foreign key’s CASCADE or SET NULL writes them',
    caughtBy:
      'generated batches inserting parents, a row the change did not touch pointed at one by another session (restore-script.aborts-when-rows-moved)',
    edits: [{ file: 'restore/restoreScript.ts', find: 'return (t.referencedBy ?? [])', replace: 'return ([] as ReferencingKey[])' }],
  },
  {
    id: 'restore.deletes-parents-first',
    defect: 'the restore script deletes the rows the change inserted parents first, which a foreign key refuses',
    caughtBy: 'a parent and its child inserted (standing check restore.children-first)',
    standing: 'restore.children-first',
    edits: [{ file: 'restore/restoreScript.ts', find: 'for (const t of [...tables].reverse()) {', replace: 'for (const t of tables) {' }],
  },
  {
    id: 'restore.forgets-deleted-rows',
    defect: 'the restore script never puts back the rows the change deleted',
    caughtBy: 'generated batches deleting rows (restore-script.restores-before)',
    edits: [{ file: 'restore/restoreScript.ts', find: 'for (const row of t.deleted) out.push(insertRow(t, row, dialect));', replace: '' }],
  },
];

export const PLANTED_DEFECTS: readonly PlantedDefect[] = [
  ...CAPTURE_DEFECTS,
  ...PRIVILEGE_DEFECTS,
  ...EXECUTOR_DEFECTS,
  ...RESTORE_DEFECTS,
];

/** Copies `src/` beside the checkout, applies the defect's edits, and imports the copy. */
export async function plantDefect(defect: PlantedDefect, root: string = PACKAGE_ROOT): Promise<PlantedEngine> {
  // One folder per process: two hunts at once (the scheduler bench runs its schedules side by side) never share a copy.
  const dir = join(root, '.rehearse-tmp', 'planted', String(process.pid), defect.id);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  for (const edit of defect.edits) {
    const file = join(dir, 'src', edit.file);
    if (!existsSync(file)) throw new Error(`${defect.id}: src/${edit.file} no longer exists; update the defect`);
    const text = readFileSync(file, 'utf8');
    const found = text.split(edit.find).length - 1;
    if (found !== 1)
      throw new Error(`${defect.id}: its edit finds ${found} places in src/${edit.file}, not one — the source changed; update the defect`);
    writeFileSync(
      file,
      text.replace(edit.find, () => edit.replace),
    );
  }
  const api = (await import(pathToFileURL(join(dir, 'src', 'index.ts')).href)) as typeof import('../../src/index.ts');
  const suite = (await import(pathToFileURL(join(dir, 'src', 'suite.ts')).href)) as typeof import('../../src/suite.ts');
  return { engine: engineFrom({ ...api, ...suite }), resolveTarget: api.resolveTarget, root: dir };
}
