/**
 * The boundary's catalog of a SQLite clone: the connection's functions (the program's, the same
 * from clone to clone), its tables and views, and what a write to one reaches — its triggers, the
 * foreign keys whose actions carry it on, and a REPLACE that deletes the rows it conflicts with.
 */
import type { FunctionInfo } from './allowList.ts';
import type { Session } from '../session/session.ts';
import { type StatementReach, type BoundaryCatalog, grouped } from './catalog.ts';
import { asciiLower, sqliteCodeOnly } from './sqliteReadsOtherwise.ts';

/** The last function list read, by its text: a connection's functions are the program's, the same for every clone. */
let sqliteFunctionList: { readonly text: string; readonly functions: Map<string, FunctionInfo[]> } | null = null;
/**
 * The list of a connection with SQLite's own functions only (`Session.builtinFunctionsOnly`): the
 * library's, those its build registers on every connection it opens (some not flagged built-in:
 * geopoly's, for one), the same on every such connection.
 */
let builtinFunctionList: Map<string, FunctionInfo[]> | null = null;

/**
 * The connection's functions by name. SQL cannot define one in SQLite (only the program that opened
 * the connection can), so the list is the same from clone to clone: it is read whole only when its
 * text — every name, flag and kind, joined by SQLite itself — is not the one read last. A connection
 * that refuses a program's functions has SQLite's own: that list is read on the first such one.
 */
async function sqliteFunctions(session: Session): Promise<Map<string, FunctionInfo[]>> {
  if (session.builtinFunctionsOnly !== true) return readFunctions(session);
  builtinFunctionList ??= await readFunctions(session);
  return builtinFunctionList;
}

async function readFunctions(session: Session): Promise<Map<string, FunctionInfo[]>> {
  const [list] = await session.query<{ text: string }>(
    "SELECT group_concat(name || ':' || builtin || ':' || flags, ',') AS text FROM (SELECT name, builtin, flags FROM pragma_function_list ORDER BY 1, 2, 3)",
  );
  const text = list?.text ?? '';
  if (sqliteFunctionList?.text === text) return sqliteFunctionList.functions;
  const rows = await session.query<{ name: string; builtin: number; flags: number }>(
    'SELECT name, builtin, flags FROM pragma_function_list',
  );
  const functions = grouped(
    rows.map((r) => ({ ...r, k: r.name.toLowerCase() })),
    (r): FunctionInfo => ({
      signature: r.name,
      schema: 'main',
      name: r.name.toLowerCase(),
      // SQLITE_DETERMINISTIC: the same arguments give the same result.
      volatility: (r.flags & 0x800) !== 0 ? 'i' : 'v',
      origin: r.builtin ? { kind: 'builtin' } : { kind: 'user' },
    }),
  );
  // Shared from clone to clone: nothing may change what one read holds.
  for (const list of functions.values()) for (const f of Object.freeze(list)) Object.freeze(f);
  sqliteFunctionList = { text, functions };
  return functions;
}

/** A SQLite foreign key: the table holding it, the table it references, its actions. */
export interface SqliteForeignKey {
  readonly child: string;
  readonly parent: string;
  readonly on_delete: string;
  readonly on_update: string;
}

