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
import { defined } from '../util/defined.ts';
import {
  TRIGGER_EVENT,
  RULE_EVENT,
  POLICY_EVENT,
  type RelationRow,
  type WriteEvent,
  RELATIONS_SQL,
  DEPENDS_SQL,
  TYPES_SQL,
  FUNCTION_DEPENDS_SQL,
} from './reachSql.ts';

/** Where the boundary's catalog statements run: a block of prepared reads (session/preparedStatements.ts), or a plain session's query. */
export interface CatalogQueries {
  run<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

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

/** Where a statement's walk starts: each relation it writes (each kind of write, then its defaults), what it reads, its types, its functions. */
function seedKeys(s: ReachSeeds): string[] {
  return [
    ...s.writes.flatMap((w) => [...w.events.map((e) => key.write(w.oid, e)), ...(w.allDefaults ? [key.write(w.oid, 'defaults')] : [])]),
    ...s.reads.map((r) => key.read(r)),
    ...s.types.map((t) => key.values(t)),
    ...s.functions.map((f) => key.fn(f)),
  ];
}

/**
 * Reads the graph from every statement's starting points, through `catalog` (search path pinned to the
 * server's catalog by the caller). `bypassRls`: the batch's role bypasses row-level security, so
 * no policy runs for it; `triggersDisabledOn`: relations whose user triggers it disables first.
 */
export async function readReachGraph(catalog: CatalogQueries, all: readonly ReachSeeds[], options: ReachOptions): Promise<ReachGraph> {
  const graph = new GraphReading(catalog, await classIds(catalog), options);
  for (const s of all) {
    // Every statement's writes, then their defaults (the order of each level's reads follows it).
    for (const w of s.writes) for (const e of w.events) graph.visit(key.write(w.oid, e));
    for (const w of s.writes) if (w.allDefaults) graph.visit(key.write(w.oid, 'defaults'));
    for (const r of s.reads) graph.visit(key.read(r));
    for (const t of s.types) graph.visit(key.values(t));
    for (const f of s.functions) graph.visit(key.fn(f));
  }
  while (await graph.readLevel()) {}
  return { reach: (seeds) => graph.walk(seeds) };
}

export interface ReachOptions {
  readonly bypassRls: boolean;
  /** Relations (by qualified name) whose user triggers the SQL disables for its transaction (a restore script's): none of them fires. */
  readonly triggersDisabledOn?: ReadonlySet<string>;
  /**
   * The SQL stops before a write a foreign key's action would carry on (a restore script counts the
   * referencing rows first and aborts on one): no action is followed. Its checks still are.
   */
  readonly noKeyActions?: boolean;
}

/** A level of the graph: its keys by kind, split into `[kind, oid, more]`. */
type Level = (prefix: string) => [string, string, string][];

/** The graph as it is read, breadth first: each level's keys read from the catalog in a few statements, their edges added. */
class GraphReading {
  private readonly edges = new Map<string, Edge[]>();
  private readonly relations = new Map<string, RelationNode>();
  private readonly foreign = new Set<string>();
  private readonly seen = new Set<string>();
  private frontier = new Set<string>();
  private readonly rows = new Map<string, RelationRow>();
  /** Views written, by their rule's oid: the tables their rule reads are written too. */
  private readonly writtenViews = new Map<string, { oid: string; name: string; events: Set<WriteEvent> }>();

  constructor(
    private readonly catalog: CatalogQueries,
    private readonly classes: Record<CatalogClass, string>,
    private readonly options: ReachOptions,
  ) {}

  visit(k: string): void {
    if (!this.seen.has(k)) this.frontier.add(k);
  }

  /** Reads the next level; `false` when there was none. */
  async readLevel(): Promise<boolean> {
    if (this.frontier.size === 0) return false;
    const level = [...this.frontier];
    this.frontier = new Set();
    for (const k of level) this.seen.add(k);
    const of: Level = (prefix) =>
      level
        .filter((k) => k.startsWith(prefix))
        .map((k): [string, string, string] => {
          const [kind = '', oid = '', more = ''] = k.split(':');
          return [kind, oid, more];
        });
    await this.readRelations(of);
    await this.readDepends(of('o:'));
    await this.readTypes([...new Set([...of('t:'), ...of('c:')].map((p) => p[1]))]);
    await this.readFunctions(of('f:').map((p) => p[1]));
    return true;
  }

