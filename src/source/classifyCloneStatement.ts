/**
 * What one statement of a Postgres clone source may do. A clone source is user input, and
 * nothing in it may act outside the scratch database: statements that reach beyond one database
 * (databases, roles, tablespaces, subscriptions, the server's files, other sessions, other
 * servers) are refused or, where the plan asks, skipped; statements that name roles are run
 * only if the clone has the roles.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { EXTENSIONS_OUTSIDE } from '../boundary/allowList.ts';
import { functionName, walk, type Node } from '../sql/ast.ts';
import type { CloneSkip } from './cloneSkips.ts';
import { isCopyFromStdin } from './splitPostgresSource.ts';
import { quoteIdent } from '../util/quoteIdent.ts';

/**
 * Whether a statement turns `standard_conforming_strings` off (`true`), back on or to its default
 * (`false`: `SET … = on`, `RESET`, `RESET ALL`, `SET … TO DEFAULT`), or leaves it alone (`null`).
 */
export function stringsOff(stmt: Node): boolean | null {
  const node = stmt.VariableSetStmt as Node | undefined;
  if (!node) return null;
  if (node.kind === 'VAR_RESET_ALL') return false;
  if (String(node.name ?? '').toLowerCase() !== 'standard_conforming_strings') return null;
  if (node.kind !== 'VAR_SET_VALUE') return false;
  const first = ((node.args as { A_Const?: { sval?: { sval?: string }; ival?: { ival?: number } } }[] | undefined) ?? [])[0]?.A_Const;
  const value = first?.sval?.sval ?? String(first?.ival?.ival ?? 0);
  return /^(of|off|f|fa|fal|fals|false|n|no|0)$/i.test(value);
}

export type Verdict =
  | {
      readonly action: 'run';
      readonly kind: string;
      readonly extension?: { readonly name: string; readonly schema: string | null };
      /** `ALTER TABLE t DISABLE|ENABLE TRIGGER ALL`, which the load runs its own way (loadSource.ts). */
      readonly triggersAll?: { readonly table: string; readonly enable: boolean };
    }
  /** Never run, always skipped (transaction control: the load is one transaction of its own). */
  | { readonly action: 'skip'; readonly kind: string; readonly reason: string }
  /** Skipped when the plan's `clone_from.skip` holds `category`; refused otherwise. */
  | { readonly action: 'skippable'; readonly kind: string; readonly category: CloneSkip; readonly reason: string }
  /** Run when the clone has every role named; otherwise skippable by `category`, or refused when it has none. */
  | { readonly action: 'roles'; readonly kind: string; readonly roles: readonly string[]; readonly category: 'owner' | 'acl' | null }
  | { readonly action: 'refuse'; readonly kind: string; readonly reason: string };

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

const KINDS: Readonly<Record<string, string>> = {
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  AlterDatabaseStmt: 'ALTER DATABASE',
  AlterDatabaseSetStmt: 'ALTER DATABASE',
  AlterDatabaseRefreshCollStmt: 'ALTER DATABASE',
  CreateRoleStmt: 'CREATE ROLE',
  AlterRoleStmt: 'ALTER ROLE',
  AlterRoleSetStmt: 'ALTER ROLE',
  DropRoleStmt: 'DROP ROLE',
  GrantRoleStmt: 'GRANT role',
  ReassignOwnedStmt: 'REASSIGN OWNED',
  DropOwnedStmt: 'DROP OWNED',
  AlterSystemStmt: 'ALTER SYSTEM',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  DropTableSpaceStmt: 'DROP TABLESPACE',
  AlterTableSpaceOptionsStmt: 'ALTER TABLESPACE',
  AlterTableMoveAllStmt: 'ALTER … SET TABLESPACE',
  CreateSubscriptionStmt: 'CREATE SUBSCRIPTION',
  AlterSubscriptionStmt: 'ALTER SUBSCRIPTION',
  DropSubscriptionStmt: 'DROP SUBSCRIPTION',
  CopyStmt: 'COPY',
  CreateExtensionStmt: 'CREATE EXTENSION',
  DoStmt: 'DO',
  GrantStmt: 'GRANT',
  AlterOwnerStmt: 'ALTER … OWNER TO',
  AlterTableStmt: 'ALTER TABLE',
  VariableSetStmt: 'SET',
  TransactionStmt: 'transaction control',
  CommentStmt: 'COMMENT',
  SecLabelStmt: 'SECURITY LABEL',
  CreateSchemaStmt: 'CREATE SCHEMA',
  AlterDefaultPrivilegesStmt: 'ALTER DEFAULT PRIVILEGES',
  CreatePolicyStmt: 'CREATE POLICY',
  AlterPolicyStmt: 'ALTER POLICY',
  CreateUserMappingStmt: 'CREATE USER MAPPING',
  AlterUserMappingStmt: 'ALTER USER MAPPING',
  DropUserMappingStmt: 'DROP USER MAPPING',
  ImportForeignSchemaStmt: 'IMPORT FOREIGN SCHEMA',
  SelectStmt: 'SELECT',
  InsertStmt: 'INSERT',
  CreateStmt: 'CREATE TABLE',
  IndexStmt: 'CREATE INDEX',
  CreateFunctionStmt: 'CREATE FUNCTION',
  CallStmt: 'CALL',
  VacuumStmt: 'VACUUM',
  CreateTableAsStmt: 'CREATE TABLE AS',
  ViewStmt: 'CREATE VIEW',
  CreateTrigStmt: 'CREATE TRIGGER',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  RenameStmt: 'ALTER … RENAME',
  LoadStmt: 'LOAD',
  CheckPointStmt: 'CHECKPOINT',
  CreateSeqStmt: 'CREATE SEQUENCE',
  AlterSeqStmt: 'ALTER SEQUENCE',
  CompositeTypeStmt: 'CREATE TYPE',
  CreateEnumStmt: 'CREATE TYPE … AS ENUM',
};

