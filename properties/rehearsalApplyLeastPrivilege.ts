import { domainOf, stateAndBatchSchema } from '../generators/domains.ts';
import { dialectOf, renderedBatch, writeGeneratedPlan } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatch, type StateAndBatch } from './harness/stateAndBatch.ts';

/** A read that fails (division by zero) when the batch runs with a superuser's power. */
export const FAILS_AS_SUPERUSER =
  "SELECT 1 / CASE WHEN pg_catalog.current_setting('is_superuser') = 'on' THEN 0 ELSE 1 END AS not_superuser;\n";

/** On Postgres-family targets the apply batch never runs with a superuser's power. */
export const rehearsalApplyLeastPrivilege: SuiteProperty<StateAndBatch> = {
  id: 'rehearsal.apply-least-privilege',
  sentence: 'On a Postgres-family target the apply batch runs under a role that is not a superuser.',
  cost: 'rehearsal',
  arbitrary: () => stateAndBatch,
  domain: domainOf(stateAndBatchSchema),
  check: async ({ state, batch }, { engine, target }) => {
    const dialect = dialectOf(target!);
    const probe = dialect === 'sqlite' ? '' : FAILS_AS_SUPERUSER;
    const { sql, justified } = renderedBatch(state, batch, dialect);
    const generated = writeGeneratedPlan(
      engine,
      state,
      `${probe}${sql}`,
      dialect,
      // One mode is enough: the role is switched to the same way in both.
      {
        modes: ['txn'],
        policy: {
          allow: ['INSERT'],
          justified: justified.map((j) => ({ ...j, statement: j.statement + (probe ? 1 : 0) })),
        },
      },
    );
    try {
      const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
      // The probe ran (RX-2 passed) and nowhere divided by zero.
      return result.steps[2]!.status === 'PASS' && !JSON.stringify(result.steps).includes('division by zero');
    } finally {
      generated.remove();
    }
  },
};
