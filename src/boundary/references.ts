/**
 * What a parsed statement names that the clone's catalog decides: the functions it calls, the
 * operators it applies (written, or applied where it writes none: a join's USING, a CASE's
 * WHEN, an IN over a sub-select, BETWEEN), the types it casts to (a cast runs the type's cast or input function),
 * and the relation it writes. Found anywhere in the statement — select lists, `VALUES`,
 * `RETURNING`, sub-selects, `FROM` table functions, CTEs, `ON CONFLICT`.
 */
import { quoteIdent } from '../util/quoteIdent.ts';
import { walk, type Node } from '../sql/ast.ts';

/** A name as written: `schema` is `null` when the statement leaves it to the search path. */
export interface QualifiedName {
  readonly schema: string | null;
  readonly name: string;
}

export interface CallReference extends QualifiedName {
  readonly args: readonly Node[];
}

export interface StatementReferences {
  readonly calls: readonly CallReference[];
  readonly operators: readonly QualifiedName[];
  /**
   * Types the statement makes values of, wherever it names one: a cast (`x::t`, `CAST(x AS t)`,
   * `t 'literal'`), a column definition list (`f() AS x(a t)`, `ROWS FROM (f() AS (a t))`),
   * `XMLTABLE` and `JSON_TABLE` columns, a JSON function's `RETURNING t` — a value coerced to a
   * domain runs its CHECKs, to a type a cast a user added.
   */
  readonly casts: readonly QualifiedName[];
  /** The relation an INSERT, UPDATE or DELETE writes; `null` for anything else. */
  readonly target: QualifiedName | null;
  /** How the target is written: an upsert inserts and may update. */
  readonly events: readonly ('insert' | 'update' | 'delete')[];
  /** An UPDATE that sets a column to its DEFAULT (an INSERT runs the defaults anyway). */
  readonly setsDefault: boolean;
  /** Every relation the statement names, the written one too (a CTE's name among them, which the catalog finds as no relation). */
  readonly reads: readonly QualifiedName[];
}

type NameList = readonly { String?: { sval?: string } }[] | undefined;

/** `[schema, name]` or `[name]` (more parts: the last two) into a qualified name. */
export function qualified(list: NameList): QualifiedName {
  const parts = (list ?? []).map((p) => p.String?.sval ?? '');
  const name = parts[parts.length - 1] ?? '';
  return { schema: parts.length > 1 ? (parts[parts.length - 2] ?? null) : null, name };
}

const WRITES = ['InsertStmt', 'UpdateStmt', 'DeleteStmt'];

/**
 * The `=` the server applies where the statement writes none: `JOIN … USING`, `NATURAL JOIN`,
 * `CASE x WHEN y`, `x IN (SELECT …)` — an operator a user defined on a domain answers there too.
 */
const EQUALS: QualifiedName = { schema: null, name: '=' };

/** The operators an operator expression applies: `BETWEEN` is its comparisons, as the server rewrites it. */
function operatorsOf(expr: Node): QualifiedName[] {
  if (typeof expr.kind === 'string' && expr.kind.includes('BETWEEN')) {
    return ['>=', '<=', '<', '>'].map((name) => ({ schema: null, name }));
  }
  return [qualified(expr.name as NameList)];
}

export function statementReferences(stmt: Node): StatementReferences {
  const calls: CallReference[] = [];
  const operators: QualifiedName[] = [];
  const casts: QualifiedName[] = [];
  const reads: QualifiedName[] = [];
  let setsDefault = false;
  for (const [type, node] of walk(stmt)) {
    if (type === 'FuncCall') calls.push({ ...qualified(node.funcname as NameList), args: (node.args as Node[] | undefined) ?? [] });
    else if (type === 'A_Expr' && node.name) operators.push(...operatorsOf(node));
    else if (type === 'JoinExpr' && (node.isNatural || (node.usingClause as unknown[] | undefined)?.length)) operators.push(EQUALS);
    else if (type === 'CaseExpr' && node.arg) operators.push(EQUALS);
    else if (type === 'SubLink' && node.operName) operators.push(qualified(node.operName as NameList));
    else if (type === 'SubLink' && node.subLinkType === 'ANY_SUBLINK') operators.push(EQUALS);
    else if (type === 'SortBy' && node.useOp) operators.push(qualified(node.useOp as NameList));
    else if (type === 'RangeVar' && typeof node.relname === 'string')
      reads.push({ schema: typeof node.schemaname === 'string' ? node.schemaname : null, name: node.relname });
    else if (type === 'SetToDefault') setsDefault = true;
  }
  casts.push(...typesNamed(stmt));
  const [type] = Object.keys(stmt);
  const relation =
    type && WRITES.includes(type) ? ((stmt[type] as Node).relation as { schemaname?: string; relname?: string } | undefined) : undefined;
  const target = relation?.relname ? { schema: relation.schemaname ?? null, name: relation.relname } : null;
  // The written relation is read too (an UPDATE's or DELETE's WHERE, its row-level security policies).
  if (target) reads.push(target);
  const upsert =
    type === 'InsertStmt' && ((stmt[type] as Node).onConflictClause as { action?: string } | undefined)?.action === 'ONCONFLICT_UPDATE';
  const events: StatementReferences['events'] =
    type === 'InsertStmt'
      ? upsert
        ? ['insert', 'update']
        : ['insert']
      : type === 'UpdateStmt'
        ? ['update']
        : type === 'DeleteStmt'
          ? ['delete']
          : [];
  return { calls, operators, casts, target, events, setsDefault: setsDefault && type !== 'InsertStmt', reads };
}

/** Every type a tree names: any `typeName` field, whatever node holds it (a cast, a column definition, a RETURNING clause). */
function typesNamed(value: unknown): QualifiedName[] {
  if (Array.isArray(value)) return value.flatMap(typesNamed);
  if (!value || typeof value !== 'object') return [];
  const named = (value as { typeName?: { names?: NameList } }).typeName?.names;
  return [...(named ? [qualified(named)] : []), ...Object.values(value).flatMap(typesNamed)];
}

/** The text of a constant argument (`'s'`, `'s'::regclass`), or `null` when it is computed. */
export function constantText(arg: Node | undefined): string | null {
  const value = ((arg?.TypeCast as Node | undefined)?.arg as Node | undefined) ?? arg;
  const sval = ((value?.A_Const as Node | undefined)?.sval as { sval?: string } | undefined)?.sval;
  return typeof sval === 'string' ? sval : null;
}

/** A qualified name written as SQL, each part quoted: what `to_regclass`/`to_regtype` read exactly. */
export function quotedName(ref: QualifiedName): string {
  return ref.schema === null ? quoteIdent(ref.name) : `${quoteIdent(ref.schema)}.${quoteIdent(ref.name)}`;
}

/** A name as shown in messages and matched in justifications: `schema.name`, or `name` alone. */
export function writtenName(ref: QualifiedName): string {
  return ref.schema === null ? ref.name : `${ref.schema}.${ref.name}`;
}

/** A stable key for a name in maps (and as a query parameter: text without NUL). */
export function nameKey(ref: QualifiedName): string {
  return JSON.stringify([ref.schema, ref.name]);
}

/** What a column default or other stored expression names, parsed as the select list of a statement. */
export function expressionReferences(expression: string, parse: (sql: string) => unknown): StatementReferences | null {
  try {
    const parsed = parse(`SELECT ${expression}`) as { stmts: { stmt: Node }[] };
    const [only, ...more] = parsed.stmts;
    return only && more.length === 0 ? statementReferences(only.stmt) : null;
  } catch {
    return null;
  }
}
