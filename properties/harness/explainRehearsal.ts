/**
 * What replay prints for a generated rehearsal: each step's status and codes, and wherever a
 * restoration did not bring the before-state back, a unified diff of the differing rows,
 * sequences and schema objects — read from the live clone against a fresh clone of the
 * before-state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Batch } from '../../generators/applyBatch.ts';
import type { BeforeStateModel } from '../../generators/beforeState.ts';
import { describeStateDifference, loadCloneSourceText } from '../../src/suite.ts';
import type { Target } from '../../src/index.ts';
import type { EngineApi } from './engineApi.ts';
import { planForBatch } from './generatedPlan.ts';

export async function explainRehearsal(
  engine: EngineApi,
  target: Target,
  state: BeforeStateModel,
  batch: Batch,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const generated = planForBatch(engine, target, state, batch, extra);
  const diffs: string[] = [];
  try {
    const result = await engine.runRehearsal(generated.plan, target, {
      parts: engine.parts,
      progress: () => {},
      onClone: () => {},
      inspect: async (moment, clone, before, after) => {
        // What a batch writes is meant to differ: only a restoration that did not restore is shown.
        if (moment === 'txn_after_apply' || before.top_hash === after.top_hash) return;
        const reference = await target.createClone();
        try {
          await loadCloneSourceText(reference, readFileSync(join(generated.dir, 'before.sql'), 'utf8'), 'before.sql');
          const difference = await describeStateDifference(
            { state: reference.state, fingerprint: before },
            { state: clone.state, fingerprint: after },
            generated.plan.scope,
          );
          diffs.push(`${moment} differs from the before-state:\n${difference}`);
        } finally {
          await reference.dispose();
        }
      },
    });
    // A separator before the status: "RX-0 PASS" would read as a seal-like token (docs/formats.md, seal-like tokens).
    const steps = result.steps.map((s) => `  ${s.id} | ${s.status}${s.codes.length ? ` | ${s.codes.join(', ')}` : ''}`);
    const applyError = result.steps.map((s) => s.details.apply_error).find((e) => e !== undefined);
    return [
      `rehearsal: ${result.status}${result.codes.length ? ` (${result.codes.join(', ')})` : ''}`,
      ...steps,
      ...(applyError === undefined ? [] : [`  apply error: ${String(applyError)}`]),
      `apply batch:\n${readFileSync(join(generated.dir, 'apply.sql'), 'utf8').trimEnd().replace(/^/gm, '  ')}`,
      ...diffs,
    ].join('\n');
  } finally {
    generated.remove();
  }
}
