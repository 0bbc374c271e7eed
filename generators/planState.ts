/**
 * Before-states of a plan's own schema (`rehearse fuzz --plan`): rows that keep its keys unique
 * and its foreign keys pointing at rows that exist, drawn from the clone source's own rows (whole
 * rows, and column by column), from the values real data holds at the edges (NULL where allowed,
 * empty and long text, extreme numbers, one past the largest key the data holds — where
 * tomorrow's rows land), and from enum labels. What the schema says and this does not model (a
 * CHECK, a domain, a trigger) the database judges when the state is loaded (src/schema/stateLoad.ts).
 *
 * fast-check draws a recipe of numbers; `buildState` turns it into rows, table by table in
 * reference order, so every foreign key is resolved against rows already made (a key into a table
 * made later, in a cycle, once that table is made).
 */
import fc from 'fast-check';
import type { ColumnModel, DataRow, DataState, ForeignKeyModel, SchemaModel, TableModel } from '../src/schema/schemaModel.ts';
import { pruneDangling } from '../src/schema/pruneDangling.ts';
import { writableColumns } from '../src/schema/stateLoad.ts';

export interface PlanStateOptions {
  /** Most rows drawn per table. */
  readonly maxRowsPerTable: number;
}

/** One drawn row: whether it starts from a sampled row, and one number per column choice. */
export interface RowDraw {
  readonly sample: number | null;
  readonly picks: readonly number[];
}

export type StateRecipe = readonly (readonly RowDraw[])[];

/** Rows of the clone source the plan's batch names (batchAnchors.ts), and the rows they reference. */
export interface AnchorRows {
  /** What the batch names: `public.customer customer_id = 7`. */
  readonly named: string;
  readonly rows: readonly { readonly table: string; readonly row: DataRow }[];
  /** Kept whenever the rows named are, and when they are left out too. */
  readonly parents: readonly { readonly table: string; readonly row: DataRow }[];
}

/** Per anchor, a number: 0 (one case in eight) leaves its rows out of the state. */
export function anchorRecipe(anchors: readonly AnchorRows[]): fc.Arbitrary<readonly number[]> {
  return fc.array(fc.nat({ max: 7 }), { minLength: anchors.length, maxLength: anchors.length });
}

/** Rows the recipe asked for that could not be made (no row to reference, a key already taken). */
export interface BuiltState {
  readonly state: DataState;
  readonly skipped: number;
}

const INT_LIMITS: Record<number, [string, string]> = {
  2: ['-32768', '32767'],
  4: ['-2147483648', '2147483647'],
  8: ['-9223372036854775808', '9223372036854775807'],
};

function largestInteger(values: readonly string[]): bigint | null {
  let max: bigint | null = null;
  for (const v of values) {
    if (!/^-?\d+$/.test(v)) continue;
    const n = BigInt(v);
    if (max === null || n > max) max = n;
  }
  return max;
}

/**
 * The next keys of text that ends in a number (`s8807` → `s8808`, `s8809`; `INV-0099` → `INV-0100`):
 * where tomorrow's rows land, as one past the largest integer is for a number.
 */
export function nextInPattern(values: readonly string[]): string[] {
  const largest = new Map<string, { n: bigint; width: number }>();
  for (const v of values) {
    const m = /^(.*?)(\d+)$/.exec(v);
    if (!m || m[2]!.length > 30) continue;
    const n = BigInt(m[2]!);
    const was = largest.get(m[1]!);
    if (!was || n > was.n) largest.set(m[1]!, { n, width: m[2]!.length });
  }
  return [...largest.entries()]
    .sort((a, b) => (b[1].n > a[1].n ? 1 : -1))
    .slice(0, 2)
    .flatMap(([prefix, { n, width }]) => [1n, 2n].map((d) => `${prefix}${String(n + d).padStart(width, '0')}`));
}

