/**
 * A readable account of how two live states differ: which tables, schema objects and sequences
 * changed, and for each changed table a unified diff of its differing rows (found by key-range
 * bisection, so only the differing rows are read). What `rehearse replay` prints for a state
 * mismatch.
 */
import type { Fingerprint } from '../capture/fingerprint.ts';
import { WHOLE_DATABASE, type CaptureScope, type StateReader } from '../capture/stateReader.ts';
import { compareFingerprints, renderFingerprintDiff } from './compareFingerprints.ts';
import { locateRowDifferences } from './locateRowDifferences.ts';

export async function describeStateDifference(
  before: { readonly state: StateReader; readonly fingerprint: Fingerprint },
  after: { readonly state: StateReader; readonly fingerprint: Fingerprint },
  scope: CaptureScope = WHOLE_DATABASE,
): Promise<string> {
  const diff = compareFingerprints(before.fingerprint, after.fingerprint);
  const parts = [renderFingerprintDiff(diff)];
  const changed = diff.tables.filter((t) => t.change === 'changed');
  if (changed.length > 0) {
    const tables = await after.state.readOnly(() => after.state.listTables(scope));
    for (const change of changed) {
      const table = tables.find((t) => t.id === change.id);
      if (!table) continue;
      const located = await locateRowDifferences(table, before.state, after.state);
      parts.push(located.rendered);
      if (located.truncated) parts.push(`(table ${table.id}: more differing rows than shown)\n`);
    }
  }
  return parts.join('');
}
