/**
 * Every code `rehearse run` prints comes with a line saying what happened and what to check; what
 * the database said besides its message is kept (Postgres's DETAIL; for SQLite, which names no
 * key of a foreign key that failed, the key found by the engine); an apply file that is not the
 * pinned one is refused before anything loads, with both hashes; a table the plan does not name
 * is said to be one that must be unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { REHEARSAL_CODE_MEANINGS, REHEARSAL_CODES } from '../../src/index.ts';
import { containsSealToken } from '../../src/guard/sealTokens.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-codes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[]) {
  const output = memoryOutput();
  const code = await main(args, output);
  return { code, out: output.stdout.join(''), err: output.stderr.join('') };
}

describe('codes explained', () => {
  it('every rehearsal code has a meaning that says what to check, and no seal-like token', () => {
    for (const code of REHEARSAL_CODES) {
      expect(REHEARSAL_CODE_MEANINGS[code].length, code).toBeGreaterThan(40);
      expect(containsSealToken(REHEARSAL_CODE_MEANINGS[code]), code).toBe(false);
    }
  });

  it("prints no token running from one line into the next: a table named pass under DELTA_MISMATCH (an attacker's review)", async () => {
    const dir = mkdtempSync(join(work, 'crossline-'));
    const apply = "INSERT INTO pass VALUES (3, 'c');\n";
    writeFileSync(join(dir, 'before.sql'), "CREATE TABLE pass (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO pass VALUES (1, 'a');\n");
    writeFileSync(join(dir, 'apply.sql'), apply);
    const sha256 = createHash('sha256').update(apply).digest('hex');
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({
        format: 'rehearsal-plan/v1',
        clone_from: { sql: 'before.sql' },
        apply: { file: 'apply.sql', sha256 },
        expected_delta: { pass: 2 },
      }),
    );
    const r = await run(['run', join(dir, 'plan.json'), '--target', 'sqlite:', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DELTA_MISMATCH/);
    expect(containsSealToken(r.out)).toBe(false);
    expect(containsSealToken(r.err)).toBe(false);
    for (const file of readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true }))
      if (file.isFile()) expect(containsSealToken(readFileSync(join(file.parentPath, file.name), 'utf8')), file.name).toBe(false);
  });

  it("APPLY_FAILED on SQLite names the foreign key and the value, as Postgres's DETAIL does, and says what the code means", async () => {
    const r = await run(['run', 'examples/real-world/chinook-sqlite/blocked-fk-violation/plan.json']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /apply failed at statement 1: FOREIGN KEY constraint failed\n\s+Key \(ArtistId\)=\(9999\) is not present in table "Artist"\./,
    );
    expect(r.out).toMatch(/\n {2}APPLY_FAILED: a statement of the batch failed on the clone/);
  });

  it("APPLY_FAILED on Postgres keeps the database's DETAIL line", async () => {
    const r = await run(['run', 'examples/real-world/periodic-table-rls/blocked-duplicate-key/plan.json']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /apply failed at statement 1: duplicate key value violates unique constraint "periodic_table_pkey"\n\s+Key \("AtomicNumber"\)=\(1\) already exists\./,
    );
  }, 60_000);

  it('a change whose UPDATE matched no row says what ROLLBACK_APPLY_DID_NOT_MUTATE means', async () => {
    writeFileSync(join(work, 'noop.sql'), "UPDATE Artist SET Name = 'x' WHERE ArtistId = -1;\n");
    const sha = (await import('node:crypto'))
      .createHash('sha256')
      .update("UPDATE Artist SET Name = 'x' WHERE ArtistId = -1;\n")
      .digest('hex');
    writeFileSync(
      join(work, 'noop.json'),
      JSON.stringify({
        format: 'rehearsal-plan/v1',
        target: 'sqlite:',
        clone_from: { sqlite_file: join(process.cwd(), 'examples/real-world/chinook-sqlite/Chinook_Sqlite.sqlite') },
        apply: { file: 'noop.sql', sha256: sha },
        policy: { justified: [{ statement: 1, kind: 'UPDATE', reason: 'rename' }] },
      }),
    );
    const r = await run(['run', join(work, 'noop.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /ROLLBACK_APPLY_DID_NOT_MUTATE: the batch changed nothing the capture sees \(an UPDATE or DELETE that matched no row\?\)/,
    );
  });

  it('a table the plan does not name is one that must be unchanged; a justification of the wrong kind is named', async () => {
    const planFor = async (name: string, apply: string, justified: object[]) => {
      writeFileSync(join(work, `${name}.sql`), apply);
      const sha = (await import('node:crypto')).createHash('sha256').update(apply).digest('hex');
      writeFileSync(
        join(work, `${name}.json`),
        JSON.stringify({
          format: 'rehearsal-plan/v1',
          target: 'sqlite:',
          clone_from: { sqlite_file: join(process.cwd(), 'examples/real-world/chinook-sqlite/Chinook_Sqlite.sqlite') },
          apply: { file: `${name}.sql`, sha256: sha },
          expected_delta: { Genre: 1 },
          policy: { justified },
        }),
      );
      return join(work, `${name}.json`);
    };
    const delta = await run([
      'run',
      await planFor(
        'delta',
        "INSERT INTO Genre (GenreId, Name) VALUES (26, 'Polka');\nINSERT INTO MediaType (MediaTypeId, Name) VALUES (6, 'Tape');\n",
        [],
      ),
    ]);
    expect(delta.out).toMatch(/"MediaType": must be unchanged \(not in expected_delta\), the batch changed it by \+1/);
    const kind = await run([
      'run',
      await planFor('kind', "INSERT INTO Genre (GenreId, Name) VALUES (26, 'Polka');\nDELETE FROM Genre WHERE GenreId = 26;\n", [
        { statement: 2, kind: 'UPDATE', reason: 'retire' },
        { statement: 3, kind: 'DELETE', reason: 'one too many' },
      ]),
    ]);
    expect(kind.out).toMatch(
      /statement 2 \(DELETE\): DELETE needs a justification for statement 2 in the plan: policy\.justified names statement 2 as UPDATE, and it is a DELETE/,
    );
    expect(kind.out).toMatch(
      /statement 2 \(JUSTIFICATION\): policy\.justified names statement 2 as UPDATE, which it is not \(it is a DELETE\)/,
    );
    expect(kind.out).toMatch(
      /statement 3 \(JUSTIFICATION\): policy\.justified names statement 3 as DELETE, but the batch has 2 statements/,
    );
  });

  it('an apply file that is not the pinned one is refused before the clone source loads, with both hashes', async () => {
    const r = await run(['run', 'examples/blocked-hash-mismatch/plan.json']);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/loading the clone source/);
    expect(r.out).toMatch(
      /RX-0 isolation lock\s+\| BLOCKED \| APPLY_FILE_HASH_MISMATCH\n\s+apply\.sql is not the file the plan pins: its sha256 is [0-9a-f]{64}, apply\.sha256 in the plan is [0-9a-f]{64}; nothing was loaded/,
    );
    expect(r.out).toMatch(/ {2}APPLY_FILE_HASH_MISMATCH: the apply file is not the one the plan pins/);
  });
});
