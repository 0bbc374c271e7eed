/** RX-5: nothing left behind, the apply file unchanged, state equal, the proof valid. */
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../capture/hashing.ts';
import { compareFingerprints } from '../../compare/compareFingerprints.ts';
import { censusChanges } from '../../targets/clusterCensus.ts';
import { type Ready, capture } from './rehearsal.ts';

/**
 * rollback-proof/v2: v1 plus each entry's `sequence_resets`; v3 where an entry proves a restore
 * script (mode `restore_script`, its `script_sha256`) — docs/formats.md.
 */
export function buildProof(entries: Record<string, unknown>[]): Record<string, unknown> {
  const format = entries.some((e) => e.mode === 'restore_script') ? 'rollback-proof/v3' : 'rollback-proof/v2';
  return { format, target: { kind: 'clone', is_production: false }, entries };
}

export async function verify(r: Ready): Promise<void> {
  const { ledger, plan } = r;
  const clone = r.clone;
  r.options.progress('RX-5 verification');
  const leftovers = await clone.leftovers();
  ledger.details.leftovers = leftovers;
  ledger.details.leftovers_after_apply = r.sessionsAfterApply;
  if (leftovers.openTransaction) ledger.block('OPEN_TRANSACTION_LEFT');
  if ([leftovers, ...r.sessionsAfterApply].some((l) => l.preparedTransactions > 0 || l.advisoryLocks > 0)) ledger.block('SIDE_EFFECT_LEFT');
  if (r.atRx0 && clone.census) {
    const changed = censusChanges(r.atRx0, await clone.census('outside'), clone.censusOwn);
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
