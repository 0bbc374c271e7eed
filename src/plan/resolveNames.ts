/**
 * The names a plan writes (`expected_delta`, `scope`, `preflight.approvals_table`) resolved
 * against the clone's own relations, once, before anything is captured. A user writes a table's
 * name as the database shows it — `Artist`, `order items`, `public.actor`, `actor` when only one
 * schema has it — or as SQL would (`"Artist"`, `public."order items"`, `Actor` for `actor`).
 * Evidence keeps one canonical spelling: the capture's id. A name that matches nothing, or
 * more than one relation, is a plan error naming the field and the closest names.
 */
import { distance } from 'fastest-levenshtein';
import type { CaptureScope, RelationInfo } from '../capture/stateReader.ts';
import { DEFAULT_APPROVALS_TABLE, type RehearsalPlan } from './parsePlan.ts';
import { PlanError } from './planError.ts';
import type { DeltaRule } from './deltaRule.ts';

/** One `expected_delta` entry: the rows the tables holding this relation's rows must gain in all. */
export interface ExpectedDelta {
  /** The canonical id of the named relation. */
  readonly id: string;
  /** How the plan wrote it. */
  readonly written: string;
  /** The change in rows the plan expects: exact, or a comparison (rehearsal-plan/v3). */
  readonly rule: DeltaRule;
  /** The captured tables whose deltas add up to it (a partitioned table: its partitions). */
  readonly holds: readonly string[];
}

export interface ResolvedNames {
  readonly scope: CaptureScope;
  readonly expectedDelta: readonly ExpectedDelta[] | null;
  /** The preflight's approvals table, canonical (its id is a valid SQL name). */
  readonly approvalsTable: RelationInfo | null;
}

interface Part {
  readonly text: string;
  /** Written in double quotes: compared exactly, never folded. */
  readonly quoted: boolean;
}

/** The ways a written name can be read: whole, as the database shows it, and as a dotted SQL name. */
function readings(written: string): { schema: Part | null; name: Part }[] {
  const out: { schema: Part | null; name: Part }[] = [{ schema: null, name: { text: written, quoted: true } }];
  const parts = splitDotted(written);
  const [first, second] = parts ?? [];
  if (parts?.length === 1 && first) out.push({ schema: null, name: first });
  if (parts?.length === 2 && first && second) out.push({ schema: first, name: second });
  return out;
}

/** `a.b`, `"A"."b c"`, `public.order items` into parts; `null` when the quotes do not close. */
function splitDotted(written: string): Part[] | null {
  const parts: Part[] = [];
  let i = 0;
  for (;;) {
    if (written[i] === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= written.length) return null;
        if (written[j] === '"' && written[j + 1] === '"') {
          text += '"';
          j += 2;
          continue;
        }
        if (written[j] === '"') break;
        text += written[j++];
      }
      parts.push({ text, quoted: true });
      i = j + 1;
    } else {
      const dot = written.indexOf('.', i);
      const end = dot === -1 ? written.length : dot;
      parts.push({ text: written.slice(i, end), quoted: false });
      i = end;
    }
    if (i >= written.length) return parts;
    if (written[i] !== '.') return null;
    i++;
  }
}

const schemaOf = (r: RelationInfo) => r.schema ?? 'main';
const display = (r: RelationInfo) => (r.schema === null ? r.name : `${r.schema}.${r.name}`);

function same(part: Part, actual: string, fold: boolean): boolean {
  return part.text === actual || (fold && !part.quoted && part.text.toLowerCase() === actual.toLowerCase());
}

/** The relations a written name matches: exactly where any reading matches exactly, else as SQL folds unquoted names. */
export function matchRelations(written: string, relations: readonly RelationInfo[]): RelationInfo[] {
  for (const fold of [false, true]) {
    const found = new Map<string, RelationInfo>();
    for (const reading of readings(written)) {
      for (const r of relations) {
        if (same(reading.name, r.name, fold) && (reading.schema === null || same(reading.schema, schemaOf(r), fold))) found.set(r.id, r);
      }
    }
    if (found.size > 0) return [...found.values()];
  }
  return [];
}

