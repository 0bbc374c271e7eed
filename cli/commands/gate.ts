import { decideRequest, GATE_LIMITS, malformedRequest, type GateDecision } from '../../src/gate/decideRequest.ts';
import type { Output } from '../output.ts';
import { readLimited } from '../readLimited.ts';

/** `rehearse gate [FILE|-]`: one gate-decision/v1 JSON; exit 0 for ALLOW, 1 for DENY, for every input. */
export async function gateCommand(output: Output, source: string): Promise<number> {
  let decision: GateDecision;
  try {
    const read = await readLimited(source, GATE_LIMITS.maxBytes);
    decision = !read.ok
      ? malformedRequest(read.reason)
      : read.truncated
        ? malformedRequest(`the request is more than ${GATE_LIMITS.maxBytes} bytes`)
        : decideRequest(read.bytes);
  } catch {
    decision = malformedRequest('the request could not be read');
  }
  output.out(JSON.stringify(decision, null, 2));
  return decision.decision === 'ALLOW' ? 0 : 1;
}
