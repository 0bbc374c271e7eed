import fc from 'fast-check';
import { domainOf, orderCaseSchema } from '../generators/domains.ts';
import { beforeState, type BeforeStateModel } from '../generators/beforeState.ts';
import { insertSql, quoteIdent, renderState } from '../generators/render.ts';
import { dialectOf } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import type { ScratchPool } from './harness/scratch.ts';

/** Serial columns draw new values on re-insert, which is a real change: left out here. */
const withoutSerials = beforeState.map((s): BeforeStateModel => ({ ...s, tables: s.tables.map((t) => ({ ...t, serial: false })) }));

/** The same rows stored in another physical order capture identically. */
export function captureOrderIndependent(pool: ScratchPool): SuiteProperty<{ state: BeforeStateModel; seed: number }> {
  return {
    id: 'capture.order-independent',
    sentence: 'The same rows stored in another physical order capture identically.',
    cost: 'database',
    arbitrary: () => fc.record({ state: withoutSerials, seed: fc.nat() }),
    domain: domainOf(orderCaseSchema),
    check: ({ state, seed }, { engine, target }) =>
      pool.withScratch(async (scratch) => {
        const dialect = dialectOf(target!);
        await scratch.exec(renderState(state, dialect));
        const first = await scratch.capture(engine.captureFingerprint);
        for (const table of state.tables) {
          if (table.rows.length === 0) continue;
          // A deterministic shuffle of the rows.
          const shuffled = [...table.rows]
            .map((r, i) => ({ r, k: (i * 2654435761 + seed) % 4294967296 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          await scratch.exec(`DELETE FROM ${quoteIdent(table.name)}; ${insertSql(table, shuffled, dialect)}`);
        }
        const second = await scratch.capture(engine.captureFingerprint);
        return first.top_hash === second.top_hash;
      }),
  };
}