/** `CreateTableSpaceStmt` → `CREATE TABLE SPACE` where no better name is known. */
export function statementKind(stmt: Node): string {
  const type = Object.keys(stmt)[0] ?? 'UNKNOWN';
  const node = (stmt[type] ?? {}) as Node;
  if (type === 'CreateTableAsStmt' && node.objtype === 'OBJECT_MATVIEW') return 'CREATE MATERIALIZED VIEW';
  // CREATE AGGREGATE, OPERATOR, TYPE, COLLATION, TEXT SEARCH …: one node, told apart by its kind.
  if (type === 'DefineStmt' && typeof node.kind === 'string')
    return `CREATE ${node.kind
      .replace(/^OBJECT_/, '')
      .replace(/^TS(?=[A-Z])/, 'TEXT SEARCH ')
      .replaceAll('_', ' ')}`;
  return (
    KINDS[type] ??
    type
      .replace(/Stmt$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toUpperCase()
  );
}

interface RoleSpec {
  roletype?: string;
  rolename?: string;
}

/** The named roles of a list of RoleSpecs (PUBLIC, CURRENT_USER and the like always exist). */
function namedRoles(specs: unknown): string[] {
  const list = Array.isArray(specs) ? specs : specs ? [specs] : [];
  return list.flatMap((s) => {
    const spec = ((s as { RoleSpec?: RoleSpec }).RoleSpec ?? s) as RoleSpec;
    return spec.roletype === 'ROLESPEC_CSTRING' && spec.rolename ? [spec.rolename] : [];
  });
}

const DATABASE_OBJECT = 'OBJECT_DATABASE';
const SHARED_OBJECTS = new Set(['OBJECT_TABLESPACE', 'OBJECT_ROLE', 'OBJECT_PARAMETER_ACL']);

const refuse = (kind: string, reason: string): Verdict => ({ action: 'refuse', kind, reason });
const roleChange = (kind: string): Verdict => ({
  action: 'skippable',
  kind,
  category: 'roles',
  reason: 'changes roles, which belong to the whole server',
});
const TABLESPACE = "a tablespace is a directory of the server's, outside the clone";
const SUBSCRIPTION = 'a subscription connects to another server';
const database = (kind: string): Verdict => ({
  action: 'skippable',
  kind,
  category: 'database',
  reason: 'acts on a database, not inside one: the clone is a database of its own',
});

/** A tablespace other than the default one: its files live outside the clone's. */
function foreignTablespace(name: unknown): boolean {
  return typeof name === 'string' && name !== '' && name !== 'pg_default';
}

/** The first forbidden call anywhere in `tree`, as a reason. */
function forbiddenCall(tree: unknown): string | null {
  for (const [type, node] of walk(tree)) {
    if (type !== 'FuncCall') continue;
    const name = functionName(node);
    if (Object.hasOwn(FORBIDDEN_FUNCTIONS, name)) return `calls ${name}(), which ${FORBIDDEN_FUNCTIONS[name]}`;
  }
  return null;
}

/** Every SQL text a PL/pgSQL body holds, and whether it builds any at run time. */
function plpgsqlTexts(parsed: unknown): { texts: { query: string; statement: boolean }[]; dynamic: boolean } {
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
function parseText(text: { query: string; statement: boolean }): Node[] {
  const expression = text.query.replace(/^\s*[\w."[\]]+\s*:?=\s*/, '');
  const parsed = parseSync(text.statement ? text.query : `SELECT ${expression}`) as unknown as { stmts: { stmt: Node }[] };
  return parsed.stmts.map((s) => s.stmt);
}

/** A DO block: every statement it runs is classified; SQL it builds at run time cannot be, and is refused. */
function classifyDo(stmt: Node, source: string): Verdict {
  const args = ((stmt.DoStmt as Node).args as { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[]) ?? [];
  const language = args.find((a) => a.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval ?? 'plpgsql';
  if (language !== 'plpgsql') return refuse('DO', `a DO block in ${language} cannot be classified`);
  let body: ReturnType<typeof plpgsqlTexts>;
  try {
    body = plpgsqlTexts(parsePlPgSQLSync(source));
  } catch {
    return refuse('DO', 'the PL/pgSQL parser cannot read this DO block');
  }
  if (body.dynamic) return refuse('DO', 'a DO block that runs SQL it builds at run time (EXECUTE) cannot be classified');
  const roles = new Set<string>();
  for (const text of body.texts) {
    let stmts: Node[];
    try {
      stmts = parseText(text);
    } catch {
      return refuse('DO', `the Postgres parser cannot read this statement of the DO block: ${text.query.slice(0, 80)}`);
    }
    for (const inner of stmts) {
      const verdict = classifyStatement(inner, text.query);
      if (verdict.action === 'refuse' || verdict.action === 'skippable' || verdict.action === 'skip') {
        return refuse('DO', `a DO block that runs ${verdict.kind}: ${'reason' in verdict ? verdict.reason : ''}`.replace(/: $/, ''));
      }
      if (verdict.action === 'roles') for (const r of verdict.roles) roles.add(r);
    }
  }
  return roles.size > 0 ? { action: 'roles', kind: 'DO', roles: [...roles], category: null } : { action: 'run', kind: 'DO' };
}

/** The language a CREATE FUNCTION names, lower-cased (`sql` when it names none: the body is then SQL). */
function functionLanguage(stmt: Node): string {
  const fn = stmt.CreateFunctionStmt as { options?: { DefElem?: { defname?: string; arg?: unknown } }[] };
  const language = fn.options?.find((o) => o.DefElem?.defname === 'language')?.DefElem?.arg as { String?: { sval?: string } } | undefined;
  return language?.String?.sval?.toLowerCase() ?? 'sql';
}

/** Function bodies are not run by the load, but a trigger or a call may run them: no forbidden call in them either. */
function forbiddenInFunctionBody(stmt: Node, source: string): string | null {
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

/** Classifies one statement of a clone source; `source` is its text (DO blocks and function bodies are parsed again). */
export function classifyStatement(stmt: Node, source: string): Verdict {
  const [type = 'UNKNOWN'] = Object.keys(stmt);
  const node = (stmt[type] ?? {}) as Node;
  const kind = statementKind(stmt);
  const call = forbiddenCall(stmt);
  if (call) return refuse(kind, call);
  switch (type) {
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterDatabaseStmt':
    case 'AlterDatabaseSetStmt':
    case 'AlterDatabaseRefreshCollStmt':
      return database(kind);
    case 'CreateRoleStmt':
    case 'AlterRoleStmt':
    case 'AlterRoleSetStmt':
    case 'DropRoleStmt':
    case 'GrantRoleStmt':
      return roleChange(kind);
    case 'ReassignOwnedStmt':
    case 'DropOwnedStmt':
      return refuse(kind, 'reaches objects of other databases owned by the role');
    case 'AlterSystemStmt':
      return refuse(kind, "changes the server's configuration");
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'AlterTableSpaceOptionsStmt':
    case 'AlterTableMoveAllStmt':
      return refuse(kind, TABLESPACE);
    case 'CreateSubscriptionStmt':
    case 'AlterSubscriptionStmt':
    case 'DropSubscriptionStmt':
      return refuse(kind, SUBSCRIPTION);
    case 'ImportForeignSchemaStmt':
      return refuse(kind, 'connects to another server to read its schema');
    case 'LoadStmt':
      return refuse(kind, "loads a library from the server's files into the server");
    case 'CheckPointStmt':
      return refuse(kind, 'acts on the whole server, beyond the clone');
    case 'CreateEventTrigStmt':
    case 'AlterEventTrigStmt':
      return refuse(
        kind,
        "needs a superuser: an event trigger runs its function on the DDL of every session of the database, and the clone source loads as the clone's owner, a role without superuser (leave it out of the source)",
      );
    case 'RenameStmt':
      switch (node.renameType) {
        case DATABASE_OBJECT:
          return database('ALTER DATABASE … RENAME');
        case 'OBJECT_ROLE':
          return roleChange('ALTER ROLE … RENAME');
        case 'OBJECT_TABLESPACE':
          return refuse('ALTER TABLESPACE … RENAME', TABLESPACE);
        case 'OBJECT_SUBSCRIPTION':
          return refuse('ALTER SUBSCRIPTION … RENAME', SUBSCRIPTION);
        default:
          return { action: 'run', kind };
      }
    case 'CopyStmt':
      if (isCopyFromStdin(stmt)) return { action: 'run', kind };
      return refuse(
        kind,
        node.is_program
          ? 'runs a program on the server'
          : node.filename
            ? "reads or writes the server's files"
            : 'sends data out of the clone',
      );
    case 'CreateExtensionStmt': {
      const name = String(node.extname ?? '');
      if (Object.hasOwn(EXTENSIONS_OUTSIDE, name))
        return refuse(`CREATE EXTENSION ${name}`, `extension ${name} ${EXTENSIONS_OUTSIDE[name]}`);
      const options = (node.options as { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[] | undefined) ?? [];
      const schema = options.find((o) => o.DefElem?.defname === 'schema')?.DefElem?.arg?.String?.sval ?? null;
      return { action: 'run', kind, extension: { name, schema } };
    }
    case 'DoStmt':
      return classifyDo(stmt, source);
    case 'CreateFunctionStmt': {
      const language = functionLanguage(stmt);
      if (language === 'c' || language === 'internal')
        return refuse(
          kind,
          `in LANGUAGE ${language} needs a superuser: it names code of the server's own files, and the clone source loads as the clone's owner, a role without superuser (an extension's functions come with its CREATE EXTENSION)`,
        );
      const found = forbiddenInFunctionBody(stmt, source);
      return found ? refuse(kind, `its body ${found}`) : { action: 'run', kind };
    }
    case 'TransactionStmt': {
      const txn = String(node.kind ?? '');
      if (txn === 'TRANS_STMT_PREPARE') return refuse('PREPARE TRANSACTION', 'a prepared transaction outlives the session that made it');
      if (/PREPARED/.test(txn))
        return refuse(
          txn === 'TRANS_STMT_COMMIT_PREPARED' ? 'COMMIT PREPARED' : 'ROLLBACK PREPARED',
          "acts on a prepared transaction, which is no session's own",
        );
      if (txn === 'TRANS_STMT_ROLLBACK')
        return refuse('ROLLBACK', 'the clone source is loaded in one transaction of its own, and cannot undo part of itself');
      const named = txn.replace('TRANS_STMT_', '').replace('_', ' ');
      if (/BEGIN|START|COMMIT/.test(txn))
        return { action: 'skip', kind: named, reason: 'the clone source is loaded in one transaction of its own' };
      return { action: 'run', kind: named };
    }
    case 'VacuumStmt':
      return node.is_vacuumcmd === true
        ? { action: 'skip', kind, reason: 'VACUUM cannot run inside the load transaction, and changes nothing a capture reads' }
        : { action: 'run', kind: 'ANALYZE' };
    case 'VariableSetStmt': {
      const name = String(node.name ?? '').toLowerCase();
      const first = ((node.args as { A_Const?: { sval?: { sval?: string }; ival?: { ival?: number } } }[] | undefined) ?? [])[0]?.A_Const;
      const value = first?.sval?.sval ?? (first?.ival ? String(first.ival.ival ?? 0) : undefined);
      if (name === 'session_authorization' || name === 'role') {
        // SET ROLE NONE (the server reads the value "none" so, quoted or not), RESET ROLE and
        // SET SESSION AUTHORIZATION DEFAULT put the session's own role back: the owner's, as ever.
        return value === undefined || node.kind !== 'VAR_SET_VALUE' || (name === 'role' && value === 'none')
          ? { action: 'skip', kind, reason: "the clone source loads as the clone's owner throughout" }
          : { action: 'roles', kind, roles: [value], category: 'owner' };
      }
      if (stringsOff(stmt) === true) {
        // Kept only if no string after it holds a backslash (cloneSource.ts reads the rest of the file).
        return {
          action: 'skip',
          kind,
          reason:
            'no string literal after it holds a backslash, so the setting changes how no statement reads; the load keeps standard_conforming_strings on',
        };
      }
      if ((name === 'default_tablespace' || name === 'temp_tablespaces') && foreignTablespace(value)) {
        return refuse(kind, `tablespace ${value} is a directory of the server's, outside the clone`);
      }
      return { action: 'run', kind };
    }
    case 'CommentStmt':
    case 'SecLabelStmt': {
      const objtype = String(node.objtype ?? '');
      if (objtype === DATABASE_OBJECT) return database(`${kind} ON DATABASE`);
      if (SHARED_OBJECTS.has(objtype)) return refuse(kind, 'on an object that belongs to the whole server');
      return { action: 'run', kind };
    }
    case 'AlterOwnerStmt': {
      const objtype = String(node.objectType ?? '');
      if (objtype === DATABASE_OBJECT) return database('ALTER DATABASE … OWNER TO');
      if (SHARED_OBJECTS.has(objtype)) return refuse(kind, 'on an object that belongs to the whole server');
      return { action: 'roles', kind, roles: namedRoles(node.newowner), category: 'owner' };
    }
    case 'AlterTableStmt': {
      const cmds = ((node.cmds as { AlterTableCmd?: Node }[] | undefined) ?? []).map((c) => c.AlterTableCmd ?? {});
      if (cmds.some((c) => c.subtype === 'AT_SetTableSpace' && foreignTablespace(c.name)))
        return refuse(kind, "moves a relation to a tablespace, outside the clone's files");
      const owners = cmds.filter((c) => c.subtype === 'AT_ChangeOwner').flatMap((c) => namedRoles(c.newowner));
      if (owners.length > 0) return { action: 'roles', kind: 'ALTER … OWNER TO', roles: owners, category: 'owner' };
      // pg_dump --disable-triggers (a superuser's load): run as the table's keys deferred to the end of the load.
      const all = cmds.map((c) => c.subtype);
      if (all.length === 1 && (all[0] === 'AT_DisableTrigAll' || all[0] === 'AT_EnableTrigAll')) {
        const rel = node.relation as { schemaname?: string; relname?: string } | undefined;
        const table = rel?.relname ? `${rel.schemaname ? `${quoteIdent(rel.schemaname)}.` : ''}${quoteIdent(rel.relname)}` : null;
        if (table)
          return {
            action: 'run',
            kind: `ALTER TABLE … ${all[0] === 'AT_DisableTrigAll' ? 'DISABLE' : 'ENABLE'} TRIGGER ALL`,
            triggersAll: { table, enable: all[0] === 'AT_EnableTrigAll' },
          };
      }
      return { action: 'run', kind };
    }
    case 'CreateStmt':
    case 'IndexStmt':
    case 'CreateTableAsStmt': {
      const space = node.tablespacename ?? node.tableSpace ?? (node.into as Node | undefined)?.tableSpaceName;
      if (foreignTablespace(space)) return refuse(kind, `tablespace ${String(space)} is a directory of the server's, outside the clone`);
      return { action: 'run', kind };
    }
    case 'GrantStmt': {
      const objtype = String(node.objtype ?? '');
      if (objtype === DATABASE_OBJECT) return database('GRANT … ON DATABASE');
      if (SHARED_OBJECTS.has(objtype)) return refuse(kind, 'on an object that belongs to the whole server');
      return {
        action: 'roles',
        // The parser's JSON leaves out a false is_grant.
        kind: node.is_grant === true ? 'GRANT' : 'REVOKE',
        roles: [...namedRoles(node.grantees), ...namedRoles(node.grantor)],
        category: 'acl',
      };
    }
    case 'AlterDefaultPrivilegesStmt': {
      const options = (node.options as { DefElem?: { defname?: string; arg?: { List?: { items?: unknown[] } } } }[] | undefined) ?? [];
      const forRoles = options.filter((o) => o.DefElem?.defname === 'roles').flatMap((o) => namedRoles(o.DefElem?.arg?.List?.items));
      const action = node.action as { GrantStmt?: Node } | Node | undefined;
      const grant = ((action as { GrantStmt?: Node })?.GrantStmt ?? action ?? {}) as Node;
      return { action: 'roles', kind, roles: [...forRoles, ...namedRoles(grant.grantees)], category: 'acl' };
    }
    case 'CreateSchemaStmt':
      return { action: 'roles', kind: 'CREATE SCHEMA … AUTHORIZATION', roles: namedRoles(node.authrole), category: null };
    // Access control too: a policy or mapping for a role the clone lacks applies to no one in it.
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      return { action: 'roles', kind, roles: namedRoles(node.roles), category: 'acl' };
    case 'CreateUserMappingStmt':
    case 'AlterUserMappingStmt':
    case 'DropUserMappingStmt':
      return { action: 'roles', kind, roles: namedRoles(node.user), category: 'acl' };
    default:
      return { action: 'run', kind };
  }
}
