/**
 * restore-script.aborts-when-rows-moved reaches every check it states, on a case that has each
 * kind of move: a row the change inserted, one it updated, one it deleted, and one it left alone.
 */
import { expect, it } from 'vitest';
import type { StateAndBatch } from '../../properties/harness/stateAndBatch.ts';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { movesChecked, restoreScriptAbortsWhenRowsMoved } from '../../properties/restoreScriptAbortsWhenRowsMoved.ts';
import { describeEachTarget } from '../support/targets.ts';
import { renderState } from '../../generators/render.ts';
import { fullDump } from '../../properties/harness/fullDump.ts';
import { applySqlFor, dialectOf, planForBatch } from '../../properties/harness/generatedPlan.ts';
import { runClientScript } from '../../properties/harness/keyedRows.ts';

const int = (v: number) => ({ t: 'int', v: BigInt(v) }) as const;
const text = (v: string) => ({ t: 'text', v }) as const;
const NULL = { t: 'null' } as const;

/** A parent and a child table (a foreign key); the batch inserts a parent, updates a parent from NULL and a child, deletes a child. */
export const EVERY_MOVE: StateAndBatch = {
  state: {
    tables: [
      {
        name: 'parent',
        columns: [
          { name: 'k1', type: 'int', nullable: false },
          { name: 'note', type: 'text', nullable: true },
          { name: 'amount', type: 'numeric', nullable: true },
        ],
        keyColumns: 1,
        serial: false,
        rows: [
          [int(1), text('a'), NULL],
          [int(2), NULL, { t: 'numeric', v: '1.5' }],
          [int(3), text('c'), { t: 'numeric', v: '2' }],
        ],
      },
      {
        name: 'child',
        columns: [
          { name: 'k1', type: 'int', nullable: false },
          { name: 'value', type: 'text', nullable: true },
          { name: 'ref', type: 'int', nullable: true },
        ],
        keyColumns: 1,
        serial: false,
        references: 0,
        rows: [
          [int(10), text('x'), int(1)],
          [int(11), NULL, int(2)],
          [int(12), text('z'), NULL],
        ],
      },
    ],
    sequences: [],
  },
  batch: {
    statements: [
      { op: 'insert', table: 0, rows: [[int(4), text('d'), NULL]] },
      { op: 'update', table: 0, row: 1, column: 1, value: text('was null') },
      { op: 'update', table: 1, row: 1, column: 1, value: text('w') },
      { op: 'delete', table: 1, row: 0 },
    ],
    failsMidway: false,
  },
};

describeEachTarget(
  'restore-script.aborts-when-rows-moved',
  (target) => {
    it('moves a row of each kind the change touched and the script aborts untouched; moves one it did not and the script restores', async () => {
      expect(restoreScriptAbortsWhenRowsMoved.domain(EVERY_MOVE)).toBeNull();
      const was = { ...movesChecked };
      expect(await restoreScriptAbortsWhenRowsMoved.check(EVERY_MOVE, { engine: realEngine, target: target() })).toBe(true);
      // A row inserted or updated deleted; an updated one set back by hand; a deleted one put back; an untouched child
      // pointed at the parent the change inserted; then an untouched one changed.
      expect(movesChecked.affected - was.affected).toBe(4);
      expect(movesChecked.unaffected - was.unaffected).toBe(1);
    }, 120_000);
  },
  undefined,
  { reuseClones: true },
);

describeEachTarget(
  'the restore script and rows written since that reference a row the change inserted',
  (target) => {
    it('aborts, changing nothing, where deleting that row would have its foreign key’s CASCADE write them', async () => {
      const t = target();
      const dialect = dialectOf(t);
      const generated = planForBatch(realEngine, t, EVERY_MOVE.state, EVERY_MOVE.batch, { modes: ['snapshot'] });
      let script: string;
      try {
        const result = await realEngine.runRehearsal(generated.plan, t, { parts: realEngine.parts, progress: () => {}, onClone: () => {} });
        expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
        script = result.restoreScript!;
      } finally {
        generated.remove();
      }
      expect(script).toContain('is referenced by a row of');
      const clone = await t.createClone();
      try {
        const s = clone.ownerSession;
        await s.exec(renderState(EVERY_MOVE.state, dialect));
        await s.exec(`BEGIN;\n${applySqlFor(EVERY_MOVE.state, EVERY_MOVE.batch, dialect)}COMMIT;`);
        // Another session points a child the change did not touch at the parent it inserted (k1 = 4).
        await s.exec('UPDATE child SET ref = 4 WHERE k1 = 12');
        const before = await fullDump(s, dialect === 'postgres');
        const error = await runClientScript(s, dialect, script);
        expect(error).toMatch(
          dialect === 'postgres'
            ? /referenced by a row of .*child/
            : /a row written since the change references a row the script would delete/,
        );
        expect(await fullDump(s, dialect === 'postgres')).toBe(before);
      } finally {
        await clone.dispose();
      }
    }, 120_000);
  },
  undefined,
  { reuseClones: true },
);
