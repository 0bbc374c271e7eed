/**
 * The steps of `rehearse run`, one function each, in order (docs/run.md, the steps). Each step
 * reads and writes the one `Rehearsal` it is given and reports findings through its ledger; the
 * codes a step may block with stand beside it in `REHEARSAL_STEPS`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Fingerprint } from '../capture/fingerprint.ts';
import { sha256Hex } from '../capture/hashing.ts';
import { compareFingerprints, type FingerprintDiff } from '../compare/compareFingerprints.ts';
import { runProbeSet } from '../gate/probeSet.ts';
import { reading } from '../capture/captureError.ts';
import { applyTextProblem, DEFAULT_APPROVALS_TABLE, type InvariantPoint, type RehearsalPlan } from '../plan/parsePlan.ts';
import { deltaHolds } from '../plan/deltaRule.ts';
import { resolvePlanNames, type ExpectedDelta, type ResolvedNames } from '../plan/resolveNames.ts';
import {
  WHOLE_DATABASE,
  type CaptureScope,
  type RelationInfo,
  type RowImage,
  type StateReader,
  type TableInfo,
} from '../capture/stateReader.ts';
import type { Clone, Leftovers, Snapshot, Target } from '../targets/target.ts';
import type { Session } from '../session/session.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { loadParser } from '../sql/parser.ts';
import { readExecutor, type Executor } from '../boundary/executor.ts';
import { checkInvariants, type InvariantOutcome } from './invariants.ts';
import {
  MAX_RESTORED_ROWS,
  proveRestore,
  readRowsOfWrittenKeys,
  readWholeTables,
  type RowsOfWrittenKeys,
  touchedTables,
  writeRestore,
} from '../restore/proveRestore.ts';
import type { TableRestore } from '../restore/restoreScript.ts';
import { rowDiff, rowLine } from '../compare/rowDiff.ts';
import { guardText } from '../guard/guardedOutput.ts';
import { checkPlanSource, cloneOptions, type PlanSource } from './planClone.ts';
import type { LoadReport } from '../source/cloneSource.ts';
import { censusChanges, type Census } from '../targets/clusterCensus.ts';
import { boundaryBackend, checkBoundary } from '../boundary/checkBoundary.ts';
import { switchToApplyRole } from '../targets/cloneRoles.ts';
import type { StepLedger } from './ledger.ts';
import type { RehearsalParts, RunOptions, SequenceReset } from './parts.ts';
import type { RehearsalCode, StepId } from './steps.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';

/** One rehearsal under way: what every step reads and adds to. */
export interface Rehearsal {
  readonly plan: RehearsalPlan;
  readonly target: Target;
  readonly options: RunOptions;
  readonly ledger: StepLedger;
  /** Every capture taken, by label: the evidence packet's fingerprints.json. */
  readonly fingerprints: Record<string, Fingerprint>;
  readonly proofEntries: Record<string, unknown>[];
  /** What the session that ran the batch held right after each apply transaction ended. */
  readonly sessionsAfterApply: Leftovers[];
  /** The clone RX-0 made, as soon as it is made: disposed when the rehearsal ends, whatever happened. */
  made: Clone | null;
  /** The apply batch's statements, as the boundary split them (RX-2). */
  statements: string[];
  /** How the apply file ends its transaction where it is an executor (RX-2): snapshot mode runs that ending. */
  ending?: 'COMMIT' | 'ROLLBACK';
  /** The restore script RX-4 wrote and proved on the clone (the evidence packet's restore.sql). */
  restoreScript?: string;
  /** PGlite: the rows RX-4's first application of the change wrote, by table (`null`: a table could not say). */
  firstWritten?: ReadonlyMap<string, readonly RowImage[]> | null;
  /** Each "unchanged" invariant's value before the change (RX-2). */
  readonly invariantsBefore: Map<string, string | null>;
  /** The search path the batch runs with, as the boundary resolved its names (RX-2; `null`: a backend without one). */
  searchPath: string | null;
}

/** What RX-0 established: the clone, the plan's names resolved in it, the cluster census at its end (for RX-5). */
export interface Isolated {
  readonly clone: Clone;
  readonly names: ResolvedNames;
  readonly atRx0: Census | null;
}

/** What RX-1 established: the before-state every later step compares with. */
export interface Captured {
  readonly before: Fingerprint;
}

/** A rehearsal from RX-1 on, and from RX-2 on: what the steps before established, as values a step takes. */
export type OnClone = Rehearsal & Isolated;
export type Ready = OnClone & Captured;

/** A step: it takes the rehearsal as the steps before it left it (`In`), and hands on what it established (`Out`). */
export interface RehearsalStep<In = Ready, Out = void> {
  readonly id: StepId;
  /** The codes a finding of this step blocks it with. A step that stops on an error says CAPTURE_FAILED or STEP_FAILED. */
  readonly blocksWith: readonly RehearsalCode[];
  /** A mode step runs only when the plan asks for its mode. */
  readonly mode?: 'txn' | 'snapshot';
  /** Whether the rehearsal goes on when this step is blocked (verification still leaves the gate probes to run). */
  readonly goesOnWhenBlocked?: boolean;
  readonly run: (r: In) => Promise<Out>;
}

/** Settings that change how Postgres splits and reads SQL text, pinned for the apply batch. */
const PINNED_LEXING = "SET LOCAL standard_conforming_strings = on; SET LOCAL backslash_quote = 'safe_encoding'";

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