  private add(from: string, to: string, label: string): void {
    let out = this.edges.get(from);
    if (!out) this.edges.set(from, (out = []));
    out.push({ to, label });
  }

  private visitTargets(from: string): void {
    for (const e of this.edges.get(from) ?? []) this.visit(e.to);
  }

  /** Relations written or read: one statement for all of this level's, then each expanded. */
  private async readRelations(of: Level): Promise<void> {
    const relOids = [...new Set([...of('w:'), ...of('r:')].map((p) => p[1]))].filter((oid) => !this.rows.has(oid));
    if (relOids.length > 0) {
      const [row] = await this.catalog.run<{ doc: RelationRow[] | null }>(RELATIONS_SQL, [relOids]);
      for (const r of row?.doc ?? []) {
        this.rows.set(r.oid, r);
        this.relations.set(r.oid, { oid: r.oid, name: r.name, schema: r.schema, relname: r.relname, kind: r.kind });
        if (r.kind === 'f') this.foreign.add(r.oid);
      }
    }
    for (const [, oid, event] of of('w:')) {
      const r = this.rows.get(oid);
      if (r) this.expandWrite(r, event as WriteEvent | 'defaults');
    }
    for (const [, oid] of of('r:')) {
      const r = this.rows.get(oid);
      if (r) this.expandRead(r);
    }
  }

  /** Stored expressions: what pg_depend says each uses. */
  private async readDepends(objects: [string, string, string][]): Promise<void> {
    if (objects.length === 0) return;
    const deps = await this.catalog.run<{ object: string; kind: string; ref: string | null; label: string }>(DEPENDS_SQL, [
      objects.map((p) => p[1]),
      objects.map((p) => p[2]),
    ]);
    for (const d of deps) {
      if (d.ref === null) continue;
      const from = `o:${d.object}`;
      const [classid = '', objid = ''] = d.object.split(':');
      const view = this.writtenViews.get(objid);
      if (d.kind === 'f') this.add(from, key.fn(d.ref), d.label);
      else if (d.kind === 't') this.add(from, key.values(d.ref), '');
      else if (view && d.kind === 'r') {
        // A write to an automatically updatable view lands on the table under it.
        this.add(from, key.read(d.ref), '');
        for (const e of view.events) {
          this.add(key.write(view.oid, e), key.write(d.ref, e), `the table under the view ${view.name}`);
          this.visit(key.write(d.ref, e));
        }
      } else if (classid === this.classes.pg_rewrite && !this.isViewRule(d.object)) {
        // A rule's action writes what it names (and reads it): every kind of write, to be safe.
        for (const e of ['insert', 'update', 'delete'] as const) this.add(from, key.write(d.ref, e), '');
        this.add(from, key.read(d.ref), '');
      } else this.add(from, key.read(d.ref), '');
      this.visitTargets(from);
    }
  }

  /** Types met: a domain's CHECKs and DEFAULT, the type under it, casts to and from each, a range's functions. */
  private async readTypes(types: string[]): Promise<void> {
    if (types.length === 0) return;
    const found = await this.catalog.run<{
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
      const values = key.values(t.oid);
      for (const f of t.range_functions) this.add(values, key.fn(f.fn), f.label);
      const uses = t.kind === 'd' ? `the DEFAULT of the domain ${t.name}` : `what ${t.name} uses`;
      for (const fn of t.uses) if (fn !== null) this.add(values, key.fn(fn), uses);
      for (const cast of t.casts) for (const from of [values, key.casts(t.oid)]) this.add(from, key.fn(cast.fn), cast.label);
      for (const check of t.checks)
        this.add(values, key.object(this.classes.pg_constraint, check.oid), `the CHECK ${check.name} of ${t.name}`);
      for (const under of t.under) {
        this.add(values, key.values(under), '');
        this.add(key.casts(t.oid), key.casts(under), '');
      }
      this.visitTargets(values);
      this.visitTargets(key.casts(t.oid));
    }
  }

