/** RX-3: BEGIN, apply, capture, check the delta, ROLLBACK, reset moved sequences, capture == before. */
import { compareFingerprints } from '../../compare/compareFingerprints.ts';
import { deltaHolds } from '../../plan/deltaRule.ts';
import type { ExpectedDelta } from '../../plan/resolveNames.ts';
import { type Ready, restorationCodes, diffSummary, capture, invariantsAt, proofEntry, canonicalNames } from './rehearsal.ts';
import { beginAndApply, resetMovedSequences } from './beginAndApply.ts';

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

export async function rehearseTransactionalRollback(r: Ready): Promise<void> {
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
