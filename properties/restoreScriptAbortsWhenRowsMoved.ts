import { renderState } from '../generators/render.ts';
import type { Clone, Target } from '../src/index.ts';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { fullDump } from './harness/fullDump.ts';
import { applySqlFor, dialectOf, planForBatch } from './harness/generatedPlan.ts';
import {
  deleteRow,
  foreignKeys,
  pointAt,
  type ForeignKey,
  insertFromCopy,
  keepCopies,
  keyedTables,
  readRows,
  runClientScript,
  setFromCopy,
  shadowOf,
  type Dialect,
  type KeyedTable,
  type Row,
} from './harness/keyedRows.ts';
import { InvariantViolation } from './harness/outcome.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatch, stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';

const SENTENCE =
  'The restore script a READY rehearsal holds, run on a copy of the committed state where another session has since changed a row the change touched, aborts and leaves that state exactly as it found it; where another session changed only a row the change did not touch, it restores every row the change touched and leaves that row as the session left it.';

/** How often each of the property's checks ran (a test shows the property reaches them, not only that it passed). */
export const movesChecked = { affected: 0, unaffected: 0 };

/** A batch that writes keyed tables only, and does not fail: its READY rehearsal holds a restore script. */
const writesKeyedRows = ({ state, batch }: StateAndBatch) =>
  !batch.failsMidway &&
  batch.statements.some((s) => s.op !== 'object') &&
  batch.statements.every((s) => s.op === 'object' || (state.tables[s.table]?.keyColumns ?? 0) > 0);

interface TableRows {
  readonly table: KeyedTable;
  /** Key → row, in the table now, in its copy before the change, in its copy as the change left it. */
  readonly before: ReadonlyMap<string, Row>;
  readonly committed: ReadonlyMap<string, Row>;
}

const byKey = (rows: readonly Row[]) => new Map(rows.map((r) => [r.key, r]));

/** A change another session makes, and how the suite undoes it (both committed; `false`: the database refused it). */
interface Move {
  readonly what: string;
  make(): Promise<boolean>;
  undo(): Promise<boolean>;
}

async function liveRow(clone: Clone, dialect: Dialect, table: KeyedTable, key: string): Promise<Row | undefined> {
  return byKey(await readRows(clone.ownerSession, dialect, table)).get(key);
}

/**
 * Moves of rows the change touched: one of each kind the case has — a row it inserted or changed
 * deleted, a changed one set back by hand, a deleted one put back, and a row it did not touch made
 * to reference (by a foreign key) a row it inserted, which the script would delete.
 */
function affectedMoves(clone: Clone, dialect: Dialect, rows: readonly TableRows[], keys: readonly ForeignKey[]): Move[][] {
  const s = clone.ownerSession;
  const kinds: Move[][] = [[], [], [], []];
  const rowsOf = (table: KeyedTable) => rows.find((r) => r.table === table)!;
  for (const key of keys) {
    const parent = rowsOf(key.parent);
    const child = rowsOf(key.child);
    const inserted = [...parent.committed].filter(([k]) => !parent.before.has(k)).slice(0, 2);
    const untouched = [...child.committed].filter(([k, r]) => child.before.get(k)?.text === r.text).slice(0, 2);
    for (const [parentKey, parentRow] of inserted)
      for (const [childKey, childRow] of untouched)
        kinds[3]!.push({
          what: `${key.child.id} ${childKey}, which the change did not touch, its ${key.childColumn} pointed at ${key.parent.id} ${parentKey}, which the change inserted`,
          make: async () => pointAt(s, dialect, key, (await liveRow(clone, dialect, key.child, childKey))!.loc, parentRow.loc),
          undo: async () =>
            setFromCopy(s, dialect, key.child, (await liveRow(clone, dialect, key.child, childKey))!.loc, 'committed', childRow.loc, [
              key.childColumn,
            ]),
        });
  }
  for (const { table, before, committed } of rows) {
    for (const [key, now] of committed) {
      const was = before.get(key);
      if (was?.text === now.text) continue;
      kinds[0]!.push({
        what: `${table.id} ${key}, which the change ${was ? 'updated' : 'inserted'}, deleted`,
        make: async () => deleteRow(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc),
        undo: () => insertFromCopy(s, dialect, table, 'committed', now.loc),
      });
      if (was && table.settable.length > 0)
        kinds[1]!.push({
          what: `${table.id} ${key}, which the change updated, set back as it was before`,
          make: async () => setFromCopy(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc, 'before', was.loc),
          undo: async () => setFromCopy(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc, 'committed', now.loc),
        });
    }
    for (const [key, was] of before) {
      if (committed.has(key)) continue;
      kinds[2]!.push({
        what: `${table.id} ${key}, which the change deleted, put back (its key taken)`,
        make: () => insertFromCopy(s, dialect, table, 'before', was.loc),
        undo: async () => deleteRow(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc),
      });
    }
  }
  return kinds;
}

