/**
 * RX-4's second part: the rollback production can run, a restore script written from the rows the
 * change touched and proved on the change applied again.
 */
import { basename } from 'node:path';
import type { Fingerprint } from '../../capture/fingerprint.ts';
import { sha256Hex } from '../../capture/hashing.ts';
import { compareFingerprints } from '../../compare/compareFingerprints.ts';
import type { RowImage, StateReader, TableInfo } from '../../capture/stateReader.ts';
import type { Snapshot } from '../../targets/target.ts';
import { proveRestore, readScript } from '../../restore/proveRestore.ts';
import { readRowsOfWrittenKeys, readWholeTables, type RowsOfWrittenKeys, touchedTables, writeRestore } from '../../restore/writeRestore.ts';
import { scriptProbes, type TableRestore } from '../../restore/restoreScript.ts';
import { boundaryBackend, checkBoundary } from '../../boundary/checkBoundary.ts';
import { rowDiff, rowLine } from '../../compare/rowDiff.ts';
import { guardText } from '../../guard/guardedOutput.ts';
import { type Ready, restorationCodes, diffSummary, capture, invariantsAt, proofEntry } from './rehearsal.ts';
import { beginAndApply } from './beginAndApply.ts';

/**
 * The rollback production can run: from the committed clone, the rows the change touched are put
 * back by a script written from them (restore.sql), proved twice — with one affected row moved it
 * aborts, and from the state the change left it restores the before state exactly.
 */
export async function rehearseRestoreScript(r: Ready, snapshot: Snapshot, firstCommit: Fingerprint): Promise<void> {
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
  const runs = await whatTheScriptRuns(r, written.tables);
  if (runs.length > 0) return unavailable(runs);
  // A name or a value the client would read otherwise (a line break before a command of its own, a NUL): no script.
  const read = await readScript(written.script, clone.state.backend);
  if ('problems' in read)
    return unavailable(read.problems.map((reason) => ({ table: null, reason: `psql or sqlite3 would not read it as written: ${reason}` })));
  if (guardText(written.script) !== written.script)
    return unavailable([
      { table: null, reason: 'a value it would write back holds a seal-like token, which nothing this tool writes may hold' },
    ]);
  ledger.details.changes = describeChanges(written.tables, clone.state.backend);
  const proved = await proveRestore(clone, read.statements, written.tables);
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

/**
 * What the restore script would run besides writing its rows, where an operator runs it — often as a
 * superuser, where the proof runs as the apply role and cannot show what a function does for a
 * superuser: every function of the database's own its statements reach (a CHECK, a domain's CHECK,
 * an index expression, a generated column, an operator or a cast of a literal), judged by the
 * boundary's classifier as the script runs them — the tables' own triggers disabled, no foreign
 * key's action carried on (the script aborts before one would write), no policy (row_security off).
 * Each is a reason no script is given (Postgres; SQLite runs no function of the database's own).
 */
async function whatTheScriptRuns(r: Ready, tables: readonly TableRestore[]): Promise<{ table: string | null; reason: string }[]> {
  const clone = r.clone;
  if (clone.capabilities.dialect !== 'postgres') return [];
  const probes = tables.flatMap((t) => scriptProbes(t).map((p) => ({ table: t.table.id, ...p })));
  if (probes.length === 0) return [];
  const backend = await boundaryBackend(clone, r.names.scope, 'pg_catalog', {
    bypassRls: true,
    // It disables every user trigger of the tables it writes (a table with none has none to follow).
    triggersDisabledOn: new Set(tables.map((t) => t.table.id)),
    noKeyActions: true,
  });
  // Its own statements are what the script is for: each justified by its kind, so only what they run besides is left.
  const judged = await checkBoundary(
    probes.map((p) => `${p.sql}\n`).join(''),
    'postgres',
    { allow: ['INSERT'], justified: probes.map((p, i) => ({ statement: i + 1, kind: p.kind, reason: 'the restore script' })) },
    backend,
  );
  const found = new Map<string, string>();
  for (const v of judged.violations) {
    // The verdict's advice is the plan's (a justification by statement); the script takes none.
    const cut = v.reason.lastIndexOf(': it needs a justification');
    const what = cut === -1 ? v.reason : v.reason.slice(0, cut);
    found.set(what, probes[v.statement - 1]?.table ?? '');
  }
  return [...found].map(([what, table]) => ({
    table: table || null,
    reason: `whoever runs it would run what the database defines (the proof, as the apply role, cannot show what it does for a superuser): ${what}`,
  }));
}
