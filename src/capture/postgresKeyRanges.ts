/**
 * How a Postgres capture reads a table's rows in key order and within a key range: each column as
 * its type's own output writes it, keys compared in byte order, bounds bound as parameters or
 * inlined as literals (COPY takes no parameters).
 */
import type { ColumnInfo, KeyRange, KeyValue, TableInfo } from './stateReader.ts';
import { keyColumns } from './stateReader.ts';
import { valueAsText } from './postgresBaseType.ts';

/**
 * A column's value as text, as its type's own output function writes it: a cast to text for the
 * server's own types (no one may add a cast from them), the output function itself for any
 * other (an enum, composite, range, an extension's type: a cast to text a user added never runs).
 */
export function textOf(c: ColumnInfo): string {
  return valueAsText(`t.${c.sqlName}`, c.read);
}

/** The type a key value is bound as: a domain's base type, so that the domain's CHECK never runs. */
export function bindType(c: ColumnInfo): string {
  return c.read?.bindAs ?? c.type;
}

/** A table's own rows: an inheritance parent's children are captured on their own. */
export function from(table: TableInfo): string {
  return `ONLY ${table.sqlName}`;
}

/** The key's columns as compared: a domain as its base type, text in byte order (`COLLATE "C"`). */
export function keyExpressions(table: TableInfo): string[] {
  return keyColumns(table).map((c) => {
    // A domain's key compares as its base type, which its bounds are bound as (a domain over an enum has no operators of its own).
    const value = c.read && c.read.bindAs !== c.type ? `t.${c.sqlName}::${c.read.bindAs}` : `t.${c.sqlName}`;
    return c.collatable ? `${value} COLLATE "C"` : value;
  });
}

/** The key, as rows are ordered and ranges compared. */
export function orderBy(table: TableInfo): string {
  return keyExpressions(table).join(', ');
}

/** How a key value enters SQL: as a bind parameter, or inlined as a literal (COPY takes no parameters). */
type Bind = (value: unknown, type: string) => string;

/** `WHERE (k…) > (after…) AND (k…) <= (upTo…)`, key values bound as parameters (text, cast back). */
export function rangePredicate(table: TableInfo, range: KeyRange): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const where = rangeWhere(table, range, (value, type) => {
    params.push(value);
    return `$${params.length}::${type}`;
  });
  return { where, params };
}

/** The same predicate with key values inlined as literals, for COPY. */
export function inlineRangePredicate(table: TableInfo, range: KeyRange): string {
  return rangeWhere(table, range, (value, type) => `${literalOf(value)}::${type}`);
}

/** A key value (its text) as a string literal, read with standard_conforming_strings on (the pinned settings). */
export function literalOf(value: unknown): string {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** `WHERE (k…) > (after…) AND (k…) <= (upTo…)`, comparing text keys in byte order. */
function rangeWhere(table: TableInfo, range: KeyRange, bind: Bind): string {
  if (range.after === null && range.upTo === null) return '';
  const columns = keyColumns(table);
  const left = `(${keyExpressions(table).join(', ')})`;
  const bound = (values: KeyValue) => `(${columns.map((c, i) => bind(values[i], bindType(c))).join(', ')})`;
  const clauses: string[] = [];
  if (range.after !== null) clauses.push(`${left} > ${bound(range.after)}`);
  if (range.upTo !== null) clauses.push(`${left} <= ${bound(range.upTo)}`);
  return `WHERE ${clauses.join(' AND ')}`;
}
