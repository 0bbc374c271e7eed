/** A clone of a plan's source: the source checked before anything runs, and the clone made and loaded as RX-0 makes one. */
import { statSync } from 'node:fs';
import type { RehearsalPlan } from '../plan/parsePlan.ts';
import type { CloneSkip } from '../source/cloneSkips.ts';
import { checkCloneSourceFiles, checkExtensions, type CheckedSource } from '../source/cloneSource.ts';
import { CloneSourceError } from '../source/cloneSourceError.ts';
import { loadParser } from '../sql/parser.ts';
import type { Clone, CloneOptions, Target } from '../targets/target.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { defined } from '../util/defined.ts';

/** How a clone of the plan's source is made: from a template database, a copy of a SQLite file, or empty with the source's extensions. */
export function cloneOptions(plan: RehearsalPlan, source: PlanSource | null): CloneOptions {
  return plan.cloneFrom.kind === 'template_database'
    ? { templateDatabase: plan.cloneFrom.name }
    : plan.cloneFrom.kind === 'sqlite_file'
      ? { sqliteFile: plan.cloneFrom.path }
      : { extensions: [...new Set([...(source?.checked.extensions.map((e) => e.name) ?? []), ...(source?.extensions ?? [])])] };
}

/**
 * A clone of the plan's source, made and loaded as RX-0 makes one, for a caller that rehearses
 * many before-states on it (`rehearse fuzz --plan`). A source that acts beyond the clone is
 * refused (a `CloneSourceError`), as in RX-0.
 */
export async function cloneOfPlanSource(plan: RehearsalPlan, target: Target, progress: (line: string) => void): Promise<Clone> {
  const source = await checkPlanSource(plan, target, progress);
  const clone = await target.createClone(cloneOptions(plan, source));
  try {
    if (source) {
      progress('loading the clone source');
      await clone.loadSource(source.checked, source.skip, source.extensions);
    }
    return clone;
  } catch (error) {
    await bestEffort('dropping the clone', () => clone.dispose());
    throw error;
  }
}

/**
 * A SQL clone source checked before anything runs: every statement classified, what acts beyond
 * the clone refused (a `CloneSourceError`: exit 2), and its extensions available on the target.
 */
export async function checkPlanSource(plan: RehearsalPlan, target: Target, progress: (line: string) => void): Promise<PlanSource | null> {
  if (plan.cloneFrom.kind !== 'sql') return null;
  progress('RX-0 isolation lock: checking the clone source');
  await loadParser();
  const { paths, skip, extensions } = plan.cloneFrom;
  const bytes = paths.reduce((sum, file) => sum + statSync(file).size, 0);
  const tooLarge = target.sourceSizeProblem?.(bytes) ?? null;
  if (tooLarge !== null) throw new CloneSourceError(defined(paths[0], 'clone_from.sql'), null, tooLarge);
  // Read as streams, never whole: a source larger than memory checks and loads (a small one is held from its check to its load).
  const checked = checkCloneSourceFiles(
    paths.map((file) => ({ file })),
    target.capabilities.dialect,
    skip,
  );
  const wanted = [...new Set([...checked.extensions.map((e) => e.name), ...extensions])];
  checkExtensions(checked, await target.missingExtensions(wanted), target.id);
  return { checked, skip, extensions };
}

/** A checked SQL clone source and how the plan loads it. */
export interface PlanSource {
  readonly checked: CheckedSource;
  readonly skip: readonly CloneSkip[];
  readonly extensions: readonly string[];
}
