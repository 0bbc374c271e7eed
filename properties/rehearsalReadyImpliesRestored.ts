import type { Clone, StateReader, Target } from '../src/index.ts';
import { fullDump } from './harness/fullDump.ts';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { planForBatch } from './harness/generatedPlan.ts';
import type { EngineApi } from './harness/engineApi.ts';
import { withClones } from './harness/withClones.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';

/** Runs a rehearsal while the oracle dumps the clone at the first and the last capture. */
export async function rehearseWithOracle(engine: EngineApi, target: Target, plan: Parameters<EngineApi['runRehearsal']>[0]) {
  let clone: Clone | null = null;
  const watched = withClones(target, (made) => (clone = made));
  const dumps: string[] = [];
  // Each capture of the clone with the oracle's dump taken just before it: a label's capture finds its dump.
  const dumpOf = new Map<object, string>();
  const capture = async (state: StateReader, scope?: Parameters<EngineApi['captureFingerprint']>[1]) => {
    const dump = clone && state === clone.state ? await fullDump(clone.session, target.kind !== 'sqlite') : null;
    if (dump !== null) dumps.push(dump);
    const fingerprint = await engine.parts.captureFingerprint(state, scope);
    if (dump !== null) dumpOf.set(fingerprint, dump);
    return fingerprint;
  };
  const result = await engine.runRehearsal(plan, watched, {
    parts: { ...engine.parts, captureFingerprint: capture },
    progress: () => {},
    onClone: () => {},
  });
  const at = (label: string) => {
    const fingerprint = result.fingerprints[label];
    return fingerprint ? dumpOf.get(fingerprint) : undefined;
  };
  return { result, dumps, at };
}

/** Whenever a rehearsal says REHEARSAL_ROLLBACK_READY, a full ordered dump of every table and sequence after it equals the dump before it. */
export const rehearsalReadyImpliesRestored: SuiteProperty<StateAndBatch> = {
  id: 'rehearsal.ready-implies-restored',
  sentence:
    'Whenever a rehearsal says REHEARSAL_ROLLBACK_READY, a full ordered dump of every table and sequence after it equals the dump before it.',
  cost: 'rehearsal',
  ...stateAndBatchCases,
  explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch),
  check: async ({ state, batch }, { engine, target }) => {
    const generated = planForBatch(engine, target!, state, batch);
    try {
      const { result, dumps } = await rehearseWithOracle(engine, target!, generated.plan);
      if (result.status !== 'REHEARSAL_ROLLBACK_READY') return true;
      return dumps.length >= 2 && dumps[0] === dumps[dumps.length - 1];
    } finally {
      generated.remove();
    }
  },
};
