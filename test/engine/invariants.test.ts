/**
 * The plan's own invariants (rehearsal-plan/v4): read-only queries with the value each must have,
 * fixed or unchanged from before, at the points the plan names — held, broken, and refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { parsePlan, PlanError, type RehearsalPlan } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-invariants-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = `CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance integer NOT NULL);
CREATE TABLE permits (id integer PRIMARY KEY, open boolean NOT NULL);
INSERT INTO accounts VALUES (1, 'ada', 100), (2, 'bo', 50);
`;
const APPLY = "INSERT INTO accounts (id, owner, balance) VALUES (3, 'cy', 10);\nUPDATE accounts SET balance = balance - 10 WHERE id = 1;\n";

function planWith(name: string, invariants: unknown[], format = 'rehearsal-plan/v4'): RehearsalPlan {
  writeFileSync(join(work, `${name}.source.sql`), SOURCE);
  writeFileSync(join(work, `${name}.sql`), APPLY);
  const plan = {
    format,
    clone_from: { sql: `${name}.source.sql` },
    apply: { file: `${name}.sql`, sha256: createHash('sha256').update(APPLY).digest('hex') },
    expected_delta: { accounts: 1 },
    policy: { justified: [{ statement: 2, kind: 'UPDATE', reason: 'the transfer' }] },
    invariants,
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };
const HOLDING = [
  { name: 'no open permits', query: 'SELECT count(*) FROM permits WHERE open', equals: 0 },
  { name: 'money is kept', query: 'SELECT sum(balance) FROM accounts', unchanged: true },
  { name: 'three accounts after it', query: 'SELECT count(*) FROM accounts', equals: 3, at: ['after_apply'] },
  { name: 'two accounts otherwise', query: 'SELECT count(*) FROM accounts', unchanged: true, at: ['after_rollback', 'after_restore'] },
];

describeEachTarget('the plan’s own invariants', (target) => {
  it('are checked at every point they name, each outcome recorded, and the rehearsal is READY when all hold', async () => {
    const result = await runRehearsal(planWith('holding', HOLDING), target(), quiet);
    expect(result.codes).toEqual([]);
    const outcomes = result.steps.flatMap(
      (s) =>
        (s.details.invariants as { invariant: string; at: string; expected: string | null; actual: string | null; holds: boolean }[]) ?? [],
    );
    expect(outcomes.every((o) => o.holds)).toBe(true);
    expect(outcomes.map((o) => `${o.invariant} @ ${o.at}`)).toEqual(
      expect.arrayContaining([
        'no open permits @ before',
        'no open permits @ after_apply',
        'no open permits @ after_rollback',
        'no open permits @ after_restore',
        'money is kept @ after_apply',
        'three accounts after it @ after_apply',
        'two accounts otherwise @ after_rollback',
        'two accounts otherwise @ after_restore',
      ]),
    );
    expect(outcomes.find((o) => o.invariant === 'money is kept' && o.at === 'after_apply')).toMatchObject({
      expected: '150',
      actual: '150',
    });
  });

  it('a broken one blocks with INVARIANT_FAILED, naming it with what was expected and what was found', async () => {
    const result = await runRehearsal(
      planWith('broken', [{ name: 'no new accounts', query: 'SELECT count(*) FROM accounts', unchanged: true, at: ['after_apply'] }]),
      target(),
      quiet,
    );
    expect(result.codes).toEqual(['INVARIANT_FAILED']);
    expect(result.steps.find((s) => s.id === 'RX-3')!.details.invariant_failed).toEqual([
      { invariant: 'no new accounts', at: 'after_apply', expected: '2', actual: '3', holds: false },
    ]);
  });

  it('a query that is not one allowed read is refused at RX-2, and one that fails is a failed invariant', async () => {
    const writes = await runRehearsal(planWith('writes', [{ name: 'sneaky', query: 'DELETE FROM permits', equals: 0 }]), target(), quiet);
    expect(writes.codes).toEqual(['BOUNDARY_VIOLATION']);
    expect(writes.steps[2]!.details.violations).toEqual([
      {
        statement: 0,
        kind: 'INVARIANT',
        reason: expect.stringMatching(/^invariant sneaky: its query is not one read the boundary allows/),
      },
    ]);
    const fails = await runRehearsal(
      planWith('fails', [{ name: 'two values', query: 'SELECT id FROM accounts', equals: 1, at: ['before'] }]),
      target(),
      quiet,
    );
    expect(fails.codes).toEqual(['INVARIANT_FAILED']);
    expect((fails.steps[2]!.details.invariant_failed as { actual: string }[])[0]!.actual).toBe(
      'error: it returned 2 rows of 1 columns, not one value',
    );
  });

  it('belong to rehearsal-plan/v4: an older plan with them is refused, naming the field', () => {
    expect(() => planWith('old', HOLDING, 'rehearsal-plan/v3')).toThrow(PlanError);
    expect(() => planWith('old', HOLDING, 'rehearsal-plan/v3')).toThrow(/field \(top level\): unknown field invariants/);
    expect(() => planWith('both', [{ name: 'x', query: 'SELECT 1', equals: 1, unchanged: true }])).toThrow(
      /expected exactly one of equals or "unchanged": true/,
    );
  });
});

it('rehearse run prints a failed invariant with what was expected and what was found', async () => {
  const { main } = await import('../../cli/main.ts');
  const { memoryOutput } = await import('../../cli/output.ts');
  const plan = planWith('cli', [{ name: 'no new accounts', query: 'SELECT count(*) FROM accounts', unchanged: true, at: ['after_apply'] }]);
  const output = memoryOutput();
  expect(await main(['run', plan.planFile, '--target', 'sqlite:'], output)).toBe(1);
  expect(output.stdout.join('\n')).toContain('     invariant no new accounts at after_apply: expected 2, found 3');
});
