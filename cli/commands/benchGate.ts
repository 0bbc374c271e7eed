import { measureGateThroughput } from '../../bench/gateThroughput.ts';
import type { Output } from '../output.ts';

/** `rehearse bench gate`: decisions per second, control and malformed. */
export function benchGate(output: Output, seconds: number): number {
  output.err(`bench gate: ${seconds} s per mix`);
  output.out('gate decisions per second');
  output.out('mix                                          decisions/s   mean request bytes');
  for (const r of measureGateThroughput(seconds)) {
    output.out(`${r.name.padEnd(44)} ${Math.round(r.decisionsPerSecond).toString().padStart(11)}   ${Math.round(r.meanBytes)}`);
  }
  return 0;
}
