/**
 * The executor as written: a psql script (a sqlite3 shell script on SQLite) in the plan's shape is
 * rehearsed with its own bytes pinned — READY in both modes, its envelope recorded; without the
 * line that stops it on the first error it is BLOCKED with a code of its own; a client command off
 * the list is refused naming its line; a dry run ending in ROLLBACK leaves nothing. On the server
 * the same bytes run by the real psql (and sqlite3) do what the rehearsal saw.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { parsePlan, type RehearsalPlan } from '../../src/index.ts';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { checkEvidence } from '../../src/evidence/checkEvidence.ts';
import { PROOF_FILE, writeEvidencePacket } from '../../src/evidence/evidencePacket.ts';
import { readFileSync } from 'node:fs';
import { describeEachTarget } from '../support/targets.ts';
import { planWriter } from '../support/rehearsalPlans.ts';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { describe } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'rehearse-executor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = `CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance integer NOT NULL);
INSERT INTO accounts VALUES (1, 'ada', 100), (2, 'bo', 50);
`;

function planWith(name: string, apply: string, extra: Record<string, unknown> = {}): RehearsalPlan {
  writeFileSync(join(work, `${name}.source.sql`), SOURCE);
  writeFileSync(join(work, `${name}.sql`), apply);
  const plan = {
    format: 'rehearsal-plan/v2',
    clone_from: { sql: `${name}.source.sql` },
    apply: { file: `${name}.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
    expected_delta: { accounts: 1 },
    policy: { justified: [{ statement: 2, kind: 'UPDATE', reason: 'moves the balance' }] },
    ...extra,
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

const executor = (dialect: 'psql' | 'sqlite3', ending = 'COMMIT', stop = true) =>
  [
    '-- transfer 10 to a new account',
    ...(stop ? [dialect === 'psql' ? '\\set ON_ERROR_STOP on' : '.bail on'] : []),
    dialect === 'psql' ? '\\echo applying' : '.print applying',
    'BEGIN;',
    "INSERT INTO accounts (id, owner, balance) VALUES (3, 'cy', 10);",
    'UPDATE accounts SET balance = balance - 10 WHERE id = 1;',
    `${ending};`,
    '',
  ].join('\n');

const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

describeEachTarget('an executor rehearsed as written', (target, name) => {
  const client = name === 'sqlite' ? 'sqlite3' : 'psql';

  it('is READY in both modes with its own bytes pinned, its envelope recorded, its proof backed by its packet', async () => {
    const evidence = join(work, `evidence-${name}`);
    const plan = planWith(`ready-${name}`, executor(client));
    const result = await runRehearsal(plan, target(), quiet);
    writeEvidencePacket(evidence, plan, result);
    expect(result.codes).toEqual([]);
    expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
    const rx2 = result.steps.find((s) => s.id === 'RX-2')!;
    expect(rx2.details.executor).toEqual({
      client,
      stop_on_error_line: 2,
      begin_line: 4,
      end_line: 7,
      ending: 'COMMIT',
      client_commands: [
        { line: 2, text: client === 'psql' ? '\\set ON_ERROR_STOP on' : '.bail on' },
        { line: 3, text: client === 'psql' ? '\\echo applying' : '.print applying' },
      ],
    });
    expect(rx2.details.statements).toEqual([
      { statement: 1, kind: 'INSERT' },
      { statement: 2, kind: 'UPDATE' },
    ]);
    expect(result.steps.find((s) => s.id === 'RX-3')!.details.delta).toMatchObject({
      [name === 'sqlite' ? 'accounts' : 'public.accounts']: 1,
    });
    const proof = JSON.parse(readFileSync(join(evidence, PROOF_FILE), 'utf8'));
    expect(validateRollbackProof(proof).findings).toEqual([]);
    expect(checkEvidence(proof, evidence)).toEqual([]);
  });

  it('without the line that stops on the first error, is BLOCKED with a code of its own', async () => {
    const result = await runRehearsal(planWith(`no-stop-${name}`, executor(client, 'COMMIT', false)), target(), quiet);
    expect(result.codes).toEqual(['EXECUTOR_ON_ERROR_STOP_MISSING']);
    expect(result.steps.find((s) => s.id === 'RX-2')!.details.executor).toMatchObject({ stop_on_error_line: null });
  });

  it('with a client command off the list, is refused naming its line', async () => {
    const apply = executor(client).replace(
      'BEGIN;',
      client === 'psql' ? 'BEGIN;\n\\! touch /tmp/rehearse-executor-x' : 'BEGIN;\n.shell touch /tmp/x',
    );
    const result = await runRehearsal(planWith(`shell-${name}`, apply), target(), quiet);
    expect(result.codes).toEqual(['BOUNDARY_VIOLATION']);
    expect(result.steps.find((s) => s.id === 'RX-2')!.details.violations).toEqual([
      { statement: 0, kind: 'EXECUTOR', reason: expect.stringMatching(/^line 5: the (psql|sqlite3) command (\\!|\.shell)/) },
    ]);
  });

  it('a dry run ending in its own ROLLBACK is READY: what it did seen before the ROLLBACK, nothing left after it', async () => {
    const evidence = join(work, `evidence-dry-${name}`);
    const plan = planWith(`dry-${name}`, executor(client, 'ROLLBACK'));
    const result = await runRehearsal(plan, target(), quiet);
    writeEvidencePacket(evidence, plan, result);
    expect(result.codes).toEqual([]);
    expect(result.steps.find((s) => s.id === 'RX-2')!.details.executor).toMatchObject({ ending: 'ROLLBACK' });
    expect(result.fingerprints.snapshot_after_ending?.top_hash).toBe(result.fingerprints.before?.top_hash);
    expect(result.fingerprints.snapshot_after_apply?.top_hash).not.toBe(result.fingerprints.before?.top_hash);
    expect(checkEvidence(JSON.parse(readFileSync(join(evidence, PROOF_FILE), 'utf8')), evidence)).toEqual([]);
  });

  it('a plain batch keeps working as before', async () => {
    const apply =
      "INSERT INTO accounts (id, owner, balance) VALUES (3, 'cy', 10);\nUPDATE accounts SET balance = balance - 10 WHERE id = 1;\n";
    const result = await runRehearsal(planWith(`plain-${name}`, apply), target(), quiet);
    expect(result.codes).toEqual([]);
    expect(result.steps.find((s) => s.id === 'RX-2')!.details.executor).toBeUndefined();
  });
});

describeEachTarget(
  'the same executor run by the real client',
  (target, name) => {
    it('does what the rehearsal saw and stops at the first error; the restore script it proved puts the rows back, or aborts', async () => {
      const url = process.env.REHEARSE_PG_URL!;
      const client = name === 'sqlite' ? 'sqlite3' : 'psql';
      const plan = planWith(`real-${name}`, executor(client));
      expect((await runRehearsal(plan, target(), quiet)).codes).toEqual([]);
      /** Runs each step on one fresh real copy of the source, with the real client: a script (its exit status) or SQL of the test's own. */
      const onCopy = async (steps: readonly ({ script: string } | { sql: string })[]) => {
        const statuses: (number | null)[] = [];
        const file = join(work, `real-${name}-step.sql`);
        if (name === 'sqlite') {
          const db = join(work, `real-${name}.db`);
          rmSync(db, { force: true });
          execFileSync('sqlite3', [db], { input: SOURCE });
          for (const step of steps) {
            if ('sql' in step) execFileSync('sqlite3', [db, step.sql]);
            else statuses.push(spawnSync('sqlite3', [db], { input: step.script, encoding: 'utf8' }).status);
          }
          return { statuses, rows: execFileSync('sqlite3', [db, 'SELECT id, balance FROM accounts ORDER BY id;'], { encoding: 'utf8' }) };
        }
        // A clone of the target's own (a scratch database the census of other rehearsals knows), run into as the connecting role.
        const clone = await target().createClone();
        try {
          await clone.ownerSession.exec(SOURCE);
          const at = url.replace(/\/[^/?]*(\?.*)?$/, `/${clone.isolation.location}$1`);
          for (const step of steps) {
            if ('sql' in step) execFileSync('psql', [at, '-Xqc', step.sql]);
            else {
              writeFileSync(file, step.script);
              statuses.push(spawnSync('psql', [at, '-Xq', '-v', 'ON_ERROR_STOP=1', '-f', file], { encoding: 'utf8' }).status);
            }
          }
          return {
            statuses,
            rows: execFileSync('psql', [at, '-XAtc', 'SELECT id, balance FROM accounts ORDER BY id'], { encoding: 'utf8' }),
          };
        } finally {
          await clone.dispose();
        }
      };
      const run = async (script: string) => {
        const done = await onCopy([{ script }]);
        return { status: done.statuses[0], rows: done.rows };
      };
      expect(await run(executor(client))).toEqual({ status: 0, rows: '1|90\n2|50\n3|10\n' });
      // A failing statement: the client stops, and its transaction never commits.
      const failing = executor(client).replace("(3, 'cy', 10)", "(1, 'cy', 10)");
      const stopped = await run(failing);
      expect(stopped.status).not.toBe(0);
      expect(stopped.rows).toBe('1|100\n2|50\n');
      // Why a missing ON_ERROR_STOP (.bail on) is a finding: the client goes on after the error. psql's COMMIT then
      // quietly ends in a rollback, exit 0; sqlite3 commits the statements that did not fail.
      if (name === 'sqlite') {
        const goesOn = await run(executor(client, 'COMMIT', false).replace("(3, 'cy', 10)", "(1, 'cy', 10)"));
        expect(goesOn).toEqual({ status: 1, rows: '1|90\n2|50\n' });
      } else {
        // psql -v ON_ERROR_STOP=1 on the command line would stop it: the file alone, as written.
        const clone = await target().createClone();
        try {
          await clone.ownerSession.exec(SOURCE);
          const at = url.replace(/\/[^/?]*(\?.*)?$/, `/${clone.isolation.location}$1`);
          const file = join(work, 'real-goes-on.sql');
          writeFileSync(file, executor(client, 'COMMIT', false).replace("(3, 'cy', 10)", "(1, 'cy', 10)"));
          expect(spawnSync('psql', [at, '-Xq', '-f', file]).status).toBe(0);
          expect(execFileSync('psql', [at, '-XAtc', 'SELECT id, balance FROM accounts ORDER BY id'], { encoding: 'utf8' })).toBe(
            '1|100\n2|50\n',
          );
        } finally {
          await clone.dispose();
        }
      }
      // The restore script the rehearsal proved puts every row back after the executor, run by the real client ...
      const script = (await runRehearsal(plan, target(), quiet)).restoreScript!;
      expect(script).toContain(client === 'psql' ? '\\set ON_ERROR_STOP on' : '.bail on');
      expect(await onCopy([{ script: executor(client) }, { script }])).toEqual({ statuses: [0, 0], rows: '1|100\n2|50\n' });
      // ... and aborts, restoring nothing, when a row the change touched moved since; a row it did not touch is left alone.
      const moved = await onCopy([{ script: executor(client) }, { sql: 'UPDATE accounts SET balance = 0 WHERE id = 3;' }, { script }]);
      expect(moved.statuses[1]).not.toBe(0);
      expect(moved.rows).toBe('1|90\n2|50\n3|0\n');
      const untouched = await onCopy([{ script: executor(client) }, { sql: 'UPDATE accounts SET balance = 7 WHERE id = 2;' }, { script }]);
      expect(untouched).toEqual({ statuses: [0, 0], rows: '1|100\n2|7\n' });
    });
  },
  ['sqlite', 'postgres'],
);

