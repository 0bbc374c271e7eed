/**
 * The rows a plan's batch names — by the literal values its statements compare a column with
 * (`WHERE customer_id = 7`, `… WHERE playlist_id = 1` in an `INSERT … SELECT`) and the values it
 * inserts into a foreign key (`INSERT INTO orders (customer_id) VALUES (42)`: customer 42) — read
 * from the clone source, with the rows they reference, so that a drawn before-state holds them
 * unless a case leaves them out on purpose. A change that inserts an order for an existing
 * customer is then fuzzed around that customer, not stopped by the empty state every time.
 */
import { parseSync } from 'libpg-query';
import { readFileSync } from 'node:fs';
import { loadParser } from '../../src/sql/parser.ts';
import { readExecutor } from '../../src/boundary/executor.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import type { DataRow, SchemaModel, TableModel } from '../../src/schema/schemaModel.ts';
import { writableColumns } from '../../src/schema/stateLoad.ts';
import type { Clone } from '../../src/targets/target.ts';
import { quoteIdent } from '../../src/util/quoteIdent.ts';
import type { AnchorRows } from '../../generators/planState.ts';

type Node = Record<string, unknown>;

/** A column the batch compares with, or inserts, a literal value. */
export interface NamedValue {
  readonly table: string;
  readonly column: string;
  readonly value: string;
  /** `where`: the batch reads or changes rows holding it; `insert`: it writes it into a new row. */
  readonly how: 'where' | 'insert';
}

const MOST_ROWS = 5;
const MOST_PARENT_DEPTH = 4;

function constantText(node: unknown): string | null {
  const c = (node as { A_Const?: Node } | undefined)?.A_Const;
  if (!c || c.isnull) return null;
  const ival = c.ival as { ival?: number } | undefined;
  if (ival) return String(ival.ival ?? 0);
  const fval = (c.fval as { fval?: string } | undefined)?.fval;
  if (fval !== undefined) return fval;
  const sval = (c.sval as { sval?: string } | undefined)?.sval;
  if (sval !== undefined) return sval;
  const bool = (c.boolval as { boolval?: boolean } | undefined)?.boolval;
  return bool === undefined ? null : String(bool);
}

function columnName(node: unknown): string | null {
  const fields = (node as { ColumnRef?: { fields?: { String?: { sval?: string } }[] } } | undefined)?.ColumnRef?.fields;
  const last = fields?.[fields.length - 1]?.String?.sval;
  return typeof last === 'string' ? last : null;
}

function relationName(node: unknown): string | null {
  const r = node as { relname?: string } | undefined;
  return typeof r?.relname === 'string' ? r.relname : null;
}

/** `col = literal` (either way round) anywhere under `where`, ANDed or not. */
function equalities(where: unknown, out: { column: string; value: string }[]): void {
  if (!where || typeof where !== 'object') return;
  const expr = (where as { A_Expr?: Node }).A_Expr;
  if (expr && expr.kind === 'AEXPR_OP' && (expr.name as { String?: { sval?: string } }[] | undefined)?.[0]?.String?.sval === '=') {
    for (const [l, r] of [
      [expr.lexpr, expr.rexpr],
      [expr.rexpr, expr.lexpr],
    ]) {
      const column = columnName(l);
      const value = constantText(r);
      if (column !== null && value !== null) out.push({ column, value });
    }
    return;
  }
  const bool = (where as { BoolExpr?: { boolop?: string; args?: unknown[] } }).BoolExpr;
  if (bool?.boolop === 'AND_EXPR') for (const a of bool.args ?? []) equalities(a, out);
}

/** What one parsed statement names. */
function namedBy(stmt: Node, out: NamedValue[]): void {
  const select = (s: unknown) => {
    const sel = (s as { SelectStmt?: Node } | undefined)?.SelectStmt;
    if (!sel) return;
    const from = (sel.fromClause as { RangeVar?: Node }[] | undefined) ?? [];
    const table = from.length === 1 ? relationName(from[0]!.RangeVar) : null;
    if (table === null) return;
    const found: { column: string; value: string }[] = [];
    equalities(sel.whereClause, found);
    for (const f of found) out.push({ table, ...f, how: 'where' });
  };
  const insert = stmt.InsertStmt as Node | undefined;
  if (insert) {
    const table = relationName(insert.relation);
    const columns = ((insert.cols as { ResTarget?: { name?: string } }[] | undefined) ?? []).map((c) => c.ResTarget?.name ?? '');
    const sel = (insert.selectStmt as { SelectStmt?: Node } | undefined)?.SelectStmt;
    const values = (sel?.valuesLists as { List?: { items?: unknown[] } }[] | undefined) ?? [];
    if (table !== null)
      for (const list of values)
        (list.List?.items ?? []).forEach((item, i) => {
          const value = constantText(item);
          if (value !== null && columns[i]) out.push({ table, column: columns[i]!, value, how: 'insert' });
        });
    select(insert.selectStmt);
    return;
  }
  for (const kind of ['UpdateStmt', 'DeleteStmt']) {
    const s = stmt[kind] as Node | undefined;
    if (!s) continue;
    const table = relationName(s.relation);
    const found: { column: string; value: string }[] = [];
    equalities(s.whereClause, found);
    if (table !== null) for (const f of found) out.push({ table, ...f, how: 'where' });
  }
  select(stmt);
}

