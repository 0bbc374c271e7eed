/**
 * plan-fixture/v1 (docs/formats.md): the smallest before-state `rehearse fuzz --plan` found on
 * which a user's plan does not rehearse as declared, stored by value — the rows as text, table by
 * table — with the plan it belongs to (its path from the fixture, its apply file's hash) and the
 * hash of the schema it was drawn from, so a replay on a changed schema says so.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { hashCanonical } from '../../src/capture/hashing.ts';
import { guardText } from '../../src/guard/guardedOutput.ts';
import { readJsonFile } from '../corpus/corpusStore.ts';
import type { DataState, SchemaModel } from '../../src/schema/schemaModel.ts';
import { quoteIdent } from '../../src/util/quoteIdent.ts';
import { makeDirectory } from '../../src/util/makeDirectory.ts';

export const PLAN_FIXTURE_FORMAT = 'plan-fixture/v1';

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);

const planFixtureSchema = z.strictObject({
  format: z.literal(PLAN_FIXTURE_FORMAT),
  /** The plan file, relative to the fixture's directory. */
  plan: z.string().min(1),
  apply_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  schema_hash: hash,
  target: z.string().min(1),
  /** The codes BLOCKED was acceptable with (`--expect-blocked`). */
  expect_blocked: z.array(z.string().min(1)),
  signature: hash,
  failure: z.strictObject({
    step: z.string().min(1),
    codes: z.array(z.string().min(1)),
    message: z.string(),
  }),
  /** Per table id, rows of column values as text (`null` is NULL), in the order they are loaded. */
  state: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.null()])))),
  found_with: z.strictObject({
    seed: z.number().int(),
    case: z.number().int().nonnegative(),
    rows_found: z.number().int().nonnegative(),
    shrink_attempts: z.number().int().nonnegative(),
  }),
  tool_version: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type PlanFixture = z.infer<typeof planFixtureSchema>;

/** What identifies one failure of a plan: where it stopped and why, never the rows or values that made it. */
export function planFailureSignature(applySha256: string, failure: { step: string; codes: readonly string[]; kind: string }): string {
  return hashCanonical({ apply_sha256: applySha256, step: failure.step, codes: [...failure.codes].sort(), kind: failure.kind });
}

export type PlanFixtureRead = { readonly ok: true; readonly fixture: PlanFixture } | { readonly ok: false; readonly problem: string };

/** Whether a file claims to be a plan fixture (so replay and regress know which reader to use); `false` for anything unreadable. */
export function planFixtureFile(path: string): boolean {
  const json = readJsonFile(path, 64);
  return (
    json.ok && typeof json.value === 'object' && json.value !== null && (json.value as { format?: unknown }).format === PLAN_FIXTURE_FORMAT
  );
}

export function readPlanFixture(document: unknown): PlanFixtureRead {
  const parsed = planFixtureSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `not a ${PLAN_FIXTURE_FORMAT}: field ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  return { ok: true, fixture: parsed.data };
}

export function readPlanFixtureFile(path: string): PlanFixtureRead {
  const json = readJsonFile(path, 64);
  return json.ok ? readPlanFixture(json.value) : json;
}

/** The plan file a fixture names, as a path from here. */
export function fixturePlanPath(fixturePath: string, fixture: PlanFixture): string {
  return resolve(dirname(fixturePath), fixture.plan);
}

/**
 * Writes a fixture to `<corpus>/plan-<plan folder>/<signature>.json` unless that failure is
 * stored already (temp file, then a hard link that fails if the name exists).
 */
export function savePlanFixture(
  corpus: string,
  planFile: string,
  fixture: Omit<PlanFixture, 'plan'>,
): { outcome: 'written' | 'duplicate'; path: string } {
  const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // A plan in the current folder is named after that folder (and its file, unless that is plan.json).
  const stem = basename(planFile).replace(/\.json$/i, '');
  const folder = `plan-${
    slug(relative(process.cwd(), dirname(planFile))) ||
    [slug(basename(process.cwd())) || 'root', ...(stem === 'plan' ? [] : [slug(stem)])].filter(Boolean).join('-')
  }`;
  const dir = join(corpus, folder);
  makeDirectory(dir);
  const path = join(dir, `${fixture.signature.slice('sha256:'.length)}.json`);
  if (existsSync(path)) return { outcome: 'duplicate', path };
  const { format, ...rest } = fixture;
  const full: PlanFixture = { format, plan: relative(dir, planFile), ...rest };
  const temporary = join(dir, `.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temporary, guardText(`${JSON.stringify(full, null, 2)}\n`));
  try {
    linkSync(temporary, path);
    return { outcome: 'written', path };
  } catch {
    return { outcome: 'duplicate', path };
  } finally {
    unlinkSync(temporary);
  }
}

/** A value as a SQL literal: NULL, or a string literal the column's type reads. */
function literal(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
}

/** The state as INSERT statements a user can paste: tables in reference order, one statement per row. */
export function stateAsInserts(model: Pick<SchemaModel, 'tables'>, state: DataState): string[] {
  const lines: string[] = [];
  const ordered = [
    ...model.tables.map((t) => t.id).filter((id) => id in state),
    ...Object.keys(state).filter((id) => !model.tables.some((t) => t.id === id)),
  ];
  for (const id of ordered) {
    const sqlName = model.tables.find((t) => t.id === id)?.sqlName ?? id;
    for (const row of state[id] ?? []) {
      const columns = Object.keys(row);
      lines.push(
        `INSERT INTO ${sqlName} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map((c) => literal(row[c] ?? null)).join(', ')});`,
      );
    }
  }
  return lines;
}
