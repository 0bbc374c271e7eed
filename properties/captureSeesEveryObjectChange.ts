import fc from 'fast-check';
import { z } from 'zod';
import { stateOfObjects, type BeforeStateModel } from '../generators/beforeState.ts';
import { domainOf, objectStateSchema } from '../generators/domains.ts';
import { renderState } from '../generators/render.ts';
import { quoteIdent } from '../generators/sqlText.ts';
import {
  actionCount,
  actionIsSchemaChange,
  objectActionSchema,
  objectNames,
  objectTables,
  renderObjectAction,
  WORLD_OBJECT_KINDS,
  worldObjectOf,
  type WorldObject,
} from '../generators/worldObjects.ts';
import type { Session } from '../src/index.ts';
import { dialectOf } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import type { ScratchPool } from './harness/scratch.ts';

/** A state of real-world objects (each kind or not), and every action of every object, in order. */
export interface ObjectChangesCase {
  readonly state: BeforeStateModel;
  readonly actions: readonly { readonly object: number; readonly action: number; readonly pick: number; readonly value: number }[];
}

/** Each kind but the big table, in or out; then every action of every object once, each with its own new id. */
const objectChangesCase: fc.Arbitrary<ObjectChangesCase> = fc
  .subarray(
    WORLD_OBJECT_KINDS.filter((k) => k !== 'big'),
    { minLength: 1 },
  )
  .chain((kinds) => fc.tuple(...kinds.map((k) => worldObjectOf(k) as fc.Arbitrary<WorldObject>)))
  .chain((objects) => {
    const slots = objects.flatMap((o, object) => Array.from({ length: actionCount(o) }, (_, action) => ({ object, action })));
    return fc.tuple(...slots.map(() => fc.nat({ max: 99 }))).map((picks) => ({
      state: stateOfObjects(objects),
      // The value is the action's place: distinct, so no two actions write the same new id.
      actions: slots.map((s, i) => ({ ...s, pick: picks[i]!, value: s.action })),
    }));
  });

const caseSchema = z
  .strictObject({
    state: objectStateSchema,
    actions: z.array(objectActionSchema.extend({ object: z.number().int().min(0) })).min(1),
  })
  .superRefine((c, ctx) => {
    for (const a of c.actions) {
      const object = c.state.objects?.[a.object];
      if (!object || a.action >= actionCount(object))
        ctx.addIssue({ code: 'custom', message: `no action ${a.action} of object ${a.object}` });
    }
  });

/** SQLite's values as text, each kept apart by its type. */
const spelled = (_: string, v: unknown) =>
  typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? `x${Buffer.from(v).toString('hex')}` : v;

/** The oracle: the object's tables (and a populated materialized view), every row as the database spells it. */
export async function readObject(session: Session, object: WorldObject, index: number, postgres: boolean): Promise<string> {
  const tables = objectTables(object, index);
  const read = async (table: string) => {
    const rows = await session.query(
      postgres ? `SELECT t::text AS row FROM ${quoteIdent(table)} AS t` : `SELECT * FROM ${quoteIdent(table)}`,
    );
    return rows.map((r) => JSON.stringify(Object.values(r as object), spelled)).sort();
  };
  // One after the other: a session is one connection, which runs one query at a time.
  const out: string[][] = [];
  for (const table of tables) out.push(await read(table));
  if (object.kind === 'matview' && postgres) {
    const name = objectNames(index).matview;
    const [populated] = await session.query<{ p: boolean }>(
      `SELECT relispopulated AS p FROM pg_catalog.pg_class WHERE oid = to_regclass(${`'${quoteIdent(name).replaceAll("'", "''")}'`})`,
    );
    out.push(populated?.p ? await read(name) : ['(not populated)']);
  }
  return JSON.stringify(out);
}

/**
 * On a state of real-world objects, each action on each object — a row through a view or into a
 * partition, a cascade, a trigger-written row, a REFRESH, a disabled trigger, a widened policy, an
 * enum label — changes the fingerprint whenever the database reads the object back differently (or
 * its definition changed). One case checks every action, so a defect in how one kind is captured
 * is met in every case that holds that kind.
 */
export function captureSeesEveryObjectChange(pool: ScratchPool): SuiteProperty<ObjectChangesCase> {
  const sentence =
    'On a state of real-world objects, every action on an object changes the fingerprint whenever the database reads the object back differently or its definition changed.';
  return {
    id: 'capture.sees-every-object-change',
    sentence,
    cost: 'database',
    arbitrary: () => objectChangesCase,
    domain: domainOf(caseSchema),
    check: ({ state, actions }, { engine, target }) =>
      pool.withScratch(async (scratch) => {
        const dialect = dialectOf(target!);
        const postgres = dialect === 'postgres';
        await scratch.exec(renderState(state, dialect));
        let before = await scratch.capture(engine.captureFingerprint);
        for (const a of actions) {
          const object = state.objects![a.object]!;
          const parts = renderObjectAction(object, a.object, a, dialect);
          if (parts.length === 0) continue;
          const seenBefore = await readObject(scratch.clone.ownerSession, object, a.object, postgres);
          // In one transaction, as a batch runs (a deferred foreign key is checked at COMMIT).
          await scratch.exec(['BEGIN;', ...parts.map((p) => p.sql), 'COMMIT;'].join('\n'));
          const seenAfter = await readObject(scratch.clone.ownerSession, object, a.object, postgres);
          const after = await scratch.capture(engine.captureFingerprint);
          const changed = actionIsSchemaChange(object, a.action) || seenBefore !== seenAfter;
          if (changed && after.top_hash === before.top_hash) return false;
          before = after;
        }
        return true;
      }),
  };
}