describe('rehearse run on an executor', () => {
  const run = async (apply: string) => {
    const plan = planWith(`cli-${createHash('sha256').update(apply).digest('hex').slice(0, 8)}`, apply, { target: 'sqlite:' });
    const output = memoryOutput();
    const code = await main(['run', plan.planFile], output);
    return { code, out: output.stdout.join('\n') };
  };

  it('says why an envelope without .bail on is blocked, and names the line of a refused command', async () => {
    const blocked = await run(executor('sqlite3', 'COMMIT', false));
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain(
      'the executor has no ".bail on" before its BEGIN (line 3): sqlite3 would go on after an error, and its COMMIT would commit what did not fail',
    );
    const refused = await run(executor('sqlite3').replace('.print applying', '.output /tmp/elsewhere'));
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/statement 0 \(EXECUTOR\): line 3: the sqlite3 command \.output/);
    const ready = await run(executor('sqlite3'));
    expect(ready.code).toBe(0);
    // What the change did, table by table, and the restore script named.
    expect(ready.out).toContain('     accounts: 1 inserted, 0 deleted, 1 changed');
    expect(ready.out).toContain('       +accounts (id=3, owner="cy", balance=10)');
    expect(ready.out).toContain('       -accounts (id=1, owner="ada", balance=100)');
    expect(ready.out).toContain('       +accounts (id=1, owner="ada", balance=90)');
    expect(ready.out).toMatch(/ {5}restore script: restore\.sql \(sha256:[0-9a-f]{64}\), proved on the clone/);
  });

  it("runs as sqlite3 would run it: a foreign key whose action writes needs the executor's own PRAGMA foreign_keys = ON (an attacker's review)", async () => {
    // sqlite3 starts with foreign keys off: without the PRAGMA, production deletes the parent and leaves its children.
    const source =
      'CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p (id) ON DELETE CASCADE);\nINSERT INTO p VALUES (1), (2);\nINSERT INTO c VALUES (10, 1), (11, 2);\n';
    const withPragma = (on: boolean) =>
      ['.bail on', ...(on ? ['PRAGMA foreign_keys = ON;'] : []), 'BEGIN;', 'DELETE FROM p WHERE id = 1;', 'COMMIT;', ''].join('\n');
    const writePlan = planWriter(work);
    const planOf = (apply: string) =>
      writePlan(source, apply, [{ statement: 1, kind: 'DELETE' }], { expected_delta: { p: -1, c: -1 }, target: 'sqlite:' }).planFile;
    const runPlan = async (file: string) => {
      const output = memoryOutput();
      const code = await main(['run', file], output);
      return { code, out: output.stdout.join('\n') };
    };
    const off = await runPlan(planOf(withPragma(false)));
    expect(off.code).toBe(1);
    expect(off.out).toMatch(
      /statement 0 \(EXECUTOR\): line 2: the sqlite3 shell runs this with foreign keys off \(its default\), and the rehearsal with them on: the foreign key of c to p \(ON DELETE CASCADE\)/,
    );
    const on = await runPlan(planOf(withPragma(true)));
    expect(on.code).toBe(0);
    // And the real sqlite3 does what the rehearsal saw: the child goes with its parent.
    const db = join(work, 'fk-on.db');
    execFileSync('sqlite3', [db], { input: source });
    execFileSync('sqlite3', [db], { input: withPragma(true) });
    expect(execFileSync('sqlite3', [db, 'SELECT id FROM c ORDER BY id;'], { encoding: 'utf8' })).toBe('11\n');
  });

  it('says why a plan with the txn mode alone has no restore script, in its output and its summary', async () => {
    const plan = planWith('txn-only', executor('sqlite3'), { target: 'sqlite:', modes: ['txn'] });
    const out = join(work, 'txn-only-packet');
    const output = memoryOutput();
    expect(await main(['run', plan.planFile, '--out', out], output)).toBe(0);
    const said = "restore script: none — the plan's modes leave out snapshot";
    expect(output.stdout.join('\n')).toContain(`RX-4`);
    expect(output.stdout.join('\n')).toContain(`     ${said}`);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(`- ${said}`);
    expect(existsSync(join(out, 'restore.sql'))).toBe(false);
  });
});
