/** `rehearse bench gate`: decisions per second for the control and for a mix of malformed requests. */
import { decideRequest, GATE_LIMITS } from '../src/gate/decideRequest.ts';
import { PROBES, probeBytes } from '../src/gate/probeSet.ts';

export interface GateThroughput {
  readonly name: string;
  readonly requests: number;
  readonly decisionsPerSecond: number;
  readonly meanBytes: number;
}

/** The malformed mix: the probe families plus every structural malformation the gate reads. */
export function malformedMix(): Uint8Array[] {
  const control = Buffer.from(probeBytes(PROBES[0]!));
  const text = control.toString('utf8');
  return [
    ...PROBES.slice(1).map(probeBytes),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), control]),
    Buffer.concat([control, Buffer.from(' {}')]),
    Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]),
    Buffer.from(text.replace('"lane": "REHEARSAL_ONLY"', '"lane": "REHEARSAL_ONLY", "lane": "REHEARSAL_ONLY"')),
    Buffer.from(`${'['.repeat(GATE_LIMITS.maxDepth + 1)}${']'.repeat(GATE_LIMITS.maxDepth + 1)}`),
    Buffer.from(text.replace('"is_production": false', '"is_production": "false"')),
    Buffer.alloc(GATE_LIMITS.maxBytes + 1, 0x20),
    Buffer.from('[]'),
  ];
}

function measure(name: string, requests: Uint8Array[], seconds: number): GateThroughput {
  let decided = 0;
  let bytes = 0;
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() < deadline) {
    for (const request of requests) {
      decideRequest(request);
      bytes += request.length;
    }
    decided += requests.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, requests: decided, decisionsPerSecond: decided / elapsed, meanBytes: bytes / decided };
}

export function measureGateThroughput(seconds: number): GateThroughput[] {
  const control = probeBytes(PROBES[0]!);
  const mix = malformedMix();
  measure('warm-up', [control, ...mix], Math.min(0.5, seconds));
  return [
    measure('control (allowed)', [control], seconds),
    measure('malformed mix (denied)', mix, seconds),
    measure(
      'malformed mix without the 1 MiB request',
      mix.filter((b) => b.length <= GATE_LIMITS.maxBytes),
      seconds,
    ),
  ];
}
