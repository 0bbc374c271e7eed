import fc from 'fast-check';
import { domainOf, sideEffectCaseSchema } from '../generators/domains.ts';
import { sideEffectStatements } from '../generators/effects.ts';
import { quoteIdent } from '../generators/render.ts';
import { dialectOf, renderedBatch, writeGeneratedPlan } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatch, type StateAndBatch } from './harness/stateAndBatch.ts';

/** A batch with any non-transactional or disguised effect is BLOCKED with BOUNDARY_VIOLATION before anything is applied. */
export const rehearsalSideEffectsBlock: SuiteProperty<{ sb: StateAndBatch; effect: number; first: boolean }> = {
  id: 'rehearsal.side-effects-block',
  sentence: 'A batch with any non-transactional or disguised effect is BLOCKED with BOUNDARY_VIOLATION before anything is applied.',
  cost: 'rehearsal',
  arbitrary: () => fc.record({ sb: stateAndBatch, effect: fc.nat({ max: sideEffectStatements('t').length - 1 }), first: fc.boolean() }),
  domain: domainOf(sideEffectCaseSchema),
  check: async ({ sb: { state, batch }, effect, first }, { engine, target }) => {
    const dialect = dialectOf(target!);
    const sideEffect = sideEffectStatements(quoteIdent(state.tables[0]!.name))[effect]!;
    const { sql: body, justified } = renderedBatch(state, batch, dialect);
    const generated = writeGeneratedPlan(engine, state, first ? `${sideEffect}\n${body}` : `${body}${sideEffect}\n`, dialect, {
      policy: { allow: ['INSERT'], justified: first ? [] : justified },
    });
    try {
      const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
      return (
        result.status === 'REHEARSAL_BLOCKED' &&
        result.codes.includes('BOUNDARY_VIOLATION') &&
        result.steps.slice(3).every((s) => s.status === 'NOT_RUN')
      );
    } finally {
      generated.remove();
    }
  },
};
