/**
 * The mutation boundary (RX-2): every statement of an apply batch is classified by the real
 * Postgres parser (libpg-query). What it cannot place is a violation; so is anything that is
 * not plain data change or a plain read.
 */
import { parseSync, scanSync } from 'libpg-query';
import { splitSqliteSource } from '../sql/splitSqliteSource.ts';
import type { DmlKind } from './dmlKinds.ts';
import { walk, type Node } from '../sql/ast.ts';
import { BUILTIN_CATALOG, sequenceArguments, type BoundaryCatalog, type Wanted, type WriteTarget } from './catalog.ts';
import { judgeReferences, type AlsoWritten, type Need } from './judge.ts';
import { statementReferences, type StatementReferences } from './references.ts';
import { parsePragma, pragmaInBatchRefusal } from './sqlitePragma.ts';
import { asciiLower, sqliteReadsOtherwise } from './sqliteReadsOtherwise.ts';

/** Data-change kinds a plan's policy can allow or justify. */

export type StatementClass =
  | { readonly kind: DmlKind | 'READ'; readonly violation: null }
  | { readonly kind: string; readonly violation: string };

/** A statement as parsed, before the catalog has judged what it names. */
export interface ParsedStatement {
  /** 1-based position in the apply file. */
  readonly index: number;
  readonly sql: string;
  /** The class its kind alone gives (a DDL statement is a violation whatever it names). */
  readonly class: StatementClass;
  /** What it names; `null` when it could not be parsed. */
  readonly refs: StatementReferences | null;
}

export interface ClassifiedStatement extends ParsedStatement {
  /** What the plan must justify for it to run (a volatile function of the database's own, a write to a view). */
  readonly needs: readonly Need[];
  /** The relation it writes, as the catalog resolved it (`undefined`: not resolved). */
  readonly target?: WriteTarget | null;
  /** Tables it writes on the way (cascades, partitions, rules, the table under a view). */
  readonly alsoWrites: readonly AlsoWritten[];
}
const WRITE_NODES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** Problems any statement can carry, whatever its top-level kind. */
function embeddedViolation(stmt: Node): string | null {
  for (const [type, node] of walk(stmt)) {
    if (type === 'CommonTableExpr') {
      const query = node.ctequery as Node | undefined;
      if (query && Object.keys(query).some((k) => WRITE_NODES.has(k))) return 'a data-modifying CTE';
    }
    if (type === 'SelectStmt' && node.intoClause) return 'SELECT … INTO creates a table';
    if (type === 'LockingClause') return 'takes row locks (FOR UPDATE/SHARE)';
  }
  return null;
}

