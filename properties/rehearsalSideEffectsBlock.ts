import fc from 'fast-check';
import { quoteIdent } from '../generators/render.ts';
import { applySqlFor, dialectOf, justificationsFor, writeGeneratedPlan } from './generatedPlan.ts';
import type { SuiteProperty } from './property.ts';
import { stateAndBatch, type StateAndBatch } from './stateAndBatch.ts';

/** Non-transactional and disguised effects, each of which must block the rehearsal. */
const EFFECTS = (table: string) => [
  "SELECT setval('some_seq', 10);", "SELECT nextval('some_seq');", 'SELECT pg_advisory_lock(11);', 'COMMIT;', 'SAVEPOINT s1;',
  'RELEASE SAVEPOINT s1;', "PREPARE TRANSACTION 'p1';", `WITH gone AS (DELETE FROM ${table} RETURNING *) SELECT count(*) FROM gone;`,
  `EXPLAIN ANALYZE DELETE FROM ${table};`, `/* read only */ SELECT 1; DELETE FROM ${table};`, `SELECT $q$ harmless $q$; TRUNCATE ${table};`,
];

/** A batch with any non-transactional or disguised effect is BLOCKED with BOUNDARY_VIOLATION before anything is applied. */
export const rehearsalSideEffectsBlock: SuiteProperty<{ sb: StateAndBatch; effect: number; first: boolean }> = {
  id: 'rehearsal.side-effects-block',
  sentence: 'A batch with any non-transactional or disguised effect is BLOCKED with BOUNDARY_VIOLATION before anything is applied.',
  cost: 'rehearsal',
  arbitrary: () => fc.record({ sb: stateAndBatch, effect: fc.nat({ max: EFFECTS('t').length - 1 }), first: fc.boolean() }),
  check: async ({ sb: { state, batch }, effect, first }, { engine, target }) => {
    const dialect = dialectOf(target!);
    const sideEffect = EFFECTS(quoteIdent(state.tables[0]!.name))[effect]!;
    const body = applySqlFor(state, batch, dialect);
    const generated = writeGeneratedPlan(engine, state, first ? `${sideEffect}\n${body}` : `${body}${sideEffect}\n`, dialect,
      { policy: { allow: ['INSERT'], justified: first ? [] : justificationsFor(batch) } });
    try {
      const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
      return result.status === 'REHEARSAL_BLOCKED' && result.codes.includes('BOUNDARY_VIOLATION')
        && result.steps.slice(3).every((s) => s.status === 'NOT_RUN');
    } finally {
      generated.remove();
    }
  },
};
