import { afterAll, describe, expect, it } from 'vitest';
import { compareFingerprints } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';
import { ScratchPool } from '../../properties/harness/scratch.ts';
import { HARD_CASES } from './hardCases.ts';

describeEachTarget('capture hard cases', (target) => {
  // One shared clone for every case: it starts with every extension a case creates.
  const pool = new ScratchPool(target, { extensions: [...new Set(HARD_CASES.flatMap((c) => c.extensions ?? []))] });
  afterAll(() => pool.close());

  for (const hardCase of HARD_CASES) {
    it(hardCase.name, async (context) => {
      const sql = target().kind === 'sqlite' ? hardCase.sqlite : hardCase.postgres;
      if ('notApplicable' in sql) {
        context.skip(`not applicable: ${sql.notApplicable}`);
        return;
      }
      await pool.withScratch(async (scratch) => {
        await scratch.exec(sql.setup);
        const before = await scratch.capture();
        const unqualified = (id: string) => id.split('.').at(-1)!;
        if (sql.rows) {
          const counted = Object.fromEntries(Object.entries(before.tables).map(([id, t]) => [unqualified(id), t.rows]));
          expect(counted).toEqual(sql.rows);
        }
        expect((await scratch.capture()).top_hash).toBe(before.top_hash);
        await scratch.exec(sql.change);
        const after = await scratch.capture();
        const diff = compareFingerprints(before, after);
        if (sql.expect === 'equal') {
          expect(diff.equal).toBe(true);
          expect(after.top_hash).toBe(before.top_hash);
          return;
        }
        expect(diff.equal).toBe(false);
        expect(after.top_hash).not.toBe(before.top_hash);
        if (sql.names === 'table' && sql.tables) expect(diff.tables.map((t) => unqualified(t.id)).sort()).toEqual([...sql.tables].sort());
        else if (sql.names === 'table') expect(diff.tables.map((t) => t.id).join()).toMatch(/\bt$/);
        if (sql.names === 'sequence') expect(diff.sequences.length).toBeGreaterThan(0);
        if (sql.names === 'schema') expect(diff.schemaObjects.length).toBeGreaterThan(0);
      });
    });
  }
});

describe('hard case list', () => {
  it('covers every hard case docs/capture.md lists and the foundation issue named', () => {
    expect(HARD_CASES.length).toBeGreaterThanOrEqual(45);
  });
});
