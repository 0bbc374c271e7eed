/**
 * Paths that are not what a command needs are bad input — one line naming the path and the
 * problem, exit 2 — found before any work (an attacker's review, stop 40: each was an internal
 * error, exit 70, a rehearsal BLOCKED with STEP_FAILED, or a process spinning forever).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { makeDirectory } from '../../src/util/makeDirectory.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-bad-paths-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[]) {
  const output = memoryOutput();
  const code = await main(args, output);
  return { code, err: output.stderr.join('') };
}

/** A plan of a SQLite table and one INSERT; `source` as the plan's clone_from. */
function plan(source: Record<string, string>): string {
  const apply = 'INSERT INTO t VALUES (2);\n';
  writeFileSync(join(work, 'before.sql'), 'CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t VALUES (1);\n');
  writeFileSync(join(work, 'apply.sql'), apply);
  const file = join(work, `plan-${Object.keys(source)[0]}.json`);
  const sha256 = createHash('sha256').update(apply).digest('hex');
  writeFileSync(file, JSON.stringify({ format: 'rehearsal-plan/v1', clone_from: source, apply: { file: 'apply.sql', sha256 } }));
  return file;
}

describe('paths that are not what a command needs', () => {
  it('run --out naming a file: exit 2 before the rehearsal', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const r = await run(['run', plan({ sql: 'before.sql' }), '--target', 'sqlite:', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`rehearse: --out ${file}: exists and is not a directory\n`);
  });

  it('run --out where no directory can be made (under /proc): exit 2, not a loop', async () => {
    const r = await run(['run', plan({ sql: 'before.sql' }), '--target', 'sqlite:', '--out', '/proc/1/no/such']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^rehearse: --out \/proc\/1\/no\/such: cannot make or write the directory \(E[A-Z]+\)\n$/);
  });

  it('run --out naming a directory to make, several levels deep: made, and the packet written there', async () => {
    const out = join(work, 'deep', 'er', 'out');
    const r = await run(['run', plan({ sql: 'before.sql' }), '--target', 'sqlite:', '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'rollback-proof.json'))).toBe(true);
  });

  it('regress naming a file: exit 2', async () => {
    const file = join(work, 'fixture.json');
    writeFileSync(file, '{}');
    const r = await run(['regress', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/fixture\.json: not a directory/);
  });

  it('a clone_from.sqlite_file that is not a SQLite database: exit 2 naming it, not BLOCKED STEP_FAILED', async () => {
    const r = await run(['run', plan({ sqlite_file: 'before.sql' }), '--target', 'sqlite:']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/field clone_from\.sqlite_file: .*before\.sql is not a SQLite database/);
  });

  it('makeDirectory makes every missing level, and leaves an existing directory alone', () => {
    const dir = join(work, 'x', 'y', 'z');
    makeDirectory(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    makeDirectory(dir);
    expect(() => makeDirectory(join(work, 'a-file', 'below'))).toThrow(/ENOTDIR/);
  });
});
