/**
 * RX-4's restore script: from the committed clone, find the rows the change touched (by key, the
 * snapshot against the clone), write `restore.sql` (restoreScript.ts), and prove it — with one
 * affected row moved as another session would move it, the script must abort; from the committed
 * state as the change left it, it must bring back the before state exactly.
 */
import type { Fingerprint } from '../capture/fingerprint.ts';
import { FULL_RANGE, type CaptureScope, type RowImage, type StateReader, type TableInfo } from '../capture/stateReader.ts';
import { locateRowDifferences } from '../compare/locateRowDifferences.ts';
import { loadParser } from '../boundary/classifyBatch.ts';
import { readExecutor } from '../boundary/executor.ts';
import type { Clone, Session } from '../targets/target.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';
import { displayIdent, quoteSqliteIdent, unquoteIdent } from '../targets/sqliteState.ts';
import { insertRow, literal, restoreScript, type SequenceRestore, type TableRestore } from './restoreScript.ts';

/** More rows than this changed in one table: the script is not written (it would hold every one as a literal). */
export const MAX_RESTORED_ROWS = 50_000;

export interface Unrestorable {
  readonly table: string;
  readonly reason: string;
}

export type RestoreWriting =
  | { readonly script: string; readonly tables: readonly TableRestore[] }
  | { readonly unrestorable: readonly Unrestorable[] };

interface TableMeta {
  readonly generated: ReadonlySet<string>;
  readonly identityAlways: ReadonlySet<string>;
  readonly triggers: readonly { name: string; enabled: string }[];
  readonly rules: readonly string[];
  readonly parents: readonly string[];
}

async function postgresMeta(session: Session, ids: readonly string[]): Promise<Map<string, TableMeta>> {
  const rows = await session.query<{
    id: string;
    columns: { name: string; generated: boolean; identity: string }[];
    triggers: { name: string; enabled: string }[];
    rules: string[];
    parents: string[];
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
         WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid) AS parents
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
    out.set(id, {
      generated: new Set(columns.filter((c) => c.hidden === 2 || c.hidden === 3).map((c) => quoteSqliteIdent(c.name))),
      identityAlways: new Set(),
      // SQLite cannot disable a trigger for one transaction: a table with one is not restored by a script.
      triggers: triggers.map((t) => ({ name: t.name, enabled: 'O' })),
      rules: [],
      parents: parents.map((p) => displayIdent(p.parent)).filter((p) => p !== id),
    });
  }
  return out;
}

/** The touched tables' rows, read whole: PGlite runs one instance at a time, so a snapshot and the clone cannot be read side by side. */
export async function readWholeTables(state: StateReader, tables: readonly TableInfo[]): Promise<Map<string, RowImage[]>> {
  return state.readOnly(async () => new Map(await Promise.all(tables.map(async (t) => [t.id, await state.rows(t, FULL_RANGE)] as const))));
}

/** The rows that differ between rows read before and the table as it is now, by key. */
async function wholeTableDifferences(table: TableInfo, before: readonly RowImage[], after: StateReader) {
  const was = new Map(before.map((r) => [JSON.stringify(r.key), r]));
  const now = await after.readOnly(() => after.rows(table, FULL_RANGE));
  const differences: { before: RowImage | null; after: RowImage | null }[] = [];
  for (const row of now) {
    const key = JSON.stringify(row.key);
    const old = was.get(key);
    was.delete(key);
    if (!old) differences.push({ before: null, after: row });
    else if (JSON.stringify(old.cells) !== JSON.stringify(row.cells)) differences.push({ before: old, after: row });
  }
  for (const old of was.values()) differences.push({ before: old, after: null });
  return { differences, truncated: differences.length > MAX_RESTORED_ROWS };
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
  /** The before state: its capture, and where its rows are read — a live state, or (PGlite) the touched tables' rows read beforehand. */
  before: { fingerprint: Fingerprint; state: StateReader | ReadonlyMap<string, readonly RowImage[]> },
  after: Fingerprint,
  scope: CaptureScope,
  title: string,
): Promise<RestoreWriting> {
  const dialect = clone.state.backend;
  const listed = await clone.state.readOnly(() => clone.state.listTables(scope));
  const touched = listed.filter((t) => before.fingerprint.tables[t.id]?.content_hash !== after.tables[t.id]?.content_hash);
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
  for (const table of touched) {
    const m = meta.get(table.id);
    if (!table.key) {
      unrestorable.push({ table: table.id, reason: 'it has no primary key: the script could not name the rows to put back' });
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
    const located =
      before.state instanceof Map
        ? await wholeTableDifferences(table, before.state.get(table.id) ?? [], clone.state)
        : await locateRowDifferences(table, before.state as StateReader, clone.state, {
            leafRows: 64,
            fanout: 16,
            maxDifferences: MAX_RESTORED_ROWS + 1,
            maxKeylessRows: 0,
          });
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
    tables.push({ table, writable, overridingSystemValue, userTriggers: m?.triggers ?? [], inserted, deleted, changed });
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
  const read = readExecutor(script, dialect);
  if (read.kind !== 'executor') throw new Error('the restore script is not an executor in the plan’s shape (a bug)');
  return read.statements;
}

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
    for (const [i, sql] of statements.entries()) {
      try {
        await session.runStatement(sql);
      } catch (error) {
        await session.exec('ROLLBACK');
        return { error: `statement ${i + 1}: ${firstLine(error)}`, moved };
      }
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
      .map((p) => `${t.table.columns[p]!.sqlName} = ${literal(row.cells[p] ?? null, t.table.columns[p]!, dialect)}`)
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
