import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeDirectory } from '../../src/util/makeDirectory.ts';
import { firstLine } from '../../src/util/errors.ts';
import { REAL_PARTS, runRehearsal, type RehearsalResult } from '../../src/engine/runRehearsal.ts';
import { writeEvidencePacket } from '../../src/evidence/evidencePacket.ts';
import { checkCloneSourceFits, type RehearsalPlan } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';
import type { CloneSkip } from '../../src/source/cloneSkips.ts';
import { resolveTarget } from '../../src/index.ts';
import { UsageError, type Output } from '../output.ts';
import { readPlanArgument } from '../readPlan.ts';
import { describeDeltaRule, parseDeltaRule } from '../../src/plan/deltaRule.ts';
import { NO_RESTORE_SCRIPT } from '../../src/evidence/evidencePacket.ts';

/** The embedded Postgres: needs no server. */
import { DEFAULT_RUN_TARGET } from '../arguments.ts';
import { REHEARSAL_CODE_MEANINGS, type RehearsalCode } from '../../src/index.ts';
export { DEFAULT_RUN_TARGET };

export interface RunCommandOptions {
  readonly out: string | null;
  readonly target: string | null;
  /** More of `clone_from.skip` (the plan's own are kept), as `--skip database,owner`. */
  readonly skip: readonly CloneSkip[];
}

/** The plan with `--skip` added to its clone source's own skips. */
function withSkips(plan: RehearsalPlan, skip: readonly CloneSkip[]): RehearsalPlan {
  if (skip.length === 0) return plan;
  if (plan.cloneFrom.kind !== 'sql')
    throw new UsageError(`--skip applies to a SQL clone source (clone_from.sql), not ${plan.cloneFrom.kind}`);
  return { ...plan, cloneFrom: { ...plan.cloneFrom, skip: [...new Set([...plan.cloneFrom.skip, ...skip])] } };
}

/** Why an executor without the line that stops it on the first error is blocked, in its client's terms. */
const NO_STOP = {
  psql: (begin: number) =>
    `the executor has no "\\set ON_ERROR_STOP on" before its BEGIN (line ${begin}): psql would go on after an error, and its COMMIT would quietly end in a rollback`,
  sqlite3: (begin: number) =>
    `the executor has no ".bail on" before its BEGIN (line ${begin}): sqlite3 would go on after an error, and its COMMIT would commit what did not fail`,
};

export interface DeltaMismatch {
  readonly table: string;
  readonly expected: number | string;
  readonly actual: number;
  readonly not_in_expected_delta?: boolean;
}

/** `public.actor: expected +1 rows, the batch changed it by +2`; a table the plan does not name must be unchanged. */
export function describeMismatch(m: DeltaMismatch): string {
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  if (m.not_in_expected_delta)
    return `${m.table}: must be unchanged (not in expected_delta), the batch changed it by ${signed(m.actual)}; name it in expected_delta if that is meant`;
  const rule = parseDeltaRule(m.expected);
  return `${m.table}: expected ${rule ? describeDeltaRule(rule) : String(m.expected)} rows, the batch changed it by ${signed(m.actual)}`;
}

/** A line under each code: what happened, and what to check. */
export function codeMeanings(codes: readonly RehearsalCode[]): string[] {
  return codes.map((c) => `  ${c}: ${REHEARSAL_CODE_MEANINGS[c]}`);
}

