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
  const shrinking = new Shrinking(workbench, start, signature, failedStep, options);
  // Rows: whole tables, then chunks halving down to single rows, repeated while anything goes.
  while ((await shrinking.removeRows()) && shrinking.budgetLeft()) {}
  await shrinking.simplifyValues();
  options.progress(`shrunk to ${rowsText(stateRows(shrinking.state))} in ${shrinking.attempts} attempts`);
  return { state: shrinking.state, verdict: shrinking.verdict, attempts: shrinking.attempts };
}

/** One shrink: the smallest state found so far that fails alike, and the attempts spent. */
class Shrinking {
  state: DataState;
  verdict: CaseVerdict | null = null;
  attempts = 0;
  private readonly model: PlanWorkbench['model'];
  /** A failure of the transactional rollback (RX-3) shows before any snapshot is taken: its candidates need not take one. */
  private readonly modes: readonly ['txn'] | undefined;

  constructor(
    private readonly workbench: PlanWorkbench,
    start: DataState,
    private readonly signature: string,
    failedStep: string,
    private readonly options: ShrinkOptions,
  ) {
    this.state = start;
    this.model = workbench.model;
    this.modes = failedStep === 'RX-3' && workbench.plan.modes.includes('txn') ? (['txn'] as const) : undefined;
  }

  budgetLeft(): boolean {
    return this.attempts < this.options.maxAttempts && Date.now() < this.options.deadline;
  }

  /** Whether `candidate` loads whole and fails alike; if so it becomes the state. */
  private async tryState(candidate: DataState): Promise<boolean> {
    this.attempts++;
    const outcome = await this.workbench.rehearse(candidate, this.modes ? { modes: this.modes } : {});
    if (outcome.refused > 0 || outcome.verdict.ok) return false;
    if (planFailureSignature(this.workbench.plan.applySha256, outcome.verdict) !== this.signature) return false;
    this.state = candidate;
    this.verdict = outcome.verdict;
    return true;
  }

  /** One pass of removing rows: each table whole, then chunks halving down to single rows; whether any went. */
  async removeRows(): Promise<boolean> {
    const { model } = this;
    let progressed = false;
    if (!this.budgetLeft()) return false;
    for (const table of [...model.tables].reverse()) {
      const rows = this.state[table.id] ?? [];
      if (rows.length === 0 || !this.budgetLeft()) continue;
      if (
        await this.tryState(
          withoutRows(
            model,
            this.state,
            rows.map((row) => ({ table: table.id, row })),
          ),
        )
      )
        progressed = true;
    }
    let order = removalOrder(model, this.state);
    for (
      let size = Math.max(1, Math.floor(order.length / 2));
      size >= 1 && this.budgetLeft();
      size = size === 1 ? 0 : Math.max(1, Math.floor(size / 2))
    ) {
      for (let at = 0; at < order.length && this.budgetLeft(); ) {
        const chunk = order.slice(at, at + size);
        if (await this.tryState(withoutRows(model, this.state, chunk))) {
          progressed = true;
          order = removalOrder(model, this.state);
        } else at += size;
      }
    }
    this.options.progress(`shrinking: ${rowsText(stateRows(this.state))} after ${this.attempts} attempts`);
    return progressed;
  }

  /** Values: each column that is no key and no reference, one row at a time, made its simplest. */
  async simplifyValues(): Promise<void> {
    const { model } = this;
    for (const table of model.tables) {
      const keyed = new Set([...table.uniques.flat(), ...table.foreignKeys.flatMap((fk) => fk.columns)]);
      for (const referencing of model.tables)
        for (const fk of referencing.foreignKeys) if (fk.references === table.id) for (const c of fk.referencedColumns) keyed.add(c);
      const simple = table.columns.filter((c) => !keyed.has(c.name) && !c.generated);
      for (let i = 0; i < (this.state[table.id] ?? []).length && this.budgetLeft(); i++) {
        for (const column of simple) {
          if (!this.budgetLeft()) break;
          const row = this.state[table.id]![i]!;
          if (!(column.name in row)) continue;
          const value = simplestValue(column, model.dialect);
          if (row[column.name] === value || (value === null && column.notNull)) continue;
          const rows = [...this.state[table.id]!];
          rows[i] = { ...row, [column.name]: value };
          await this.tryState({ ...this.state, [table.id]: rows });
        }
      }
    }
  }
}
