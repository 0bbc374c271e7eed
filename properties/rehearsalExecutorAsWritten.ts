import fc from 'fast-check';
import { domainOf, executorCaseSchema } from '../generators/domains.ts';
import { dialectOf, renderedBatch, writeGeneratedPlan } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatch, type StateAndBatch } from './harness/stateAndBatch.ts';

/** A generated batch and the envelope it is wrapped in (generators/domains.ts, executorCaseSchema). */
export interface ExecutorCase {
  readonly sb: StateAndBatch;
  readonly stopsOnError: boolean;
  readonly begin: number;
  readonly ending: number;
  readonly chatty: boolean;
}

/** The batch wrapped as production runs it: psql (sqlite3) told to stop on the first error (sqlite3 to enforce foreign keys), one transaction. */
export function wrapAsExecutor(batch: string, dialect: 'postgres' | 'sqlite', c: Omit<ExecutorCase, 'sb'>): string {
  const psql = dialect === 'postgres';
  return [
    ...(c.chatty ? ['-- the executor production runs', psql ? '\\echo applying the change' : '.print applying the change'] : []),
    ...(c.stopsOnError ? [psql ? '\\set ON_ERROR_STOP on' : '.bail on'] : []),
    // sqlite3 starts with foreign keys off; the clone, like a production that means them, has them on.
    ...(psql ? [] : ['PRAGMA foreign_keys = ON;']),
    c.begin === 0 ? 'BEGIN;' : psql ? 'START TRANSACTION;' : 'BEGIN IMMEDIATE;',
    ...(c.chatty ? ['-- the batch'] : []),
    batch.trimEnd(),
    c.ending === 0 ? 'COMMIT;' : 'END;',
    '',
  ].join('\n');
}

/**
 * The executor is the batch: wrapped in the envelope production runs (ON_ERROR_STOP, one
 * transaction, quiet client commands), a generated batch rehearses exactly as the plain batch
 * does — the same status and codes — and without the line that stops it on the first error it is
 * BLOCKED with EXECUTOR_ON_ERROR_STOP_MISSING, whatever the batch.
 */
export const rehearsalExecutorAsWritten: SuiteProperty<ExecutorCase> = {
  id: 'rehearsal.executor-as-written',
  sentence:
    'A batch wrapped as a psql (sqlite3) executor rehearses as the plain batch does, and without ON_ERROR_STOP (.bail on) is BLOCKED with EXECUTOR_ON_ERROR_STOP_MISSING.',
  cost: 'rehearsal',
  arbitrary: () =>
    fc.record({
      sb: stateAndBatch,
      stopsOnError: fc.boolean(),
      begin: fc.integer({ min: 0, max: 1 }),
      ending: fc.integer({ min: 0, max: 1 }),
      chatty: fc.boolean(),
    }),
  domain: domainOf(executorCaseSchema),
  check: async ({ sb: { state, batch }, ...envelope }, { engine, target }) => {
    const dialect = dialectOf(target!);
    const { sql, justified } = renderedBatch(state, batch, dialect);
    const extra = { policy: { allow: ['INSERT'], justified } };
    const rehearse = async (applySql: string) => {
      const generated = writeGeneratedPlan(engine, state, applySql, dialect, extra);
      try {
        return await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
      } finally {
        generated.remove();
      }
    };
    const executor = await rehearse(wrapAsExecutor(sql, dialect, envelope));
    if (!envelope.stopsOnError) return executor.status === 'REHEARSAL_BLOCKED' && executor.codes.includes('EXECUTOR_ON_ERROR_STOP_MISSING');
    const plain = await rehearse(sql);
    return executor.status === plain.status && JSON.stringify([...executor.codes].sort()) === JSON.stringify([...plain.codes].sort());
  },
};