/** Values at the edges of what a column of this kind holds, as text the database reads. */
export function edgeValues(column: ColumnModel, sampled: readonly string[], dialect: 'postgres' | 'sqlite'): string[] {
  switch (column.category) {
    case 'integer': {
      const max = largestInteger(sampled);
      const past = max === null ? ['1', '2'] : [String(max + 1n), String(max + 2n)];
      const limits = INT_LIMITS[column.intBytes ?? 8]!;
      return [...past, '0', '1', '-1', ...limits];
    }
    case 'numeric': {
      const m = /\((\d+)(?:\s*,\s*(\d+))?\)/.exec(column.type);
      const widest = m
        ? `${'9'.repeat(Number(m[1]) - Number(m[2] ?? 0)) || '0'}${Number(m[2] ?? 0) > 0 ? `.${'9'.repeat(Number(m[2]))}` : ''}`
        : '1e20';
      return ['0', '-1', '0.01', widest, `-${widest}`];
    }
    case 'float':
      return dialect === 'postgres' ? ['0', '-0', '1e-300', '-1.5', 'NaN', 'Infinity'] : ['0', '-1.5', '1e-300', '1e300'];
    case 'text': {
      const long = 'x'.repeat(Math.min(column.maxLength ?? 2000, 2000));
      return [...nextInPattern(sampled), '', ' ', long, "O'Brien", 'tab\tand\nnewline \\ back', 'ünïcødé ✓ 😀'].map((s) =>
        column.maxLength === null ? s : [...s].slice(0, column.maxLength).join(''),
      );
    }
    case 'boolean':
      return dialect === 'postgres' ? ['t', 'f'] : ['1', '0'];
    case 'date':
      return ['2000-02-29', '1970-01-01', '9999-12-31', ...(dialect === 'postgres' ? ['infinity', '0001-01-01 BC'] : [])];
    case 'timestamp':
      return ['2000-02-29 23:59:59.999999', '1970-01-01 00:00:00', '9999-12-31 23:59:59', ...(dialect === 'postgres' ? ['-infinity'] : [])];
    case 'time':
      return ['00:00:00', '23:59:59.999999'];
    case 'enum':
      return [...(column.enumLabels ?? [])];
    case 'other':
      return [];
  }
}

/** The simplest value a column takes, for shrinking: NULL where allowed, else 0, '', false, a date. */
export function simplestValue(column: ColumnModel, dialect: 'postgres' | 'sqlite'): string | null {
  if (!column.notNull) return null;
  switch (column.category) {
    case 'integer':
    case 'numeric':
    case 'float':
      return '0';
    case 'text':
      return '';
    case 'boolean':
      return dialect === 'postgres' ? 'f' : '0';
    case 'date':
      return '2000-01-01';
    case 'timestamp':
      return '2000-01-01 00:00:00';
    case 'time':
      return '00:00:00';
    case 'enum':
      return column.enumLabels?.[0] ?? null;
    case 'other':
      return null;
  }
}

/** Everything a table's rows are made from: the columns written, each column's candidate values, its sampled rows. */
interface TablePlan {
  readonly table: TableModel;
  readonly columns: readonly ColumnModel[];
  /** Per column: values of the source's rows, and values at the edges (NULL among them where allowed). */
  readonly sampled: readonly (readonly string[])[];
  readonly edges: readonly (readonly (string | null)[])[];
  readonly samples: readonly DataRow[];
}

const distinct = <T>(values: readonly T[]) => [...new Set(values)];

function tablePlan(table: TableModel, samples: readonly DataRow[], dialect: 'postgres' | 'sqlite'): TablePlan {
  const written = new Set(writableColumns(table));
  // A column with nothing to draw from and a default keeps its default in every row.
  const columns = table.columns.filter((c) => written.has(c.name));
  const pools = columns.map((c) => {
    const sampled = distinct(samples.map((r) => r[c.name]).filter((v): v is string => typeof v === 'string'));
    return { c, sampled, edges: distinct<string | null>([...edgeValues(c, sampled, dialect), ...(c.notNull ? [] : [null])]) };
  });
  const kept = pools.filter(({ c, sampled, edges }) => sampled.length + edges.length > 0 || !c.hasDefault);
  return { table, columns: kept.map((k) => k.c), sampled: kept.map((k) => k.sampled), edges: kept.map((k) => k.edges), samples };
}

