import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainRehearsal } from './explainRehearsal.ts';
import { planForBatch } from './generatedPlan.ts';
import type { SuiteProperty } from './property.ts';
import { stateAndBatchCases, type StateAndBatch } from './stateAndBatch.ts';

/** The same plan rehearsed twice, into different directories, gives the same packet tree hash. */
export const evidenceTreeHashReproducible: SuiteProperty<StateAndBatch> = {
  id: 'evidence.tree-hash-reproducible',
  sentence: 'The same plan rehearsed twice, into different directories, gives the same packet tree hash.',
  cost: 'rehearsal',
  ...stateAndBatchCases,
  explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch),
  check: async ({ state, batch }, { engine, target }) => {
    const generated = planForBatch(engine, target!, state, batch);
    const out = mkdtempSync(join(tmpdir(), 'rehearse-packets-'));
    try {
      const options = { parts: engine.parts, progress: () => {}, onClone: () => {} };
      const a = engine.writeEvidencePacket(join(out, 'a'), generated.plan, await engine.runRehearsal(generated.plan, target!, options));
      const b = engine.writeEvidencePacket(join(out, 'b'), generated.plan, await engine.runRehearsal(generated.plan, target!, options));
      return a.treeHash === b.treeHash;
    } finally {
      generated.remove();
      rmSync(out, { recursive: true, force: true });
    }
  },
};