function classifyNode(stmt: Node): StatementClass {
  const [type] = Object.keys(stmt);
  const node = (type ? stmt[type] : {}) as Node;
  const embedded = embeddedViolation(stmt);
  switch (type) {
    case 'InsertStmt': {
      const onConflict = node.onConflictClause as { action?: string } | undefined;
      const kind = onConflict?.action === 'ONCONFLICT_UPDATE' ? 'UPSERT' : 'INSERT';
      return embedded ? { kind, violation: embedded } : { kind, violation: null };
    }
    case 'UpdateStmt':
      {
        // pg_settings' update rule calls set_config: an UPDATE of it is a SET.
        const relation = node.relation as { schemaname?: string; relname?: string } | undefined;
        if (relation?.relname === 'pg_settings' && (relation.schemaname ?? 'pg_catalog') === 'pg_catalog') {
          return { kind: 'SET', violation: 'an UPDATE of pg_settings changes a setting (it is a SET)' };
        }
      }
      return embedded ? { kind: 'UPDATE', violation: embedded } : { kind: 'UPDATE', violation: null };
    case 'DeleteStmt':
      return embedded ? { kind: 'DELETE', violation: embedded } : { kind: 'DELETE', violation: null };
    case 'SelectStmt':
      return embedded ? { kind: 'SELECT', violation: embedded } : { kind: 'READ', violation: null };
    case 'ExplainStmt': {
      const options = (node.options as { DefElem?: { defname?: string } }[] | undefined) ?? [];
      const analyze = options.some((o) => o.DefElem?.defname === 'analyze');
      const inner = classifyNode(node.query as Node);
      if (analyze && (inner.violation !== null || inner.kind !== 'READ'))
        return { kind: 'EXPLAIN ANALYZE', violation: 'EXPLAIN ANALYZE runs the write it explains' };
      return inner.violation === null ? { kind: 'READ', violation: null } : { kind: 'EXPLAIN', violation: inner.violation };
    }
    // Reads of the session's own: a setting's value, a cursor the batch declared over a read.
    case 'VariableShowStmt':
    case 'FetchStmt':
    case 'ClosePortalStmt':
      return { kind: 'READ', violation: null };
    case 'DeclareCursorStmt': {
      // CURSOR_OPT_HOLD: a cursor WITH HOLD outlives the transaction that declared it.
      if ((Number(node.options ?? 0) & 0x20) !== 0) return { kind: 'DECLARE', violation: 'a cursor WITH HOLD outlives the transaction' };
      const inner = classifyNode(node.query as Node);
      return inner.violation === null && inner.kind === 'READ'
        ? inner
        : { kind: 'DECLARE', violation: inner.violation ?? 'a cursor over a statement that is not a read' };
    }
    case 'TransactionStmt':
      return { kind: String(node.kind ?? 'TRANSACTION').replace('TRANS_STMT_', ''), violation: 'transaction control inside the batch' };
    case 'CopyStmt':
      return { kind: 'COPY', violation: 'COPY' };
    case 'DoStmt':
      return { kind: 'DO', violation: 'a DO block (arbitrary code)' };
    case 'CallStmt':
      return { kind: 'CALL', violation: 'CALL of a procedure (arbitrary code)' };
    case 'MergeStmt':
      return { kind: 'MERGE', violation: 'MERGE is not an allowed kind of change' };
    case 'GrantStmt':
    case 'GrantRoleStmt':
      return { kind: 'GRANT', violation: 'GRANT/REVOKE' };
    case 'IndexStmt':
    case 'ReindexStmt':
      return { kind: 'INDEX', violation: 'an index change' };
    case 'VariableSetStmt':
      return { kind: 'SET', violation: 'a session setting change' };
    default:
      return type &&
        /Stmt$/.test(type) &&
        /^(Create|Alter|Drop|Rename|Truncate|Comment|Refresh|Vacuum|Cluster|Lock|Notify|Listen|Discard|Load|Checkpoint|Prepare|Execute|Deallocate|Sec|Import|Reassign|Define|Composite|CreateEnum|AlterEnum|RuleStmt|ViewStmt)/.test(
          type,
        )
        ? { kind: type.replace(/Stmt$/, '').toUpperCase(), violation: 'DDL or another statement that is not a data change' }
        : { kind: type ?? 'UNKNOWN', violation: 'the classifier cannot place this statement' };
  }
}

/** Splits the batch into statements with the Postgres scanner (quotes, comments, dollar quotes respected). */
function splitStatements(sql: string): string[] {
  const bytes = Buffer.from(sql, 'utf8');
  const tokens = scanSync(sql).tokens;
  const statements: string[] = [];
  let start = 0;
  let meaningful = false;
  for (const token of tokens) {
    if (token.tokenName === 'ASCII_59') {
      if (meaningful) statements.push(bytes.subarray(start, token.end).toString('utf8').trim());
      start = token.end;
      meaningful = false;
    } else if (token.tokenName !== 'C_COMMENT' && token.tokenName !== 'SQL_COMMENT') {
      meaningful = true;
    }
  }
  if (meaningful) statements.push(bytes.subarray(start).toString('utf8').trim());
  return statements;
}

const SQLITE_REPLACE = /^(?:REPLACE|INSERT\s+OR\s+REPLACE)\s+INTO\b/i;