/** Each table's plan, made once per model and samples (a run builds every state from the same ones). */
const PLANS = new WeakMap<SchemaModel, WeakMap<DataState, Map<string, TablePlan>>>();
function planOf(model: SchemaModel, samples: DataState, table: TableModel): TablePlan {
  let bySamples = PLANS.get(model);
  if (!bySamples) PLANS.set(model, (bySamples = new WeakMap()));
  let plans = bySamples.get(samples);
  if (!plans) bySamples.set(samples, (plans = new Map()));
  let plan = plans.get(table.id);
  if (!plan) plans.set(table.id, (plan = tablePlan(table, samples[table.id] ?? [], model.dialect)));
  return plan;
}

/** The recipe's arbitrary: per table in the model's order, up to `maxRowsPerTable` row draws. */
export function stateRecipe(model: SchemaModel, options: PlanStateOptions): fc.Arbitrary<StateRecipe> {
  return fc.tuple(
    ...model.tables.map((t) =>
      fc.array(
        fc.record({
          sample: fc.option(fc.nat(), { freq: 2 }),
          picks: fc.array(fc.nat(), { minLength: t.columns.length * 2 + 2, maxLength: t.columns.length * 2 + 2 }),
        }),
        { maxLength: options.maxRowsPerTable },
      ),
    ),
  );
}

const keyOf = (row: DataRow, columns: readonly string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));

/** The rows a recipe makes: unique keys kept, every foreign key resolved against rows of the state. */
export function buildState(
  model: SchemaModel,
  samples: DataState,
  recipe: StateRecipe,
  anchors: readonly AnchorRows[] = [],
  drops: readonly number[] = [],
): BuiltState {
  const state: Record<string, Record<string, string | null>[]> = {};
  const order = new Map(model.tables.map((t, i) => [t.id, i]));
  // A key that references a table made later (a cycle: store ↔ staff) is resolved once every table is made.
  const pending: { row: Record<string, string | null>; table: TableModel; fk: ForeignKeyModel; pick: number; nullable: boolean }[] = [];
  let skipped = 0;
  model.tables.forEach((table, ti) => {
    const plan = planOf(model, samples, table);
    const rows: Record<string, string | null>[] = (state[table.id] = []);
    const taken = table.uniques.map(() => new Set<string>());
    for (const draw of recipe[ti] ?? []) {
      const picks = draw.picks;
      const at = (i: number) => picks[i % picks.length] ?? 0;
      const base = draw.sample !== null && plan.samples.length > 0 ? plan.samples[draw.sample % plan.samples.length]! : null;
      const row: Record<string, string | null> = {};
      let possible = true;
      plan.columns.forEach((c, ci) => {
        const sampled = plan.sampled[ci]!;
        const edges = plan.edges[ci]!;
        // A row begun from a sample keeps most of its values; any other value is drawn from the
        // source's values or the edges, one as likely as the other.
        const choice = at(2 * ci + 1) % 4;
        if (base && c.name in base && choice < 2) row[c.name] = base[c.name] ?? null;
        else if (edges.length > 0 && (choice % 2 === 1 || sampled.length === 0)) row[c.name] = edges[at(2 * ci) % edges.length]!;
        else if (sampled.length > 0) row[c.name] = sampled[at(2 * ci) % sampled.length]!;
        else if (c.notNull) possible = false;
        else row[c.name] = null;
      });
      const later: typeof pending = [];
      for (const [fi, fk] of table.foreignKeys.entries()) {
        const nullable = fk.columns.every((col) => !plan.columns.find((c) => c.name === col)?.notNull);
        const pick = at(picks.length - 1 - fi);
        if ((order.get(fk.references) ?? -1) > ti) {
          later.push({ row, table, fk, pick, nullable });
          continue;
        }
        const parents = fk.references === table.id ? rows : (state[fk.references] ?? []);
        if (!resolveReference(row, fk, parents, pick, nullable)) {
          possible = false;
          break;
        }
      }
      if (!possible) {
        skipped++;
        continue;
      }
      if (!claimKeys(table, row, taken)) {
        skipped++;
        continue;
      }
      pending.push(...later);
      rows.push(row);
    }
  });
  if (pending.length > 0) {
    const unresolved = new Set<Record<string, string | null>>();
    for (const p of pending) {
      if (!resolveReference(p.row, p.fk, state[p.fk.references] ?? [], p.pick, p.nullable)) unresolved.add(p.row);
    }
    // A key resolved late may repeat another row's: the later row goes.
    for (const table of new Set(pending.map((p) => p.table))) {
      const taken = table.uniques.map(() => new Set<string>());
      state[table.id] = state[table.id]!.filter((row) => !unresolved.has(row) && claimKeys(table, row, taken));
    }
  }
  placeAnchors(model, samples, state, anchors, drops);
  skipped += pruneDangling(model, state);
  return { state, skipped };
}

