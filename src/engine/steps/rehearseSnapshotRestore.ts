/** RX-4: a verified snapshot, apply and COMMIT, restore, capture == before. */
import type { Fingerprint } from '../../capture/fingerprint.ts';
import { compareFingerprints } from '../../compare/compareFingerprints.ts';
import type { RowImage } from '../../capture/stateReader.ts';
import { MAX_RESTORED_ROWS, touchedTables } from '../../restore/writeRestore.ts';
import { type Ready, restorationCodes, diffSummary, capture, invariantsAt, proofEntry } from './rehearsal.ts';
import { beginAndApply, resetMovedSequences } from './beginAndApply.ts';
import { rehearseRestoreScript } from './rehearseRestoreScript.ts';

export async function rehearseSnapshotRestore(r: Ready): Promise<void> {
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