function explain(result: RehearsalResult): string[] {
  const lines: string[] = [];
  for (const s of result.steps) {
    // A separator before the status: "probes PASS" would read as a seal-like token (docs/formats.md, seal-like tokens).
    lines.push(`${s.id} ${s.name.padEnd(52)} | ${s.status}${s.codes.length ? ` | ${s.codes.join(', ')}` : ''}`);
    const violations = (s.details.violations as { statement: number; kind: string; reason: string }[] | undefined) ?? [];
    for (const v of violations) lines.push(`     statement ${v.statement} (${v.kind}): ${v.reason}`);
    const executor = s.details.executor as { client: string; stop_on_error_line: number | null; begin_line: number } | undefined;
    if (executor && executor.stop_on_error_line === null)
      lines.push(`     ${NO_STOP[executor.client === 'psql' ? 'psql' : 'sqlite3'](executor.begin_line)}`);
    const changes =
      (s.details.changes as { table: string; inserted: number; deleted: number; changed: number; first_rows: string }[] | undefined) ?? [];
    for (const c of changes) {
      lines.push(`     ${c.table}: ${c.inserted} inserted, ${c.deleted} deleted, ${c.changed} changed`);
      // The diff's rows, without its file headers and hunk lines.
      for (const row of c.first_rows.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l))) lines.push(`       ${row}`);
    }
    const broken =
      (s.details.invariant_failed as { invariant: string; at: string; expected: string | null; actual: string | null }[] | undefined) ?? [];
    for (const f of broken)
      lines.push(`     invariant ${f.invariant} at ${f.at}: expected ${f.expected ?? 'NULL'}, found ${f.actual ?? 'NULL'}`);
    const script = s.details.restore_script as
      | {
          sha256?: string;
          error?: string | null;
          moved_row?: { moved: string | null; aborted_at: string | null };
          unrestorable?: { table: string | null; reason: string }[];
        }
      | undefined;
    for (const u of script?.unrestorable ?? []) lines.push(`     no restore script${u.table ? ` for ${u.table}` : ''}: ${u.reason}`);
    if (script?.moved_row?.moved && script.moved_row.aborted_at === null)
      lines.push(`     the restore script did not abort with ${script.moved_row.moved} since the change`);
    if (script?.error) lines.push(`     the restore script stopped at ${script.error}`);
    if (script?.sha256 && !s.codes.some((c) => c.startsWith('RESTORE_SCRIPT_')))
      lines.push(`     restore script: restore.sql (${script.sha256}), proved on the clone`);
    if (s.id === 'RX-4' && s.status === 'NOT_REQUESTED') lines.push(`     ${NO_RESTORE_SCRIPT}`);
    if (typeof s.details.apply_error === 'string') lines.push(`     apply failed at ${s.details.apply_error}`);
    if (typeof s.details.apply_error_detail === 'string') lines.push(`     ${s.details.apply_error_detail}`);
    if (typeof s.details.error === 'string') lines.push(`     error: ${s.details.error}`);
    if (typeof s.details.reason === 'string') lines.push(`     ${s.details.reason}`);
    const failed = s.details.capture_failed as { relation: string | null; error: string } | undefined;
    if (failed) lines.push(`     could not read ${failed.relation ?? 'the catalog'}: ${failed.error}`);
    for (const m of (s.details.mismatched as DeltaMismatch[] | undefined) ?? []) lines.push(`     ${describeMismatch(m)}`);
  }
  return lines;
}

/**
 * The evidence directory, made before the rehearsal (bad input is said before minutes of work):
 * new or empty, and a directory.
 */
function prepareOut(out: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${out}: exists and is not a directory`);
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new UsageError(`--out ${out}: directory is not empty (an evidence packet needs a directory of its own)`);
  }
  try {
    makeDirectory(out);
    accessSync(out, constants.W_OK);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot make or write the directory (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`);
  }
}

/** `rehearse run PLAN`: exit 0 READY, 1 BLOCKED, 2 usage or input error. */
export async function runCommand(output: Output, planPath: string, options: RunCommandOptions): Promise<number> {
  const plan = withSkips(await readPlanArgument(planPath), options.skip);
  const target = resolveTarget(options.target ?? plan.target ?? DEFAULT_RUN_TARGET);
  try {
    checkCloneSourceFits(plan, target.kind);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (options.out !== null) prepareOut(options.out);

  let disposeClone: (() => Promise<void>) | null = null;
  const onSignal = () => {
    output.err('rehearse run: interrupted; dropping the clone');
    void (disposeClone?.() ?? Promise.resolve()).finally(() => target.close().finally(() => process.exit(130)));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result: RehearsalResult;
  try {
    result = await runRehearsal(plan, target, {
      parts: REAL_PARTS,
      progress: (line) => output.err(`rehearse run: ${line}`),
      onClone: (dispose, location) => {
        disposeClone = dispose;
        output.err(`rehearse run: clone ${location} ready on ${target.id}`);
      },
    });
  } catch (error) {
    // The plan's names and its clone source are checked against the clone: still bad input.
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await target.close();
  }
  for (const line of explain(result)) output.out(line);
  output.out(`status: ${result.status}`);
  output.out(`production decision: ${result.production_decision}`);
  output.out(`codes: ${result.codes.length ? result.codes.join(', ') : 'none'}`);
  for (const line of codeMeanings(result.codes)) output.out(line);
  if (options.out !== null) {
    const { treeHash } = writeEvidencePacket(resolve(options.out), plan, result);
    output.out(`evidence: ${options.out} (packet tree ${treeHash})`);
  }
  return result.status === 'REHEARSAL_ROLLBACK_READY' ? 0 : 1;
}
