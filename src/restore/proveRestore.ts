/**
 * RX-4's restore script: from the committed clone, find the rows the change touched (by key, the
 * snapshot against the clone), write `restore.sql` (restoreScript.ts), and prove it — with one
 * affected row moved as another session would move it, the script must abort; from the committed
 * state as the change left it, it must bring back the before state exactly.
 */
import { columnAt } from '../capture/stateReader.ts';
import { loadParser } from '../sql/parser.ts';
import { readExecutor } from '../boundary/executor.ts';
import type { Clone } from '../targets/target.ts';
import type { Session } from '../session/session.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';
import { insertRow, literal, SQLITE_FOREIGN_KEYS_ON, type TableRestore } from './restoreScript.ts';

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

/**
 * The script as psql (sqlite3) would read it: its statements, or why the client would read it
 * otherwise (a name or a value with a line break before a `\` or a `.` the shell takes for a
 * command of its own, a NUL).
 */
export type ScriptReading = { readonly statements: readonly string[] } | { readonly problems: readonly string[] };

export async function readScript(script: string, dialect: 'postgres' | 'sqlite'): Promise<ScriptReading> {
  await loadParser();
  // A NUL ends a string to the shell: what follows it would be read as something else.
  if (script.includes('\0'))
    return { problems: ['a value it would write holds a NUL character, which the client cannot read in a script'] };
  // The PRAGMA before BEGIN is for the sqlite3 shell; the clone's session has foreign keys on already.
  const read = readExecutor(dialect === 'sqlite' ? script.replace(`${SQLITE_FOREIGN_KEYS_ON}\n`, '') : script, dialect);
  if (read.kind === 'executor') return { statements: read.statements };
  const problems = read.kind === 'refused' ? read.problems.map((p) => `line ${p.line}: ${p.reason}`) : ['it is not one transaction'];
  return { problems };
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

/** Proves the script (its statements, as `readScript` read them) on the committed clone: it aborts when a row moved, and then runs for real (committed). */
export async function proveRestore(clone: Clone, statements: readonly string[], tables: readonly TableRestore[]): Promise<RestoreProof> {
  const dialect = clone.state.backend;
  const { session, role, runsAs } = sessionFor(clone, tables);
  const movedCheck = await runScript(session, role, statements, false, () => moveOneRow(session, tables, dialect));
  const run = await runScript(session, role, statements, true);
  return { movedRow: { moved: movedCheck.moved, abortedAt: movedCheck.error }, error: run.error, runsAs };
}
