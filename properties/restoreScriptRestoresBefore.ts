import type { RehearsalCode } from '../src/codes.ts';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { planForBatch } from './harness/generatedPlan.ts';
import { InvariantViolation } from './harness/outcome.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';
import { rehearseWithOracle } from './rehearsalReadyImpliesRestored.ts';

/** What a valid generated batch may be BLOCKED with: it changed nothing, or no script can be written for a table it changed. */
const EXPLAINED: readonly RehearsalCode[] = ['ROLLBACK_APPLY_DID_NOT_MUTATE', 'RESTORE_SCRIPT_UNAVAILABLE'];

const SENTENCE =
  'The restore script a READY rehearsal holds brings the committed state back to the before state (a full dump of every table and sequence by plain SQL), and a valid batch is never BLOCKED by a script that did not restore or did not abort.';

/**
 * The restore script, checked by the independent oracle: the plain-SQL dump the clone holds after
 * the script equals the dump before the change, and the dump after the change (applied again)
 * differs from it; a script that failed, restored wrongly or did not abort with a row moved is a
 * failure whatever the engine's own proof said.
 */
export const restoreScriptRestoresBefore: SuiteProperty<StateAndBatch> = {
  id: 'restore-script.restores-before',
  sentence: SENTENCE,
  cost: 'rehearsal',
  ...stateAndBatchCases,
  explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch, { modes: ['snapshot'] }),
  check: async ({ state, batch }, { engine, target }) => {
    if (batch.failsMidway) return true;
    const generated = planForBatch(engine, target!, state, batch, { modes: ['snapshot'] });
    try {
      const { result, at } = await rehearseWithOracle(engine, target!, generated.plan);
      const rx4 = result.steps.find((s) => s.id === 'RX-4')!;
      const unexplained = rx4.codes.filter((c) => !EXPLAINED.includes(c));
      if (unexplained.some((c) => c.startsWith('RESTORE_SCRIPT_')))
        throw new InvariantViolation(
          SENTENCE,
          `RX-4 ${unexplained.join(', ')}: ${JSON.stringify(rx4.details.restore_script ?? rx4.details).slice(0, 600)}`,
        );
      if (result.status !== 'REHEARSAL_ROLLBACK_READY' || result.restoreScript === null) return true;
      const before = at('before');
      const committed = at('restore_script_after_commit');
      const restored = at('restore_script_after');
      if (before === undefined || committed === undefined || restored === undefined)
        throw new InvariantViolation(SENTENCE, 'a READY rehearsal with a restore script but no capture of its proof');
      if (committed === before)
        throw new InvariantViolation(SENTENCE, 'the change applied again left the dump as it was: the script proved nothing');
      if (restored !== before)
        throw new InvariantViolation(SENTENCE, `after the script the dump differs from before:\n${restored}\n---\n${before}`);
      return true;
    } finally {
      generated.remove();
    }
  },
};
