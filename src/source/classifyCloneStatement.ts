/**
 * What one statement of a Postgres clone source may do. A clone source is user input, and
 * nothing in it may act outside the scratch database: statements that reach beyond one database
 * (databases, roles, tablespaces, subscriptions, the server's files, other sessions, other
 * servers) are refused or, where the plan asks, skipped; statements that name roles are run
 * only if the clone has the roles.
 */
import { parsePlPgSQLSync } from 'libpg-query';
import { EXTENSIONS_OUTSIDE } from '../boundary/allowList.ts';
import type { Node } from '../sql/ast.ts';
import type { CloneSkip } from './cloneSkips.ts';
import { isCopyFromStdin } from './splitPostgresSource.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { statementKind } from './statementKind.ts';
import { forbiddenCall, plpgsqlTexts, parseText, functionLanguage, forbiddenInFunctionBody } from './forbiddenCalls.ts';

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

/** Classifies one statement of a clone source; `source` is its text (DO blocks and function bodies are parsed again). */
export function classifyStatement(stmt: Node, source: string): Verdict {
  const [type = 'UNKNOWN'] = Object.keys(stmt);
  const node = (stmt[type] ?? {}) as Node;
  const kind = statementKind(stmt);
  const call = forbiddenCall(stmt);
  if (call) return refuse(kind, call);
  const fixed = FIXED_VERDICTS[type];
  if (fixed) return fixed(kind);
  if (type === 'DoStmt') return classifyDo(stmt, source);
  if (type === 'CreateFunctionStmt') return classifyFunction(stmt, source, kind);
  const byNode = BY_NODE[type];
  return byNode ? byNode(node, kind, stmt) : { action: 'run', kind };
}

const EVENT_TRIGGER =
  "needs a superuser: an event trigger runs its function on the DDL of every session of the database, and the clone source loads as the clone's owner, a role without superuser (leave it out of the source)";

/** Statements whose verdict is their type's alone. */
const FIXED_VERDICTS: Readonly<Record<string, (kind: string) => Verdict>> = {
  ...Object.fromEntries(
    ['CreatedbStmt', 'DropdbStmt', 'AlterDatabaseStmt', 'AlterDatabaseSetStmt', 'AlterDatabaseRefreshCollStmt'].map((t) => [t, database]),
  ),
  ...Object.fromEntries(
    ['CreateRoleStmt', 'AlterRoleStmt', 'AlterRoleSetStmt', 'DropRoleStmt', 'GrantRoleStmt'].map((t) => [t, roleChange]),
  ),
  ...refusing(['ReassignOwnedStmt', 'DropOwnedStmt'], 'reaches objects of other databases owned by the role'),
  ...refusing(['AlterSystemStmt'], "changes the server's configuration"),
  ...refusing(['CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterTableSpaceOptionsStmt', 'AlterTableMoveAllStmt'], TABLESPACE),
  ...refusing(['CreateSubscriptionStmt', 'AlterSubscriptionStmt', 'DropSubscriptionStmt'], SUBSCRIPTION),
  ...refusing(['ImportForeignSchemaStmt'], 'connects to another server to read its schema'),
  ...refusing(['LoadStmt'], "loads a library from the server's files into the server"),
  ...refusing(['CheckPointStmt'], 'acts on the whole server, beyond the clone'),
  ...refusing(['CreateEventTrigStmt', 'AlterEventTrigStmt'], EVENT_TRIGGER),
};

function refusing(types: readonly string[], reason: string): Record<string, (kind: string) => Verdict> {
  return Object.fromEntries(types.map((t) => [t, (kind: string) => refuse(kind, reason)]));
}

type NodeVerdict = (node: Node, kind: string, stmt: Node) => Verdict;

