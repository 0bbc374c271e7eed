/**
 * Replaying a plan-fixture/v1 (`rehearse replay`, `rehearse regress`): its plan opened on the
 * recorded target (a Postgres server: the one `REHEARSE_PG_URL` names, when set), the stored
 * state loaded by copy and the plan's batch rehearsed on it. Said: the minimal state as SQL
 * INSERTs a user can paste, the step and codes that failed then and now, and the row diff —
 * what the batch wrote, inside its transaction, before the rollback; and what a restoration
 * left different, if one did.
 */
import { readFileSync } from 'node:fs';
import type { RehearsalCode } from '../../src/codes.ts';
import { parsePlan } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';
import { sha256Hex } from '../../src/capture/hashing.ts';
import { resolveTarget } from '../../src/index.ts';
import { rowDiff } from '../../src/suite.ts';
import type { DataState, SchemaModel } from '../../src/schema/schemaModel.ts';
import { stateRows } from '../../src/schema/schemaModel.ts';
import type { Clone } from '../../src/targets/target.ts';
import { quoteIdent } from '../../src/util/quoteIdent.ts';
import { firstLine } from '../../src/util/errors.ts';
import { openWorkbench } from './planFuzz.ts';
import type { CaseVerdict, PlanWorkbench } from './workbench.ts';
import { fixturePlanPath, planFailureSignature, stateAsInserts, type PlanFixture } from './planFixture.ts';

export type PlanReplayVerdict = 'passes' | 'fails' | 'unreadable';

/** Every row of every table of the model as one line of text, table by table, in key order. */
async function readRows(clone: Clone, model: SchemaModel): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const postgres = model.dialect === 'postgres';
  for (const table of model.tables) {
    const columns = table.columns.map((c) => c.name);
    if (columns.length === 0) continue;
    const cast = (c: string) => (postgres ? `${quoteIdent(c)}::text` : `CAST(${quoteIdent(c)} AS TEXT)`);
    const order = table.primaryKey ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
    const rows = await clone.session.query<Record<string, string | null>>(
      `SELECT ${columns.map((c, i) => `${cast(c)} AS c${i}`).join(', ')} FROM ${table.sqlName}${order}`,
    );
    out[table.id] = rows.map(
      (r) => `(${columns.map((c, i) => `${c}=${r[`c${i}`] === null ? 'NULL' : JSON.stringify(r[`c${i}`])}`).join(', ')})`,
    );
  }
  return out;
}

const said = (v: { step: string; codes: readonly string[]; message: string }) =>
  `${v.step} ${v.codes.length > 0 ? v.codes.join(', ') : 'nothing blocked'}${v.message ? ` — ${v.message}` : ''}`;

/**
 * A fixture keeps its server without credentials: where neither the URL nor libpq's variables
 * name a user, what to set (node-postgres, like libpq, takes PGUSER, then the login name).
 */
export function missingCredentials(spec: string, env: NodeJS.ProcessEnv): string | null {
  if (!/^postgres(ql)?:\/\//.test(spec)) return null;
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return null;
  }
  if (url.username || env.PGUSER || env.USER) return null;
  const where = `${url.host}${url.pathname}`;
  return `the fixture was found on the Postgres server ${where} and keeps no credentials: set REHEARSE_PG_URL=postgres://USER@${where} (or PGUSER, and PGPASSWORD if it asks for one), or give --target postgres://USER@${where}`;
}

export async function replayPlanFixture(
  file: string,
  fixture: PlanFixture,
  out: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PlanReplayVerdict> {
  const planPath = fixturePlanPath(file, fixture);
  let plan: ReturnType<typeof parsePlan>;
  try {
    plan = parsePlan(planPath, readFileSync(planPath));
  } catch (error) {
    out(`now       cannot replay: the plan ${planPath}: ${error instanceof PlanError ? error.message : firstLine(error)}`);
    return 'unreadable';
  }
  const spec = fixture.target.startsWith('postgres') && env.REHEARSE_PG_URL ? env.REHEARSE_PG_URL : fixture.target;
  const missing = missingCredentials(spec, env);
  if (missing) {
    out(`now       cannot replay: ${missing}`);
    return 'unreadable';
  }
  const target = resolveTarget(spec, { reuseClones: false });
  out(`plan      ${planPath} on ${target.id}`);
  out(`recorded  ${said(fixture.failure)}`);
  out(
    `found     ${fixture.date} with tool ${fixture.tool_version}: seed ${fixture.found_with.seed}, case ${fixture.found_with.case}, shrunk from ${fixture.found_with.rows_found} rows in ${fixture.found_with.shrink_attempts} rehearsals`,
  );
  const applyNow = sha256Hex(readFileSync(plan.applyFile));
  if (applyNow !== fixture.apply_sha256)
    out(`note      the apply file changed since: sha256 ${applyNow.slice(0, 12)}…, recorded ${fixture.apply_sha256.slice(0, 12)}…`);
  try {
    const workbench = await openWorkbench(plan, target, {
      expectBlocked: fixture.expect_blocked as RehearsalCode[],
      samplePerTable: 0,
      progress: () => {},
    });
    try {
      return await replayOn(workbench, fixture, out);
    } finally {
      await workbench.close();
    }
  } finally {
    await target.close();
  }
}

/** The fixture's state rehearsed again on the workbench: what changed since it was recorded, the state as SQL, the verdict now, the row diff. */
async function replayOn(workbench: PlanWorkbench, fixture: PlanFixture, out: (line: string) => void): Promise<PlanReplayVerdict> {
  const rows = stateRows(fixture.state as DataState);
  if (workbench.schemaHash !== fixture.schema_hash)
    out(`note      the schema changed since: ${workbench.schemaHash.slice(0, 19)}…, recorded ${fixture.schema_hash.slice(0, 19)}…`);
  out(`state     ${rows} row${rows === 1 ? '' : 's'}, as SQL:`);
  const inserts = stateAsInserts(workbench.model, fixture.state as DataState);
  for (const line of inserts.length > 0 ? inserts : ['-- no rows: every table empty']) out(`    ${line}`);
  let before: Record<string, string[]> = {};
  const diffs: string[] = [];
  const outcome = await workbench.rehearse(fixture.state as DataState, {
    loaded: async (clone) => {
      before = await readRows(clone, workbench.model);
    },
    inspect: async (moment, clone) => {
      const label = moment === 'txn_after_apply' ? 'after the batch (in its transaction)' : `after ${moment.replace(/^\w+_after_/, '')}`;
      const diff = rowDiff(before, await readRows(clone, workbench.model), label);
      if (diff) diffs.push(diff);
    },
  });
  if (outcome.refused > 0) out(`note      the database refused ${outcome.refused} of the stored rows now: ${outcome.refusals[0] ?? ''}`);
  const verdict: CaseVerdict = outcome.verdict;
  if (verdict.ok) {
    out(`now       passes: ${verdict.status}${verdict.codes.length ? ` with ${verdict.codes.join(', ')} (expected)` : ''}`);
    return 'passes';
  }
  const same = planFailureSignature(fixture.apply_sha256, verdict) === fixture.signature;
  out(`now       still fails — ${said(verdict)}${same ? '' : ' (a different failure from the recorded one)'}`);
  out('row diff');
  if (diffs.length === 0)
    out(
      verdict.codes.includes('APPLY_FAILED')
        ? '    none: the batch stopped at the failing statement and its transaction rolled back'
        : '    none',
    );
  for (const d of diffs) out(d.replace(/^/gm, '    '));
  return 'fails';
}