/** The literal values the batch's statements name (statements the parser cannot read name none). */
export function namedValues(batch: string, dialect: 'postgres' | 'sqlite'): NamedValue[] {
  const read = readExecutor(batch, dialect);
  const statements = read.kind === 'executor' ? read.statements : [batch];
  const out: NamedValue[] = [];
  for (const sql of statements) {
    let parsed: { stmts?: { stmt: Node }[] };
    try {
      parsed = parseSync(sql) as { stmts?: { stmt: Node }[] };
    } catch {
      continue;
    }
    for (const { stmt } of parsed.stmts ?? []) namedBy(stmt, out);
  }
  return out;
}

function tableNamed(model: SchemaModel, name: string): TableModel | null {
  const bare = (id: string) => id.split('.').pop()!.replace(/^"|"$/g, '').replaceAll('""', '"');
  return model.tables.find((t) => bare(t.id) === name) ?? model.tables.find((t) => bare(t.id).toLowerCase() === name.toLowerCase()) ?? null;
}

function columnNamed(table: TableModel, name: string): string | null {
  return (
    table.columns.find((c) => c.name === name)?.name ?? table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.name ?? null
  );
}

/** Rows of `table` whose `columns` read as `values` (as text), every writable column as text. */
async function rowsWhere(clone: Clone, table: TableModel, columns: readonly string[], values: readonly string[]): Promise<DataRow[]> {
  const postgres = clone.capabilities.dialect === 'postgres';
  const cols = writableColumns(table);
  const where = columns
    .map((c, i) => (postgres ? `${quoteIdent(c)}::text = $${i + 1}` : `CAST(${quoteIdent(c)} AS TEXT) = ?`))
    .join(' AND ');
  const list = cols.map((c, i) => (postgres ? `${quoteIdent(c)}::text AS c${i}` : `CAST(${quoteIdent(c)} AS TEXT) AS c${i}`)).join(', ');
  const rows = await clone.session.query<Record<string, string | null>>(
    `SELECT ${list} FROM ${table.sqlName} WHERE ${where} LIMIT ${MOST_ROWS}`,
    values,
  );
  return rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[`c${i}`] ?? null])));
}

/** The rows `rows` reference, and theirs, to a few levels. */
async function parentsOf(clone: Clone, model: SchemaModel, table: TableModel, rows: readonly DataRow[], depth = 0) {
  const out: { table: string; row: DataRow }[] = [];
  if (depth >= MOST_PARENT_DEPTH) return out;
  for (const row of rows) {
    for (const fk of table.foreignKeys) {
      const values = fk.columns.map((c) => row[c] ?? null);
      // A key into its own table (an employee's manager) is followed too, as far as the depth allows.
      if (values.some((v) => v === null)) continue;
      const parent = model.tables.find((t) => t.id === fk.references);
      if (!parent) continue;
      const found = await rowsWhere(clone, parent, fk.referencedColumns, values as string[]);
      out.push(...found.map((r) => ({ table: parent.id, row: r })), ...(await parentsOf(clone, model, parent, found, depth + 1)));
    }
  }
  return out;
}

/**
 * The clone source's rows the plan's batch names, each with the rows it references: a value
 * compared with a column (the rows holding it), a value inserted into a foreign key (the row it
 * points at). Read once, on the clone of the source, before any state is loaded.
 */
export async function readAnchors(clone: Clone, model: SchemaModel, plan: RehearsalPlan): Promise<AnchorRows[]> {
  await loadParser();
  const named = namedValues(readFileSync(plan.applyFile, 'utf8'), clone.capabilities.dialect);
  const anchors: AnchorRows[] = [];
  const seen = new Set<string>();
  for (const n of named) {
    const table = tableNamed(model, n.table);
    const column = table && columnNamed(table, n.column);
    if (!table || !column) continue;
    const targets =
      n.how === 'where'
        ? [{ table, columns: [column] }]
        : table.foreignKeys
            .filter((fk) => fk.columns.length === 1 && fk.columns[0] === column)
            .flatMap((fk) => {
              const parent = model.tables.find((t) => t.id === fk.references);
              return parent ? [{ table: parent, columns: [fk.referencedColumns[0]!] }] : [];
            });
    for (const t of targets) {
      const key = JSON.stringify([t.table.id, t.columns, n.value]);
      if (seen.has(key)) continue;
      seen.add(key);
      const rows = await rowsWhere(clone, t.table, t.columns, [n.value]);
      if (rows.length === 0) continue;
      anchors.push({
        named: `${t.table.id} ${t.columns.join(', ')} = ${n.value}`,
        rows: rows.map((row) => ({ table: t.table.id, row })),
        parents: await parentsOf(clone, model, t.table, rows),
      });
    }
  }
  return anchors;
}
