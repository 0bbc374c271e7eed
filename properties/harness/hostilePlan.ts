/** Writes a hostile case (generators/hostile.ts) as a plan, and runs it as `rehearse run` would, whatever it ends with. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHostile, renderSqliteHostile, type HostileCase, type RenderedHostile } from '../../generators/hostile.ts';
import { CloneSourceError, PlanError, type RehearsalResult, type RunOptions, type Target } from '../../src/index.ts';
import { sha256Hex } from '../../src/suite.ts';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';
import type { EngineApi } from './engineApi.ts';

/** How a hostile case ended: a result, or the clone source refused before the rehearsal (exit 2). */
export type HostileOutcome = { readonly result: RehearsalResult } | { readonly refused: string };

export function renderFor(target: Target, c: HostileCase, dir: string): RenderedHostile {
  return target.kind === 'sqlite' ? renderSqliteHostile(c, dir) : renderHostile(c, dir);
}

export async function runHostile(
  engine: EngineApi,
  target: Target,
  c: HostileCase,
  rendered: RenderedHostile,
  inspect?: RunOptions['inspect'],
): Promise<HostileOutcome> {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-hostile-'));
  try {
    writeFileSync(join(work, 'before.sql'), rendered.source);
    writeFileSync(join(work, 'apply.sql'), rendered.apply);
    const plan = {
      format: 'rehearsal-plan/v1',
      clone_from: { sql: 'before.sql' },
      apply: { file: 'apply.sql', sha256: sha256Hex(rendered.apply) },
      policy: {
        allow: ['INSERT'],
        justified: rendered.functions
          .filter((f) => f.named)
          .map((f) => ({ statement: f.statement, kind: 'FUNCTION', function: f.name, reason: 'the case names it' })),
      },
      modes: [c.mode],
    };
    const file = join(work, 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const parsed = engine.parsePlan(file, Buffer.from(JSON.stringify(plan)));
    try {
      const result = await engine.runRehearsal(parsed, target, {
        parts: engine.parts,
        progress: () => {},
        onClone: () => {},
        ...(inspect ? { inspect } : {}),
      });
      return { result };
    } catch (error) {
      // A clone source refused as it loads is an outcome; anything else is the engine's failure.
      if (error instanceof CloneSourceError || error instanceof PlanError) return { refused: (error as Error).message };
      throw error;
    }
  } finally {
    removeScratchDir(work);
  }
}
