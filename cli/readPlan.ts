/** A plan file named on the command line: read within its size limit and parsed; any problem is one line of bad input (exit 2). */
import { parsePlan, type RehearsalPlan } from '../src/plan/parsePlan.ts';
import { PlanError } from '../src/plan/planError.ts';
import { UsageError } from './output.ts';
import { readLimited } from './readLimited.ts';

export async function readPlanArgument(planFile: string): Promise<RehearsalPlan> {
  const read = await readLimited(planFile, 4 * 1024 * 1024);
  if (!read.ok) throw new UsageError(read.reason);
  try {
    return parsePlan(planFile, read.bytes);
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  }
}
