/**
 * The restore script written from the rows a committed change touched: found by comparing the
 * before-state (the snapshot, or rows read before the change) with the committed clone, table by
 * table, parents first.
 */
import type { Fingerprint } from '../capture/fingerprint.ts';
import { FULL_RANGE, type CaptureScope, type KeyValue, type RowImage, type StateReader, type TableInfo } from '../capture/stateReader.ts';
import {
  hasWindow,
  type KnownDifference,
  type LocateOptions,
  locateRowDifferences,
  locateWrittenRows,
} from '../compare/locateRowDifferences.ts';
import type { Clone } from '../targets/target.ts';
import { restoreScript, type ReferencingKey, type SequenceRestore, type TableRestore } from './restoreScript.ts';
import { type TableMeta, postgresMeta, sqliteMeta, referencedPositions } from './tableMeta.ts';

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
  const ids = touched.map((t) => t.id);
  const meta =
    dialect === 'postgres' ? await clone.state.readOnly(() => postgresMeta(clone.session, ids)) : await sqliteMeta(clone.session, ids);
  const unrestorable: Unrestorable[] = [];
  const tables: TableRestore[] = [];
  for (const captured of touched) {
    const m = meta.get(captured.id);
    const table = keyedTable(captured, m, dialect);
    if ('reason' in table) {
      unrestorable.push(table);
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
    const restore = tableRestore(table, located, m);
    unrestorable.push(...restore.unrestorable);
    tables.push(restore.table);
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

/**
 * The table as the script names its rows — by its primary key, else a unique key over NOT NULL
 * columns — or why no script can put them back (no such key, a rule, a SQLite trigger).
 */
function keyedTable(captured: TableInfo, m: TableMeta | undefined, dialect: 'postgres' | 'sqlite'): TableInfo | Unrestorable {
  const unique = captured.key ? null : referencedPositions(captured, m?.uniqueKey ?? null);
  const table = unique ? { ...captured, key: unique } : captured;
  if (!table.key)
    return {
      table: table.id,
      reason: 'it has neither a primary key nor a unique key over NOT NULL columns: the script could not name the rows to put back',
    };
  if (m && m.rules.length > 0)
    return { table: table.id, reason: `rule ${m.rules.join(', ')} would rewrite the statements that put its rows back` };
  if (m && dialect === 'sqlite' && m.triggers.length > 0)
    return {
      table: table.id,
      reason: `trigger ${m.triggers.map((t) => t.name).join(', ')} would run with the statements that put its rows back (SQLite cannot disable a trigger for one transaction)`,
    };
  return table;
}

/** One table's part of the script: its rows by kind of change, what it may write, and the keys that reference it. */
function tableRestore(
  table: TableInfo,
  located: { differences: readonly { before: RowImage | null; after: RowImage | null }[]; foundBy: TableRestore['foundBy'] },
  m: TableMeta | undefined,
): { table: TableRestore; unrestorable: Unrestorable[] } {
  const inserted: RowImage[] = [];
  const deleted: RowImage[] = [];
  const changed: { before: RowImage; after: RowImage }[] = [];
  for (const d of located.differences) {
    if (d.before && d.after) changed.push({ before: d.before, after: d.after });
    else if (d.after) inserted.push(d.after);
    else if (d.before) deleted.push(d.before);
  }
  const unrestorable: Unrestorable[] = [];
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
  const restore: TableRestore = {
    table,
    writable: table.columns.map((c) => !m?.generated.has(c.sqlName)),
    overridingSystemValue: deleted.length > 0 && table.columns.some((c) => m?.identityAlways.has(c.sqlName)),
    userTriggers: m?.triggers ?? [],
    inserted,
    deleted,
    changed,
    referencedBy,
    foundBy: located.foundBy,
  };
  return { table: restore, unrestorable };
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
