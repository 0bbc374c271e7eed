/** RX-6: the gate denies every bad-input probe and allows the control. */
import { runProbeSet } from '../../gate/probeSet.ts';
import type { RehearsalParts } from '../parts.ts';
import type { Ready } from './rehearsal.ts';

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

export async function probeGate(r: Ready): Promise<void> {
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
