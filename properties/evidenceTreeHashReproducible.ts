import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { planForBatch } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';

/**
 * The same plan rehearsed twice, into different directories, on clones made the same way, gives
 * the same packet tree hash. (RX-0 records how the clone was made: on a target that reuses clones
 * the first clone is fresh and the next reused, so a third rehearsal is compared with the second.)
 */
export const evidenceTreeHashReproducible: SuiteProperty<StateAndBatch> = {
  id: 'evidence.tree-hash-reproducible',
  sentence: 'The same plan rehearsed twice, into different directories, on clones made the same way, gives the same packet tree hash.',
  cost: 'rehearsal',
  ...stateAndBatchCases,
  explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch),
  check: async ({ state, batch }, { engine, target }) => {
    const generated = planForBatch(engine, target!, state, batch);
    const out = mkdtempSync(join(tmpdir(), 'rehearse-packets-'));
    try {
      const options = { parts: engine.parts, progress: () => {}, onClone: () => {} };
      const rehearse = async (into: string) => {
        const result = await engine.runRehearsal(generated.plan, target!, options);
        const lock = result.steps[0]?.details.isolation_lock as { method?: string } | undefined;
        return { method: lock?.method, packet: engine.writeEvidencePacket(join(out, into), generated.plan, result) };
      };
      let a = await rehearse('a');
      let b = await rehearse('b');
      if (a.method !== b.method) [a, b] = [b, await rehearse('c')];
      return a.method === b.method && a.packet.treeHash === b.packet.treeHash;
    } finally {
      generated.remove();
      rmSync(out, { recursive: true, force: true });
    }
  },
};
