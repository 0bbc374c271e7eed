import { decideRequest, GATE_LIMITS, type GateDecision } from '../../src/gate/decideRequest.ts';
import type { Output } from '../output.ts';
import { readLimited } from '../readLimited.ts';

const deny = (reason: string): GateDecision =>
  ({ format: 'gate-decision/v1', decision: 'DENY', codes: ['MALFORMED_REQUEST'], reasons: [reason] });

/** `rehearse gate [FILE|-]`: one gate-decision/v1 JSON; exit 0 for ALLOW, 1 for DENY, for every input. */
export async function gateCommand(output: Output, source: string): Promise<number> {
  let decision: GateDecision;
  try {
    const read = await readLimited(source, GATE_LIMITS.maxBytes);
    decision = !read.ok ? deny(read.reason)
      : read.truncated ? deny(`the request is more than ${GATE_LIMITS.maxBytes} bytes`)
      : decideRequest(read.bytes);
  } catch {
    decision = deny('the request could not be read');
  }
  output.out(JSON.stringify(decision, null, 2));
  return decision.decision === 'ALLOW' ? 0 : 1;
}
