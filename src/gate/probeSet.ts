/**
 * The bad-input probe set: one request per forbidden family B1–B10 of docs/formats.md, codes, and the
 * well-formed control. Stored as raw JSON files beside this one; RX-6 and the tests replay them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';
import type { GateCode } from '../codes.ts';
import { decideRequest, type GateDecision } from './decideRequest.ts';

export interface Probe {
  readonly id: 'CONTROL' | `B${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;
  readonly file: string;
  /** The control must be allowed; every other probe denied with this code among its codes. */
  readonly expect: 'ALLOW' | GateCode;
}

export const PROBES: readonly Probe[] = [
  { id: 'CONTROL', file: 'control.json', expect: 'ALLOW' },
  { id: 'B1', file: 'B1-target-production.json', expect: 'TARGET_PRODUCTION' },
  { id: 'B2', file: 'B2-real-run.json', expect: 'REAL_RUN_FORBIDDEN' },
  { id: 'B3', file: 'B3-apply.json', expect: 'APPLY_FORBIDDEN' },
  { id: 'B4', file: 'B4-cutover.json', expect: 'CUTOVER_FORBIDDEN' },
  { id: 'B5', file: 'B5-ci-deploy.json', expect: 'CI_DEPLOY_FORBIDDEN' },
  { id: 'B6', file: 'B6-secrets-change.json', expect: 'SECRETS_CHANGE_FORBIDDEN' },
  { id: 'B7', file: 'B7-rollback-proof-missing.json', expect: 'ROLLBACK_PROOF_MISSING' },
  { id: 'B8', file: 'B8-rollback-proof-invalid.json', expect: 'ROLLBACK_PROOF_INVALID' },
  { id: 'B9', file: 'B9-isolation-not-proven.json', expect: 'ISOLATION_NOT_PROVEN' },
  { id: 'B10', file: 'B10-production-claim.json', expect: 'PRODUCTION_CLAIM_FROM_REHEARSAL' },
];

export function probeBytes(probe: Probe): Uint8Array {
  return readFileSync(join(PACKAGE_ROOT, 'src', 'gate', 'probes', probe.file));
}

export interface ProbeOutcome {
  readonly probe: Probe;
  readonly decision: GateDecision;
  /** The control was allowed, or the probe was denied with its family's code. */
  readonly answeredRight: boolean;
}

/** Replays the probe set through a gate (the real one unless another is passed in). */
export function runProbeSet(decide: (bytes: Uint8Array) => GateDecision = decideRequest): ProbeOutcome[] {
  return PROBES.map((probe) => {
    const decision = decide(probeBytes(probe));
    const answeredRight =
      probe.expect === 'ALLOW'
        ? decision.decision === 'ALLOW' && decision.codes.length === 0
        : decision.decision === 'DENY' && decision.codes.includes(probe.expect);
    return { probe, decision, answeredRight };
  });
}