/** Up to three relation names closest to what was written. */
export function closestNames(written: string, relations: readonly RelationInfo[]): string[] {
  const w = written.toLowerCase();
  return relations
    .map((r) => ({ name: display(r), d: Math.min(distance(w, r.name.toLowerCase()), distance(w, display(r).toLowerCase())) }))
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.name);
}

function resolveOne(planFile: string, field: string, written: string, relations: readonly RelationInfo[]): RelationInfo {
  const found = matchRelations(written, relations);
  const [only] = found;
  if (only && found.length === 1) return only;
  if (found.length > 1) {
    throw new PlanError(
      `${planFile}: field ${field}: ${JSON.stringify(written)} names more than one relation (${found.map(display).join(', ')}): qualify it with its schema`,
    );
  }
  const closest = closestNames(written, relations);
  throw new PlanError(
    `${planFile}: field ${field}: no table ${JSON.stringify(written)} in the clone${closest.length ? `; closest: ${closest.join(', ')}` : ''}`,
  );
}

function resolveSchemas(plan: RehearsalPlan, relations: readonly RelationInfo[]): string[] | null {
  if (plan.scope.schemas === null) return null;
  const present = [...new Set(relations.map(schemaOf))];
  return plan.scope.schemas.map((written) => {
    const part = splitDotted(written);
    const as: Part = (part?.length === 1 ? part[0] : undefined) ?? { text: written, quoted: true };
    const exact = present.filter((s) => s === written || s === as.text);
    const found = exact.length > 0 ? exact : present.filter((s) => same(as, s, true));
    const [only] = found;
    if (only !== undefined && found.length === 1) return only;
    const closest = present
      .sort((a, b) => distance(written.toLowerCase(), a.toLowerCase()) - distance(written.toLowerCase(), b.toLowerCase()))
      .slice(0, 3);
    throw new PlanError(
      `${plan.planFile}: field scope.schemas: no schema ${JSON.stringify(written)} holds a table in the clone${closest.length ? `; closest: ${closest.join(', ')}` : ''}`,
    );
  });
}

/** Resolves every name the plan writes against `relations` (every relation of the clone). */
export function resolvePlanNames(plan: RehearsalPlan, relations: readonly RelationInfo[]): ResolvedNames {
  const schemas = resolveSchemas(plan, relations);
  const inSchemas = relations.filter((r) => schemas === null || schemas.includes(schemaOf(r)));
  const rowHolding = (field: string, written: string) => {
    const r = resolveOne(plan.planFile, field, written, inSchemas);
    if (r.kind === 'view')
      throw new PlanError(`${plan.planFile}: field ${field}: ${display(r)} is a view: its rows are not captured; name the table it shows`);
    return r;
  };
  const tables =
    plan.scope.tables === null ? null : [...new Set(plan.scope.tables.flatMap((written) => rowHolding('scope.tables', written).holds))];
  const scope: CaptureScope = { schemas: schemas === null ? null : schemas, tables };
  const expectedDelta =
    plan.expectedDelta === null
      ? null
      : Object.entries(plan.expectedDelta).map(([written, rule]) => {
          const r = rowHolding(`expected_delta.${written}`, written);
          return { id: r.id, written, rule, holds: r.holds.filter((h) => tables === null || tables.includes(h)) };
        });
  const ids = expectedDelta?.map((e) => e.id) ?? [];
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) {
    const names = (expectedDelta ?? [])
      .filter((e) => e.id === twice)
      .map((e) => JSON.stringify(e.written))
      .join(' and ');
    throw new PlanError(`${plan.planFile}: field expected_delta: ${names} name the same table ${twice}`);
  }
  // A table the plan names must exist; the default one may not, and then the preflight does not hold.
  const approvalsTable =
    plan.preflight === null
      ? null
      : plan.preflight.approvalsTable !== null
        ? resolveOne(plan.planFile, 'preflight.approvals_table', plan.preflight.approvalsTable, inSchemas)
        : (matchRelations(DEFAULT_APPROVALS_TABLE, inSchemas).at(0) ?? null);
  return { scope, expectedDelta, approvalsTable };
}