/** Every foreign key of the database's tables, with its actions. */
export function sqliteForeignKeys(session: Session): Promise<SqliteForeignKey[]> {
  return session.query<SqliteForeignKey>(
    `SELECT DISTINCT m.name AS child, f."table" AS parent, f.on_delete, f.on_update
       FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
  );
}

/** A foreign key action that writes the rows referencing the one deleted or updated (not NO ACTION, not RESTRICT). */
export const actionWrites = (action: string): boolean => /^(CASCADE|SET NULL|SET DEFAULT)$/i.test(action);

/** Reads what the batch names from a SQLite clone: its functions and the relations it writes. */
export async function readSqliteCatalog(session: Session): Promise<BoundaryCatalog> {
  const functions = await sqliteFunctions(session);
  // Tables, views and triggers in one read of the schema, in its order.
  const objects = await session.query<{ type: string; name: string; tbl: string; sql: string | null }>(
    "SELECT type, name, tbl_name AS tbl, sql FROM sqlite_schema WHERE type IN ('table', 'view', 'trigger')",
  );
  const triggers = objects.filter((o) => o.type === 'trigger').map(({ name, tbl, sql }) => ({ name, tbl, sql }));
  const relations = objects
    .filter((o) => o.type !== 'trigger')
    .map(({ type, name, sql }) => {
      // The triggers on it, by their names: a trigger keeps its table's name as its CREATE TRIGGER wrote it (`ON v` for `V`).
      const on = triggers.filter((t) => asciiLower(t.tbl) === asciiLower(name)).map((t) => t.name);
      return { type, name, sql, triggers: on.length > 0 ? on.join(', ') : null };
    });
  const byName = new Map(relations.map((r) => [asciiLower(r.name), r]));
  const actions = await sqliteForeignKeys(session);
  const replaces = new Set(
    relations
      .filter((r) => r.type === 'table' && /\bON\s+CONFLICT\s+REPLACE\b/i.test(sqliteCodeOnly(r.sql ?? '')))
      .map((r) => asciiLower(r.name)),
  );
  // A virtual table's module keeps its rows in tables of its own, named after it (fts5's docs_data, docs_idx …).
  const shadows = new Map(
    relations
      .filter((r) => r.type === 'table' && /^\s*CREATE\s+VIRTUAL\s+TABLE\b/i.test(sqliteCodeOnly(r.sql ?? '')))
      .map((v) => [
        asciiLower(v.name),
        relations.filter((r) => r.type === 'table' && asciiLower(r.name).startsWith(`${asciiLower(v.name)}_`)).map((r) => r.name),
      ]),
  );
  return {
    source: 'clone',
    reach: (refs) => {
      const written = refs.target ? byName.get(asciiLower(refs.target.name)) : undefined;
      const schemaOk = refs.target?.schema === null || asciiLower(refs.target?.schema ?? '') === 'main';
      return written && schemaOk
        ? sqliteReach(written.name, refs.events, { triggers, actions, replaces, shadows })
        : { functions: [], writes: [], foreign: [] };
    },
    functions: (ref) => (ref.schema === null || ref.schema === 'main' ? (functions.get(ref.name.toLowerCase()) ?? []) : []),
    operators: () => [],
    casts: () => [],
    target: (ref) => {
      const r = ref.schema === null || asciiLower(ref.schema) === 'main' ? byName.get(asciiLower(ref.name)) : undefined;
      if (!r) return null;
      return {
        key: r.name,
        schema: null,
        name: r.name,
        kind: r.type === 'view' ? 'view' : 'table',
        rewrites: r.type === 'view' && r.triggers ? [`trigger ${r.triggers}`] : [],
      };
    },
    sequenceTables: () => [],
  };
}

type WriteEvent = 'insert' | 'update' | 'delete';

/**
 * What a write to a SQLite table runs and writes besides: the triggers that fire on it (a view's
 * INSTEAD OF triggers, its only way to be written, too), named like functions of the database's
 * own; the tables its foreign keys' actions write (`ON DELETE CASCADE`, `SET NULL` …), and on from
 * there. An INSERT into or an UPDATE of a table with `ON CONFLICT REPLACE` may delete, as a REPLACE does.
 */
function sqliteReach(
  table: string,
  events: readonly WriteEvent[],
  db: {
    triggers: readonly { name: string; tbl: string; sql: string | null }[];
    actions: readonly SqliteForeignKey[];
    replaces: ReadonlySet<string>;
    shadows: ReadonlyMap<string, readonly string[]>;
  },
): StatementReach {
  const functions: StatementReach['functions'][number][] = [];
  const writes: { schema: string | null; name: string; via: string }[] = [];
  const seen = new Set<string>();
  const visit = (at: string, on: readonly WriteEvent[], via: string): void => {
    const all: WriteEvent[] = on.length === 0 ? ['insert', 'update', 'delete'] : [...on];
    // A row an INSERT or an UPDATE makes may conflict with another, which REPLACE deletes.
    if ((all.includes('insert') || all.includes('update')) && db.replaces.has(asciiLower(at)) && !all.includes('delete'))
      all.push('delete');
    const fresh = all.filter((e) => !seen.has(JSON.stringify([asciiLower(at), e])));
    if (fresh.length === 0) return;
    for (const e of fresh) seen.add(JSON.stringify([asciiLower(at), e]));
    if (at !== table) writes.push({ schema: null, name: at, via });
    for (const shadow of db.shadows.get(asciiLower(at)) ?? [])
      writes.push({ schema: null, name: shadow, via: `the virtual table ${at}, whose module keeps its rows there` });
    for (const t of db.triggers) {
      if (asciiLower(t.tbl) !== asciiLower(at) || !firesOn(t.sql, fresh)) continue;
      const where = at === table ? `a write to ${at}` : `${via}, then a write to ${at}`;
      functions.push({
        signature: `trigger ${t.name}`,
        schema: 'main',
        name: t.name,
        volatility: 'v',
        origin: { kind: 'user' },
        trigger: true,
        via: where,
        inDefault: false,
      });
    }
    for (const fk of db.actions) {
      if (asciiLower(fk.parent) !== asciiLower(at)) continue;
      for (const [event, action, clause] of [
        ['delete', fk.on_delete, 'ON DELETE'],
        ['update', fk.on_update, 'ON UPDATE'],
      ] as const) {
        if (!fresh.includes(event) || !actionWrites(action)) continue;
        const then: WriteEvent = event === 'delete' && /^CASCADE$/i.test(action) ? 'delete' : 'update';
        visit(fk.child, [then], `the foreign key of ${fk.child} to ${fk.parent} (${clause} ${action.toUpperCase()})`);
      }
    }
  };
  visit(table, events, '');
  return { functions, writes, foreign: [] };
}

/**
 * Whether a SQLite trigger may fire on any of these kinds of write, from its `CREATE TRIGGER`
 * text: every DELETE, INSERT or UPDATE written before its `BEGIN`, outside quotes and comments, counts (an
 * unquoted name or a WHEN that holds one of the words only makes it fire more often); where none
 * is found, or the statement's kind is not known, it does.
 */
function firesOn(sql: string | null, events: readonly ('insert' | 'update' | 'delete')[]): boolean {
  // Quoted names, strings and comments hold no keywords (a trigger named "audit insert" fires on what its header says).
  // Words as SQLite reads them: `$`, digits and any character past ASCII belong to a name (`x$UPDATE$BEGIN` is one word).
  const words = (sql === null ? '' : sqliteCodeOnly(sql)).split(/[^A-Za-z0-9_$\u0080-\uffff]+/).map(asciiLower);
  const begin = words.indexOf('begin');
  const header = begin === -1 ? words : words.slice(0, begin);
  const on = header.filter((w) => w === 'delete' || w === 'insert' || w === 'update');
  return on.length === 0 || events.length === 0 || events.some((e) => on.includes(e));
}