/**
 * The batch's statements as the parser reads the whole of it, each with its tree: `null` when it
 * cannot (a statement the Postgres grammar does not know, a SQLite one), or when a `;` stands
 * anywhere but at a statement's end (in a quote, a comment, a function body; an empty statement),
 * where the scanner's split decides. A statement's text runs from just after the `;` before it to
 * its own `;`, comments and all: the bytes the scanner's split gives it (the parser's own position
 * may start at its first word).
 */
function splitByParser(sql: string, parse: (sql: string) => unknown): { text: string; stmt: Node }[] | null {
  let parsed: { stmts: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
  try {
    parsed = parse(sql) as typeof parsed;
  } catch {
    return null;
  }
  const bytes = Buffer.from(sql, 'utf8');
  const statements: { text: string; stmt: Node }[] = [];
  let start = 0;
  for (const [i, { stmt, stmt_location: location = 0, stmt_len: length = 0 }] of parsed.stmts.entries()) {
    const end = length === 0 ? bytes.length : location + length;
    const closed = bytes[end] === SEMICOLON;
    // The last statement without its `;` runs to the end of the batch, whatever follows it.
    if (!closed && i !== parsed.stmts.length - 1) return null;
    const stop = closed ? end + 1 : bytes.length;
    const text = `${bytes.subarray(start, closed ? end : stop).toString('utf8')}${closed ? ';' : ''}`;
    if (text.slice(0, closed ? -1 : undefined).includes(';')) return null;
    // The text runs trimmed; a space Postgres reads as part of a name (U+00A0, U+3000 …) trimmed off would make it
    // another name than the tree's: the scanner's way parses the trimmed text itself.
    const trimmed = text.trim();
    if (trimmed !== text.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '')) return null;
    statements.push({ text: trimmed, stmt });
    start = stop;
  }
  return statements;
}

const SEMICOLON = 0x3b;

/** The batch's statements (with their trees where the whole batch parsed), or why it cannot be read. */
function splitBatch(
  sql: string,
  dialect: 'postgres' | 'sqlite',
  parse: (sql: string) => unknown,
): { texts: string[]; trees: Node[] | null } | { readonly unreadable: string } {
  const whole = splitByParser(sql, parse);
  let texts: string[];
  try {
    texts = whole ? whole.map((s) => s.text) : splitStatements(sql);
  } catch {
    return { unreadable: 'the Postgres scanner cannot read the batch (an unterminated quote or comment?)' };
  }
  if (dialect === 'sqlite') {
    // SQLite runs what its own lexer reads: where it splits the batch elsewhere (comments do
    // not nest there), the boundary would classify statements SQLite never runs.
    const sqlite = splitSqliteSource(sql).map((p) => p.text.trim());
    const differ = sqlite.length !== texts.length ? Math.min(sqlite.length, texts.length) : sqlite.findIndex((s, i) => s !== texts[i]);
    if (differ !== -1) {
      return {
        unreadable: `SQLite and the Postgres scanner split this batch differently (from statement ${differ + 1}): comments or quotes that SQLite reads another way`,
      };
    }
  }
  return { texts, trees: whole ? whole.map((s) => s.stmt) : null };
}

/**
 * Splits and parses the batch; each statement's class by its kind, and what it names. `dialect:
 * 'sqlite'` additionally recognizes SQLite's REPLACE, which the Postgres parser does not know.
 * Call `loadParser()` first.
 */
export function parseBatch(
  sql: string,
  dialect: 'postgres' | 'sqlite',
  parse: (sql: string) => unknown = parseSync,
): ParsedStatement[] | { readonly unreadable: string } {
  const split = splitBatch(sql, dialect, parse);
  if ('unreadable' in split) return split;
  const statements = split.texts.map((text, i): ParsedStatement => {
    const tree = split.trees?.[i];
    if (tree) return { index: i + 1, sql: text, class: classified(tree, dialect), refs: statementReferences(tree) };
    let parsed: { stmts: { stmt: Node }[] };
    try {
      parsed = parse(text) as { stmts: { stmt: Node }[] };
    } catch {
      return unparsed(i + 1, text, dialect, parse);
    }
    const [only, ...more] = parsed.stmts;
    if (!only || more.length > 0)
      return { index: i + 1, sql: text, class: { kind: 'UNKNOWN', violation: 'not exactly one statement' }, refs: null };
    return { index: i + 1, sql: text, class: classified(only.stmt, dialect), refs: statementReferences(only.stmt) };
  });
  return dialect === 'sqlite' ? statements.map(asSqliteReadsIt) : statements;
}

