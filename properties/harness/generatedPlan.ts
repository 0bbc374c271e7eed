/** Writes a generated before-state and batch as a real plan's files on disk, and reads the plan as `rehearse run` reads plan.json. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';
import { memoryTmpdir } from './memoryTmp.ts';
import { join } from 'node:path';
import type { Batch } from '../../generators/applyBatch.ts';
import { statementParts } from '../../generators/applyBatch.ts';
import type { BeforeStateModel } from '../../generators/beforeState.ts';
import { renderState, type Dialect } from '../../generators/render.ts';
import { sha256Hex } from '../../src/suite.ts';
import type { RehearsalPlan, Target } from '../../src/index.ts';
import type { EngineApi } from './engineApi.ts';

export const dialectOf = (target: Target): Dialect => (target.kind === 'sqlite' ? 'sqlite' : 'postgres');

export interface GeneratedPlan {
  readonly plan: RehearsalPlan;
  readonly dir: string;
  remove(): void;
}

/** Plan directories no case holds now: the next case writes its files over the last one's (a directory made and removed per case was a tenth of a SQLite case). */
const idle: string[] = [];
/** Every directory this process made, removed when it exits. */
const made = new Set<string>();
const IDLE_DIRS = 4;
let removedAtExit = false;

function planDir(): string {
  const kept = idle.pop();
  if (kept !== undefined) return kept;
  if (!removedAtExit) {
    removedAtExit = true;
    process.once('exit', () => {
      for (const dir of made) removeScratchDir(dir);
    });
  }
  const dir = mkdtempSync(join(memoryTmpdir(), 'rehearse-property-'));
  made.add(dir);
  return dir;
}

function putBack(dir: string): void {
  if (idle.length < IDLE_DIRS) return void idle.push(dir);
  made.delete(dir);
  removeScratchDir(dir);
}

export function writeGeneratedPlan(
  engine: EngineApi,
  state: BeforeStateModel,
  applySql: string,
  dialect: Dialect,
  extra: Record<string, unknown> = {},
): GeneratedPlan {
  // The case holds the directory until `remove`: its two files are written over whatever the last case left. The plan is
  // read as `rehearse run` reads plan.json once its text is parsed (a value built here passes the text's checks by
  // construction: no duplicate key, shallow); nothing reads it from the directory, so it is not written there.
  const dir = planDir();
  writeFileSync(join(dir, 'before.sql'), renderState(state, dialect));
  writeFileSync(join(dir, 'apply.sql'), applySql);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: 'before.sql' },
    apply: { file: 'apply.sql', sha256: sha256Hex(applySql) },
    policy: { allow: ['INSERT'], justified: [] as unknown[] },
    ...extra,
  };
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    putBack(dir);
  };
  // Through JSON as the file would hold it: the value the text's parse would give.
  return { plan: engine.parsePlanValue(join(dir, 'plan.json'), JSON.parse(JSON.stringify(plan))), dir, remove };
}

type Justified = { statement: number; kind: string; reason: string } & Record<string, unknown>;

/**
 * A generated batch as the plan's apply file holds it, and what an owner justifies in it: every
 * UPDATE, DELETE, upsert and write to a view, by its position in the rendered SQL (an object's
 * action may be two statements). One rendering gives both (a large value is written once).
 */
export function renderedBatch(state: BeforeStateModel, batch: Batch, dialect: Dialect): { sql: string; justified: Justified[] } {
  const parts = batch.statements.flatMap((s) => statementParts(state, s, dialect));
  return {
    sql: `${parts.map((p) => p.sql).join('\n')}\n`,
    justified: parts.flatMap((part, i) => part.needs.map((need) => ({ statement: i + 1, ...need, reason: 'generated' }))),
  };
}

/** The plan an owner would write for a generated batch: every UPDATE, DELETE and upsert justified. */
export function planForBatch(
  engine: EngineApi,
  target: Target,
  state: BeforeStateModel,
  batch: Batch,
  extra: Record<string, unknown> = {},
): GeneratedPlan {
  const dialect = dialectOf(target);
  const { sql, justified } = renderedBatch(state, batch, dialect);
  return writeGeneratedPlan(engine, state, sql, dialect, { policy: { allow: ['INSERT'], justified }, ...extra });
}

/** A generated batch as the plan's apply file holds it (renderedBatch). */
export function applySqlFor(state: BeforeStateModel, batch: Batch, dialect: Dialect): string {
  return renderedBatch(state, batch, dialect).sql;
}
