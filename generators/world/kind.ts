/**
 * What one kind of world object is: its check (zod, for stored fixtures), its arbitrary, the SQL
 * that makes it per backend, the tables its rows are read back from, and its actions — the
 * statements an apply batch (or, for definition changes, the change generator) runs on it. One
 * file per kind beside this one defines all five together.
 */
import type fc from 'fast-check';
import { z } from 'zod';
import type { Dialect } from '../sqlText.ts';

/** The names of an object's relations, from its place in the state. */
export function objectNames(index: number) {
  const p = `o${index + 1}`;
  return {
    items: `${p} Items`,
    view: `${p} Items View`,
    rule: `${p} via view`,
    matview: `${p} Sales Summary`,
    audited: `${p} Audited`,
    auditLog: `${p} Audit "Log"`,
    auditFn: `${p} audit`,
    stamped: `${p} Stamped`,
    stampFn: `${p} stamp`,
    events: `${p} Events`,
    vehicles: `${p} Vehicles`,
    trucks: `${p} Trucks`,
    mood: `${p} Mood`,
    moods: `${p} Moods`,
    positive: `${p} Positive`,
    code: `${p} Code`,
    amounts: `${p} Amounts`,
    arrays: `${p} Arrays`,
    priced: `${p} Priced`,
    checked: `${p} Checked`,
    parent: `${p} Parent`,
    child: `${p} Child`,
    note: `${p} Note`,
    secured: `${p} Secured`,
    policy: `${p} positive only`,
    collated: `${p} Collated`,
    toasted: `${p} Toasted`,
    big: `${p} Big`,
  };
}
export type ObjectNames = ReturnType<typeof objectNames>;

/**
 * What a statement needs justified in a plan: a kind (UPDATE, DELETE), a write to a view by name,
 * or a function of the database's own it runs (a Postgres trigger's function, a SQLite trigger).
 */
export type StatementNeed =
  | { readonly kind: 'UPDATE' | 'DELETE' | 'UPSERT' }
  | { readonly kind: 'VIEW'; readonly view: string }
  | { readonly kind: 'FUNCTION'; readonly function: string };

/** One SQL statement of an action, and what the plan must justify for it. */
export interface ActionStatement {
  readonly sql: string;
  readonly needs: readonly StatementNeed[];
}

/** An action on an object: which (by index into the kind's list), on which row (`pick`), with which small number (`value`, also the new id's offset). */
export const objectActionSchema = z.strictObject({
  action: z.number().int().min(0),
  pick: z.number().int().min(0).max(99),
  value: z.number().int().min(0).max(99),
});
export type ObjectAction = z.infer<typeof objectActionSchema>;

export interface ActionSpec<O> {
  readonly name: string;
  /** Writes a new id (500 + value): two such actions on one object in a batch must differ in `value`. */
  readonly fresh?: boolean;
  /**
   * A change of the object's definition, not its rows (a refresh, a disabled trigger, a policy, an enum label): drawn by the
   * change generator for the capture to see, never in an apply batch (the boundary refuses DDL). Renders to nothing on a
   * backend without the object.
   */
  readonly schemaChange?: boolean;
  /** false: a change of the rows a batch never makes (a REFRESH: the boundary refuses it), drawn for the capture only. */
  readonly inBatches?: false;
  readonly render: (object: O, n: ObjectNames, a: ObjectAction, dialect: Dialect) => ActionStatement[];
}

/** One kind of object, `schema` and the rest of one definition. */
export interface WorldKind<S extends z.ZodType<{ readonly kind: string }>> {
  readonly schema: S;
  readonly arbitrary: fc.Arbitrary<z.infer<S>>;
  /** The SQL that makes the object, with its rows, in a fresh database. */
  readonly render: (object: z.infer<S>, n: ObjectNames, dialect: Dialect) => string;
  /** The tables (not views) the object's rows live in, to read it back. */
  readonly tables: (n: ObjectNames) => string[];
  readonly actions: readonly ActionSpec<z.infer<S>>[];
}

/** A kind's definition, its types checked against its schema. */
export const worldKind = <S extends z.ZodType<{ readonly kind: string }>>(kind: WorldKind<S>): WorldKind<S> => kind;