  /** What functions use (other functions and operators of the database's own). */
  private async readFunctions(fns: string[]): Promise<void> {
    if (fns.length === 0) return;
    for (const d of await this.catalog.run<{ fn: string; ref: string | null; name: string }>(FUNCTION_DEPENDS_SQL, [fns])) {
      if (d.ref === null) continue;
      this.add(key.fn(d.fn), key.fn(d.ref), `what ${d.name} uses`);
      this.visitTargets(key.fn(d.fn));
    }
  }

  private isViewRule(object: string): boolean {
    const objid = object.split(':')[1];
    return [...this.rows.values()].some((r) => r.view_rule === objid);
  }

  /** A write of one kind to the relation: what fires, what it evaluates, what it checks, where it is carried on. */
  private expandWrite(r: RelationRow, event: WriteEvent | 'defaults'): void {
    const from = key.write(r.oid, event);
    const at = r.name;
    const events: readonly WriteEvent[] = event === 'defaults' ? ['update'] : [event];
    const { classes } = this;
    // A trigger's function and its WHEN are what pg_depend records of it (none fires where the SQL disables them all first).
    for (const t of this.options.triggersDisabledOn?.has(at) ? [] : r.triggers) {
      if (events.some((e) => (t.type & TRIGGER_EVENT[e]) !== 0))
        this.add(from, key.object(classes.pg_trigger, t.oid), `trigger ${t.name} of ${at}`);
    }
    for (const rule of r.rules) {
      if (!events.some((e) => rule.event === RULE_EVENT[e])) continue;
      this.add(from, key.object(classes.pg_rewrite, rule.oid), `rule ${rule.name} of ${at}`);
      if (rule.notify) this.add(from, key.fn(rule.notify), `the NOTIFY of rule ${rule.name} of ${at}`);
    }
    if (event !== 'delete') this.expandRowsWritten(r, event, from);
    this.expandForeignKeys(r, event, from);
    for (const child of r.children) for (const e of events) this.add(from, key.write(child, e), `partition or child table of ${at}`);
    if (r.rls && !this.options.bypassRls) {
      for (const p of r.policies) {
        if (p.cmd === '*' || p.cmd === 'r' || events.some((e) => p.cmd === POLICY_EVENT[e])) {
          this.add(from, key.object(classes.pg_policy, p.oid), `the row-level security policy ${p.name} of ${at}`);
        }
      }
    }
    // A write to a view lands on the tables under it (its INSTEAD OF triggers and rules above).
    if (r.kind === 'v' && r.view_rule) {
      const view = this.writtenViews.get(r.view_rule) ?? { oid: r.oid, name: at, events: new Set<WriteEvent>() };
      for (const e of events) view.events.add(e);
      this.writtenViews.set(r.view_rule, view);
      this.add(from, key.object(classes.pg_rewrite, r.view_rule), `the view ${at}`);
    }
    this.visitTargets(from);
  }

  /** Rows written (not deleted): the constraints, defaults, generated columns, indexes and column types evaluated, the partition key. */
  private expandRowsWritten(r: RelationRow, event: WriteEvent | 'defaults', from: string): void {
    const at = r.name;
    const { classes } = this;
    for (const c of r.checks) this.add(from, key.object(c.classid, c.oid), `the constraint ${c.name} of ${at}`);
    for (const d of r.defaults) {
      if (event === 'insert' || event === 'defaults' || d.generated) {
        this.add(
          from,
          key.object(classes.pg_attrdef, d.oid),
          `${d.generated ? 'the generated column' : 'the default of'} ${at}.${d.column}`,
        );
      }
    }
    for (const i of r.indexes) this.add(from, key.object(classes.pg_class, i.oid), `index ${i.name} of ${at}`);
    for (const c of r.columns) this.add(from, key.values(c.type), '');
    // A partitioned table's key expression routes every row written; a row written to a partition itself (a leaf
    // named, a row a cascade or a restore script writes there) is checked against every ancestor's key.
    if (r.kind === 'p') this.add(from, key.object(classes.pg_class, r.oid), `the partition key of ${at}`);
    for (const a of r.ancestors)
      this.add(
        from,
        key.object(classes.pg_class, a.oid),
        `the partition key of ${a.name}, which a row written to its partition ${at} is checked against`,
      );
  }

