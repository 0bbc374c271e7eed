/** Rehearsal steps, codes and records (docs/formats.md, docs/run.md). */

export { REHEARSAL_CODES, type RehearsalCode } from '../codes.ts';
import type { RehearsalCode } from '../codes.ts';

export const STEPS = [
  { id: 'RX-0', file: 'rx0-isolation-lock.json', name: 'isolation lock' },
  { id: 'RX-1', file: 'rx1-entry-equals-exit.json', name: 'entry equals exit' },
  { id: 'RX-2', file: 'rx2-integrity-preflight-boundary.json', name: 'apply-file integrity, preflight, mutation boundary' },
  { id: 'RX-3', file: 'rx3-transactional-rollback.json', name: 'transactional rollback' },
  { id: 'RX-4', file: 'rx4-snapshot-restore.json', name: 'snapshot restore' },
  { id: 'RX-5', file: 'rx5-verification.json', name: 'verification' },
  { id: 'RX-6', file: 'rx6-gate-probes.json', name: 'gate probes' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

/** PASS is only ever set by a step that proved its claim; a step not reached stays NOT_RUN. */
export type StepStatus = 'PASS' | 'BLOCKED' | 'NOT_RUN' | 'NOT_REQUESTED';

export interface StepRecord {
  readonly id: StepId;
  readonly name: string;
  status: StepStatus;
  codes: RehearsalCode[];
  /** JSON-safe details; nothing random or time-dependent (they are hashed into the packet). */
  details: Record<string, unknown>;
}

export type RehearsalStatus = 'REHEARSAL_ROLLBACK_READY' | 'REHEARSAL_BLOCKED';
