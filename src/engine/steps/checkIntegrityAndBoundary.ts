/** RX-2: the apply file is the pinned one, the preflight holds, every statement is inside the boundary. */
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../capture/hashing.ts';
import { reading } from '../../capture/captureError.ts';
import { applyTextProblem, DEFAULT_APPROVALS_TABLE, type RehearsalPlan } from '../../plan/parsePlan.ts';
import type { Clone } from '../../targets/target.ts';
import { loadParser } from '../../sql/parser.ts';
import { readExecutor, type Executor } from '../../boundary/executor.ts';
import { boundaryBackend, type BoundaryBackend, checkBoundary } from '../../boundary/checkBoundary.ts';
import { actionWrites, sqliteForeignKeys } from '../../boundary/sqliteCatalog.ts';
import { switchToApplyRole } from '../../targets/cloneRoles.ts';
import { type Ready, invariantsAt } from './rehearsal.ts';

/**
 * The schemas the apply role's search path reaches in the clone, as a list to pin: the boundary
 * resolves the batch's names with it and the batch runs with it, so both read a name alike.
 * `null` where the backend has no search path.
 */
async function applySearchPath(clone: Clone): Promise<string | null> {
  if (clone.capabilities.dialect !== 'postgres') return null;
  const { session } = clone;
  const applyAs = switchToApplyRole(clone.roles?.apply);
  return reading(null, async () => {
    await session.exec(`BEGIN READ ONLY${applyAs ? `; ${applyAs}` : ''}`);
    try {
      const [row] = await session.query<{ path: string }>(
        `SELECT pg_catalog.array_to_string(ARRAY(SELECT pg_catalog.quote_ident(s) FROM pg_catalog.unnest(pg_catalog.current_schemas(false)) AS s), ', ') AS path`,
      );
      return row?.path ?? '';
    } finally {
      await session.exec('ROLLBACK');
    }
  });
}

export async function checkIntegrityAndBoundary(r: Ready): Promise<void> {
  const { plan, ledger, clone } = r;
  r.options.progress('RX-2 integrity, preflight, boundary');
  const applyBytes = readFileSync(plan.applyFile);
  const applySha = sha256Hex(applyBytes);
  const details: Record<string, unknown> = { apply_sha256: applySha, pinned_sha256: plan.applySha256 };
  if (applySha !== plan.applySha256) ledger.block('APPLY_FILE_HASH_MISMATCH');
  if (plan.preflight) details.preflight = await checkPreflight(r, plan.preflight);
  const { boundary, backend } = await judgeBatch(r, applyBytes, details);
  boundary.violations.push(...(await judgeInvariants(r, backend)));
  details.statements = boundary.statements.map((s) => ({ statement: s.index, kind: s.class.kind }));
  details.names_resolved_in = boundary.resolvedIn;
  if (boundary.grammar) details.grammar = boundary.grammar;
  if (r.searchPath !== null) details.search_path = r.searchPath;
  if (clone.roles) details.apply_role = clone.roles.apply.record;
  details.violations = boundary.violations;
  if (boundary.violations.length > 0) ledger.block('BOUNDARY_VIOLATION');
  if (boundary.statements.length === 0 && boundary.violations.length === 0)
    ledger.block('ROLLBACK_APPLY_DID_NOT_MUTATE', { empty_batch: true });
  Object.assign(ledger.details, details);
  r.statements = boundary.statements.map((s) => s.sql);
  if (boundary.violations.length === 0) await invariantsAt(r, 'before');
}

/** The plan's preflight against the clone: the database it names, and the approvals its table holds (blocks when either falls short). */
async function checkPreflight(r: Ready, preflight: NonNullable<RehearsalPlan['preflight']>) {
  const { plan, clone } = r;
  const source = plan.cloneFrom.kind === 'template_database' ? plan.cloneFrom.name : plan.sourceDatabase;
  const table = r.names.approvalsTable;
  const approvals =
    table === null
      ? null
      : await reading(table.id, async () => {
          // Qualified where the backend has schemas: the name reaches the server's own count, whatever the search path holds.
          const count = clone.capabilities.schemas ? 'pg_catalog.count(*)' : 'count(*)';
          const [row] = await clone.session.query<{ n: string | number | bigint }>(`SELECT ${count} AS n FROM ${table.id}`);
          return Number(row?.n ?? 0);
        });
  if (source !== preflight.database || approvals === null || approvals < preflight.minApprovals) r.ledger.block('PREFLIGHT_FAILED');
  return {
    database: source,
    expected_database: preflight.database,
    approvals_table: table?.id ?? `no table ${DEFAULT_APPROVALS_TABLE} in the clone`,
    approvals,
    min_approvals: preflight.minApprovals,
  };
}

