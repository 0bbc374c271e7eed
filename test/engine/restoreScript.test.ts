/**
 * The restore script RX-4 writes and proves, on every target: what it handles (a unique key over NOT
 * NULL columns where there is no primary key, generated and identity columns, deferred foreign
 * keys, TOAST-sized values, sequences) is proved row-exact on the clone; what it refuses blocks with
 * RESTORE_SCRIPT_UNAVAILABLE naming the table and the reason, while the other modes still report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal, type RehearsalResult } from '../../src/engine/runRehearsal.ts';
import type { Target } from '../../src/index.ts';
import { planWriter, type Justification } from '../support/rehearsalPlans.ts';
import { describeEachTarget } from '../support/targets.ts';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-restore-script-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };
const writePlan = planWriter(work);

/** Rehearses `apply` on a clone of `source`, every UPDATE and DELETE justified, in the snapshot mode (where the script is proved). */
async function rehearse(target: Target, source: string, apply: string, justified: readonly Justification[] = []) {
  return runRehearsal(writePlan(source, apply, justified), target, quiet);
}

const rx = (r: RehearsalResult, id: string) => r.steps.find((s) => s.id === id)!;
const unrestorable = (r: RehearsalResult) =>
  (rx(r, 'RX-4').details.restore_script as { unrestorable?: { table: string; reason: string }[] } | undefined)?.unrestorable ?? [];
const changes = (r: RehearsalResult) =>
  (rx(r, 'RX-4').details.changes as { table: string; inserted: number; deleted: number; changed: number }[]).map(
    (c) => `${c.table.replaceAll('"', '').replace('public.', '')}: +${c.inserted} -${c.deleted} ~${c.changed}`,
  );

/** READY, with a script proved on the clone. */
function proved(r: RehearsalResult): string {
  expect(r.codes).toEqual([]);
  expect(rx(r, 'RX-4').details.restore_script).toMatchObject({ error: null });
  return r.restoreScript!;
}

/** BLOCKED at RX-4 alone with RESTORE_SCRIPT_UNAVAILABLE; RX-3 (the transaction mode) still reports, and passes. */
function refused(r: RehearsalResult, table: RegExp, reason: RegExp): void {
  expect(r.status).toBe('REHEARSAL_BLOCKED');
  expect(rx(r, 'RX-4').codes).toEqual(['RESTORE_SCRIPT_UNAVAILABLE']);
  expect(rx(r, 'RX-3').status).toBe('PASS');
  expect(r.restoreScript).toBeNull();
  expect(unrestorable(r)).toEqual([{ table: expect.stringMatching(table), reason: expect.stringMatching(reason) }]);
}

