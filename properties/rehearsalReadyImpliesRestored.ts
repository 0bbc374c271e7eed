import type { Clone, Session, StateReader, Target } from '../src/index.ts';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { planForBatch } from './harness/generatedPlan.ts';
import type { EngineApi } from './harness/engineApi.ts';
import { withClones } from './harness/withClones.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';

/**
 * The independent oracle: every table and sequence dumped in full, ordered, value by value, by
 * plain SQL of its own — not the engine's capture or hashes.
 */
async function fullDump(session: Session, postgres: boolean): Promise<string> {
  const tables = postgres
    ? await session.query<{ q: string }>(`SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`)
    : await session.query<{ q: string }>(
        `SELECT '"' || replace(name, '"', '""') || '"' AS q FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1`,
      );
  const out: string[] = [];
  for (const { q } of tables) {
    const rows = postgres
      ? await session.query<{ r: string }>(`SELECT t::text AS r FROM ${q} AS t ORDER BY 1`)
      : await session.query<Record<string, unknown>>(`SELECT * FROM ${q}`);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : v))).sort();
    out.push(`${q}: ${lines.join('|')}`);
  }
  if (postgres) {
    const sequences = await session.query<{ q: string }>(`SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' ORDER BY 1`);
    for (const { q } of sequences) out.push(`${q}: ${JSON.stringify(await session.query(`SELECT last_value::text, is_called FROM ${q}`))}`);
  } else {
    const hasSequences = (await session.query(`SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'`)).length > 0;
    if (hasSequences)
      out.push(
        `sqlite_sequence: ${JSON.stringify(await session.query('SELECT name, seq FROM sqlite_sequence ORDER BY name'), (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`,
      );
  }
  return out.join('\n');
}

/** Runs a rehearsal while the oracle dumps the clone at the first and the last capture. */
async function rehearseWithOracle(engine: EngineApi, target: Target, plan: Parameters<EngineApi['runRehearsal']>[0]) {
  let clone: Clone | null = null;
  const watched = withClones(target, (made) => (clone = made));
  const dumps: string[] = [];
  const capture = async (state: StateReader, scope?: Parameters<EngineApi['captureFingerprint']>[1]) => {
    if (clone && state === clone.state) dumps.push(await fullDump(clone.session, target.kind !== 'sqlite'));
    return engine.parts.captureFingerprint(state, scope);
  };
  const result = await engine.runRehearsal(plan, watched, {
    parts: { ...engine.parts, captureFingerprint: capture },
    progress: () => {},
    onClone: () => {},
  });
  return { result, dumps };
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
