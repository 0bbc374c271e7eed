/**
 * `rehearse bench plan-fuzz [PLAN]`: cases per second of `rehearse fuzz --plan` against the
 * generic `rollback.txn-restores-before` property, on states of the same size, case by case in
 * turn in one run (machine noise falls on both; the ratio is what counts). Both rehearse in txn
 * mode only — the property's mode — so the ratio compares the same engine work; the plan's own
 * modes are timed too and reported beside it. The plan's states are drawn with as many rows per
 * table as makes their mean size that of the property's states.
 */
import fc from 'fast-check';
import { buildState, stateRecipe } from '../generators/planState.ts';
import { realEngine } from '../properties/harness/engineApi.ts';
import type { StateAndBatch } from '../properties/harness/stateAndBatch.ts';
import { openWorkbench } from '../properties/planFuzz/planFuzz.ts';
import type { PlanWorkbench } from '../properties/planFuzz/workbench.ts';
import { PROPERTY_REGISTRY } from '../properties/registry.ts';
import type { RehearsalPlan } from '../src/plan/parsePlan.ts';
import { readPlanArgument } from '../cli/readPlan.ts';
import { stateRows, type DataState } from '../src/schema/schemaModel.ts';
import { resolveTarget } from '../src/index.ts';
import type { Output } from '../cli/output.ts';

const PROPERTY = 'rollback.txn-restores-before';

export interface PlanFuzzBenchResult {
  readonly target: string;
  readonly cases: number;
  readonly propertyRows: number;
  readonly planRows: number;
  readonly propertyCasesPerSecond: number;
  readonly planTxnCasesPerSecond: number;
  readonly planOwnModesCasesPerSecond: number;
  /** property rate / plan rate (txn mode both): 2.0 means the plan fuzz runs at half the property's speed. */
  readonly ratio: number;
}

function propertyCases(count: number, seed: number): StateAndBatch[] {
  const { property } = PROPERTY_REGISTRY[PROPERTY]!(null);
  return (fc.sample(property.arbitrary({ engine: realEngine, target: null }), { numRuns: count * 3, seed }) as StateAndBatch[])
    .filter((c) => !c.batch.failsMidway)
    .slice(0, count);
}

const propertyStateRows = (c: StateAndBatch) => c.state.tables.reduce((n, t) => n + t.rows.length, 0);

/** Drawn states of the plan's schema, one per property case, each as near that case's row count as a pool of draws allows. */
function planStates(workbench: PlanWorkbench, sizes: readonly number[], seed: number): DataState[] {
  const pool: DataState[] = [];
  for (let perTable = 1; perTable <= 8; perTable++) {
    const recipe = stateRecipe(workbench.model, { maxRowsPerTable: perTable });
    for (const r of fc.sample(recipe, { numRuns: sizes.length * 2, seed: seed + perTable }))
      pool.push(buildState(workbench.model, workbench.samples, r).state);
  }
  return sizes.map((rows) => {
    let best = 0;
    for (let i = 1; i < pool.length; i++) if (Math.abs(stateRows(pool[i]!) - rows) < Math.abs(stateRows(pool[best]!) - rows)) best = i;
    return pool.splice(best, 1)[0]!;
  });
}

async function benchTarget(output: Output, spec: string, plan: RehearsalPlan, count: number, seed: number): Promise<PlanFuzzBenchResult> {
  const target = resolveTarget(spec, { reuseClones: true });
  const { property } = PROPERTY_REGISTRY[PROPERTY]!(null);
  const txnPlan: RehearsalPlan = { ...plan, modes: ['txn'] };
  const workbenches = {
    txn: await openWorkbench(txnPlan, target, { expectBlocked: [], samplePerTable: 30, progress: () => {} }),
    own: await openWorkbench(plan, target, { expectBlocked: [], samplePerTable: 30, progress: () => {} }),
  };
  try {
    const generic = propertyCases(count, seed);
    const meanRows = generic.reduce((n, c) => n + propertyStateRows(c), 0) / generic.length;
    const states = planStates(workbenches.txn, generic.map(propertyStateRows), seed);
    // Warm both (parser, first clone, first capture).
    await property.check(generic[0]!, { engine: realEngine, target });
    await workbenches.txn.rehearse(states[0]!);
    const ms = { property: 0, txn: 0, own: 0 };
    let planRows = 0;
    for (let i = 0; i < count; i++) {
      const order = (['property', 'txn', 'own'] as const).map((_, k, all) => all[(k + i) % 3]!);
      for (const which of order) {
        const began = performance.now();
        if (which === 'property') await property.check(generic[i]!, { engine: realEngine, target });
        else {
          const { loaded } = await workbenches[which].rehearse(states[i]!);
          if (which === 'txn') planRows += stateRows(loaded);
        }
        ms[which] += performance.now() - began;
      }
      if ((i + 1) % 10 === 0) output.err(`bench plan-fuzz: ${target.id}: ${i + 1}/${count} cases`);
    }
    const rate = (t: number) => count / (t / 1000);
    return {
      target: target.id,
      cases: count,
      propertyRows: meanRows,
      planRows: planRows / count,
      propertyCasesPerSecond: rate(ms.property),
      planTxnCasesPerSecond: rate(ms.txn),
      planOwnModesCasesPerSecond: rate(ms.own),
      ratio: rate(ms.property) / rate(ms.txn),
    };
  } finally {
    await workbenches.txn.close();
    await workbenches.own.close();
    await target.close();
  }
}

export async function benchPlanFuzz(
  output: Output,
  planPath: string,
  options: { cases: number; seed: number; targets: readonly string[] },
): Promise<PlanFuzzBenchResult[]> {
  const plan = await readPlanArgument(planPath);
  const results: PlanFuzzBenchResult[] = [];
  for (const spec of options.targets) results.push(await benchTarget(output, spec, plan, options.cases, options.seed));
  output.out(`plan fuzz against ${PROPERTY}, ${options.cases} cases each in turn (seed ${options.seed}), ${planPath}`);
  output.out('target       rows/state (property, plan)   property cases/s   plan cases/s (txn)   ratio   plan cases/s (its own modes)');
  for (const r of results)
    output.out(
      `${r.target.padEnd(12)} ${`${r.propertyRows.toFixed(1)}, ${r.planRows.toFixed(1)}`.padStart(28)}   ${r.propertyCasesPerSecond.toFixed(2).padStart(16)}   ${r.planTxnCasesPerSecond.toFixed(2).padStart(18)}   ${r.ratio.toFixed(2).padStart(5)}   ${r.planOwnModesCasesPerSecond.toFixed(2).padStart(10)}`,
    );
  return results;
}
