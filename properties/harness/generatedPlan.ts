/** Writes a generated before-state and batch as a real plan on disk, as `rehearse run` would read it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';
import { memoryTmpdir } from './memoryTmp.ts';
import { join } from 'node:path';
import type { Batch } from '../../generators/applyBatch.ts';
import { renderBatch, statementParts } from '../../generators/applyBatch.ts';
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
  // The case holds the directory until `remove`: its three files are written over whatever the last case left.
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
  const file = join(dir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    putBack(dir);
  };
  return { plan: engine.parsePlan(file, Buffer.from(JSON.stringify(plan))), dir, remove };
}

/**
 * Justifies every UPDATE, DELETE, upsert and write to a view of a generated batch by its position in the
 * rendered SQL (an object's action may be two statements), as an owner would.
 */
export function justificationsFor(
  state: BeforeStateModel,
  batch: Batch,
  dialect: Dialect,
): ({ statement: number; kind: string; reason: string } & Record<string, unknown>)[] {
  const parts = batch.statements.flatMap((s) => statementParts(state, s, dialect));
  return parts.flatMap((part, i) => part.needs.map((need) => ({ statement: i + 1, ...need, reason: 'generated' })));
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
  return writeGeneratedPlan(engine, state, applySqlFor(state, batch, dialect), dialect, {
    policy: { allow: ['INSERT'], justified: justificationsFor(state, batch, dialect) },
    ...extra,
  });
}

export function applySqlFor(state: BeforeStateModel, batch: Batch, dialect: Dialect): string {
  return `${renderBatch(state, batch, dialect)}\n`;
}
