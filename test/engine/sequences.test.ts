import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { parsePlan } from '../../src/plan/parsePlan.ts';
import { withClones } from '../../properties/harness/withClones.ts';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-seq-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

/** A batch whose INSERT draws a sequence value (serial / AUTOINCREMENT): the sequence moves outside the transaction. */
function serialPlan(backend: 'postgres' | 'sqlite') {
  const before =
    backend === 'sqlite'
      ? "CREATE TABLE tickets (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT); INSERT INTO tickets (v) VALUES ('a');"
      : "CREATE TABLE tickets (id serial PRIMARY KEY, v text); INSERT INTO tickets (v) VALUES ('a');";
  const apply = "INSERT INTO tickets (v) VALUES ('b');\n";
  const dir = mkdtempSync(join(work, `${backend}-`));
  writeFileSync(join(dir, 'before.sql'), before);
  writeFileSync(join(dir, 'apply.sql'), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: 'before.sql' },
    apply: { file: 'apply.sql', sha256: createHash('sha256').update(apply).digest('hex') },
    expected_delta: { tickets: 1 },
  };
  return parsePlan(join(dir, 'plan.json'), Buffer.from(JSON.stringify(plan)));
}

describeEachTarget('sequences after ROLLBACK', (target, name) => {
  const backend = name === 'sqlite' ? 'sqlite' : 'postgres';

  it('sets back a sequence the batch moved, records it in the proof, and is READY', async () => {
    const result = await runRehearsal(serialPlan(backend), target(), quiet);
    expect(result.codes).toEqual([]);
    const txn = (result.proof!.entries as Record<string, unknown>[])[0]!;
    if (backend === 'postgres') {
      // Postgres sequences are not transactional: ROLLBACK left it at 2, the engine set it back to 1.
      expect(txn.sequence_resets).toEqual([
        { sequence: 'public.tickets_id_seq', from: { last_value: '2', is_called: true }, to: { last_value: '1', is_called: true } },
      ]);
    } else {
      // SQLite's sqlite_sequence is a table: ROLLBACK already restored it.
      expect(txn.sequence_resets).toEqual([]);
    }
    expect(validateRollbackProof(result.proof).verdict).toBe('PASS');
  });

  it('blocks with SEQUENCE_NOT_RESTORED when the reset does not happen', async (context) => {
    if (backend === 'sqlite') return context.skip('SQLite sequences roll back with the transaction; there is no reset to skip');
    const skipping = withClones(target(), (clone) => ({ ...clone, resetSequence: async () => {} }));
    const result = await runRehearsal(serialPlan(backend), skipping, quiet);
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toContain('SEQUENCE_NOT_RESTORED');
  });
});
