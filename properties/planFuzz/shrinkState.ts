/**
 * Shrinking a failing before-state on its data. A smaller state is kept only when it loads whole
 * (the database refuses none of its rows) and fails with the same signature. First rows go: whole
 * tables, then halves, quarters … down to single rows, the rows of referencing tables before the
 * rows they reference — and a row that goes takes the rows referencing it along, so every state
 * tried is valid. Then values get simpler: each column that is no key nor reference tries NULL
 * (where allowed), else 0, '', false, a plain date.
 */
import { simplestValue } from '../../generators/planState.ts';
import type { DataRow, DataState, SchemaModel } from '../../src/schema/schemaModel.ts';
import { stateRows } from '../../src/schema/schemaModel.ts';
import type { CaseVerdict, PlanWorkbench } from './workbench.ts';
import { planFailureSignature } from './planFixture.ts';

const rowsText = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

export interface ShrinkOptions {
  readonly maxAttempts: number;
  readonly deadline: number;
  readonly progress: (line: string) => void;
}

export interface ShrinkResult {
  readonly state: DataState;
  /** The verdict on the state returned (`null` when no smaller state was tried). */
  readonly verdict: CaseVerdict | null;
  readonly attempts: number;
}

interface RowRef {
  readonly table: string;
  readonly row: DataRow;
}

/** Every row of `state` with the rows referencing it (transitively) gone along with `drop`. */
export function withoutRows(model: Pick<SchemaModel, 'tables'>, state: DataState, drop: readonly RowRef[]): DataState {
  const gone = new Set<DataRow>(drop.map((d) => d.row));
  let changed = true;
  while (changed) {
    changed = false;
    for (const table of model.tables) {
      for (const row of state[table.id] ?? []) {
        if (gone.has(row)) continue;
        for (const fk of table.foreignKeys) {
          if (fk.columns.some((c) => row[c] === null || row[c] === undefined)) continue;
          const parents = state[fk.references] ?? [];
          const refersToGone = parents.some((p) => gone.has(p) && fk.columns.every((c, i) => p[fk.referencedColumns[i]!] === row[c]));
          const refersToKept = parents.some((p) => !gone.has(p) && fk.columns.every((c, i) => p[fk.referencedColumns[i]!] === row[c]));
          if (refersToGone && !refersToKept) {
            gone.add(row);
            changed = true;
            break;
          }
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(state).map(([id, rows]) => [id, rows.filter((r) => !gone.has(r))]));
}

/** Rows in the order they are tried for removal: referencing tables first, the tables they reference last. */
function removalOrder(model: Pick<SchemaModel, 'tables'>, state: DataState): RowRef[] {
  return [...model.tables].reverse().flatMap((t) => (state[t.id] ?? []).map((row) => ({ table: t.id, row })));
}

export async function shrinkState(
  workbench: PlanWorkbench,
  start: DataState,
  signature: string,
  failedStep: string,
  options: ShrinkOptions,
): Promise<ShrinkResult> {
  const { model } = workbench;
  // A failure of the transactional rollback (RX-3) shows before any snapshot is taken: its candidates need not take one.
  const modes = failedStep === 'RX-3' && workbench.plan.modes.includes('txn') ? (['txn'] as const) : undefined;
  let state = start;
  let verdict: CaseVerdict | null = null;
  let attempts = 0;
  const budgetLeft = () => attempts < options.maxAttempts && Date.now() < options.deadline;
  /** Whether `candidate` loads whole and fails alike; if so it becomes the state. */
  const tryState = async (candidate: DataState): Promise<boolean> => {
    attempts++;
    const outcome = await workbench.rehearse(candidate, modes ? { modes } : {});
    if (outcome.refused > 0 || outcome.verdict.ok) return false;
    if (planFailureSignature(workbench.plan.applySha256, outcome.verdict) !== signature) return false;
    state = candidate;
    verdict = outcome.verdict;
    return true;
  };

  // Rows: whole tables, then chunks halving down to single rows, repeated while anything goes.
  let progressed = true;
  while (progressed && budgetLeft()) {
    progressed = false;
    for (const table of [...model.tables].reverse()) {
      const rows = state[table.id] ?? [];
      if (rows.length === 0 || !budgetLeft()) continue;
      if (
        await tryState(
          withoutRows(
            model,
            state,
            rows.map((row) => ({ table: table.id, row })),
          ),
        )
      )
        progressed = true;
    }
    let order = removalOrder(model, state);
    for (
      let size = Math.max(1, Math.floor(order.length / 2));
      size >= 1 && budgetLeft();
      size = size === 1 ? 0 : Math.max(1, Math.floor(size / 2))
    ) {
      for (let at = 0; at < order.length && budgetLeft(); ) {
        const chunk = order.slice(at, at + size);
        if (await tryState(withoutRows(model, state, chunk))) {
          progressed = true;
          order = removalOrder(model, state);
        } else at += size;
      }
    }
    options.progress(`shrinking: ${rowsText(stateRows(state))} after ${attempts} attempts`);
  }

  // Values: each column that is no key and no reference, one row at a time.
  for (const table of model.tables) {
    const keyed = new Set([...table.uniques.flat(), ...table.foreignKeys.flatMap((fk) => fk.columns)]);
    for (const referencing of model.tables)
      for (const fk of referencing.foreignKeys) if (fk.references === table.id) for (const c of fk.referencedColumns) keyed.add(c);
    const simple = table.columns.filter((c) => !keyed.has(c.name) && !c.generated);
    for (let i = 0; i < (state[table.id] ?? []).length && budgetLeft(); i++) {
      for (const column of simple) {
        if (!budgetLeft()) break;
        const row = state[table.id]![i]!;
        if (!(column.name in row)) continue;
        const value = simplestValue(column, model.dialect);
        if (row[column.name] === value || (value === null && column.notNull)) continue;
        const rows = [...state[table.id]!];
        rows[i] = { ...row, [column.name]: value };
        await tryState({ ...state, [table.id]: rows });
      }
    }
  }
  options.progress(`shrunk to ${rowsText(stateRows(state))} in ${attempts} attempts`);
  return { state, verdict, attempts };
}