function rowCounts(fp: Fingerprint): Record<string, number> {
  return Object.fromEntries(Object.entries(fp.tables).map(([id, t]) => [id, t.rows]));
}

/** Codes for what a comparison against `before` shows. */
function restorationCodes(diff: FingerprintDiff, tablesCode: RehearsalCode): RehearsalCode[] {
  const codes: RehearsalCode[] = [];
  if (diff.tables.length > 0) codes.push(tablesCode);
  if (diff.sequences.length > 0) codes.push('SEQUENCE_NOT_RESTORED');
  if (diff.schemaObjects.length > 0) codes.push('SCHEMA_NOT_RESTORED');
  return codes;
}

function diffSummary(diff: FingerprintDiff) {
  return {
    tables: diff.tables.map((t) => t.id),
    sequences: diff.sequences.map((s) => s.id),
    schema_objects: diff.schemaObjects.map((o) => o.id),
  };
}

/** What differs between two captures whose top hashes differ; a capture whose parts disagree with its top hash says so. */
function describeDifference(a: Fingerprint, b: Fingerprint) {
  try {
    return diffSummary(compareFingerprints(a, b));
  } catch (error) {
    return { inconsistent: firstLine(error) };
  }
}

/**
 * The tables whose row delta is not what the plan expects: each named relation's tables together
 * (a partitioned table: its partitions), and every other table unchanged.
 */
function deltaMismatches(delta: Readonly<Record<string, number>>, expected: readonly ExpectedDelta[]) {
  const covered = new Set(expected.flatMap((e) => e.holds));
  return (
    [
      ...expected.map((e) => ({
        table: e.id,
        expected: e.rule.written,
        actual: e.holds.reduce((sum, id) => sum + (delta[id] ?? 0), 0),
        holds: (actual: number) => deltaHolds(e.rule, actual),
      })),
      ...Object.entries(delta)
        .filter(([id]) => !covered.has(id))
        .map(([id, actual]) => ({ table: id, expected: 0, actual, holds: (n: number) => n === 0, unnamed: true })),
    ]
      .filter((m) => !m.holds(m.actual))
      // Addition: a table the plan does not name must be unchanged, and says so.
      .map(({ table, expected, actual, ...m }) => ({ table, expected, actual, ...('unnamed' in m ? { not_in_expected_delta: true } : {}) }))
  );
}

/** A capture of the clone (or of `state`), kept under `label` for the evidence. */
async function capture(r: OnClone, label: string, state: StateReader = r.clone.state): Promise<Fingerprint> {
  const fp = await r.options.parts.captureFingerprint(state, r.names.scope);
  r.fingerprints[label] = fp;
  return fp;
}

/**
 * RX-6's answers, per gate function: the probe set is fixed and a gate decides from the bytes
 * alone, so one gate answers it the same way every time. (A gate passed as a new function is
 * probed anew.)
 */
const PROBE_ANSWERS = new WeakMap<RehearsalParts['decideRequest'], ReturnType<typeof runProbeSet>>();
function probeAnswers(decide: RehearsalParts['decideRequest']): ReturnType<typeof runProbeSet> {
  let answers = PROBE_ANSWERS.get(decide);
  if (!answers) PROBE_ANSWERS.set(decide, (answers = runProbeSet(decide)));
  return answers;
}

/**
 * rollback-proof/v2: v1 plus each entry's `sequence_resets`; v3 where an entry proves a restore
 * script (mode `restore_script`, its `script_sha256`) — docs/formats.md.
 */
export function buildProof(entries: Record<string, unknown>[]): Record<string, unknown> {
  const format = entries.some((e) => e.mode === 'restore_script') ? 'rollback-proof/v3' : 'rollback-proof/v2';
  return { format, target: { kind: 'clone', is_production: false }, entries };
}

// ---------------------------------------------------------------------------------------------
// RX-0: a fresh clone the engine made, provably not production, holding the clone source and nothing beyond it.

async function isolate(r: Rehearsal): Promise<Isolated | null> {
  const { plan, target, options } = r;
  // The apply file is checked before anything loads: a dump of gigabytes is not loaded to rehearse the wrong change.
  const applySha = sha256Hex(readFileSync(plan.applyFile));
  if (applySha !== plan.applySha256) {
    r.ledger.block('APPLY_FILE_HASH_MISMATCH', {
      apply_sha256: applySha,
      pinned_sha256: plan.applySha256,
      reason: `${basename(plan.applyFile)} is not the file the plan pins: its sha256 is ${applySha}, apply.sha256 in the plan is ${plan.applySha256}; nothing was loaded`,
    });
    return null;
  }
  // A clone the caller made from the plan's source and loaded with a before-state of its own (rehearse fuzz --plan).
  const source = options.provideClone ? null : await checkPlanSource(plan, target, options.progress);
  options.progress('RX-0 isolation lock: creating the clone');
  const clone = (r.made = options.provideClone ? await options.provideClone() : await target.createClone(cloneOptions(plan, source)));
  options.onClone(() => clone.dispose(), clone.isolation.location);
  const lock = clone.isolation;
  const inspected = await loadAndInspect(plan, clone, source, options.progress);
  Object.assign(r.ledger.details, {
    isolation_lock: { ...lock, location: '<clone>' },
    clone_source: plan.cloneFrom.kind,
    target_kind: clone.kind,
    ...(clone.roles ? { clone_owner: clone.roles.owner.record, apply_role: clone.roles.apply.record } : {}),
    ...(inspected.loaded ? { clone_source_load: inspected.loaded } : {}),
    names: canonicalNames(inspected.names),
  });
  if (lock.kind !== 'clone' || lock.is_production !== false || lock.created_by_engine !== true) r.ledger.block('ISOLATION_NOT_PROVEN');
  // Compared again in RX-5: whatever changed outside the clone meanwhile, by whomever.
  const atRx0 = clone.census ? await clone.census('outside') : null;
  // Addition: what the census reads, as the connecting role may (pg_file_settings only as a superuser).
  if (atRx0) r.ledger.details.cluster_census = [...atRx0.keys()];
  // A foreign table's rows live outside the clone: nothing done to them can be captured or restored.
  if (inspected.foreign.length > 0) {
    const ids = inspected.foreign.map((rel) => rel.id);
    r.ledger.block('ISOLATION_NOT_PROVEN', {
      foreign_tables: ids,
      reason: `foreign table ${ids.join(', ')} reads its rows from outside the clone: they can be neither captured nor restored`,
    });
  }
  return { clone, names: inspected.names, atRx0 };
}