/**
 * Changes of one column of a row the change did not touch, to the value another row holds (of a
 * table without triggers or rules): the first `limit`, in table and key order.
 */
function unaffectedMoves(
  clone: Clone,
  dialect: Dialect,
  rows: readonly TableRows[],
  limit: number,
): (Move & { readonly table: KeyedTable; readonly key: string })[] {
  const s = clone.ownerSession;
  const out: (Move & { readonly table: KeyedTable; readonly key: string })[] = [];
  for (const { table, before, committed } of rows) {
    if (table.triggered || table.settable.length === 0) continue;
    // Rows the change did not touch either, whose values another row may take: a value of a row the
    // change touched could make this row depend on it (a reference to a row it inserted), and the
    // script then rightly aborts.
    const donors: Row[] = [];
    for (const [key, r] of committed) {
      if (donors.length === 3) break;
      if (before.get(key)?.text === r.text) donors.push(r);
    }
    for (const [key, now] of committed) {
      if (out.length >= limit) return out;
      if (before.get(key)?.text !== now.text) continue;
      for (const column of table.settable)
        for (const other of donors.filter((o) => o.key !== key).slice(0, 2))
          out.push({
            table,
            key,
            what: `${table.id} ${key}, which the change did not touch, its ${column} set to that of ${other.key}`,
            make: async () =>
              setFromCopy(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc, 'committed', other.loc, [column]),
            undo: async () =>
              setFromCopy(s, dialect, table, (await liveRow(clone, dialect, table, key))!.loc, 'committed', now.loc, [column]),
          });
    }
  }
  return out.slice(0, limit);
}

/** The checks on a clone of the before state: the change committed as the executor commits it, rows moved, the script run. */
async function checkMoves(clone: Clone, target: Target, { state, batch }: StateAndBatch, script: string): Promise<void> {
  const dialect = dialectOf(target);
  const s = clone.ownerSession;
  const dump = () => fullDump(s, dialect === 'postgres');
  await s.exec(renderState(state, dialect));
  const tables = await keyedTables(s, dialect);
  await keepCopies(s, dialect, tables, 'before');
  const before = await dump();
  // In one transaction, as the executor runs it: a deferred foreign key is checked at its COMMIT.
  await clone.session.exec(`BEGIN;\n${applySqlFor(state, batch, dialect)}COMMIT;`);
  await keepCopies(s, dialect, tables, 'committed');
  const committed = await dump();
  const rows: TableRows[] = [];
  for (const table of tables)
    rows.push({
      table,
      before: byKey(await readRows(s, dialect, table, shadowOf(table, 'before'))),
      committed: byKey(await readRows(s, dialect, table, shadowOf(table, 'committed'))),
    });

  const moves: MoveCheck = { clone, dialect, dump, script, rows, before, committed };
  if (await checkAffectedMoves(moves, await foreignKeys(s, dialect, tables))) await checkUnaffectedMove(moves);
}

/** What a move is checked against: the clone, its dump, the script, the rows before and committed, and the dumps of both states. */
interface MoveCheck {
  readonly clone: Clone;
  readonly dialect: Dialect;
  readonly dump: () => Promise<string>;
  readonly script: string;
  readonly rows: readonly TableRows[];
  readonly before: string;
  readonly committed: string;
}