/** SQLite's names for a row's rowid, where no column of its own takes the name. */
const ROWID_NAMES = new Set(['rowid', '_rowid_', 'oid']);

/**
 * The statement's class; on SQLite, an UPDATE (or an upsert's DO UPDATE) that sets the rowid is
 * refused: a rowid no INTEGER PRIMARY KEY names is in no capture (an attacker's review: a row moved
 * to another rowid was READY, and production kept it there); so is a read of a pragma's table that
 * the PRAGMA itself could not run.
 */
function classified(tree: Node, dialect: 'postgres' | 'sqlite'): StatementClass {
  const own = classifyNode(tree);
  if (dialect !== 'sqlite' || own.violation !== null) return own;
  const nodes = walk(tree);
  type Targets = { ResTarget?: { name?: string } }[] | undefined;
  const setsRowid = nodes.some(([type, node]) => {
    const set =
      type === 'UpdateStmt'
        ? (node.targetList as Targets)
        : type === 'InsertStmt'
          ? ((node.onConflictClause as { targetList?: Targets } | undefined)?.targetList ?? undefined)
          : undefined;
    return (set ?? []).some((t) => ROWID_NAMES.has(asciiLower(t.ResTarget?.name ?? '')));
  });
  if (setsRowid)
    return {
      kind: own.kind,
      violation: 'it sets the rowid, which no capture reads where no INTEGER PRIMARY KEY names it: set the key column instead',
    };
  const pragma = pragmaTableRead(nodes);
  return pragma ? { kind: own.kind, violation: pragma } : own;
}

/**
 * Why a statement may not read a pragma's table (`SELECT * FROM pragma_optimize WHERE arg = …`),
 * judged as the PRAGMA itself is: reading it runs the pragma (an attacker's review: `pragma_optimize`
 * ran ANALYZE, READY). `null`: it reads none, or only pragmas a batch may read.
 */
function pragmaTableRead(nodes: ReturnType<typeof walk>): string | null {
  for (const [type, node] of nodes) {
    const table = type === 'RangeVar' ? asciiLower(String(node.relname ?? '')) : '';
    if (!table.startsWith('pragma_')) continue;
    const name = table.slice('pragma_'.length);
    const refused = pragmaInBatchRefusal({ schema: null, name, assigns: false, argument: false });
    if (refused) return `it reads ${table}, PRAGMA ${name} as a table, which ${refused}`;
  }
  return null;
}

/** A statement judged by what Postgres read in it, refused where SQLite would read another (a PRAGMA is read SQLite's way already). */
function asSqliteReadsIt(s: ParsedStatement): ParsedStatement {
  const otherwise = s.refs === null ? null : sqliteReadsOtherwise(s.sql);
  return otherwise === null
    ? s
    : { ...s, class: { kind: s.class.kind, violation: `SQLite reads this statement otherwise: ${otherwise}` }, refs: null };
}

