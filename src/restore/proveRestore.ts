/**
 * RX-4's restore script: from the committed clone, find the rows the change touched (by key, the
 * snapshot against the clone), write `restore.sql` (restoreScript.ts), and prove it — with one
 * affected row moved as another session would move it, the script must abort; from the committed
 * state as the change left it, it must bring back the before state exactly.
 */
import type { Fingerprint } from '../capture/fingerprint.ts';
import {
  FULL_RANGE,
  type CaptureScope,
  type KeyValue,
  type RowImage,
  type StateReader,
  type TableInfo,
  columnAt,
} from '../capture/stateReader.ts';
import {
  hasWindow,
  type KnownDifference,
  type LocateOptions,
  locateRowDifferences,
  locateWrittenRows,
} from '../compare/locateRowDifferences.ts';
import { loadParser } from '../sql/parser.ts';
import { readExecutor } from '../boundary/executor.ts';
import type { Clone } from '../targets/target.ts';
import type { Session } from '../session/session.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';
import { displayIdent, quoteSqliteIdent, unquoteIdent } from '../capture/sqliteState.ts';
import {
  insertRow,
  literal,
  restoreScript,
  SQLITE_FOREIGN_KEYS_ON,
  type ReferencingKey,
  type SequenceRestore,
  type TableRestore,
} from './restoreScript.ts';

/** More rows than this changed in one table: the script is not written (it would hold every one as a literal). */
export const MAX_RESTORED_ROWS = 50_000;

const LOCATE: LocateOptions = Object.freeze({ leafRows: 64, fanout: 16, maxDifferences: MAX_RESTORED_ROWS + 1, maxKeylessRows: 0 });

export interface Unrestorable {
  readonly table: string;
  readonly reason: string;
}

export type RestoreWriting =
  | { readonly script: string; readonly tables: readonly TableRestore[] }
  | { readonly unrestorable: readonly Unrestorable[] }
  /** The rows before were read by the keys of an earlier application of the change, and this one wrote others (or left rows): read them whole. */
  | { readonly relocate: true };

/**
 * The rows before of the keys a change wrote when it was applied first, table by table (PGlite,
 * where the before state cannot be read beside the clone): every key it wrote, with its row
 * before where there was one. Enough where the change, applied again, writes no other key and
 * removes no row.
 */
export class RowsOfWrittenKeys {
  constructor(
    private readonly tables: ReadonlyMap<string, { readonly keys: ReadonlySet<string>; readonly rows: ReadonlyMap<string, RowImage> }>,
  ) {}

  /** The rows before of these keys, or `null` where one is a key the first application did not write. */
  rowsOf(table: string, keys: readonly KeyValue[]): RowImage[] | null {
    const known = this.tables.get(table);
    if (!known) return null;
    const texts = keys.map((k) => JSON.stringify(k));
    if (!texts.every((k) => known.keys.has(k))) return null;
    return texts.flatMap((k) => known.rows.get(k) ?? []);
  }
}

/**
 * Reads, on a clone that holds the before state, the rows of the keys the change wrote when it
 * was applied first (`written`, read after that application), and checks that the change removed
 * none: every touched table's rows after it are its rows before and the keys it added. `null`
 * where that does not hold (a delete, a key changed) or a table cannot say what it wrote.
 */
export async function readRowsOfWrittenKeys(
  state: StateReader,
  tables: readonly TableInfo[],
  written: ReadonlyMap<string, readonly RowImage[]>,
  before: Fingerprint,
  firstCommit: Fingerprint,
): Promise<RowsOfWrittenKeys | null> {
  if (!state.rowsWithKeys) return null;
  const rowsWithKeys = state.rowsWithKeys.bind(state);
  return state.readOnly(async () => {
    const out = new Map<string, { keys: ReadonlySet<string>; rows: ReadonlyMap<string, RowImage> }>();
    for (const table of tables) {
      const rows = written.get(table.id);
      const was = before.tables[table.id];
      const now = firstCommit.tables[table.id];
      if (!rows || !table.key || !was || !now) return null;
      const found = await rowsWithKeys(
        table,
        rows.map((r) => r.key),
      );
      const byKey = new Map(found.map((r) => [JSON.stringify(r.key), r]));
      const keys = new Set(rows.map((r) => JSON.stringify(r.key)));
      const added = [...keys].filter((k) => !byKey.has(k)).length;
      if (now.rows !== was.rows + added || byKey.size + added !== keys.size) return null;
      out.set(table.id, { keys, rows: byKey });
    }
    return new RowsOfWrittenKeys(out);
  });
}