/**
 * Each kind of move of a row the change touched: the script aborts, and an aborted script changes
 * nothing. `false`: a move could not be undone exactly (a cascade), and the checks end here.
 */
async function checkAffectedMoves(check: MoveCheck, keys: Awaited<ReturnType<typeof foreignKeys>>): Promise<boolean> {
  const { clone, dialect, dump, script, rows, committed } = check;
  const s = clone.ownerSession;
  for (const kind of affectedMoves(clone, dialect, rows, keys)) {
    // The first move of its kind the database takes and that changes what the dump shows.
    for (const move of kind.slice(0, 4)) {
      if (!(await move.make())) continue;
      const moved = await dump();
      if (moved === committed) continue;
      const error = await runClientScript(s, dialect, script);
      const after = await dump();
      if (error === null)
        throw new InvariantViolation('the script aborts when a row moved', `with ${move.what}, the script ran to its end without an error`);
      if (after !== moved)
        throw new InvariantViolation(
          'an aborted script changes nothing',
          `with ${move.what}, the script aborted (${error.split('\n')[0]}) but the state changed:\n${after}\n---\n${moved}`,
        );
      movesChecked.affected++;
      // Undone, the committed state is back for the next check; a move the suite cannot undo exactly (a cascade) ends these checks.
      if (!(await move.undo()) || (await dump()) !== committed) return false;
      break;
    }
  }
  return true;
}

/** One move of a row the change did not touch: the script restores, and writes only the rows the change touched. */
async function checkUnaffectedMove(check: MoveCheck): Promise<void> {
  const { clone, dialect, dump, script, rows, before } = check;
  const s = clone.ownerSession;
  for (const move of unaffectedMoves(clone, dialect, rows, 12)) {
    if (!(await move.make())) continue;
    const moved = await liveRow(clone, dialect, move.table, move.key);
    if (moved === undefined || moved.text === rows.find((r) => r.table === move.table)!.committed.get(move.key)!.text) continue;
    const error = await runClientScript(s, dialect, script);
    if (error !== null)
      throw new InvariantViolation(
        'the script restores when only an untouched row moved',
        `with ${move.what}, the script aborted: ${error.split('\n')[0]}`,
      );
    const left = await liveRow(clone, dialect, move.table, move.key);
    if (left?.text !== moved.text)
      throw new InvariantViolation(
        'the script writes only the rows the change touched',
        `with ${move.what}, the script left it as ${left?.text ?? 'deleted'}, not ${moved.text}`,
      );
    if (!(await move.undo())) throw new Error(`the suite could not set back ${move.what}`);
    const restored = await dump();
    if (restored !== before)
      throw new InvariantViolation(
        'the script restores every row the change touched',
        `with ${move.what} (set back after the script), the dump differs from before:\n${restored}\n---\n${before}`,
      );
    movesChecked.unaffected++;
    return;
  }
}

/**
 * The restore script against another session's changes, checked on a clone of its own: the case's
 * before state loaded, its batch committed as the executor commits it, then one row moved as
 * another session would move it, by the suite's own SQL — and the script the rehearsal proved run
 * as its client runs it (psql with ON_ERROR_STOP, sqlite3 with .bail on), its result read by the
 * independent dump.
 */
export const restoreScriptAbortsWhenRowsMoved: SuiteProperty<StateAndBatch> = {
  id: 'restore-script.aborts-when-rows-moved',
  sentence: SENTENCE,
  cost: 'rehearsal',
  arbitrary: () => stateAndBatch.filter(writesKeyedRows),
  domain: stateAndBatchCases.domain,
  explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch, { modes: ['snapshot'] }),
  check: async (value, { engine, target }) => {
    if (value.batch.failsMidway) return true;
    const generated = planForBatch(engine, target!, value.state, value.batch, { modes: ['snapshot'] });
    let script: string | null;
    try {
      const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
      script = result.status === 'REHEARSAL_ROLLBACK_READY' ? result.restoreScript : null;
    } finally {
      generated.remove();
    }
    if (script === null) return true;
    const clone = await target!.createClone();
    try {
      await checkMoves(clone, target!, value, script);
    } finally {
      await clone.dispose();
    }
    return true;
  },
};
