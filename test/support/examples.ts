import { readFileSync } from 'node:fs';
import { parsePlan, type RehearsalPlan } from '../../src/plan/parsePlan.ts';

/** One of the plans in examples/, loaded as `rehearse run` loads it. */
export function loadExample(name: string): RehearsalPlan {
  const file = `examples/${name}/plan.json`;
  return parsePlan(file, readFileSync(file));
}