/** RX-0 once the clone exists: its source loaded, the plan's names resolved against it, its foreign tables in scope. */
async function loadAndInspect(
  plan: RehearsalPlan,
  clone: Clone,
  source: PlanSource | null,
  progress: (line: string) => void,
): Promise<{ loaded: LoadReport | null; names: ResolvedNames; foreign: RelationInfo[] }> {
  let loaded: LoadReport | null = null;
  if (source) {
    progress('RX-0 isolation lock: loading the clone source');
    loaded = await clone.loadSource(source.checked, source.skip, source.extensions);
  }
  const state = clone.state;
  const relations = await reading(null, () => state.readOnly(() => state.relations(WHOLE_DATABASE)));
  const names = resolvePlanNames(plan, relations);
  return { loaded, names, foreign: relations.filter((rel) => rel.kind === 'foreign table' && inScopeSchemas(names.scope, rel)) };
}

/** The plan's names as evidence keeps them: one canonical spelling each. */
function canonicalNames(names: ResolvedNames) {
  return {
    scope: { schemas: names.scope.schemas, tables: names.scope.tables ?? null },
    expected_delta: names.expectedDelta && Object.fromEntries(names.expectedDelta.map((e) => [e.id, e.rule.written])),
    approvals_table: names.approvalsTable?.id ?? null,
  };
}

function inScopeSchemas(scope: CaptureScope, relation: RelationInfo): boolean {
  return scope.schemas === null || relation.schema === null || scope.schemas.includes(relation.schema);
}

// ---------------------------------------------------------------------------------------------
// RX-1: two read-only captures must be identical.

async function proveEntryEqualsExit(r: OnClone): Promise<Captured> {
  r.options.progress('RX-1 entry equals exit: capturing twice');
  const before = await capture(r, 'before');
  const exit = await r.options.parts.captureFingerprint(r.clone.state, r.names.scope);
  Object.assign(r.ledger.details, { entry_hash: before.top_hash, exit_hash: exit.top_hash, tables: rowCounts(before) });
  if (exit.top_hash !== before.top_hash) r.ledger.block('CAPTURE_MUTATED_STATE', { differs: describeDifference(before, exit) });
  return { before };
}

// ---------------------------------------------------------------------------------------------
// RX-2: the apply file is the pinned one, the preflight holds, every statement is inside the boundary.

