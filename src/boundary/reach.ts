import { defined } from '../util/defined.ts';
/**
 * What a statement runs besides what it names, read from the clone's catalog: for each relation
 * it writes, the triggers that fire on that kind of write (constraint triggers too), its rules, its
 * CHECK constraints, the defaults and generated columns it evaluates, its index expressions and
 * predicates, the types of its columns (a domain's CHECK, an implicit or assignment cast a user
 * added), the foreign keys whose actions carry the write on to other tables, its partitions and
 * inheritance children, and its row-level security policies where the batch's role does not bypass
 * them; for each relation it reads, a view's definition (and what that reads, recursively) and the
 * policies. Stored expressions are followed through `pg_depend`, the server's own record of the
 * functions, operators, types and relations each one uses — so an implicit cast or an operator is
 * found by its function, as the server resolved it, not by its name.
 *
 * The graph is read once per batch, breadth first, a few catalog statements per level; each
 * statement then walks it from its own starting points.
 */
/** Where the boundary's catalog statements run: a block of prepared reads (session/preparedStatements.ts), or a plain session's query. */
export interface CatalogQueries {
  run<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export type WriteEvent = 'insert' | 'update' | 'delete';

/** Where a statement starts: the relation it writes and how, what it reads, the types it casts to, the functions it names. */
export interface ReachSeeds {
  readonly writes: readonly { readonly oid: string; readonly events: readonly WriteEvent[]; readonly allDefaults: boolean }[];
  readonly reads: readonly string[];
  readonly types: readonly string[];
  readonly functions: readonly string[];
}

export interface RelationNode {
  readonly oid: string;
  /** `schema.name`, as messages show it. */
  readonly name: string;
  readonly schema: string;
  readonly relname: string;
  readonly kind: string;
}

/** What one statement reaches: each by the first path found to it, in words. */
export interface Reached {
  /** Function oid → the path to it (`trigger t of public.x`, …), empty for one the statement names. */
  readonly functions: ReadonlyMap<string, { readonly via: string; readonly inDefault: boolean }>;
  /** Relations written besides the statement's own target: cascades, partitions, rules, a view's table. */
  readonly writes: readonly { readonly relation: RelationNode; readonly via: string }[];
  /** Foreign tables read or written on the way (their rows are outside the clone). */
  readonly foreign: readonly { readonly relation: RelationNode; readonly via: string }[];
}

export interface ReachGraph {
  reach(seeds: ReachSeeds): Reached;
}

interface Edge {
  readonly to: string;
  /** How the step is said: `trigger t of public.x`; empty for a step that needs no words. */
  readonly label: string;
}

const key = {
  write: (oid: string, event: WriteEvent | 'defaults') => `w:${oid}:${event}`,
  read: (oid: string) => `r:${oid}`,
  /** Values of a type are made: a domain's CHECKs run, and casts to and from it. */
  values: (oid: string) => `t:${oid}`,
  /** A type is compared or converted: casts to and from it. */
  casts: (oid: string) => `c:${oid}`,
  object: (classid: string, objid: string) => `o:${classid}:${objid}`,
  fn: (oid: string) => `f:${oid}`,
};

// Trigger type bits (pg_trigger.tgtype) and rule events (pg_rewrite.ev_type).
const TRIGGER_EVENT: Readonly<Record<WriteEvent, number>> = { insert: 4, delete: 8, update: 16 };
const RULE_EVENT: Readonly<Record<WriteEvent, string>> = { update: '2', insert: '3', delete: '4' };
const POLICY_EVENT: Readonly<Record<WriteEvent, string>> = { insert: 'a', update: 'w', delete: 'd' };

interface RelationRow {
  oid: string;
  name: string;
  schema: string;
  relname: string;
  kind: string;
  rls: boolean;
  triggers: { name: string; type: number; oid: string }[];
  /** `notify`: pg_notify's oid where the rule's action is a NOTIFY (which names no function pg_depend could record). */
  rules: { name: string; oid: string; event: string; notify: string | null }[];
  checks: { name: string; oid: string; classid: string }[];
  defaults: { column: string; oid: string; generated: boolean }[];
  indexes: { name: string; oid: string }[];
  columns: { column: string; type: string }[];
  referencing: { name: string; oid: string; child: string; on_delete: string; on_update: string }[];
  references: { name: string; oid: string; parent: string }[];
  reltype: string;
  children: string[];
  policies: { name: string; oid: string; cmd: string }[];
  view_rule: string | null;
}

const RELATIONS_SQL = `
SELECT json_agg(json_build_object(
  'oid', c.oid::text, 'name', format('%I.%I', n.nspname, c.relname), 'schema', n.nspname, 'relname', c.relname,
  'kind', c.relkind::text, 'rls', c.relrowsecurity,
  'triggers', (SELECT coalesce(json_agg(json_build_object('name', tg.tgname, 'type', tg.tgtype, 'oid', tg.oid::text)), '[]')
                 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal AND tg.tgenabled <> 'D'),
  'rules', (SELECT coalesce(json_agg(json_build_object('name', rw.rulename, 'oid', rw.oid::text, 'event', rw.ev_type::text,
                                                      'notify', CASE WHEN rw.ev_action::text LIKE '%:utilityStmt {NOTIFYSTMT %'
                                                                     THEN 'pg_catalog.pg_notify(text,text)'::regprocedure::oid::text END)), '[]')
              FROM pg_rewrite rw WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN'),
  'checks', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'classid', 'pg_constraint'::regclass::oid::text)), '[]')
               FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('c', 'x')),
  'defaults', (SELECT coalesce(json_agg(json_build_object('column', a.attname, 'oid', ad.oid::text, 'generated', a.attgenerated <> '')), '[]')
                 FROM pg_attrdef ad JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum WHERE ad.adrelid = c.oid),
  'indexes', (SELECT coalesce(json_agg(json_build_object('name', ic.relname, 'oid', i.indexrelid::text)), '[]')
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
               WHERE i.indrelid = c.oid AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)),
  'columns', (SELECT coalesce(json_agg(json_build_object('column', a.attname, 'type', a.atttypid::text)), '[]')
                FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'referencing', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'child', k.conrelid::text,
                                                             'on_delete', k.confdeltype::text, 'on_update', k.confupdtype::text)), '[]')
                    FROM pg_constraint k WHERE k.confrelid = c.oid AND k.contype = 'f'),
  'references', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'parent', k.confrelid::text)), '[]')
                   FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f'),
  'reltype', c.reltype::text,
  'children', (SELECT coalesce(json_agg(h.inhrelid::text), '[]') FROM pg_inherits h WHERE h.inhparent = c.oid),
  'policies', (SELECT coalesce(json_agg(json_build_object('name', p.polname, 'oid', p.oid::text, 'cmd', p.polcmd::text)), '[]')
                 FROM pg_policy p WHERE p.polrelid = c.oid),
  'view_rule', (SELECT rw.oid::text FROM pg_rewrite rw WHERE rw.ev_class = c.oid AND rw.rulename = '_RETURN')
)) AS doc
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = ANY ($1::oid[])`;

/** What each stored expression (a rule, a constraint, a default, an index, a policy, a trigger's WHEN) uses. */
const DEPENDS_SQL = `
SELECT d.classid::text || ':' || d.objid::text AS object,
       CASE d.refclassid WHEN 'pg_proc'::regclass THEN 'f' WHEN 'pg_operator'::regclass THEN 'f'
                         WHEN 'pg_type'::regclass THEN 't' ELSE 'r' END AS kind,
       CASE d.refclassid WHEN 'pg_operator'::regclass THEN (SELECT o.oprcode::oid::text FROM pg_operator o WHERE o.oid = d.refobjid)
                         ELSE d.refobjid::text END AS ref,
       CASE d.refclassid WHEN 'pg_operator'::regclass THEN (SELECT 'operator ' || o.oid::regoperator::text FROM pg_operator o WHERE o.oid = d.refobjid)
                         ELSE '' END AS label
  FROM pg_depend d
 WHERE (d.classid, d.objid) IN (SELECT x.c::oid, x.o::oid FROM unnest($1::text[], $2::text[]) AS x(c, o))
   AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass, 'pg_type'::regclass, 'pg_class'::regclass)
   AND d.deptype = 'n'`;

/**
 * A type's domain CHECKs, the types under it, the implicit and assignment casts a user may have
 * added to or from it (and any cast to json or jsonb, which `to_json` and its kin use whatever its
 * context), a range type's own functions — its canonical function (run on every value made) and
 * its subtype_diff (run by a GiST index on it as rows go in) — and what else the type itself
 * uses: a domain's DEFAULT.
 */
const TYPES_SQL = `
SELECT t.oid::text AS oid, format_type(t.oid, NULL) AS name,
       (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text)), '[]')
          FROM pg_constraint k WHERE k.contypid = t.oid) AS checks,
       (SELECT coalesce(json_agg(json_build_object('fn', f.fn::text, 'label', format('the %s of %s', f.what, format_type(t.oid, NULL)))), '[]')
          FROM pg_range r, LATERAL (VALUES (r.rngcanonical::oid, 'canonical function'), (r.rngsubdiff::oid, 'subtype_diff')) AS f(fn, what)
         WHERE r.rngtypid = t.oid AND f.fn <> 0) AS range_functions,
       (SELECT coalesce(json_agg(CASE d.refclassid WHEN 'pg_operator'::regclass
                                   THEN (SELECT o.oprcode::oid::text FROM pg_operator o WHERE o.oid = d.refobjid)
                                   ELSE d.refobjid::text END), '[]')
          FROM pg_depend d
         WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'n'
           AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass)) AS uses,
       t.typtype::text AS kind,
       array_remove(ARRAY[nullif(t.typbasetype, 0)::text, nullif(t.typelem, 0)::text,
                          (SELECT r.rngsubtype::text FROM pg_range r WHERE r.rngtypid = t.oid),
                          (SELECT r.rngtypid::text FROM pg_range r WHERE r.rngmultitypid = t.oid)]
                    || ARRAY(SELECT a.atttypid::text FROM pg_attribute a WHERE a.attrelid = t.typrelid AND t.typrelid <> 0
                               AND a.attnum > 0 AND NOT a.attisdropped), NULL) AS under,
       (SELECT coalesce(json_agg(json_build_object('fn', ca.castfunc::text,
                                                   'label', format('the %s cast from %s to %s', CASE ca.castcontext WHEN 'i' THEN 'implicit' WHEN 'a' THEN 'assignment' ELSE 'explicit' END,
                                                                   format_type(ca.castsource, NULL), format_type(ca.casttarget, NULL)))), '[]')
          FROM pg_cast ca WHERE (ca.castsource = t.oid OR ca.casttarget = t.oid) AND ca.castfunc >= 16384
                            AND (ca.castcontext IN ('i', 'a') OR ca.casttarget IN ('json'::regtype, 'jsonb'::regtype))) AS casts
  FROM pg_type t WHERE t.oid = ANY ($1::oid[]) AND t.oid >= 16384`;

/** The functions a function of the database's own uses (an aggregate's support functions, a SQL-standard body's calls). */
const FUNCTION_DEPENDS_SQL = `
SELECT d.objid::text AS fn,
       CASE d.refclassid WHEN 'pg_operator'::regclass THEN (SELECT o.oprcode::oid::text FROM pg_operator o WHERE o.oid = d.refobjid)
                         ELSE d.refobjid::text END AS ref,
       d.objid::regprocedure::text AS name
  FROM pg_depend d
 WHERE d.classid = 'pg_proc'::regclass AND d.objid = ANY ($1::oid[]) AND d.objid >= 16384
   AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass) AND d.deptype = 'n'`;

type CatalogClass = 'pg_trigger' | 'pg_rewrite' | 'pg_constraint' | 'pg_attrdef' | 'pg_class' | 'pg_policy';

/** The oids of the catalogs whose rows hold stored expressions, as text. */
async function classIds(catalog: CatalogQueries): Promise<Record<CatalogClass, string>> {
  const [row] = await catalog.run<Record<CatalogClass, string>>(
    `SELECT 'pg_trigger'::regclass::oid::text AS pg_trigger, 'pg_rewrite'::regclass::oid::text AS pg_rewrite,
            'pg_constraint'::regclass::oid::text AS pg_constraint, 'pg_attrdef'::regclass::oid::text AS pg_attrdef,
            'pg_class'::regclass::oid::text AS pg_class, 'pg_policy'::regclass::oid::text AS pg_policy`,
  );
  return defined(row, "the catalogs' oids");
}

/**
 * Reads the graph from every statement's starting points, through `catalog` (search path pinned to the
 * server's catalog by the caller). `bypassRls`: the batch's role bypasses row-level security, so
 * no policy runs for it.
 */
export async function readReachGraph(
  catalog: CatalogQueries,
  all: readonly ReachSeeds[],
  options: { bypassRls: boolean },
): Promise<ReachGraph> {
  const classes = await classIds(catalog);
  const edges = new Map<string, Edge[]>();
  const relations = new Map<string, RelationNode>();
  const foreign = new Set<string>();
  const add = (from: string, to: string, label: string) => {
    let out = edges.get(from);
    if (!out) edges.set(from, (out = []));
    out.push({ to, label });
  };
  const seen = new Set<string>();
  let frontier = new Set<string>();
  const visit = (k: string) => {
    if (!seen.has(k)) frontier.add(k);
  };
  for (const s of all) {
    for (const w of s.writes) for (const e of w.events) visit(key.write(w.oid, e));
    for (const w of s.writes) if (w.allDefaults) visit(key.write(w.oid, 'defaults'));
    for (const r of s.reads) visit(key.read(r));
    for (const t of s.types) visit(key.values(t));
    for (const f of s.functions) visit(key.fn(f));
  }
  const rows = new Map<string, RelationRow>();
  /** Views written, by their rule's oid: the tables their rule reads are written too. */
  const writtenViews = new Map<string, { oid: string; name: string; events: Set<WriteEvent> }>();
  while (frontier.size > 0) {
    const level = [...frontier];
    frontier = new Set();
    for (const k of level) seen.add(k);
    const of = (prefix: string) =>
      level
        .filter((k) => k.startsWith(prefix))
        .map((k): [string, string, string] => {
          const [kind = '', oid = '', more = ''] = k.split(':');
          return [kind, oid, more];
        });
    // Relations written or read: one statement for all of this level's.
    const relOids = [...new Set([...of('w:'), ...of('r:')].map((p) => p[1]))].filter((oid) => !rows.has(oid));
    if (relOids.length > 0) {
      const [row] = await catalog.run<{ doc: RelationRow[] | null }>(RELATIONS_SQL, [relOids]);
      for (const r of row?.doc ?? []) {
        rows.set(r.oid, r);
        relations.set(r.oid, { oid: r.oid, name: r.name, schema: r.schema, relname: r.relname, kind: r.kind });
        if (r.kind === 'f') foreign.add(r.oid);
      }
    }
    for (const [, oid, event] of of('w:')) {
      const r = rows.get(oid);
      if (!r) continue;
      expandWrite(r, event as WriteEvent | 'defaults');
    }
    for (const [, oid] of of('r:')) {
      const r = rows.get(oid);
      if (r) expandRead(r);
    }
    // Stored expressions: what pg_depend says each uses.
    const objects = of('o:');
    if (objects.length > 0) {
      const deps = await catalog.run<{ object: string; kind: string; ref: string | null; label: string }>(DEPENDS_SQL, [
        objects.map((p) => p[1]),
        objects.map((p) => p[2]),
      ]);
      for (const d of deps) {
        if (d.ref === null) continue;
        const from = `o:${d.object}`;
        const [classid = '', objid = ''] = d.object.split(':');
        const view = writtenViews.get(objid);
        if (d.kind === 'f') add(from, key.fn(d.ref), d.label);
        else if (d.kind === 't') add(from, key.values(d.ref), '');
        else if (view && d.kind === 'r') {
          // A write to an automatically updatable view lands on the table under it.
          add(from, key.read(d.ref), '');
          for (const e of view.events) {
            add(key.write(view.oid, e), key.write(d.ref, e), `the table under the view ${view.name}`);
            visit(key.write(d.ref, e));
          }
        } else if (classid === classes.pg_rewrite && !isViewRule(d.object)) {
          // A rule's action writes what it names (and reads it): every kind of write, to be safe.
          for (const e of ['insert', 'update', 'delete'] as const) add(from, key.write(d.ref, e), '');
          add(from, key.read(d.ref), '');
        } else add(from, key.read(d.ref), '');
        visitTargets(from);
      }
    }
    const types = [...new Set([...of('t:'), ...of('c:')].map((p) => p[1]))];
    if (types.length > 0) {
      const found = await catalog.run<{
        oid: string;
        name: string;
        checks: { name: string; oid: string }[];
        under: string[];
        casts: { fn: string; label: string }[];
        range_functions: { fn: string; label: string }[];
        uses: (string | null)[];
        kind: string;
      }>(TYPES_SQL, [types]);
      for (const t of found) {
        for (const f of t.range_functions) add(key.values(t.oid), key.fn(f.fn), f.label);
        const uses = t.kind === 'd' ? `the DEFAULT of the domain ${t.name}` : `what ${t.name} uses`;
        for (const fn of t.uses) if (fn !== null) add(key.values(t.oid), key.fn(fn), uses);
        for (const cast of t.casts) for (const from of [key.values(t.oid), key.casts(t.oid)]) add(from, key.fn(cast.fn), cast.label);
        for (const check of t.checks)
          add(key.values(t.oid), key.object(classes.pg_constraint, check.oid), `the CHECK ${check.name} of ${t.name}`);
        for (const under of t.under) {
          add(key.values(t.oid), key.values(under), '');
          add(key.casts(t.oid), key.casts(under), '');
        }
        visitTargets(key.values(t.oid));
        visitTargets(key.casts(t.oid));
      }
    }
    const fns = of('f:').map((p) => p[1]);
    if (fns.length > 0) {
      for (const d of await catalog.run<{ fn: string; ref: string | null; name: string }>(FUNCTION_DEPENDS_SQL, [fns])) {
        if (d.ref === null) continue;
        add(key.fn(d.fn), key.fn(d.ref), `what ${d.name} uses`);
        visitTargets(key.fn(d.fn));
      }
    }
  }

  function isViewRule(object: string): boolean {
    const objid = object.split(':')[1];
    return [...rows.values()].some((r) => r.view_rule === objid);
  }

  function visitTargets(from: string): void {
    for (const e of edges.get(from) ?? []) visit(e.to);
  }

  function expandWrite(r: RelationRow, event: WriteEvent | 'defaults'): void {
    const from = key.write(r.oid, event);
    const at = r.name;
    const events: readonly WriteEvent[] = event === 'defaults' ? ['update'] : [event];
    // A trigger's function and its WHEN are what pg_depend records of it.
    for (const t of r.triggers) {
      if (events.some((e) => (t.type & TRIGGER_EVENT[e]) !== 0))
        add(from, key.object(classes.pg_trigger, t.oid), `trigger ${t.name} of ${at}`);
    }
    for (const rule of r.rules) {
      if (!events.some((e) => rule.event === RULE_EVENT[e])) continue;
      add(from, key.object(classes.pg_rewrite, rule.oid), `rule ${rule.name} of ${at}`);
      if (rule.notify) add(from, key.fn(rule.notify), `the NOTIFY of rule ${rule.name} of ${at}`);
    }
    const changesRows = event !== 'delete';
    if (changesRows) {
      for (const c of r.checks) add(from, key.object(c.classid, c.oid), `the constraint ${c.name} of ${at}`);
      for (const d of r.defaults) {
        if (event === 'insert' || event === 'defaults' || d.generated) {
          add(from, key.object(classes.pg_attrdef, d.oid), `${d.generated ? 'the generated column' : 'the default of'} ${at}.${d.column}`);
        }
      }
      for (const i of r.indexes) add(from, key.object(classes.pg_class, i.oid), `index ${i.name} of ${at}`);
      for (const c of r.columns) add(from, key.values(c.type), '');
    }
    // A partitioned table's key expression routes every row written.
    if (r.kind === 'p' && changesRows) add(from, key.object(classes.pg_class, r.oid), `the partition key of ${at}`);
    // A foreign key's check compares a row with the other table's, with its operators and the casts between the columns' types.
    if (changesRows) {
      for (const fk of r.references) {
        add(from, key.object(classes.pg_constraint, fk.oid), `the check of the foreign key ${fk.name} of ${at}`);
        add(from, key.read(fk.parent), `the check of the foreign key ${fk.name} of ${at}`);
      }
    }
    if (event !== 'insert') {
      for (const fk of r.referencing) {
        add(from, key.object(classes.pg_constraint, fk.oid), `the check of the foreign key ${fk.name}`);
        add(from, key.read(fk.child), `the check of the foreign key ${fk.name}`);
      }
    }
    // A foreign key's action carries a delete or an update of the rows it references on to its own table.
    for (const fk of r.referencing) {
      const on = event === 'delete' ? 'DELETE' : event === 'insert' ? null : 'UPDATE';
      const action = on === 'DELETE' ? fk.on_delete : on === 'UPDATE' ? fk.on_update : 'a';
      const carried: Record<string, (WriteEvent | 'defaults')[]> = {
        c: [on === 'DELETE' ? 'delete' : 'update'],
        n: ['update'],
        d: ['update', 'defaults'],
      };
      const words: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
      for (const e of carried[action] ?? []) add(from, key.write(fk.child, e), `the foreign key ${fk.name} (ON ${on} ${words[action]})`);
    }
    for (const child of r.children) for (const e of events) add(from, key.write(child, e), `partition or child table of ${at}`);
    if (r.rls && !options.bypassRls) {
      for (const p of r.policies) {
        if (p.cmd === '*' || p.cmd === 'r' || events.some((e) => p.cmd === POLICY_EVENT[e])) {
          add(from, key.object(classes.pg_policy, p.oid), `the row-level security policy ${p.name} of ${at}`);
        }
      }
    }
    // A write to a view lands on the tables under it (its INSTEAD OF triggers and rules above).
    if (r.kind === 'v' && r.view_rule) {
      const view = writtenViews.get(r.view_rule) ?? { oid: r.oid, name: at, events: new Set<WriteEvent>() };
      for (const e of events) view.events.add(e);
      writtenViews.set(r.view_rule, view);
      add(from, key.object(classes.pg_rewrite, r.view_rule), `the view ${at}`);
    }
    visitTargets(from);
  }

  function expandRead(r: RelationRow): void {
    const from = key.read(r.oid);
    if (r.kind === 'v' && r.view_rule) add(from, key.object(classes.pg_rewrite, r.view_rule), `the view ${r.name}`);
    if (r.rls && !options.bypassRls) {
      for (const p of r.policies) {
        if (p.cmd === '*' || p.cmd === 'r')
          add(from, key.object(classes.pg_policy, p.oid), `the row-level security policy ${p.name} of ${r.name}`);
      }
    }
    for (const c of r.columns) add(from, key.casts(c.type), '');
    // A whole row read as a value (`SELECT t FROM t`, `row_to_json(t)`): the casts of the table's row type.
    add(from, key.casts(r.reltype), '');
    visitTargets(from);
  }

  return {
    reach(seeds: ReachSeeds): Reached {
      const via = new Map<string, { via: string; inDefault: boolean }>();
      const queue: { k: string; path: string[]; inDefault: boolean }[] = [];
      const start = (k: string) => queue.push({ k, path: [], inDefault: false });
      for (const w of seeds.writes) {
        for (const e of w.events) start(key.write(w.oid, e));
        if (w.allDefaults) start(key.write(w.oid, 'defaults'));
      }
      for (const r of seeds.reads) start(key.read(r));
      for (const t of seeds.types) start(key.values(t));
      for (const f of seeds.functions) start(key.fn(f));
      const written = new Set(seeds.writes.map((w) => w.oid));
      const writes: Reached['writes'][number][] = [];
      const foreignReached: Reached['foreign'][number][] = [];
      const reached = new Set<string>();
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { k, path, inDefault } = next;
        if (reached.has(k)) continue;
        reached.add(k);
        const [kind = '', oid = ''] = k.split(':');
        const said = path.join(', then ');
        if (kind === 'f' && !via.has(oid)) via.set(oid, { via: said, inDefault });
        const relation = relations.get(oid);
        if ((kind === 'w' || kind === 'r') && relation && foreign.has(oid) && !foreignReached.some((f) => f.relation.oid === oid)) {
          foreignReached.push({ relation, via: said });
        }
        if (kind === 'w' && relation && !written.has(oid) && !writes.some((w) => w.relation.oid === oid)) {
          writes.push({ relation, via: said });
        }
        for (const e of edges.get(k) ?? []) {
          const next = e.label ? [...path, e.label] : path;
          queue.push({ k: e.to, path: next, inDefault: inDefault || /^the (default of|generated column) /.test(e.label) });
        }
      }
      return { functions: via, writes, foreign: foreignReached };
    },
  };
}
