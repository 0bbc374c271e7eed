/**
 * The objects real databases hold beside plain tables, as parts of a before-state: views (one
 * with an INSERT rule), materialized views (populated and not, stale), triggers that write an
 * audit table and triggers that change the row being written, partitioned tables (range and
 * list, with and without a default partition), inheritance, enums, domains with CHECKs, arrays,
 * generated columns, CHECK and UNIQUE constraints, a web of foreign keys (CASCADE, SET NULL,
 * deferrable), row-level security (with FORCE), non-default collations, TOASTed values and, now
 * and then, one table of 100,000–300,000 rows filled by the database itself from a recipe (so it
 * shrinks by the recipe, not row by row).
 *
 * Each object is self-contained — its own tables and rows — and named after its place in the
 * state (`o1 …`, `o2 …`), with mixed case, spaces and quotes. One model, rendered per backend;
 * what SQLite lacks is mapped, per kind:
 *
 * | kind | SQLite |
 * |---|---|
 * | view | a view with an INSTEAD OF INSERT trigger for the rule |
 * | matview | a plain view (SQLite has no materialized views) |
 * | audit, rowTrigger | AFTER triggers (SQLite's triggers cannot change NEW) |
 * | partitioned | one plain table |
 * | inheritance | two plain tables |
 * | enum, domain | CHECK constraints on TEXT and INTEGER columns |
 * | arrays | JSON text |
 * | rls | a plain table |
 * | collation | BINARY, NOCASE, RTRIM (and BINARY again) for default, "C", "POSIX", "und-x-icu" |
 *
 * Each kind has actions, the statements an apply batch runs on it (an insert through the view's
 * rule, a row moved across partitions, a cascading delete, a trigger-written row …).
 *
 * Each kind is one file in `world/` — its check, its arbitrary, its SQL, its tables and its
 * actions together (`world/kind.ts` says what a kind is); this file gathers them.
 */
import fc from 'fast-check';
import { z } from 'zod';
import type { Dialect } from './sqlText.ts';
import { arrays } from './world/arrays.ts';
import { audit } from './world/audit.ts';
import { big } from './world/big.ts';
import { collation } from './world/collation.ts';
import { constraints } from './world/constraints.ts';
import { domain } from './world/domain.ts';
import { enumType } from './world/enumType.ts';
import { fkWeb } from './world/fkWeb.ts';
import { generated } from './world/generated.ts';
import { inheritance } from './world/inheritance.ts';
import { type ActionSpec, type ActionStatement, type ObjectAction, objectNames, type WorldKind } from './world/kind.ts';
import { matview } from './world/matview.ts';
import { partitioned } from './world/partitioned.ts';
import { rls } from './world/rls.ts';
import { rowTrigger } from './world/rowTrigger.ts';
import { toast } from './world/toast.ts';
import { view } from './world/view.ts';

export { BIG_ROWS } from './world/big.ts';
export { COLLATIONS } from './world/collation.ts';
export { type ActionStatement, type ObjectAction, objectActionSchema, objectNames, type StatementNeed } from './world/kind.ts';
export { noise, noiseText } from './world/sql.ts';

/** Every kind, in the order the generators draw from (a stored seed replays only in this order). */
const KINDS = {
  view,
  matview,
  audit,
  rowTrigger,
  partitioned,
  inheritance,
  enum: enumType,
  domain,
  arrays,
  generated,
  constraints,
  fkWeb,
  rls,
  collation,
  toast,
  big,
} as const;

export const worldObjectSchema = z.discriminatedUnion('kind', [
  view.schema,
  matview.schema,
  audit.schema,
  rowTrigger.schema,
  partitioned.schema,
  inheritance.schema,
  enumType.schema,
  domain.schema,
  arrays.schema,
  generated.schema,
  constraints.schema,
  fkWeb.schema,
  rls.schema,
  collation.schema,
  toast.schema,
  big.schema,
]);

export type WorldObject = z.infer<typeof worldObjectSchema>;
export type WorldObjectKind = WorldObject['kind'];
type Of<K extends WorldObjectKind> = Extract<WorldObject, { kind: K }>;

/** The definition of the object's kind, typed for any object. */
const kindOf = (object: WorldObject) => KINDS[object.kind] as unknown as WorldKind<z.ZodType<WorldObject>>;

export const WORLD_OBJECT_KINDS = Object.keys(KINDS) as WorldObjectKind[];

/** One object of any kind; the big table now and then (1 in 60), so a run meets it without paying for it every case. */
export const worldObject: fc.Arbitrary<WorldObject> = fc.oneof(
  ...WORLD_OBJECT_KINDS.filter((k) => k !== 'big').map((k) => ({ weight: 4, arbitrary: KINDS[k].arbitrary as fc.Arbitrary<WorldObject> })),
  { weight: 1, arbitrary: big.arbitrary as fc.Arbitrary<WorldObject> },
);

/** One object of the given kind. */
export const worldObjectOf = <K extends WorldObjectKind>(kind: K): fc.Arbitrary<Of<K>> => KINDS[kind].arbitrary as fc.Arbitrary<Of<K>>;

/** The SQL that makes one object, with its rows, in a fresh database. */
export function renderWorldObject(object: WorldObject, index: number, dialect: Dialect): string {
  return kindOf(object).render(object, objectNames(index), dialect);
}

/** The tables (not views) an object's rows live in, to read it back. */
export function objectTables(object: WorldObject, index: number): string[] {
  return kindOf(object).tables(objectNames(index));
}

const specs = (object: WorldObject): readonly ActionSpec<WorldObject>[] => kindOf(object).actions;

/** How many actions an object's kind has. */
export const actionCount = (object: WorldObject) => specs(object).length;
/** The action's name, for explanations. */
export const actionName = (object: WorldObject, action: number) => specs(object)[action]?.name ?? `action ${action}`;
/** Whether the action changes the object's definition (drawn for the capture only, never in a batch). */
export const actionIsSchemaChange = (object: WorldObject, action: number) => specs(object)[action]?.schemaChange === true;
/** Whether a batch may hold the action (not a definition change, not a REFRESH). */
export const actionInBatches = (object: WorldObject, action: number) => {
  const spec = specs(object)[action];
  return spec !== undefined && !spec.schemaChange && spec.inBatches !== false;
};
/** Whether the action writes a new id (500 + value). */
export const actionIsFresh = (object: WorldObject, action: number) => specs(object)[action]?.fresh === true;

/** The statements of one action on the object at `index` of the state. */
export function renderObjectAction(object: WorldObject, index: number, a: ObjectAction, dialect: Dialect): ActionStatement[] {
  const spec = specs(object)[a.action];
  if (!spec) throw new Error(`${object.kind} has no action ${a.action}`);
  return spec.render(object, objectNames(index), a, dialect);
}

/** An action on the given object: a batch's (rows only), or with `schemaChanges` any (the change generator's). */
export function objectAction(object: WorldObject, schemaChanges = false): fc.Arbitrary<ObjectAction> {
  const actions = specs(object).flatMap((_, i) => (schemaChanges || actionInBatches(object, i) ? [i] : []));
  return fc.record({ action: fc.constantFrom(...actions), pick: fc.nat({ max: 99 }), value: fc.nat({ max: 99 }) });
}