  /** The foreign keys a write checks, and the actions that carry it on to the tables that reference the relation. */
  private expandForeignKeys(r: RelationRow, event: WriteEvent | 'defaults', from: string): void {
    const at = r.name;
    const { classes } = this;
    // A foreign key's check compares a row with the other table's, with its operators and the casts between the columns' types.
    if (event !== 'delete') {
      for (const fk of r.references) {
        this.add(from, key.object(classes.pg_constraint, fk.oid), `the check of the foreign key ${fk.name} of ${at}`);
        this.add(from, key.read(fk.parent), `the check of the foreign key ${fk.name} of ${at}`);
      }
    }
    if (event !== 'insert') {
      for (const fk of r.referencing) {
        this.add(from, key.object(classes.pg_constraint, fk.oid), `the check of the foreign key ${fk.name}`);
        this.add(from, key.read(fk.child), `the check of the foreign key ${fk.name}`);
      }
    }
    // A foreign key's action carries a delete or an update of the rows it references on to its own table.
    for (const fk of this.options.noKeyActions ? [] : r.referencing) {
      const on = event === 'delete' ? 'DELETE' : event === 'insert' ? null : 'UPDATE';
      const action = on === 'DELETE' ? fk.on_delete : on === 'UPDATE' ? fk.on_update : 'a';
      const carried: Record<string, (WriteEvent | 'defaults')[]> = {
        c: [on === 'DELETE' ? 'delete' : 'update'],
        n: ['update'],
        d: ['update', 'defaults'],
      };
      const words: Record<string, string> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
      for (const e of carried[action] ?? [])
        this.add(from, key.write(fk.child, e), `the foreign key ${fk.name} (ON ${on} ${words[action]})`);
    }
  }

  /** A read of the relation: a view's definition, the policies, the casts of its columns' types and of its row type. */
  private expandRead(r: RelationRow): void {
    const from = key.read(r.oid);
    if (r.kind === 'v' && r.view_rule) this.add(from, key.object(this.classes.pg_rewrite, r.view_rule), `the view ${r.name}`);
    if (r.rls && !this.options.bypassRls) {
      for (const p of r.policies) {
        if (p.cmd === '*' || p.cmd === 'r')
          this.add(from, key.object(this.classes.pg_policy, p.oid), `the row-level security policy ${p.name} of ${r.name}`);
      }
    }
    for (const c of r.columns) this.add(from, key.casts(c.type), '');
    // A whole row read as a value (`SELECT t FROM t`, `row_to_json(t)`): the casts of the table's row type; and made
    // anew from it (`jsonb_populate_record(t, …)` and its kin, which name no type): its columns' domain CHECKs.
    this.add(from, key.casts(r.reltype), '');
    this.add(from, key.values(r.reltype), `a row of ${r.name} made as a value of its type`);
    this.visitTargets(from);
  }

  /** One statement's walk of the graph from its own starting points, breadth first: each thing by the first path to it. */
  walk(seeds: ReachSeeds): Reached {
    const via = new Map<string, { via: string; inDefault: boolean }>();
    const queue = seedKeys(seeds).map((k) => ({ k, path: [] as string[], inDefault: false }));
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
      const relation = this.relations.get(oid);
      if ((kind === 'w' || kind === 'r') && relation && this.foreign.has(oid) && !foreignReached.some((f) => f.relation.oid === oid)) {
        foreignReached.push({ relation, via: said });
      }
      if (kind === 'w' && relation && !written.has(oid) && !writes.some((w) => w.relation.oid === oid)) {
        writes.push({ relation, via: said });
      }
      for (const e of this.edges.get(k) ?? []) {
        const next = e.label ? [...path, e.label] : path;
        queue.push({ k: e.to, path: next, inDefault: inDefault || /^the (default of|generated column) /.test(e.label) });
      }
    }
    return { functions: via, writes, foreign: foreignReached };
  }
}
