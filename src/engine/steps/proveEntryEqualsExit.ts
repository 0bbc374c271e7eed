/** RX-1: two read-only captures must be identical; the first is the before-state. */
import { type Captured, type OnClone, rowCounts, describeDifference, capture } from './rehearsal.ts';

export async function proveEntryEqualsExit(r: OnClone): Promise<Captured> {
  r.options.progress('RX-1 entry equals exit: capturing twice');
  const before = await capture(r, 'before');
  const exit = await r.options.parts.captureFingerprint(r.clone.state, r.names.scope);
  Object.assign(r.ledger.details, { entry_hash: before.top_hash, exit_hash: exit.top_hash, tables: rowCounts(before) });
  if (exit.top_hash !== before.top_hash) r.ledger.block('CAPTURE_MUTATED_STATE', { differs: describeDifference(before, exit) });
  return { before };
}