interface TableMeta {
  readonly generated: ReadonlySet<string>;
  readonly identityAlways: ReadonlySet<string>;
  readonly triggers: readonly { name: string; enabled: string }[];
  readonly rules: readonly string[];
  readonly parents: readonly string[];
  /** Without a primary key: the columns (as SQL) of a unique key over NOT NULL columns that names its rows, or `null`. */
  readonly uniqueKey: readonly string[] | null;
  /** Foreign keys referencing the table whose actions write rows: columns by name (as SQL); `null` parent columns: its primary key. */
  readonly referencedBy: readonly {
    child: string;
    childColumns: string[];
    /** Postgres: how the key's own action compares each column (ri_triggers.c). */
    comparisons?: ReferencingKey['comparisons'];
    parentColumns: string[] | null;
    writesOnDelete: boolean;
    writesOnUpdate: boolean;
  }[];
}

async function postgresMeta(session: Session, ids: readonly string[]): Promise<Map<string, TableMeta>> {
  const rows = await session.query<{
    id: string;
    columns: { name: string; generated: boolean; identity: string }[];
    triggers: { name: string; enabled: string }[];
    rules: string[];
    parents: string[];
    referenced_by: TableMeta['referencedBy'];
    unique_key: string[] | null;
  }>(
    `SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS id,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('name', pg_catalog.format('%I', a.attname),
               'generated', a.attgenerated <> '', 'identity', a.attidentity::text)), '[]')
          FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('name', pg_catalog.format('%I', tg.tgname), 'enabled', tg.tgenabled::text)), '[]')
          FROM pg_catalog.pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal AND tg.tgenabled <> 'D') AS triggers,
       (SELECT coalesce(pg_catalog.json_agg(rw.rulename::text), '[]') FROM pg_catalog.pg_rewrite rw
         WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN') AS rules,
       (SELECT coalesce(pg_catalog.json_agg(DISTINCT pg_catalog.format('%I.%I', pn.nspname, p.relname)), '[]')
          FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class p ON p.oid = k.confrelid
          JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
         WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid) AS parents,
       (SELECT coalesce(pg_catalog.json_agg(DISTINCT pg_catalog.jsonb_build_object(
                 'child', pg_catalog.format('%I.%I', fn.nspname, fc.relname),
                 'childColumns', (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.conkey) WITH ORDINALITY AS u(attnum, ord)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = u.attnum),
                 'parentColumns', (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.confkey) WITH ORDINALITY AS u(attnum, ord)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = u.attnum),
                 'comparisons', (SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
                      'operator', pg_catalog.format('%I.%s', opn.nspname, o.oprname),
                      'left', pg_catalog.format('%I.%I', ln.nspname, lt.typname),
                      'right', pg_catalog.format('%I.%I', rn.nspname, rt.typname),
                      'collation', (SELECT pg_catalog.format('%I.%I', cn.nspname, co.collname)
                                      FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                     WHERE co.oid = pa.attcollation)) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.conpfeqop) WITH ORDINALITY AS u(opr, ord)
                    JOIN pg_catalog.pg_operator o ON o.oid = u.opr JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
                    JOIN pg_catalog.pg_type lt ON lt.oid = o.oprleft JOIN pg_catalog.pg_namespace ln ON ln.oid = lt.typnamespace
                    JOIN pg_catalog.pg_type rt ON rt.oid = o.oprright JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.typnamespace
                    JOIN pg_catalog.pg_attribute pa ON pa.attrelid = f.confrelid AND pa.attnum = f.confkey[u.ord]),
                 'writesOnDelete', f.confdeltype IN ('c', 'n', 'd'),
                 'writesOnUpdate', f.confupdtype IN ('c', 'n', 'd'))), '[]')
          FROM pg_catalog.pg_constraint f JOIN pg_catalog.pg_class fc ON fc.oid = f.conrelid
          JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
         WHERE f.confrelid = c.oid AND f.contype = 'f'
           AND (f.confdeltype IN ('c', 'n', 'd') OR f.confupdtype IN ('c', 'n', 'd'))) AS referenced_by,
       (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY k.ord)
          FROM (SELECT i.indkey, i.indnkeyatts FROM pg_catalog.pg_index i
                 WHERE i.indrelid = c.oid AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL
                   AND NOT EXISTS (SELECT FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, ord)
                                     JOIN pg_catalog.pg_attribute na ON na.attrelid = c.oid AND na.attnum = x.attnum
                                    WHERE x.ord <= i.indnkeyatts AND NOT na.attnotnull)
                 ORDER BY i.indnkeyatts, i.indexrelid LIMIT 1) AS u
          CROSS JOIN LATERAL pg_catalog.unnest(u.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
         WHERE k.ord <= u.indnkeyatts) AS unique_key
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE pg_catalog.format('%I.%I', n.nspname, c.relname) = ANY ($1::text[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        generated: new Set(r.columns.filter((c) => c.generated).map((c) => c.name)),
        identityAlways: new Set(r.columns.filter((c) => c.identity === 'a').map((c) => c.name)),
        triggers: r.triggers,
        rules: r.rules,
        parents: r.parents,
        referencedBy: r.referenced_by,
        uniqueKey: r.unique_key,
      },
    ]),
  );
}

async function sqliteMeta(session: Session, ids: readonly string[]): Promise<Map<string, TableMeta>> {
  const out = new Map<string, TableMeta>();
  for (const id of ids) {
    const name = unquoteIdent(id);
    const columns = await session.query<{ name: string; hidden: number }>('SELECT name, hidden FROM pragma_table_xinfo(?)', [name]);
    const triggers = await session.query<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?", [
      name,
    ]);
    const parents = await session.query<{ parent: string }>('SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)', [name]);
    // Every table's foreign keys that name this one (SQLite compares table names without regard to case).
    const referencing = await session.query<{
      child: string;
      id: number;
      from: string;
      to: string | null;
      on_delete: string;
      on_update: string;
    }>(
      `SELECT m.name AS child, f.id, f."from", f."to", f.on_delete, f.on_update FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND lower(f."table") = lower(?) ORDER BY m.name, f.id, f.seq`,
      [name],
    );
    out.set(id, {
      generated: new Set(columns.filter((c) => c.hidden === 2 || c.hidden === 3).map((c) => quoteSqliteIdent(c.name))),
      identityAlways: new Set(),
      // SQLite cannot disable a trigger for one transaction: a table with one is not restored by a script.
      triggers: triggers.map((t) => ({ name: t.name, enabled: 'O' })),
      rules: [],
      parents: parents.map((p) => displayIdent(p.parent)).filter((p) => p !== id),
      referencedBy: sqliteReferencing(referencing),
      uniqueKey: await sqliteUniqueKey(session, name),
    });
  }
  return out;
}

/** A SQLite table's first unique index (fewest columns) over NOT NULL columns, without expressions or a WHERE: its columns as SQL. */
async function sqliteUniqueKey(session: Session, name: string): Promise<string[] | null> {
  const indexes = await session.query<{ name: string }>(
    `SELECT l.name FROM pragma_index_list(?) l WHERE l."unique" = 1 AND l.partial = 0
      ORDER BY (SELECT count(*) FROM pragma_index_info(l.name)), l.name`,
    [name],
  );
  for (const index of indexes) {
    const columns = await session.query<{ name: string | null; notnull: number }>(
      `SELECT i.name, coalesce((SELECT c."notnull" FROM pragma_table_info(?) c WHERE c.name = i.name), 0) AS "notnull"
         FROM pragma_index_info(?) i ORDER BY i.seqno`,
      [name, index.name],
    );
    const names = columns.flatMap((c) => (c.name !== null && Number(c.notnull) === 1 ? [c.name] : []));
    if (columns.length > 0 && names.length === columns.length) return names.map(quoteSqliteIdent);
  }
  return null;
}

const WRITING_ACTIONS = new Set(['CASCADE', 'SET NULL', 'SET DEFAULT']);

/** SQLite's foreign-key rows (one per column) grouped into keys, those whose actions write rows kept. */
function sqliteReferencing(
  rows: readonly { child: string; id: number; from: string; to: string | null; on_delete: string; on_update: string }[],
): TableMeta['referencedBy'] {
  const keys = new Map<string, TableMeta['referencedBy'][number] & { childColumns: string[]; parentColumns: string[] | null }>();
  for (const r of rows) {
    const id = `${r.child}\u0000${r.id}`;
    let key = keys.get(id);
    if (!key) {
      key = {
        child: quoteSqliteIdent(r.child),
        childColumns: [],
        parentColumns: r.to === null ? null : [],
        writesOnDelete: WRITING_ACTIONS.has(r.on_delete.toUpperCase()),
        writesOnUpdate: WRITING_ACTIONS.has(r.on_update.toUpperCase()),
      };
      keys.set(id, key);
    }
    key.childColumns.push(quoteSqliteIdent(r.from));
    if (r.to !== null) key.parentColumns?.push(quoteSqliteIdent(r.to));
  }
  return [...keys.values()].filter((k) => k.writesOnDelete || k.writesOnUpdate);
}

/** The table's positions of a referencing key's referenced columns (its primary key where it names none); `null`: a column not found. */
function referencedPositions(table: TableInfo, columns: readonly string[] | null): number[] | null {
  if (columns === null) return table.key ? [...table.key] : null;
  const positions = columns.map((c) => table.columns.findIndex((col) => col.sqlName === c));
  return positions.some((p) => p < 0) ? null : positions;
}

/** The touched tables' rows, read whole: PGlite runs one instance at a time, so a snapshot and the clone cannot be read side by side. */
export async function readWholeTables(state: StateReader, tables: readonly TableInfo[]): Promise<Map<string, RowImage[]>> {
  return state.readOnly(async () => new Map(await Promise.all(tables.map(async (t) => [t.id, await state.rows(t, FULL_RANGE)] as const))));
}

/** The rows that differ between rows read before and the table as it is now, by key. */
async function wholeTableDifferences(table: TableInfo, before: readonly RowImage[], after: StateReader) {
  // By the key the script names rows with (a unique key where the capture had none), from the cells.
  const keyOf = (row: RowImage) => JSON.stringify((table.key ?? []).map((p) => row.cells[p] ?? null));
  const was = new Map(before.map((r) => [keyOf(r), r]));
  const now = await after.readOnly(() => after.rows(table, FULL_RANGE));
  const differences: { before: RowImage | null; after: RowImage | null }[] = [];
  for (const row of now) {
    const key = keyOf(row);
    const old = was.get(key);
    was.delete(key);
    if (!old) differences.push({ before: null, after: row });
    else if (JSON.stringify(old.cells) !== JSON.stringify(row.cells)) differences.push({ before: old, after: row });
  }
  for (const old of was.values()) differences.push({ before: old, after: null });
  return { differences, truncated: differences.length > MAX_RESTORED_ROWS, foundBy: 'whole table' as const };
}

/** Parents before children, by the foreign keys among the tables (a cycle keeps the order it has). */
function parentsFirst(tables: readonly TableRestore[], meta: ReadonlyMap<string, TableMeta>): TableRestore[] {
  const ids = new Set(tables.map((t) => t.table.id));
  const done = new Set<string>();
  const out: TableRestore[] = [];
  const visit = (t: TableRestore, path: Set<string>) => {
    if (done.has(t.table.id) || path.has(t.table.id)) return;
    path.add(t.table.id);
    for (const p of meta.get(t.table.id)?.parents ?? []) {
      const parent = ids.has(p) ? tables.find((x) => x.table.id === p) : undefined;
      if (parent) visit(parent, path);
    }
    done.add(t.table.id);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/** The rows the change touched, table by table, and the script that puts them back — or why it cannot be written. */
export async function writeRestore(
  clone: Clone,
  /**
   * The before state: its capture, and where its rows are read — a live state, or (PGlite) the
   * touched tables' rows read beforehand, whole or by the keys an earlier application wrote.
   */
  before: { fingerprint: Fingerprint; state: StateReader | ReadonlyMap<string, readonly RowImage[]> | RowsOfWrittenKeys },
  after: Fingerprint,
  scope: CaptureScope,
  title: string,
  /** Marks of the clone's transaction counter around the change, where its backend keeps them (StateReader.writeMark). */
  window?: KnownDifference['window'],
): Promise<RestoreWriting> {
  const dialect = clone.state.backend;
  const listed = await clone.state.readOnly(() => clone.state.listTables(scope));
  const touched = touchedTables(listed, before.fingerprint, after);
  const meta =
    dialect === 'postgres'
      ? await clone.state.readOnly(() =>
          postgresMeta(
            clone.session,
            touched.map((t) => t.id),
          ),
        )
      : await sqliteMeta(
          clone.session,
          touched.map((t) => t.id),
        );
  const unrestorable: Unrestorable[] = [];
  const tables: TableRestore[] = [];
  for (const captured of touched) {
    const m = meta.get(captured.id);
    // Without a primary key, a unique key over NOT NULL columns names each row as well.
    const unique = captured.key ? null : referencedPositions(captured, m?.uniqueKey ?? null);
    const table = unique ? { ...captured, key: unique } : captured;
    if (!table.key) {
      unrestorable.push({
        table: table.id,
        reason: 'it has neither a primary key nor a unique key over NOT NULL columns: the script could not name the rows to put back',
      });
      continue;
    }
    if (m && m.rules.length > 0) {
      unrestorable.push({ table: table.id, reason: `rule ${m.rules.join(', ')} would rewrite the statements that put its rows back` });
      continue;
    }
    if (m && dialect === 'sqlite' && m.triggers.length > 0) {
      unrestorable.push({
        table: table.id,
        reason: `trigger ${m.triggers.map((t) => t.name).join(', ')} would run with the statements that put its rows back (SQLite cannot disable a trigger for one transaction)`,
      });
      continue;
    }
    const state = before.state;
    const known = knownDifference(before.fingerprint, after, table.id, window);
    const located =
      state instanceof RowsOfWrittenKeys
        ? hasWindow(known) && table.key === captured.key
          ? await locateWrittenRows(table, async (keys) => state.rowsOf(table.id, keys), clone.state, known, LOCATE)
          : null
        : state instanceof Map
          ? await wholeTableDifferences(table, state.get(table.id) ?? [], clone.state)
          : await locateRowDifferences(table, state as StateReader, clone.state, LOCATE, known);
    if (located === null) return { relocate: true };
    if (located.truncated) {
      unrestorable.push({
        table: table.id,
        reason: `more than ${MAX_RESTORED_ROWS} of its rows changed: too many to write back one by one`,
      });
      continue;
    }
    const inserted: RowImage[] = [];
    const deleted: RowImage[] = [];
    const changed: { before: RowImage; after: RowImage }[] = [];
    for (const d of located.differences) {
      if (d.before && d.after) changed.push({ before: d.before, after: d.after });
      else if (d.after) inserted.push(d.after);
      else if (d.before) deleted.push(d.before);
    }
    const writable = table.columns.map((c) => !m?.generated.has(c.sqlName));
    const overridingSystemValue = deleted.length > 0 && table.columns.some((c) => m?.identityAlways.has(c.sqlName));
    const referencedBy: ReferencingKey[] = [];
    for (const k of m?.referencedBy ?? []) {
      const parentColumns = referencedPositions(table, k.parentColumns);
      if (parentColumns === null || parentColumns.length !== k.childColumns.length) {
        unrestorable.push({
          table: table.id,
          reason: `the foreign key of ${k.child} that references it names columns the capture does not hold`,
        });
        continue;
      }
      referencedBy.push({
        child: k.child,
        childColumns: k.childColumns,
        parentColumns,
        ...(k.comparisons ? { comparisons: k.comparisons } : {}),
        writesOnDelete: k.writesOnDelete,
        writesOnUpdate: k.writesOnUpdate,
      });
    }
    tables.push({
      table,
      writable,
      overridingSystemValue,
      userTriggers: m?.triggers ?? [],
      inserted,
      deleted,
      changed,
      referencedBy,
      foundBy: located.foundBy,
    });
  }
  if (unrestorable.length > 0) return { unrestorable };
  const sequences: SequenceRestore[] = Object.entries(after.sequences)
    .filter(([id, s]) => {
      const was = before.fingerprint.sequences[id];
      return !was || was.last_value !== s.last_value || was.is_called !== s.is_called;
    })
    .map(([id, s]) => ({ id, before: before.fingerprint.sequences[id] ?? null, after: s }));
  const ordered = parentsFirst(tables, meta);
  return { script: restoreScript({ dialect, tables: ordered, sequences, title }), tables: ordered };
}

/** The tables whose rows differ between two captures (one that only one of them holds too). */
export function touchedTables(tables: readonly TableInfo[], before: Fingerprint, after: Fingerprint): TableInfo[] {
  return tables.filter((t) => before.tables[t.id]?.content_hash !== after.tables[t.id]?.content_hash);
}

/** A table both captures hold: its rows on each side, and the change's window. */
function knownDifference(
  before: Fingerprint,
  after: Fingerprint,
  id: string,
  window: KnownDifference['window'],
): KnownDifference | undefined {
  const was = before.tables[id];
  const now = after.tables[id];
  if (!was || !now || was.populated === false || now.populated === false) return undefined;
  return { beforeRows: was.rows, afterRows: now.rows, ...(window ? { window } : {}) };
}

/** Where the script runs: as the apply role, or as the clone's owner where it disables the tables' own triggers. */
function sessionFor(clone: Clone, tables: readonly TableRestore[]): { session: Session; role: string | null; runsAs: string } {
  const owner = tables.some((t) => t.userTriggers.length > 0);
  if (owner)
    return {
      session: clone.ownerSession,
      role: clone.roles?.owner.name ?? null,
      runsAs: 'clone owner (it disables the tables’ own triggers)',
    };
  return { session: clone.session, role: clone.roles?.apply.name ?? null, runsAs: 'apply role' };
}

/** The script's statements, as psql (sqlite3) would send them. */
async function statementsOf(script: string, dialect: 'postgres' | 'sqlite'): Promise<readonly string[]> {
  await loadParser();
  // The PRAGMA before BEGIN is for the sqlite3 shell; the clone's session has foreign keys on already.
  const read = readExecutor(dialect === 'sqlite' ? script.replace(`${SQLITE_FOREIGN_KEYS_ON}\n`, '') : script, dialect);
  if (read.kind !== 'executor') throw new Error('the restore script is not an executor in the plan’s shape (a bug)');
  return read.statements;
}

const SCRIPT_CHUNK = 400;

/** Runs statements in one transaction as `role`; the first error rolls it back and is returned. */
async function runScript(
  session: Session,
  role: string | null,
  statements: readonly string[],
  commit: boolean,
  before?: () => Promise<string | null>,
) {
  await session.exec('BEGIN');
  try {
    if (role) await session.exec(`SET LOCAL ROLE "${role.replaceAll('"', '""')}"`);
    const moved = before ? await before() : null;
    // Sent in chunks (a script of thousands of rows is thousands of round trips one by one); a chunk
    // that fails is undone to its savepoint and run again one statement at a time, to name the one.
    for (let from = 0; from < statements.length; from += SCRIPT_CHUNK) {
      const chunk = statements.slice(from, from + SCRIPT_CHUNK);
      await session.exec('SAVEPOINT rehearse_chunk');
      try {
        await session.exec(chunk.join('\n;\n'));
        await session.exec('RELEASE SAVEPOINT rehearse_chunk');
        continue;
      } catch {
        await session.exec('ROLLBACK TO SAVEPOINT rehearse_chunk');
      }
      for (const [i, sql] of chunk.entries()) {
        try {
          await session.runStatement(sql);
        } catch (error) {
          await session.exec('ROLLBACK');
          return { error: `statement ${from + i + 1}: ${firstLine(error)}`, moved };
        }
      }
      await session.exec('RELEASE SAVEPOINT rehearse_chunk');
    }
    await session.exec(commit ? 'COMMIT' : 'ROLLBACK');
    return { error: null, moved };
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Moves one row the change touched, as another session could have since: deletes a row it inserted
 * or changed, or puts back a row it deleted (its key is then taken). A row another references
 * cannot be deleted: the next is tried. Returns what it moved, or `null`.
 */
async function moveOneRow(session: Session, tables: readonly TableRestore[], dialect: 'postgres' | 'sqlite'): Promise<string | null> {
  const candidates = tables.flatMap((t) => [
    ...t.inserted.map((row) => ({ t, row, how: 'deleted' as const })),
    ...t.changed.map((c) => ({ t, row: c.after, how: 'deleted' as const })),
    ...t.deleted.map((row) => ({ t, row, how: 'put back' as const })),
  ]);
  for (const { t, row, how } of candidates.slice(0, 8)) {
    const key = (t.table.key ?? [])
      .map((p) => {
        const column = columnAt(t.table, p);
        return `${column.sqlName} = ${literal(row.cells[p] ?? null, column, dialect)}`;
      })
      .join(' AND ');
    const sql =
      how === 'deleted'
        ? `DELETE FROM ${dialect === 'postgres' ? 'ONLY ' : ''}${t.table.sqlName} WHERE ${key}`
        : insertRow(t, row, dialect);
    await session.exec('SAVEPOINT rehearse_move');
    try {
      await session.runStatement(sql);
      await session.exec('RELEASE SAVEPOINT rehearse_move');
      const keyText = (t.table.key ?? []).map((p) => row.cells[p] ?? 'NULL').join(', ');
      return `${t.table.id} (${keyText}) ${how}`;
    } catch {
      await session.exec('ROLLBACK TO SAVEPOINT rehearse_move');
    }
  }
  return null;
}

export interface RestoreProof {
  /** What moving one affected row did to the script: the statement it aborted at, or that it did not abort. */
  readonly movedRow: { readonly moved: string | null; readonly abortedAt: string | null };
  /** The script's own run from the committed state: the error it stopped at, or `null`. */
  readonly error: string | null;
  readonly runsAs: string;
}

/** Proves the script on the committed clone: it aborts when a row moved, and then runs for real (committed). */
export async function proveRestore(clone: Clone, script: string, tables: readonly TableRestore[]): Promise<RestoreProof> {
  const dialect = clone.state.backend;
  const statements = await statementsOf(script, dialect);
  const { session, role, runsAs } = sessionFor(clone, tables);
  const movedCheck = await runScript(session, role, statements, false, () => moveOneRow(session, tables, dialect));
  const run = await runScript(session, role, statements, true);
  return { movedRow: { moved: movedCheck.moved, abortedAt: movedCheck.error }, error: run.error, runsAs };
}