async function checkIntegrityAndBoundary(r: Ready): Promise<void> {
  const { plan, ledger } = r;
  const clone = r.clone;
  const names = r.names;
  r.options.progress('RX-2 integrity, preflight, boundary');
  const applyBytes = readFileSync(plan.applyFile);
  const applySha = sha256Hex(applyBytes);
  const details: Record<string, unknown> = { apply_sha256: applySha, pinned_sha256: plan.applySha256 };
  if (applySha !== plan.applySha256) ledger.block('APPLY_FILE_HASH_MISMATCH');
  if (plan.preflight) {
    const source = plan.cloneFrom.kind === 'template_database' ? plan.cloneFrom.name : plan.sourceDatabase;
    const table = names.approvalsTable;
    const approvals =
      table === null
        ? null
        : await reading(table.id, async () => {
            // Qualified where the backend has schemas: the name reaches the server's own count, whatever the search path holds.
            const count = clone.capabilities.schemas ? 'pg_catalog.count(*)' : 'count(*)';
            const [row] = await clone.session.query<{ n: string | number | bigint }>(`SELECT ${count} AS n FROM ${table.id}`);
            return Number(row?.n ?? 0);
          });
    details.preflight = {
      database: source,
      expected_database: plan.preflight.database,
      approvals_table: table?.id ?? `no table ${DEFAULT_APPROVALS_TABLE} in the clone`,
      approvals,
      min_approvals: plan.preflight.minApprovals,
    };
    if (source !== plan.preflight.database || approvals === null || approvals < plan.preflight.minApprovals)
      ledger.block('PREFLIGHT_FAILED');
  }
  // Checked when the plan was read; the file may have changed since.
  const textProblem = applyTextProblem(applyBytes);
  const refused = (violations: { statement: number; kind: string; reason: string }[]) => ({
    statements: [],
    violations,
    resolvedIn: 'built-in' as const,
    grammar: null,
  });
  // An executor (a psql or sqlite3 script in the plan's shape) is rehearsed as written: its batch judged, its ending run.
  await loadParser();
  const executor = textProblem ? null : readExecutor(applyBytes.toString('utf8'), clone.state.backend);
  if (executor?.kind === 'executor') {
    details.executor = executorDetails(executor);
    r.ending = executor.ending;
    if (executor.stopOnErrorLine === null) ledger.block('EXECUTOR_ON_ERROR_STOP_MISSING');
  }
  const backend = await boundaryBackend(clone, names.scope, (r.searchPath = await applySearchPath(clone)));
  const judgedBatch = textProblem
    ? refused([{ statement: 0, kind: 'UNREADABLE', reason: `the apply file ${textProblem}` }])
    : executor?.kind === 'refused'
      ? refused(executor.problems.map((p) => ({ statement: 0, kind: 'EXECUTOR', reason: `line ${p.line}: ${p.reason}` })))
      : await checkBoundary(
          executor?.kind === 'executor' ? executor.batch : applyBytes.toString('utf8'),
          clone.state.backend,
          plan.policy,
          backend,
        );
  const boundary = { ...judgedBatch, violations: [...judgedBatch.violations] };
  // Each invariant's query is a read the boundary lets through on its own, or the plan is refused.
  for (const invariant of plan.invariants) {
    const judged = await checkBoundary(
      `${invariant.query.replace(/;\s*$/, '')};\n`,
      clone.state.backend,
      { allow: [], justified: [] },
      backend,
    );
    const [only] = judged.statements;
    const read = judged.statements.length === 1 && only?.class.kind === 'READ' && judged.violations.length === 0;
    if (!read)
      boundary.violations.push({
        statement: 0,
        kind: 'INVARIANT',
        reason: `invariant ${invariant.name}: its query is not one read the boundary allows (${judged.violations.map((v) => v.reason).join('; ') || judged.statements.map((s) => s.class.kind).join(', ') || 'no statement'})`,
      });
  }
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

/** Checks the plan's invariants due at `at`, records every outcome in the step's details, and blocks on any that fails. */
async function invariantsAt(r: Ready, at: InvariantPoint, inTransaction = false): Promise<void> {
  if (r.plan.invariants.length === 0) return;
  const outcomes = await checkInvariants(r.clone, r.plan.invariants, at, r.invariantsBefore, r.searchPath, inTransaction);
  if (outcomes.length === 0) return;
  const recorded = (r.ledger.details.invariants as InvariantOutcome[] | undefined) ?? [];
  r.ledger.details.invariants = [...recorded, ...outcomes];
  const failed = outcomes.filter((o) => !o.holds);
  if (failed.length > 0)
    r.ledger.block('INVARIANT_FAILED', { invariant_failed: [...((r.ledger.details.invariant_failed as unknown[]) ?? []), ...failed] });
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

// ---------------------------------------------------------------------------------------------
// The apply transaction both modes open.

/**
 * SQLite: the foreign key a statement broke, as Postgres words it (`Key (ArtistId)=(999) is not
 * present in table "Artist".`) — found by running the statement again inside a savepoint with the
 * keys deferred and asking foreign_key_check for a violation that was not there before; undone.
 */
async function sqliteFailedForeignKey(session: Session, sql: string): Promise<string | null> {
  type Violation = { table: string; rowid: number | bigint | null; parent: string; fkid: number | bigint };
  const key = (v: Violation) => `${v.table}\0${v.rowid}\0${v.fkid}`;
  await session.exec('SAVEPOINT rehearse_foreign_key');
  try {
    const before = new Set((await session.query<Violation>('SELECT * FROM pragma_foreign_key_check')).map(key));
    await session.exec('PRAGMA defer_foreign_keys = ON');
    await session.runStatement(sql);
    const found = (await session.query<Violation>('SELECT * FROM pragma_foreign_key_check')).find((v) => !before.has(key(v)));
    if (!found) return null;
    const columns = await session.query<{ from: string; to: string | null }>(
      'SELECT "from", "to" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq',
      [found.table, found.fkid],
    );
    const names = columns.map((c) => c.from);
    const [values] =
      found.rowid === null
        ? [null]
        : await session.query<Record<string, unknown>>(
            `SELECT ${names.map((n, i) => `quote(${quoteIdent(n)}) AS v${i}`).join(', ')} FROM ${quoteIdent(found.table)} WHERE rowid = ?`,
            [found.rowid],
          );
    const shown = values ? names.map((_, i) => String(values[`v${i}`])).join(', ') : '…';
    return `Key (${names.join(', ')})=(${shown}) is not present in table "${found.parent}".`;
  } finally {
    await session.exec('ROLLBACK TO SAVEPOINT rehearse_foreign_key');
    await session.exec('RELEASE SAVEPOINT rehearse_foreign_key');
    await session.exec('PRAGMA defer_foreign_keys = OFF');
  }
}

/**
 * BEGIN and apply with stop-on-first-error; on failure, roll back and block the step with
 * APPLY_FAILED. Where the backend has a cluster, the transaction is REPEATABLE READ and its
 * census is taken at its start and after the batch: cluster-wide state the batch changed
 * rolls it back (never committed) and blocks with SIDE_EFFECT_LEFT, naming what changed.
 */
async function beginAndApply(r: Ready): Promise<boolean> {
  const clone = r.clone;
  const { session, census } = clone;
  // The cluster as any session sees it (other sessions' work included), and as the batch's own transaction does.
  // PGlite is one session: the census outside is the batch's own, read in its transaction, and is not taken twice.
  const outside = clone.kind === 'pglite' ? null : census;
  const outsideAtStart = outside ? await outside('outside') : null;
  await session.exec(census ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
  const ownAtStart = census ? await census('session') : null;
  // The batch runs as the clone's apply role (its own login, or switched to): the server refuses what it may not do.
  const applyAs = switchToApplyRole(clone.roles?.apply);
  if (applyAs) await session.exec(applyAs);
  // Names resolve as the boundary resolved them, and the lexer reads strings as it did.
  if (r.searchPath !== null) await session.exec(`SET LOCAL search_path TO ${r.searchPath || "''"}`);
  if (clone.capabilities.dialect === 'postgres') await session.exec(PINNED_LEXING);
  for (const [i, sql] of r.statements.entries()) {
    try {
      await session.runStatement(sql);
    } catch (error) {
      // What the database said besides its message (Postgres's DETAIL: the key, the row); SQLite names
      // no key of a foreign key that failed, so the statement is run once more with the key deferred to find it.
      const detail =
        typeof (error as { detail?: unknown }).detail === 'string'
          ? (error as { detail: string }).detail
          : clone.capabilities.dialect === 'sqlite' && /FOREIGN KEY constraint failed/.test(firstLine(error))
            ? await sqliteFailedForeignKey(session, sql).catch(() => null)
            : null;
      await bestEffort('rolling back after a failed statement', () => session.exec('ROLLBACK'));
      r.ledger.block('APPLY_FAILED', {
        apply_error: `statement ${i + 1}: ${firstLine(error)}`,
        ...(detail ? { apply_error_detail: firstLine(detail) } : {}),
      });
      return false;
    }
  }
  // What follows (census, capture) reads as RX-1 did.
  if (applyAs) await session.exec('RESET ROLE');
  const changed =
    ownAtStart && census
      ? [
          ...new Set([
            ...censusChanges(ownAtStart, await census('session')),
            ...(outsideAtStart && outside ? censusChanges(outsideAtStart, await outside('outside')) : []),
          ]),
        ]
      : [];
  if (changed.length > 0) {
    await session.exec('ROLLBACK');
    r.ledger.block('SIDE_EFFECT_LEFT', { cluster_changes: changed });
    return false;
  }
  return true;
}

function proofEntry(
  r: Ready,
  id: string,
  mode: 'txn' | 'snapshot' | 'restore_script',
  afterApply: Fingerprint,
  afterRollback: Fingerprint,
  resets: SequenceReset[],
) {
  const before = r.before;
  return {
    id,
    mode,
    before_hash: before.top_hash,
    after_apply_hash: afterApply.top_hash,
    after_rollback_hash: afterRollback.top_hash,
    expected_hash: before.top_hash,
    before_rows: rowCounts(before),
    after_rollback_rows: rowCounts(afterRollback),
    restored_match: afterRollback.top_hash === before.top_hash,
    production_rollback_status: 'NOT_APPLICABLE',
    sequence_resets: resets,
  };
}

// ---------------------------------------------------------------------------------------------
// RX-3: BEGIN, apply, capture, check the delta, ROLLBACK, reset moved sequences, capture == before.

async function rehearseTransactionalRollback(r: Ready): Promise<void> {
  const { ledger } = r;
  const clone = r.clone;
  const names = r.names;
  const before = r.before;
  r.options.progress('RX-3 transactional rollback');
  if (!(await beginAndApply(r))) return;
  const afterApply = await capture(r, 'txn_after_apply');
  await r.options.inspect?.('txn_after_apply', clone, before, afterApply);
  await invariantsAt(r, 'after_apply', true);
  const delta = Object.fromEntries(
    Object.keys({ ...before.tables, ...afterApply.tables }).map((id) => [
      id,
      (afterApply.tables[id]?.rows ?? 0) - (before.tables[id]?.rows ?? 0),
    ]),
  );
  ledger.details.delta = delta;
  if (names.expectedDelta) {
    const mismatched = deltaMismatches(delta, names.expectedDelta);
    if (mismatched.length > 0) ledger.block('DELTA_MISMATCH', { expected_delta: canonicalNames(names).expected_delta, mismatched });
  }
  await clone.session.exec('ROLLBACK');
  // What the batch's session holds after it: RX-5 looks at it (a later restore may replace the session).
  r.sessionsAfterApply.push(await clone.leftovers());
  const resets = await resetMovedSequences(r);
  const afterRollback = await capture(r, 'txn_after_rollback');
  await r.options.inspect?.('txn_after_rollback', clone, before, afterRollback);
  await invariantsAt(r, 'after_rollback');
  const diff = compareFingerprints(before, afterRollback);
  for (const code of restorationCodes(diff, 'ROLLBACK_NOT_RESTORED')) ledger.block(code, { not_restored: diffSummary(diff) });
  if (afterApply.top_hash === before.top_hash) ledger.block('ROLLBACK_APPLY_DID_NOT_MUTATE');
  ledger.details.sequence_resets = resets;
  r.proofEntries.push(proofEntry(r, 'RB-CLONE-TXN', 'txn', afterApply, afterRollback, resets));
}

/** Sequences are not transactional: put back every one that moved, and record it (only the sequences are read, not a whole capture). */
async function resetMovedSequences(r: Ready): Promise<SequenceReset[]> {
  const clone = r.clone;
  const state = clone.state;
  const interim = new Map((await reading(null, () => state.readOnly(() => state.sequences(r.names.scope)))).map((s) => [s.id, s]));
  const resets: SequenceReset[] = [];
  for (const [id, was] of Object.entries(r.before.sequences)) {
    const current = interim.get(id);
    const now = current && { last_value: current.last_value, is_called: current.is_called };
    if (now && (now.last_value !== was.last_value || now.is_called !== was.is_called)) {
      await clone.resetSequence(id, was);
      resets.push({ sequence: id, from: now, to: was });
    }
  }
  return resets;
}

// ---------------------------------------------------------------------------------------------
// RX-4: a verified snapshot, apply and COMMIT, restore, capture == before.

async function rehearseSnapshotRestore(r: Ready): Promise<void> {
  const { ledger } = r;
  const clone = r.clone;
  const before = r.before;
  r.options.progress('RX-4 snapshot restore');
  const snapshot = await clone.snapshot();
  const snapshotFp = await capture(r, 'snapshot', snapshot.state);
  ledger.details.snapshot_hash = snapshotFp.top_hash;
  if (snapshotFp.top_hash !== before.top_hash) {
    // Never restore from a snapshot that does not hold the before state.
    ledger.block('SNAPSHOT_NOT_RESTORED', { snapshot_unverified: true });
    return;
  }
  // PGlite cannot read the before state beside the clone: what the change writes is noted now, to read the rows it had by key later.
  const since = clone.kind === 'pglite' ? await clone.state.writeMark?.() : undefined;
  if (!(await beginAndApply(r))) return;
  let afterCommit: Fingerprint;
  if (r.ending === 'ROLLBACK') {
    // A dry-run executor ends in its own ROLLBACK: what it did is captured before it, and nothing may be left after it.
    afterCommit = await capture(r, 'snapshot_after_apply');
    await clone.session.exec('ROLLBACK');
    r.sessionsAfterApply.push(await clone.leftovers());
    // Sequences are not transactional: as in txn mode, the ones the dry run moved are set back, and recorded.
    ledger.details.after_ending_sequence_resets = await resetMovedSequences(r);
    const afterEnding = await capture(r, 'snapshot_after_ending');
    const left = compareFingerprints(before, afterEnding);
    for (const code of restorationCodes(left, 'SNAPSHOT_NOT_RESTORED')) ledger.block(code, { after_ending: diffSummary(left) });
  } else {
    await clone.session.exec('COMMIT');
    const until = since && (await clone.state.writeMark?.());
    r.sessionsAfterApply.push(await clone.leftovers());
    afterCommit = await capture(r, 'snapshot_after_commit');
    if (since && until) r.firstWritten = await rowsWritten(r, before, afterCommit, since, until);
  }
  const mutated = afterCommit.top_hash !== before.top_hash;
  if (!mutated) ledger.block('ROLLBACK_APPLY_DID_NOT_MUTATE');
  await clone.restore(snapshot);
  const afterRestore = await capture(r, 'snapshot_after_restore');
  await r.options.inspect?.('snapshot_after_restore', clone, before, afterRestore);
  await invariantsAt(r, 'after_restore');
  const diff = compareFingerprints(before, afterRestore);
  const restored = diff.tables.length + diff.sequences.length + diff.schemaObjects.length === 0;
  for (const code of restorationCodes(diff, 'SNAPSHOT_NOT_RESTORED')) ledger.block(code, { not_restored: diffSummary(diff) });
  r.proofEntries.push(proofEntry(r, 'RB-CLONE-SNAPSHOT', 'snapshot', afterCommit, afterRestore, []));
  // The script production can run, proved on the change applied again (the snapshot's own proof stays its own).
  if (!mutated || !restored || r.ending === 'ROLLBACK') return;
  // A session the restore left in a transaction is RX-5's finding: nothing more runs on it.
  if ((await clone.leftovers()).openTransaction)
    ledger.details.restore_script = { not_run: 'the snapshot restore left a transaction open' };
  else await rehearseRestoreScript(r, snapshot, afterCommit);
}

/**
 * The rollback production can run: from the committed clone, the rows the change touched are put
 * back by a script written from them (restore.sql), proved twice — with one affected row moved it
 * aborts, and from the state the change left it restores the before state exactly.
 */
async function rehearseRestoreScript(r: Ready, snapshot: Snapshot, firstCommit: Fingerprint): Promise<void> {
  const clone = r.clone;
  const before = r.before;
  r.options.progress('RX-4 snapshot restore: the restore script, proved on the change applied again');
  // PGlite runs one instance at a time: the rows the change touched are read now, while the clone holds the before state —
  // by the keys its first application wrote where that is all it did, else the touched tables whole.
  let touched: TableInfo[] = [];
  let beforeRows: BeforeRows = snapshot.state;
  if (clone.kind === 'pglite') {
    const tables = await clone.state.readOnly(() => clone.state.listTables(r.names.scope));
    // Keyless ones too: a unique key over NOT NULL columns may name their rows (writeRestore).
    touched = touchedTables(tables, before, firstCommit);
    beforeRows =
      (r.firstWritten && (await readRowsOfWrittenKeys(clone.state, touched, r.firstWritten, before, firstCommit))) ??
      (await readWholeTables(clone.state, touched));
  }
  let proved = await applyWriteAndProve(r, beforeRows);
  if (proved === 'relocate') {
    // Applied again, the change wrote a key the first application did not: its tables are read whole, and it is applied once more.
    await clone.restore(snapshot);
    proved = await applyWriteAndProve(r, await readWholeTables(clone.state, touched));
  }
  if (proved === null) return;
  // A script that did not bring the before state back leaves the clone as the snapshot holds it, for RX-5.
  if (proved !== true) await clone.restore(snapshot);
  else await invariantsAt(r, 'after_restore');
}

/** Where writeRestore reads the rows before: the snapshot, or (PGlite) rows read from the clone before the change. */
type BeforeRows = StateReader | Map<string, RowImage[]> | RowsOfWrittenKeys;

/** Applies and commits the change, then writes and proves the script; `null` where the apply failed (the step is blocked). */
async function applyWriteAndProve(r: Ready, beforeRows: BeforeRows): Promise<boolean | 'relocate' | null> {
  const clone = r.clone;
  // Where the clone's rows carry the transaction that wrote them, the rows the change wrote are found from them.
  const since = await clone.state.writeMark?.();
  if (!(await beginAndApply(r))) return null;
  await clone.session.exec('COMMIT');
  const until = await clone.state.writeMark?.();
  r.sessionsAfterApply.push(await clone.leftovers());
  const committed = await capture(r, 'restore_script_after_commit');
  return writeAndProve(r, beforeRows, committed, since && until ? { since, until } : undefined);
}

/** The rows the change wrote between the marks, in each table it touched; `null` where a table cannot say (no key, too many). */
async function rowsWritten(
  r: Ready,
  before: Fingerprint,
  after: Fingerprint,
  since: string,
  until: string,
): Promise<Map<string, RowImage[]> | null> {
  const state = r.clone.state;
  if (!state.rowsWritten) return null;
  const rowsWritten = state.rowsWritten.bind(state);
  return state.readOnly(async () => {
    const out = new Map<string, RowImage[]>();
    for (const table of touchedTables(await state.listTables(r.names.scope), before, after)) {
      const rows = await rowsWritten(table, since, until, MAX_RESTORED_ROWS);
      if (rows === null || rows.length > MAX_RESTORED_ROWS) return null;
      out.set(table.id, rows);
    }
    return out;
  });
}

/** How many rows a reviewer sees of each kind, per table. */
const SHOWN_ROWS = 3;

/** What the change did, table by table: counts, and its first rows of each kind as a diff (as `rehearse replay` shows one). */
function describeChanges(tables: readonly TableRestore[], backend: 'postgres' | 'sqlite') {
  return tables.map((t) => {
    const lines = (rows: readonly RowImage[]) => ({ [t.table.id]: rows.map((row) => rowLine(t.table, row, backend)) });
    const changed = t.changed.slice(0, SHOWN_ROWS);
    const was = [...t.deleted.slice(0, SHOWN_ROWS), ...changed.map((c) => c.before)];
    const now = [...t.inserted.slice(0, SHOWN_ROWS), ...changed.map((c) => c.after)];
    return {
      table: t.table.id,
      inserted: t.inserted.length,
      deleted: t.deleted.length,
      changed: t.changed.length,
      first_rows: rowDiff(lines(was), lines(now), 'after the change'),
    };
  });
}

/** Writes the script from the committed clone and proves it; `true` when the clone is back at before. */
async function writeAndProve(
  r: Ready,
  snapshotState: BeforeRows,
  committed: Fingerprint,
  window?: { since: string; until: string },
): Promise<boolean | 'relocate'> {
  const { ledger, plan } = r;
  const clone = r.clone;
  const before = r.before;
  const written = await writeRestore(
    clone,
    { fingerprint: before, state: snapshotState },
    committed,
    r.names.scope,
    basename(plan.applyFile),
    window,
  );
  const unavailable = (unrestorable: readonly { table: string | null; reason: string }[]) => {
    ledger.block('RESTORE_SCRIPT_UNAVAILABLE', { restore_script: { unrestorable } });
    return false;
  };
  if ('relocate' in written) return 'relocate';
  if ('unrestorable' in written) return unavailable(written.unrestorable);
  if (guardText(written.script) !== written.script)
    return unavailable([
      { table: null, reason: 'a value it would write back holds a seal-like token, which nothing this tool writes may hold' },
    ]);
  ledger.details.changes = describeChanges(written.tables, clone.state.backend);
  const proved = await proveRestore(clone, written.script, written.tables);
  const afterScript = await capture(r, 'restore_script_after');
  const sha = `sha256:${sha256Hex(Buffer.from(written.script, 'utf8'))}`;
  ledger.details.restore_script = {
    sha256: sha,
    runs_as: proved.runsAs,
    rows: written.tables.map((t) => ({
      table: t.table.id,
      inserted: t.inserted.length,
      deleted: t.deleted.length,
      changed: t.changed.length,
      ...(t.foundBy ? { found_by: t.foundBy } : {}),
    })),
    moved_row: { moved: proved.movedRow.moved, aborted_at: proved.movedRow.abortedAt },
    error: proved.error,
  };
  if (proved.movedRow.moved !== null && proved.movedRow.abortedAt === null) ledger.block('RESTORE_SCRIPT_DID_NOT_ABORT');
  const diff = compareFingerprints(before, afterScript);
  const codes = proved.error ? ['RESTORE_SCRIPT_NOT_RESTORED' as const] : restorationCodes(diff, 'RESTORE_SCRIPT_NOT_RESTORED');
  for (const code of codes) ledger.block(code, { restore_script_not_restored: diffSummary(diff) });
  r.restoreScript = written.script;
  r.proofEntries.push({ ...proofEntry(r, 'RB-CLONE-RESTORE-SCRIPT', 'restore_script', committed, afterScript, []), script_sha256: sha });
  return codes.length === 0;
}

// ---------------------------------------------------------------------------------------------
// RX-5: nothing left behind, the apply file unchanged, state equal, the proof valid.

async function verify(r: Ready): Promise<void> {
  const { ledger, plan } = r;
  const clone = r.clone;
  r.options.progress('RX-5 verification');
  const leftovers = await clone.leftovers();
  ledger.details.leftovers = leftovers;
  ledger.details.leftovers_after_apply = r.sessionsAfterApply;
  if (leftovers.openTransaction) ledger.block('OPEN_TRANSACTION_LEFT');
  if ([leftovers, ...r.sessionsAfterApply].some((l) => l.preparedTransactions > 0 || l.advisoryLocks > 0)) ledger.block('SIDE_EFFECT_LEFT');
  if (r.atRx0 && clone.census) {
    const changed = censusChanges(r.atRx0, await clone.census('outside'));
    ledger.details.cluster_changes = changed;
    if (changed.length > 0) ledger.block('SIDE_EFFECT_LEFT');
  }
  if (sha256Hex(readFileSync(plan.applyFile)) !== plan.applySha256) ledger.block('APPLY_FILE_HASH_MISMATCH');
  const final = await capture(r, 'final');
  const finalDiff = compareFingerprints(r.before, final);
  if (finalDiff.schemaObjects.length > 0) ledger.block('SCHEMA_NOT_RESTORED');
  if (finalDiff.sequences.length > 0) ledger.block('SEQUENCE_NOT_RESTORED');
  if (finalDiff.tables.length > 0) ledger.block('ROLLBACK_NOT_RESTORED');
  const validation = r.options.parts.validateRollbackProof(buildProof(r.proofEntries));
  ledger.details.validator = { verdict: validation.verdict, codes: validation.codes };
  if (validation.verdict !== 'PASS' || r.proofEntries.length === 0) ledger.block('VALIDATOR_FAILED');
}

// ---------------------------------------------------------------------------------------------
// RX-6: the gate denies every bad-input probe and allows the control.

async function probeGate(r: Ready): Promise<void> {
  r.options.progress('RX-6 gate probes');
  const probes = probeAnswers(r.options.parts.decideRequest);
  r.ledger.details.probes = probes.map((p) => ({
    probe: p.probe.id,
    expected: p.probe.expect,
    decision: p.decision.decision,
    codes: p.decision.codes,
    answered_right: p.answeredRight,
  }));
  if (probes.some((p) => !p.answeredRight)) r.ledger.block('PROBE_FAILED_OPEN');
}

/** RX-0: it makes the clone the rest runs on (`null`: it made none). */
export const ISOLATION_STEP: RehearsalStep<Rehearsal, Isolated | null> = {
  id: 'RX-0',
  run: isolate,
  blocksWith: ['ISOLATION_NOT_PROVEN', 'APPLY_FILE_HASH_MISMATCH'],
};

/** RX-1: it takes the before-state the rest compares with. */
export const ENTRY_STEP: RehearsalStep<OnClone, Captured> = {
  id: 'RX-1',
  run: proveEntryEqualsExit,
  blocksWith: ['CAPTURE_MUTATED_STATE'],
};

/** RX-2 … RX-6, on the clone and its before-state. */
export const LATER_STEPS: readonly RehearsalStep[] = [
  {
    id: 'RX-2',
    run: checkIntegrityAndBoundary,
    blocksWith: [
      'APPLY_FILE_HASH_MISMATCH',
      'PREFLIGHT_FAILED',
      'BOUNDARY_VIOLATION',
      'EXECUTOR_ON_ERROR_STOP_MISSING',
      'INVARIANT_FAILED',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
    ],
  },
  {
    id: 'RX-3',
    mode: 'txn',
    run: rehearseTransactionalRollback,
    blocksWith: [
      'APPLY_FAILED',
      'INVARIANT_FAILED',
      'SIDE_EFFECT_LEFT',
      'DELTA_MISMATCH',
      'ROLLBACK_NOT_RESTORED',
      'SEQUENCE_NOT_RESTORED',
      'SCHEMA_NOT_RESTORED',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
    ],
  },
  {
    id: 'RX-4',
    mode: 'snapshot',
    run: rehearseSnapshotRestore,
    blocksWith: [
      'SNAPSHOT_NOT_RESTORED',
      'INVARIANT_FAILED',
      'RESTORE_SCRIPT_UNAVAILABLE',
      'RESTORE_SCRIPT_NOT_RESTORED',
      'RESTORE_SCRIPT_DID_NOT_ABORT',
      'APPLY_FAILED',
      'SIDE_EFFECT_LEFT',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
      'SEQUENCE_NOT_RESTORED',
      'SCHEMA_NOT_RESTORED',
    ],
  },
  {
    id: 'RX-5',
    run: verify,
    goesOnWhenBlocked: true,
    blocksWith: [
      'OPEN_TRANSACTION_LEFT',
      'SIDE_EFFECT_LEFT',
      'APPLY_FILE_HASH_MISMATCH',
      'SCHEMA_NOT_RESTORED',
      'SEQUENCE_NOT_RESTORED',
      'ROLLBACK_NOT_RESTORED',
      'VALIDATOR_FAILED',
    ],
  },
  { id: 'RX-6', run: probeGate, blocksWith: ['PROBE_FAILED_OPEN'] },
];

/** The rehearsal, step by step: a blocked step ends it (but verification, which leaves the probes to run). */
export const REHEARSAL_STEPS: readonly RehearsalStep<never, unknown>[] = [ISOLATION_STEP, ENTRY_STEP, ...LATER_STEPS];