describeEachTarget('the restore script, handled and refused', (target, name) => {
  const pg = name !== 'sqlite';

  /** How each table's changed rows were found (restore_script.rows[].found_by). */
  const foundBy = (r: RehearsalResult) =>
    Object.fromEntries(
      (rx(r, 'RX-4').details.restore_script as { rows: { table: string; found_by: string }[] }).rows.map((t) => [
        t.table.replaceAll('"', '').replace('public.', ''),
        t.found_by,
      ]),
    );
  const ledger = `CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL);
CREATE TABLE entry (id int PRIMARY KEY, account int NOT NULL, note text);
INSERT INTO account SELECT i, 100 FROM ${pg ? 'generate_series(1, 3000) AS g(i)' : '(WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 3000) SELECT i FROM g)'};
INSERT INTO entry VALUES (1, 1, 'opening'), (2, 2, 'opening');
`;

  it('finds the rows a change wrote from the rows themselves on Postgres, and what it deleted by key ranges (PGlite: by reading the tables)', async () => {
    const written = await rehearse(
      target(),
      ledger,
      "UPDATE account SET balance = balance - 5 WHERE id = 2000;\nINSERT INTO entry VALUES (3, 2000, 'transfer');\n",
      [{ statement: 1, kind: 'UPDATE' }],
    );
    proved(written);
    expect(changes(written).sort()).toEqual(['account: +0 -0 ~1', 'entry: +1 -0 ~0']);
    expect(foundBy(written)).toEqual(
      pg ? { account: 'written rows', entry: 'written rows' } : { account: 'key ranges', entry: 'key ranges' },
    );
    // A row that left: the rows written alone do not name it.
    const deleted = await rehearse(target(), ledger, 'DELETE FROM account WHERE id = 2999;\n', [{ statement: 1, kind: 'DELETE' }]);
    proved(deleted);
    expect(changes(deleted)).toEqual(['account: +0 -1 ~0']);
    expect(foundBy(deleted)).toEqual({ account: name === 'pglite' ? 'whole table' : 'key ranges' });
  });

  it('proves the script of a change that writes other keys each time it is applied (PGlite reads the tables then, and applies it once more)', async () => {
    // A key from the clock: RX-4 applies the change twice, and each time it writes another row.
    const now = pg
      ? '(extract(epoch FROM clock_timestamp()) * 1000000)::bigint % 1000000000 + 10'
      : "CAST(strftime('%f', 'now') * 1000 AS int) + abs(random() % 1000000) + 10";
    const r = await rehearse(target(), ledger, `INSERT INTO entry VALUES (${now}, 1, 'stamped');\n`);
    proved(r);
    expect(changes(r)).toEqual(['entry: +1 -0 ~0']);
    expect(foundBy(r)).toEqual({ entry: name === 'pglite' ? 'whole table' : name === 'postgres' ? 'written rows' : 'key ranges' });
  });

  it('names rows by a unique key over NOT NULL columns where the table has no primary key', async () => {
    const r = await rehearse(
      target(),
      "CREATE TABLE code (code text NOT NULL UNIQUE, label text);\nINSERT INTO code VALUES ('a', 'A'), ('b', 'B');\n",
      "INSERT INTO code VALUES ('c', 'C');\nUPDATE code SET label = 'BB' WHERE code = 'b';\nDELETE FROM code WHERE code = 'a';\n",
      [
        { statement: 2, kind: 'UPDATE' },
        { statement: 3, kind: 'DELETE' },
      ],
    );
    proved(r);
    // Paired by the key: the updated row is one row changed, not a row deleted and another inserted.
    expect(changes(r)).toEqual(['code: +1 -1 ~1']);
  });

  it('refuses a table with neither a primary key nor a unique key over NOT NULL columns, naming it', async () => {
    const r = await rehearse(
      target(),
      "CREATE TABLE tag (name text UNIQUE, n integer);\nINSERT INTO tag VALUES ('a', 1);\n",
      "INSERT INTO tag VALUES ('b', 2);\n",
    );
    refused(r, /tag/, /neither a primary key nor a unique key over NOT NULL columns/);
  });

  it('never writes a generated column, and re-inserts a row over an identity column GENERATED ALWAYS', async () => {
    const r = pg
      ? await rehearse(
          target(),
          'CREATE TABLE g (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n integer NOT NULL, doubled integer GENERATED ALWAYS AS (n * 2) STORED);\nINSERT INTO g (n) VALUES (1), (2);\n',
          'DELETE FROM g WHERE id = 1;\nUPDATE g SET n = 5 WHERE id = 2;\nINSERT INTO g (n) VALUES (7);\n',
          [
            { statement: 1, kind: 'DELETE' },
            { statement: 2, kind: 'UPDATE' },
          ],
        )
      : await rehearse(
          target(),
          'CREATE TABLE g (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, doubled INTEGER GENERATED ALWAYS AS (n * 2) STORED);\nINSERT INTO g (id, n) VALUES (1, 1), (2, 2);\n',
          'DELETE FROM g WHERE id = 1;\nUPDATE g SET n = 5 WHERE id = 2;\nINSERT INTO g (id, n) VALUES (3, 7);\n',
          [
            { statement: 1, kind: 'DELETE' },
            { statement: 2, kind: 'UPDATE' },
          ],
        );
    const script = proved(r);
    expect(changes(r)).toEqual(['g: +1 -1 ~1']);
    expect(script).not.toMatch(/INSERT INTO \S+ \([^)]*doubled/);
    expect(script).not.toMatch(/SET [^\n]*doubled =/);
    if (pg) expect(script).toContain('OVERRIDING SYSTEM VALUE');
    // The identity's sequence, moved by the insert, is set back only where it still holds the value the change left.
    if (pg) expect(script).toMatch(/SELECT pg_catalog\.setval\('public\.g_id_seq', 2, true\) FROM public\.g_id_seq WHERE last_value = 3/);
  });

  it('puts back rows under a deferred foreign key, and a TOAST-sized value', async () => {
    const big = 'x'.repeat(300_000);
    const r = await rehearse(
      target(),
      `CREATE TABLE p (id integer PRIMARY KEY, body text);
CREATE TABLE c (id integer PRIMARY KEY, p integer REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO p VALUES (1, 'short');
`,
      // The child first: the deferred key is checked at COMMIT, when its parent exists.
      `INSERT INTO c VALUES (10, 9);\nINSERT INTO p VALUES (9, 'new');\nUPDATE p SET body = '${big}' WHERE id = 1;\n`,
      [{ statement: 3, kind: 'UPDATE' }],
    );
    const script = proved(r);
    expect(changes(r)).toEqual(expect.arrayContaining(['p: +1 -0 ~1', 'c: +1 -0 ~0']));
    // Children first: the child the change inserted is deleted before its parent.
    const deletes = pg ? ['DELETE FROM ONLY public.c', 'DELETE FROM ONLY public.p'] : ['DELETE FROM "c"', 'DELETE FROM "p"'];
    expect(script.indexOf(deletes[0]!)).toBeGreaterThan(0);
    expect(script.indexOf(deletes[0]!)).toBeLessThan(script.indexOf(deletes[1]!));
    expect(script.length).toBeGreaterThan(big.length);
  });

  it('puts back and deletes rows whose floats are whole numbers, zero and minus zero among them', async () => {
    // SQLite keeps a whole REAL as REAL (1.0): a guard written as the integer 1 would never match it.
    const r = await rehearse(
      target(),
      'CREATE TABLE f (k integer PRIMARY KEY, x float8, y float8);\nINSERT INTO f VALUES (1, 2.0, -0.0), (2, 0.5, 1e300);\n',
      'INSERT INTO f VALUES (3, 0.0, -0.0);\nUPDATE f SET x = 7.0 WHERE k = 1;\nDELETE FROM f WHERE k = 2;\n',
      [
        { statement: 2, kind: 'UPDATE' },
        { statement: 3, kind: 'DELETE' },
      ],
    );
    proved(r);
    expect(changes(r)).toEqual(['f: +1 -1 ~1']);
  });

  if (pg)
    it('refuses a table with a rule, which would rewrite the statements that put its rows back', async () => {
      const r = await rehearse(
        target(),
        'CREATE TABLE t (id integer PRIMARY KEY, v integer);\nCREATE TABLE seen (id integer PRIMARY KEY);\nCREATE RULE remember AS ON INSERT TO t DO ALSO INSERT INTO seen VALUES (NEW.id);\n',
        'INSERT INTO t VALUES (1, 1);\n',
      );
      refused(r, /^public\.t$/, /rule remember would rewrite/);
    });
  else
    it('refuses a SQLite table with a trigger, which it cannot disable for one transaction', async () => {
      const r = await rehearse(
        target(),
        'CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER);\nCREATE TABLE seen (id INTEGER PRIMARY KEY);\nCREATE TRIGGER remember AFTER INSERT ON t BEGIN INSERT INTO seen VALUES (NEW.id); END;\n',
        'INSERT INTO t VALUES (1, 1);\n',
        [{ statement: 1, kind: 'FUNCTION', function: 'remember' }],
      );
      refused(r, /t/, /trigger remember would run .*SQLite cannot disable a trigger/);
    });
});

it('rehearse run names each table it could not write a restore script for, and why', async () => {
  const plan = writePlan('CREATE TABLE log (msg TEXT NOT NULL);\n', "INSERT INTO log VALUES ('x');\n", [], { target: 'sqlite:' });
  const output = memoryOutput();
  expect(await main(['run', plan.planFile], output)).toBe(1);
  const out = output.stdout.join('\n');
  expect(out).toMatch(/RX-4 .*\| BLOCKED \| RESTORE_SCRIPT_UNAVAILABLE/);
  expect(out).toContain(
    '     no restore script for log: it has neither a primary key nor a unique key over NOT NULL columns: the script could not name the rows to put back',
  );
});