/** A statement the Postgres parser cannot read: SQLite's REPLACE or PRAGMA, or a violation. */
function unparsed(index: number, text: string, dialect: 'postgres' | 'sqlite', parse: (sql: string) => unknown): ParsedStatement {
  const withoutComments = text.replace(/^(\s*(--[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, '');
  if (dialect === 'sqlite' && SQLITE_REPLACE.test(withoutComments)) return sqliteReplace(index, text, withoutComments, parse);
  const pragma = dialect === 'sqlite' ? parsePragma(text) : null;
  if (pragma) {
    const refused = pragmaInBatchRefusal(pragma);
    return {
      index,
      sql: text,
      class: refused ? { kind: `PRAGMA ${pragma.name}`, violation: `a PRAGMA that ${refused}` } : { kind: 'READ', violation: null },
      refs: null,
    };
  }
  return { index, sql: text, class: { kind: 'UNPARSEABLE', violation: 'the Postgres parser cannot parse this statement' }, refs: null };
}

/**
 * SQLite's REPLACE is an INSERT that first deletes the rows it conflicts with: read as the INSERT
 * it is otherwise (what it writes, calls and reads), with a delete's effects besides (its
 * foreign keys' actions). One the Postgres parser cannot read that way is refused: what it writes
 * and runs would go unjudged.
 */
function sqliteReplace(index: number, text: string, withoutComments: string, parse: (sql: string) => unknown): ParsedStatement {
  let node: Node | undefined;
  try {
    const parsed = parse(withoutComments.replace(SQLITE_REPLACE, 'INSERT INTO')) as { stmts: { stmt: Node }[] };
    node = parsed.stmts.length === 1 ? parsed.stmts[0]?.stmt : undefined;
  } catch {
    node = undefined;
  }
  if (!node || !('InsertStmt' in node))
    return {
      index,
      sql: text,
      class: {
        kind: 'REPLACE',
        violation: 'the Postgres parser cannot read this REPLACE as an INSERT: what it writes and runs cannot be judged',
      },
      refs: null,
    };
  // What refuses the INSERT it reads as (a data-modifying WITH …) refuses the REPLACE.
  const violation = classifyNode(node).violation;
  // REPLACE … ON CONFLICT DO UPDATE: a REPLACE and an upsert at once, justified as neither alone.
  const upsert = (node.InsertStmt as { onConflictClause?: { action?: string } }).onConflictClause?.action === 'ONCONFLICT_UPDATE';
  const refs = statementReferences(node);
  return {
    index,
    sql: text,
    class: { kind: 'REPLACE', violation: upsert ? 'a REPLACE with ON CONFLICT DO UPDATE: it replaces and updates at once' : violation },
    refs: { ...refs, events: [...new Set([...refs.events, 'insert', 'delete'] as const)] },
  };
}

/** What the parsed batch names, for the catalog to read. */
export function wantedBy(statements: readonly ParsedStatement[]): Wanted {
  // A statement its kind refuses is not judged further: nothing it names is read.
  const refs = statements.flatMap((s) => (s.refs && s.class.violation === null ? [s.refs] : []));
  return {
    calls: refs.flatMap((r) => r.calls),
    operators: refs.flatMap((r) => r.operators),
    casts: refs.flatMap((r) => r.casts),
    targets: refs.flatMap((r) => (r.target ? [r.target] : [])),
    reads: refs.flatMap((r) => r.reads),
    sequences: refs.flatMap(sequenceArguments),
    statements: refs,
  };
}

/** Applies the allow-list (judge.ts) to every statement its kind alone does not refuse. */
export function judgeBatch(
  statements: readonly ParsedStatement[],
  catalog: BoundaryCatalog,
  dialect: 'postgres' | 'sqlite',
): ClassifiedStatement[] {
  return statements.map((s) => {
    if (s.class.violation !== null || s.refs === null) return { ...s, needs: [], alsoWrites: [] };
    const judged = judgeReferences(s.refs, catalog, dialect);
    const cls: StatementClass =
      judged.violation === null ? s.class : { kind: s.class.kind === 'READ' ? 'SELECT' : s.class.kind, violation: judged.violation };
    return {
      ...s,
      class: cls,
      needs: judged.needs,
      alsoWrites: judged.alsoWrites,
      ...(judged.target !== undefined ? { target: judged.target } : {}),
    };
  });
}

/**
 * Classifies every statement, resolving what it names in `catalog` (by default only the
 * server's built-in functions are known). Call `loadParser()` first.
 */
export function classifyBatch(
  sql: string,
  dialect: 'postgres' | 'sqlite',
  catalog: BoundaryCatalog = BUILTIN_CATALOG,
): ClassifiedStatement[] | { readonly unreadable: string } {
  const parsed = parseBatch(sql, dialect);
  return 'unreadable' in parsed ? parsed : judgeBatch(parsed, catalog, dialect);
}