/** Statements whose verdict depends on what they say, by type. */
const BY_NODE: Readonly<Record<string, NodeVerdict>> = {
  RenameStmt: (node, kind) => {
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
  },
  CopyStmt: (node, kind, stmt) => {
    if (isCopyFromStdin(stmt)) return { action: 'run', kind };
    return refuse(
      kind,
      node.is_program
        ? 'runs a program on the server'
        : node.filename
          ? "reads or writes the server's files"
          : 'sends data out of the clone',
    );
  },
  CreateExtensionStmt: (node, kind) => {
    const name = String(node.extname ?? '');
    if (Object.hasOwn(EXTENSIONS_OUTSIDE, name)) return refuse(`CREATE EXTENSION ${name}`, `extension ${name} ${EXTENSIONS_OUTSIDE[name]}`);
    const options = (node.options as { DefElem?: { defname?: string; arg?: { String?: { sval?: string } } } }[] | undefined) ?? [];
    const schema = options.find((o) => o.DefElem?.defname === 'schema')?.DefElem?.arg?.String?.sval ?? null;
    return { action: 'run', kind, extension: { name, schema } };
  },
  TransactionStmt: classifyTransaction,
  VacuumStmt: (node, kind) =>
    node.is_vacuumcmd === true
      ? { action: 'skip', kind, reason: 'VACUUM cannot run inside the load transaction, and changes nothing a capture reads' }
      : { action: 'run', kind: 'ANALYZE' },
  VariableSetStmt: classifySet,
  CommentStmt: onDescribedObject,
  SecLabelStmt: onDescribedObject,
  AlterOwnerStmt: (node, kind) =>
    onObject(String(node.objectType ?? ''), kind, 'ALTER DATABASE … OWNER TO') ?? {
      action: 'roles',
      kind,
      roles: namedRoles(node.newowner),
      category: 'owner',
    },
  AlterTableStmt: classifyAlterTable,
  CreateStmt: inTablespace,
  IndexStmt: inTablespace,
  CreateTableAsStmt: inTablespace,
  GrantStmt: (node, kind) =>
    onObject(String(node.objtype ?? ''), kind, 'GRANT … ON DATABASE') ?? {
      action: 'roles',
      // The parser's JSON leaves out a false is_grant.
      kind: node.is_grant === true ? 'GRANT' : 'REVOKE',
      roles: [...namedRoles(node.grantees), ...namedRoles(node.grantor)],
      category: 'acl',
    },
  AlterDefaultPrivilegesStmt: (node, kind) => {
    const options = (node.options as { DefElem?: { defname?: string; arg?: { List?: { items?: unknown[] } } } }[] | undefined) ?? [];
    const forRoles = options.filter((o) => o.DefElem?.defname === 'roles').flatMap((o) => namedRoles(o.DefElem?.arg?.List?.items));
    const action = node.action as { GrantStmt?: Node } | Node | undefined;
    const grant = ((action as { GrantStmt?: Node })?.GrantStmt ?? action ?? {}) as Node;
    return { action: 'roles', kind, roles: [...forRoles, ...namedRoles(grant.grantees)], category: 'acl' };
  },
  CreateSchemaStmt: (node) => ({
    action: 'roles',
    kind: 'CREATE SCHEMA … AUTHORIZATION',
    roles: namedRoles(node.authrole),
    category: null,
  }),
  // Access control too: a policy or mapping for a role the clone lacks applies to no one in it.
  CreatePolicyStmt: policyRoles,
  AlterPolicyStmt: policyRoles,
  CreateUserMappingStmt: userMapping,
  AlterUserMappingStmt: userMapping,
  DropUserMappingStmt: userMapping,
};

/** COMMENT ON or SECURITY LABEL ON an object: on the database itself or an object of the whole server, see `onObject`. */
function onDescribedObject(node: Node, kind: string): Verdict {
  return onObject(String(node.objtype ?? ''), kind, `${kind} ON DATABASE`) ?? { action: 'run', kind };
}

function policyRoles(node: Node, kind: string): Verdict {
  return { action: 'roles', kind, roles: namedRoles(node.roles), category: 'acl' };
}

function userMapping(node: Node, kind: string): Verdict {
  return { action: 'roles', kind, roles: namedRoles(node.user), category: 'acl' };
}

/** A statement on the database itself (skippable), or on an object of the whole server (refused); `null`: on neither. */
function onObject(objtype: string, kind: string, databaseKind: string): Verdict | null {
  if (objtype === DATABASE_OBJECT) return database(databaseKind);
  if (SHARED_OBJECTS.has(objtype)) return refuse(kind, 'on an object that belongs to the whole server');
  return null;
}

/** A relation made in a tablespace other than the default one is refused: its files would live outside the clone's. */
function inTablespace(node: Node, kind: string): Verdict {
  const space = node.tablespacename ?? node.tableSpace ?? (node.into as Node | undefined)?.tableSpaceName;
  if (foreignTablespace(space)) return refuse(kind, `tablespace ${String(space)} is a directory of the server's, outside the clone`);
  return { action: 'run', kind };
}

/** A function in C or internal needs a superuser; any other's body may hold no forbidden call. */
function classifyFunction(stmt: Node, source: string, kind: string): Verdict {
  const language = functionLanguage(stmt);
  if (language === 'c' || language === 'internal')
    return refuse(
      kind,
      `in LANGUAGE ${language} needs a superuser: it names code of the server's own files, and the clone source loads as the clone's owner, a role without superuser (an extension's functions come with its CREATE EXTENSION)`,
    );
  const found = forbiddenInFunctionBody(stmt, source);
  return found ? refuse(kind, `its body ${found}`) : { action: 'run', kind };
}

/** Transaction control: the load is one transaction of its own, so BEGIN and COMMIT are skipped and the rest refused. */
function classifyTransaction(node: Node): Verdict {
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

/** A setting: the session's role (the owner's throughout), how strings read, a tablespace outside the clone. */
function classifySet(node: Node, kind: string, stmt: Node): Verdict {
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

/** ALTER TABLE: a move to another tablespace is refused, a change of owner names roles, DISABLE/ENABLE TRIGGER ALL runs the load's way. */
function classifyAlterTable(node: Node, kind: string): Verdict {
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
