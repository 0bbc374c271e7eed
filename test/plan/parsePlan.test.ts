import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCloneSourceFits, parsePlan } from '../../src/plan/parsePlan.ts';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'apply.sql'), 'INSERT INTO t VALUES (1);\n');
writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE t (id int PRIMARY KEY);\n');
const good = {
  format: 'rehearsal-plan/v1',
  clone_from: { sql: 'before.sql' },
  apply: { file: 'apply.sql', sha256: 'a'.repeat(64) },
};
const planFile = join(dir, 'plan.json');
const parse = (value: unknown) => parsePlan(planFile, Buffer.from(JSON.stringify(value)));

describe('plan loading', () => {
  it('resolves paths against the plan file and applies the defaults', () => {
    const plan = parse(good);
    expect(plan.applyFile).toBe(join(dir, 'apply.sql'));
    expect(plan.cloneFrom).toEqual({
      kind: 'sql',
      path: join(dir, 'before.sql'),
      paths: [join(dir, 'before.sql')],
      skip: [],
      extensions: [],
    });
    expect(plan).toMatchObject({
      target: null,
      modes: ['txn', 'snapshot'],
      policy: { allow: ['INSERT'], justified: [] },
      preflight: null,
      expectedDelta: null,
    });
  });

  it("keeps an expected_delta entry for a table named __proto__ (an attacker's review: it was dropped silently)", () => {
    for (const format of ['rehearsal-plan/v1', 'rehearsal-plan/v3']) {
      const text = JSON.stringify({ ...good, format }).replace(/}$/, ', "expected_delta": {"__proto__": 1, "t": -1}}');
      const plan = parsePlan(planFile, Buffer.from(text));
      expect(Object.keys(plan.expectedDelta ?? {})).toEqual(['__proto__', 't']);
    }
  });

  it.each([
    ['an unknown key', { ...good, extra: 1 }, /plan\.json: field \(top level\): unknown field extra$/],
    ['an unknown nested key', { ...good, apply: { ...good.apply, mode: 'x' } }, /field apply: unknown field mode/],
    [
      'a hash that is not 64 hex digits',
      { ...good, apply: { ...good.apply, sha256: 'abc' } },
      /field apply\.sha256: expected the sha256 as 64 lowercase hex digits/,
    ],
    ['a missing apply file', { ...good, apply: { ...good.apply, file: 'nope.sql' } }, /field apply\.file: .*nope\.sql does not exist/],
    ['a missing clone source', { ...good, clone_from: { sql: 'gone.sql' } }, /field clone_from\.sql: .*gone\.sql does not exist/],
    ['a wrong format', { ...good, format: 'rehearsal-plan/v9' }, /field format/],
    ['an unknown policy kind', { ...good, policy: { allow: ['TRUNCATE'] } }, /field policy\.allow\.0/],
  ])('refuses %s in one line naming the file and the field', (_name, value, message) => {
    expect(() => parse(value)).toThrow(message);
    try {
      parse(value);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/\n/);
      expect((error as Error).message.startsWith(planFile)).toBe(true);
    }
  });

  it('refuses a clone source that does not fit the target', () => {
    // An empty file is an empty SQLite database.
    writeFileSync(join(dir, 'empty.sqlite'), '');
    const sqliteFile = { ...good, clone_from: { sqlite_file: 'empty.sqlite' } };
    expect(() => checkCloneSourceFits(parse(sqliteFile), 'pglite')).toThrow(
      /field clone_from: sqlite_file needs a sqlite: target, not pglite/,
    );
    const template = { ...good, clone_from: { template_database: 'prod_copy' } };
    expect(() => checkCloneSourceFits(parse(template), 'sqlite')).toThrow(/template_database needs a postgres:\/\/ target/);
    expect(() => checkCloneSourceFits(parse(template), 'postgres')).not.toThrow();
  });

  it('refuses a file that is not JSON', () => {
    expect(() => parsePlan(planFile, Buffer.from('{"format": '))).toThrow(/plan\.json: not a plan: not a single JSON value/);
  });
});