/**
 * The apply batch as the boundary judges it (its violations a copy to add to). An executor (a psql
 * or sqlite3 script in the plan's shape) is judged as written: its batch, and its ending kept for
 * snapshot mode to run. Also pins the search path the batch runs with (`r.searchPath`).
 */
async function judgeBatch(r: Ready, applyBytes: Buffer, details: Record<string, unknown>) {
  const { plan, ledger, clone } = r;
  // Checked when the plan was read; the file may have changed since.
  const textProblem = applyTextProblem(applyBytes);
  const refused = (violations: { statement: number; kind: string; reason: string }[]) => ({
    statements: [],
    violations,
    resolvedIn: 'built-in' as const,
    grammar: null,
  });
  await loadParser();
  const executor = textProblem ? null : readExecutor(applyBytes.toString('utf8'), clone.state.backend);
  if (executor?.kind === 'executor') {
    details.executor = executorDetails(executor);
    r.ending = executor.ending;
    if (executor.stopOnErrorLine === null) ledger.block('EXECUTOR_ON_ERROR_STOP_MISSING');
  }
  const backend = await boundaryBackend(clone, r.names.scope, (r.searchPath = await applySearchPath(clone)));
  const offline = executor?.kind === 'executor' ? await foreignKeysOff(r, executor) : null;
  const judged = textProblem
    ? refused([{ statement: 0, kind: 'UNREADABLE', reason: `the apply file ${textProblem}` }])
    : executor?.kind === 'refused'
      ? refused(executor.problems.map((p) => ({ statement: 0, kind: 'EXECUTOR', reason: `line ${p.line}: ${p.reason}` })))
      : offline
        ? refused([{ statement: 0, kind: 'EXECUTOR', reason: offline }])
        : await checkBoundary(
            executor?.kind === 'executor' ? executor.batch : applyBytes.toString('utf8'),
            clone.state.backend,
            plan.policy,
            backend,
          );
  return { boundary: { ...judged, violations: [...judged.violations] }, backend };
}

/**
 * A sqlite3 executor runs with foreign keys off — the shell's default — where the rehearsal's clone
 * enforces them: a foreign key whose action writes (ON DELETE/UPDATE CASCADE, SET NULL, SET
 * DEFAULT) would write on the clone and not in production (an attacker's review: READY, and
 * production left orphans). Unless the executor turns them on before its BEGIN, such a key
 * in the database is why it is refused. `null`: nothing differs.
 */
async function foreignKeysOff(r: Ready, executor: Executor): Promise<string | null> {
  if (executor.client !== 'sqlite3' || executor.foreignKeysOnLine !== null) return null;
  const keys = await reading(null, () => sqliteForeignKeys(r.clone.session));
  const named = (k: { child: string; parent: string }) => `${k.child}\u0000${k.parent}`;
  const key = keys
    .filter((k) => actionWrites(k.on_delete) || actionWrites(k.on_update))
    .sort((a, b) => (named(a) < named(b) ? -1 : named(a) > named(b) ? 1 : 0))[0];
  if (!key) return null;
  const action = actionWrites(key.on_delete) ? `ON DELETE ${key.on_delete}` : `ON UPDATE ${key.on_update}`;
  return `line ${executor.beginLine}: the sqlite3 shell runs this with foreign keys off (its default), and the rehearsal with them on: the foreign key of ${key.child} to ${key.parent} (${action}) writes on the clone, not in production — put PRAGMA foreign_keys = ON; before the BEGIN`;
}

/** Each invariant's query must be one read the boundary lets through on its own, or the plan is refused: the violations it makes. */
async function judgeInvariants(r: Ready, backend: BoundaryBackend) {
  const violations: { statement: number; kind: string; reason: string }[] = [];
  for (const invariant of r.plan.invariants) {
    const judged = await checkBoundary(
      `${invariant.query.replace(/;\s*$/, '')};\n`,
      r.clone.state.backend,
      { allow: [], justified: [] },
      backend,
    );
    const [only] = judged.statements;
    const read = judged.statements.length === 1 && only?.class.kind === 'READ' && judged.violations.length === 0;
    if (!read)
      violations.push({
        statement: 0,
        kind: 'INVARIANT',
        reason: `invariant ${invariant.name}: its query is not one read the boundary allows (${judged.violations.map((v) => v.reason).join('; ') || judged.statements.map((s) => s.class.kind).join(', ') || 'no statement'})`,
      });
  }
  return violations;
}

/** What the evidence records of an executor: its client, the lines of its envelope, its ending, its client commands. */
function executorDetails(e: Executor) {
  return {
    client: e.client,
    stop_on_error_line: e.stopOnErrorLine,
    begin_line: e.beginLine,
    end_line: e.endLine,
    ending: e.ending,
    client_commands: e.commands.map((c) => ({ line: c.line, text: c.text })),
  };
}