/**
 * The rows the batch names, put into a drawn state (each unless its draw is 0) with the rows they
 * reference: a drawn row that shares a unique key with one gives way to it.
 */
function placeAnchors(
  model: SchemaModel,
  samples: DataState,
  state: Record<string, Record<string, string | null>[]>,
  anchors: readonly AnchorRows[],
  drops: readonly number[],
): void {
  const placed = new Set<string>();
  for (const [i, anchor] of anchors.entries()) {
    for (const { table: id, row } of drops[i] === 0 ? anchor.parents : [...anchor.parents, ...anchor.rows]) {
      const table = model.tables.find((t) => t.id === id);
      if (!table) continue;
      // The columns a drawn row of the table writes: one left out keeps its default, as in every other row.
      const written = planOf(model, samples, table).columns.map((c) => c.name);
      const kept = Object.fromEntries(written.map((c) => [c, row[c] ?? null]));
      const key = JSON.stringify([id, kept]);
      if (placed.has(key)) continue;
      placed.add(key);
      const clashes = (other: DataRow) =>
        table.uniques.some((u) => u.every((c) => kept[c] !== null && kept[c] !== undefined) && keyOf(other, u) === keyOf(kept, u));
      state[id] = [...(state[id] ?? []).filter((r) => !clashes(r)), kept];
    }
  }
}

/** Points `row`'s key at one of `parents` (or NULL, where allowed); false when it cannot. */
function resolveReference(
  row: Record<string, string | null>,
  fk: ForeignKeyModel,
  parents: readonly DataRow[],
  pick: number,
  nullable: boolean,
): boolean {
  const choices = parents.length + (nullable ? 1 : 0);
  if (choices === 0) return false;
  const chosen = pick % choices;
  fk.columns.forEach((col, k) => {
    row[col] = chosen < parents.length ? (parents[chosen]![fk.referencedColumns[k]!] ?? null) : null;
  });
  return true;
}

/** Takes `row`'s unique keys in `taken`; false (nothing taken) when one is taken already. */
function claimKeys(table: TableModel, row: DataRow, taken: Set<string>[]): boolean {
  const keys = table.uniques.map((u) => (u.every((c) => row[c] !== null && row[c] !== undefined) ? keyOf(row, u) : null));
  if (keys.some((k, i) => k !== null && taken[i]!.has(k))) return false;
  keys.forEach((k, i) => {
    if (k !== null) taken[i]!.add(k);
  });
  return true;
}
