import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deltaHolds, describeDeltaRule, parseDeltaRule } from '../../src/plan/deltaRule.ts';
import { parsePlan } from '../../src/plan/parsePlan.ts';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';

describe('expected_delta rules', () => {
  it.each([
    [1, '=', 1],
    [-2, '=', -2],
    ['+1', '=', 1],
    ['1', '=', 1],
    ['-3', '=', -3],
    ['0', '=', 0],
    ['>=0', '>=', 0],
    ['>2', '>', 2],
    ['<=5', '<=', 5],
    ['<1', '<', 1],
    [' +1 ', '=', 1],
  ] as const)('reads %j as %s %i', (written, op, n) => {
    expect(parseDeltaRule(written)).toEqual({ op, n, written });
  });

  it.each([['+'], ['>=-1'], ['1.5'], [1.5], ['=1'], ['one'], [''], ['>= 0 rows'], ['9999999999999999']])('refuses %j', (written) => {
    expect(parseDeltaRule(written)).toBeNull();
  });

  it('holds exactly where the rule says', () => {
    const at = (w: string | number) => [-1, 0, 1, 2].filter((n) => deltaHolds(parseDeltaRule(w)!, n));
    expect(at(1)).toEqual([1]);
    expect(at('+1')).toEqual([1]);
    expect(at('0')).toEqual([0]);
    expect(at('>=0')).toEqual([0, 1, 2]);
    expect(at('>0')).toEqual([1, 2]);
    expect(at('<=0')).toEqual([-1, 0]);
    expect(at('<1')).toEqual([-1, 0]);
    expect(at('-1')).toEqual([-1]);
  });

  it('says a rule in a message as the user would read it', () => {
    expect(['+1', 1, '0', '-2', '>=0', '<3'].map((w) => describeDeltaRule(parseDeltaRule(w)!))).toEqual([
      '+1',
      '+1',
      '0',
      '-2',
      '>=0',
      '<3',
    ]);
  });
});

describe('rehearsal-plan/v3: expected_delta may hold rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-delta-rule-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'apply.sql'), 'INSERT INTO t VALUES (1);\n');
  writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE t (id int PRIMARY KEY);\n');
  const base = { clone_from: { sql: 'before.sql' }, apply: { file: 'apply.sql', sha256: 'a'.repeat(64) } };
  const parse = (value: unknown) => parsePlan(join(dir, 'plan.json'), Buffer.from(JSON.stringify(value)));

  it('reads numbers and rules into one shape', () => {
    const plan = parse({ format: 'rehearsal-plan/v3', ...base, expected_delta: { t: '+1', u: '>=0', v: 2 } });
    expect(plan.expectedDelta).toEqual({
      t: { op: '=', n: 1, written: '+1' },
      u: { op: '>=', n: 0, written: '>=0' },
      v: { op: '=', n: 2, written: 2 },
    });
  });

  it('refuses a rule that is not one, naming the field', () => {
    expect(() => parse({ format: 'rehearsal-plan/v3', ...base, expected_delta: { t: 'more' } })).toThrow(
      /plan\.json: field expected_delta\.t: expected a whole number, or a rule such as "\+1"/,
    );
  });

  it('keeps v1 and v2 to whole numbers: a rule there is refused', () => {
    expect(() => parse({ format: 'rehearsal-plan/v2', ...base, expected_delta: { t: '+1' } })).toThrow(/field expected_delta\.t/);
    expect(() => parse({ format: 'rehearsal-plan/v1', ...base, expected_delta: { t: '>=0' } })).toThrow(/field expected_delta\.t/);
  });
});

describe('a delta rule in a rehearsal (rehearse run, SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-delta-run-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'before.sql'),
    'CREATE TABLE t (id integer PRIMARY KEY);\nCREATE TABLE u (id integer PRIMARY KEY);\nINSERT INTO u VALUES (1), (2);\n',
  );
  const apply = 'INSERT INTO t SELECT id FROM u;\n';
  writeFileSync(join(dir, 'apply.sql'), apply);
  const planWith = (delta: Record<string, string | number>) => {
    const file = join(
      dir,
      `plan-${Object.values(delta)
        .join('_')
        .replace(/[^0-9a-z]/gi, 'x')}.json`,
    );
    writeFileSync(
      file,
      JSON.stringify({
        format: 'rehearsal-plan/v3',
        target: 'sqlite:',
        clone_from: { sql: 'before.sql' },
        apply: { file: 'apply.sql', sha256: createHash('sha256').update(apply).digest('hex') },
        expected_delta: delta,
        modes: ['txn'],
      }),
    );
    return file;
  };
  const run = async (delta: Record<string, string | number>) => {
    const output = memoryOutput();
    const code = await main(['run', planWith(delta)], output);
    return { code, out: output.stdout.join('\n') };
  };

  it('is READY when the rule holds on the state: ">=1", "+2", 2', async () => {
    for (const rule of ['>=1', '+2', 2, '<3']) expect((await run({ t: rule })).code).toBe(0);
  });

  it('is BLOCKED with DELTA_MISMATCH when it does not, saying the rule and the change', async () => {
    const blocked = await run({ t: '>=3' });
    expect(blocked.code).toBe(1);
    expect(blocked.out).toMatch(/DELTA_MISMATCH/);
    expect(blocked.out).toContain('t: expected >=3 rows, the batch changed it by +2');
    expect((await run({ t: '0' })).out).toContain('t: expected 0 rows, the batch changed it by +2');
  });
});
