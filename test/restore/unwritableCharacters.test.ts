/**
 * A restore script may not hold a Unicode space or a lone carriage return as it is (psql and sqlite3
 * read them otherwise; the script's own executor check refuses them): a value holding one is
 * written as an escape. The fuzz run found a SQLite row with U+3000 whose script was refused (RX-4
 * STEP_FAILED); here a change inserting, updating and deleting such values is READY on every target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { planWriter } from '../support/rehearsalPlans.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-unwritable-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const writePlan = planWriter(work);

describeEachTarget('a restore script of values holding a Unicode space or a carriage return', (target) => {
  it('escapes them, and is proved', async () => {
    const source = "CREATE TABLE t (k text PRIMARY KEY, v text NOT NULL);\nINSERT INTO t VALUES ('a\u3000', 'x\u00a0y'), ('b', 'c\rd');\n";
    const apply =
      "INSERT INTO t VALUES ('n\u3000', '\u2028');\nUPDATE t SET v = 'w\u3000' WHERE k = 'b';\nDELETE FROM t WHERE k = 'a\u3000';\n";
    const result = await runRehearsal(
      writePlan(source, apply, [
        { statement: 2, kind: 'UPDATE', reason: 'r' },
        { statement: 3, kind: 'DELETE', reason: 'r' },
      ]),
      target(),
      { parts: REAL_PARTS, progress: () => {}, onClone: () => {} },
    );
    expect(result.codes, JSON.stringify(result.steps.find((s) => s.status === 'BLOCKED')?.details)).toEqual([]);
    expect(result.restoreScript).not.toMatch(/[\u3000\u00a0\u2028\r]/);
  });
});

// An attacker's review (stop 39): such values blocked the rehearsal with STEP_FAILED (or RESTORE_SCRIPT_NOT_RESTORED) — safe, but
// saying it was the tool's own fault. No script is given, with the documented code, saying why.
describeEachTarget(
  'a restore script the shell would read otherwise',
  (target) => {
    it.each([
      ['a line of a value that starts with #, a comment to the sqlite3 shell', "'x\n# y'"],
      ['a NUL in a value, which ends a string to the shell', "CAST(x'780079' AS TEXT)"],
    ])('%s: RESTORE_SCRIPT_UNAVAILABLE, saying why', async (_what, value) => {
      // The change deletes the row: the script would write the value back.
      const source = `CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL);\nINSERT INTO t VALUES (1, ${value}), (2, 'b');\n`;
      const apply = 'DELETE FROM t WHERE k = 1;\n';
      const result = await runRehearsal(writePlan(source, apply, [{ statement: 1, kind: 'DELETE', reason: 'r' }]), target(), {
        parts: REAL_PARTS,
        progress: () => {},
        onClone: () => {},
      });
      expect(result.codes).toEqual(['RESTORE_SCRIPT_UNAVAILABLE']);
      const rx4 = result.steps.find((s) => s.id === 'RX-4')!;
      expect(JSON.stringify(rx4.details.restore_script)).toMatch(/psql or sqlite3 would not read it as written/);
    });
  },
  ['sqlite'],
);
