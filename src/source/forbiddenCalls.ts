/**
 * Calls a clone source may not make anywhere — in a statement, in a function's body a trigger or a
 * call could run later, in a DO block: those that reach the server's files, other sessions, other
 * servers, or run SQL text no one can classify. PL/pgSQL bodies are read with the PL/pgSQL parser.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { functionName, walk, type Node } from '../sql/ast.ts';

/** Functions that reach the server's files, other sessions, other servers, or run SQL text no one can classify. */
const FORBIDDEN_FUNCTIONS: Readonly<Record<string, string>> = Object.fromEntries([
  ...[
    'pg_read_file',
    'pg_read_binary_file',
    'pg_ls_dir',
    'pg_ls_logdir',
    'pg_ls_waldir',
    'pg_ls_tmpdir',
    'pg_ls_archive_statusdir',
    'pg_ls_logicalsnapdir',
    'pg_ls_logicalmapdir',
    'pg_ls_replslotdir',
    'pg_stat_file',
    'pg_file_write',
    'pg_file_rename',
    'pg_file_unlink',
    'pg_file_sync',
    'pg_logdir_ls',
    'lo_import',
    'lo_export',
  ].map((f) => [f, "reads or writes the server's files"]),
  ...['dblink', 'dblink_exec', 'dblink_connect', 'dblink_connect_u', 'dblink_open', 'dblink_send_query'].map((f) => [
    f,
    'connects to another database',
  ]),
  ...[
    'pg_terminate_backend',
    'pg_cancel_backend',
    'pg_reload_conf',
    'pg_rotate_logfile',
    'pg_switch_wal',
    'pg_create_restore_point',
    'pg_promote',
    'pg_wal_replay_pause',
    'pg_wal_replay_resume',
    'pg_backup_start',
    'pg_backup_stop',
    'pg_start_backup',
    'pg_stop_backup',
    'pg_create_physical_replication_slot',
    'pg_create_logical_replication_slot',
    'pg_drop_replication_slot',
    'pg_copy_physical_replication_slot',
    'pg_copy_logical_replication_slot',
    'pg_replication_slot_advance',
    'pg_replication_origin_create',
    'pg_replication_origin_drop',
    'pg_replication_origin_advance',
    'pg_replication_origin_session_setup',
    'pg_logical_emit_message',
    'pg_stat_reset',
    'pg_stat_reset_shared',
    'pg_stat_reset_slru',
    'pg_stat_reset_replication_slot',
    'pg_stat_statements_reset',
  ].map((f) => [f, 'acts on the server or its other sessions, beyond the clone']),
  ...['query_to_xml', 'query_to_xmlschema', 'query_to_xml_and_xmlschema', 'ts_stat', 'ts_rewrite'].map((f) => [
    f,
    'runs SQL text that cannot be classified',
  ]),
]);

/** The first forbidden call anywhere in `tree`, as a reason. */
export function forbiddenCall(tree: unknown): string | null {
  for (const [type, node] of walk(tree)) {
    if (type !== 'FuncCall') continue;
    const name = functionName(node);
    if (Object.hasOwn(FORBIDDEN_FUNCTIONS, name)) return `calls ${name}(), which ${FORBIDDEN_FUNCTIONS[name]}`;
  }
  return null;
}

/** Every SQL text a PL/pgSQL body holds, and whether it builds any at run time. */
export function plpgsqlTexts(parsed: unknown): { texts: { query: string; statement: boolean }[]; dynamic: boolean } {
  const texts: { query: string; statement: boolean }[] = [];
  let dynamic = false;
  const visit = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    if (/dyn/i.test(key)) dynamic = true;
    const expr = (value as { PLpgSQL_expr?: { query?: string; parseMode?: number } }).PLpgSQL_expr;
    if (expr?.query !== undefined) texts.push({ query: expr.query, statement: (expr.parseMode ?? 0) === 0 });
    for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(parsed);
  return { texts, dynamic };
}

/** Parses one text of a PL/pgSQL body: a statement, or an expression (an assignment's right side) read as `SELECT expr`. */
export function parseText(text: { query: string; statement: boolean }): Node[] {
  const expression = text.query.replace(/^\s*[\w."[\]]+\s*:?=\s*/, '');
  const parsed = parseSync(text.statement ? text.query : `SELECT ${expression}`) as unknown as { stmts: { stmt: Node }[] };
  return parsed.stmts.map((s) => s.stmt);
}

/** The language a CREATE FUNCTION names, lower-cased (`sql` when it names none: the body is then SQL). */
export function functionLanguage(stmt: Node): string {
  const fn = stmt.CreateFunctionStmt as { options?: { DefElem?: { defname?: string; arg?: unknown } }[] };
  const language = fn.options?.find((o) => o.DefElem?.defname === 'language')?.DefElem?.arg as { String?: { sval?: string } } | undefined;
  return language?.String?.sval?.toLowerCase() ?? 'sql';
}

/** Function bodies are not run by the load, but a trigger or a call may run them: no forbidden call in them either. */
export function forbiddenInFunctionBody(stmt: Node, source: string): string | null {
  const fn = stmt.CreateFunctionStmt as { options?: { DefElem?: { defname?: string; arg?: unknown } }[] };
  const lang = functionLanguage(stmt);
  const as = fn.options?.find((o) => o.DefElem?.defname === 'as')?.DefElem?.arg as
    | { List?: { items?: { String?: { sval?: string } }[] } }
    | undefined;
  const body = as?.List?.items?.[0]?.String?.sval;
  try {
    if (lang === 'sql' && body !== undefined) return forbiddenCall(parseSync(body));
    if (lang === 'plpgsql') {
      for (const text of plpgsqlTexts(parsePlPgSQLSync(source)).texts) {
        const found = forbiddenCall(parseText(text));
        if (found) return found;
      }
    }
  } catch {
    // A body the parsers cannot read is the server's to judge when the function is created.
  }
  return null;
}
