import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyTextProblem, checkCloneSourceFits, parsePlan, parsePlanValue } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-plan-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'apply.sql'), 'INSERT INTO t VALUES (1);\n');
writeFileSync(join(dir, 'before.sql'), 'CREATE TABLE t (id int PRIMARY KEY);\n');
writeFileSync(join(dir, 'db.sqlite'), '');
writeFileSync(join(dir, 'nul.sql'), Buffer.from([0x53, 0x00, 0x31]));
writeFileSync(join(dir, 'latin1.sql'), Buffer.from([0x53, 0xe9, 0x31]));
mkdirSync(join(dir, 'folder.sql'));
mkdirSync(join(dir, 'data'));
writeFileSync(join(dir, 'schema.sql'), 'CREATE TABLE t (id int PRIMARY KEY);\n');
writeFileSync(join(dir, 'data', 'rows.sql'), 'INSERT INTO t VALUES (2);\n');
const planFile = join(dir, 'plan.json');
const sha256 = 'a'.repeat(64);
const v2 = { format: 'rehearsal-plan/v2', clone_from: { sql: 'before.sql' }, apply: { file: 'apply.sql', sha256 } };
const parse = (value: unknown) => parsePlan(planFile, Buffer.from(JSON.stringify(value)));
/** The plan without its file paths, which depend on the temporary directory. */
const shape = (value: unknown) => {
  const { planFile: _p, applyFile, cloneFrom, ...rest } = parse(value);
  return { ...rest, applyFile: applyFile.replace(dir, '<dir>'), cloneFrom: JSON.parse(JSON.stringify(cloneFrom).replaceAll(dir, '<dir>')) };
};

describe('parsePlan: the exact plan for each accepted form', () => {
  it('v2 with every field', () => {
    expect(
      shape({
        ...v2,
        target: 'sqlite:',
        source_database: 'prod',
        clone_from: { sql: 'before.sql', skip: ['owner', 'acl'], extensions: ['pg_stat_statements'] },
        scope: { schemas: ['public'], tables: ['t', 'u'] },
        expected_delta: { t: 1, u: -2 },
        policy: { allow: ['INSERT', 'UPDATE'], justified: [{ statement: 2, kind: 'UPDATE', reason: 'fix' }] },
        preflight: { database: 'prod', min_approvals: 2, approvals_table: 'approvals' },
        modes: ['snapshot'],
      }),
    ).toEqual({
      target: 'sqlite:',
      sourceDatabase: 'prod',
      applyFile: '<dir>/apply.sql',
      applySha256: sha256,
      cloneFrom: {
        kind: 'sql',
        path: '<dir>/before.sql',
        paths: ['<dir>/before.sql'],
        skip: ['owner', 'acl'],
        extensions: ['pg_stat_statements'],
      },
      scope: { schemas: ['public'], tables: ['t', 'u'] },
      expectedDelta: { t: { op: '=', n: 1, written: 1 }, u: { op: '=', n: -2, written: -2 } },
      policy: { allow: ['INSERT', 'UPDATE'], justified: [{ statement: 2, kind: 'UPDATE', reason: 'fix' }] },
      preflight: { database: 'prod', minApprovals: 2, approvalsTable: 'approvals' },
      modes: ['snapshot'],
      invariants: [],
    });
  });

  it('v4 with invariants: a fixed value or the one before, at the points named (by default all)', () => {
    expect(
      shape({
        ...v2,
        format: 'rehearsal-plan/v4',
        invariants: [
          { name: 'no open permits', query: 'SELECT count(*) FROM permits WHERE open', equals: 0 },
          { name: 'births before == after', query: 'SELECT count(*) FROM births', unchanged: true, at: ['after_rollback'] },
          { name: 'nothing', query: 'SELECT NULL', equals: null, at: ['before'] },
        ],
      }).invariants,
    ).toEqual([
      {
        name: 'no open permits',
        query: 'SELECT count(*) FROM permits WHERE open',
        expect: { equals: '0' },
        at: ['before', 'after_apply', 'after_rollback', 'after_restore'],
      },
      { name: 'births before == after', query: 'SELECT count(*) FROM births', expect: 'unchanged', at: ['after_rollback'] },
      { name: 'nothing', query: 'SELECT NULL', expect: { equals: null }, at: ['before'] },
    ]);
  });

  it.each([
    [
      'v2 with the defaults',
      v2,
      {
        scope: { schemas: null, tables: null },
        cloneFrom: { kind: 'sql', path: '<dir>/before.sql', paths: ['<dir>/before.sql'], skip: [], extensions: [] },
      },
    ],
    ['scope all', { ...v2, scope: 'all' }, { scope: { schemas: null, tables: null } }],
    ['scope by schemas only', { ...v2, scope: { schemas: ['a'] } }, { scope: { schemas: ['a'], tables: null } }],
    ['scope by tables only', { ...v2, scope: { tables: ['t'] } }, { scope: { schemas: null, tables: ['t'] } }],
    ['v1 scope by schemas', { ...v2, format: 'rehearsal-plan/v1', scope: { schemas: ['s'] } }, { scope: { schemas: ['s'], tables: null } }],
    [
      'v1 sql source (no skip)',
      { ...v2, format: 'rehearsal-plan/v1' },
      { cloneFrom: { kind: 'sql', path: '<dir>/before.sql', paths: ['<dir>/before.sql'], skip: [], extensions: [] } },
    ],
    [
      'a SQL source of several files, loaded in order',
      { ...v2, clone_from: { sql: ['schema.sql', 'data/rows.sql'] } },
      {
        cloneFrom: {
          kind: 'sql',
          path: '<dir>/schema.sql',
          paths: ['<dir>/schema.sql', '<dir>/data/rows.sql'],
          skip: [],
          extensions: [],
        },
      },
    ],
    ['a SQLite file', { ...v2, clone_from: { sqlite_file: 'db.sqlite' } }, { cloneFrom: { kind: 'sqlite_file', path: '<dir>/db.sqlite' } }],
    [
      'a template database',
      { ...v2, clone_from: { template_database: 'tmpl_1$' } },
      { cloneFrom: { kind: 'template_database', name: 'tmpl_1$' } },
    ],
    [
      'a preflight with the default table',
      { ...v2, preflight: { database: 'd', min_approvals: 0 } },
      { preflight: { database: 'd', minApprovals: 0, approvalsTable: null } },
    ],
    [
      'justified function and view writes',
      {
        ...v2,
        policy: {
          justified: [
            { statement: 1, kind: 'FUNCTION', function: 'public.f', reason: 'r' },
            { statement: 3, kind: 'VIEW', view: 'v', reason: 'r' },
          ],
        },
      },
      {
        policy: {
          allow: ['INSERT'],
          justified: [
            { statement: 1, kind: 'FUNCTION', function: 'public.f', reason: 'r' },
            { statement: 3, kind: 'VIEW', view: 'v', reason: 'r' },
          ],
        },
      },
    ],
  ])('%s', (_name, value, expected) => {
    const plan = shape(value);
    expect(plan).toMatchObject(expected);
    expect(plan).toMatchObject({ target: null, sourceDatabase: null, expectedDelta: null, modes: ['txn', 'snapshot'] });
    expect(Object.isFrozen(parse(value))).toBe(true);
  });
});

describe('parsePlan: the exact refusal', () => {
  const refusal = (value: unknown) => {
    try {
      parse(value);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).name).toBe('PlanError');
      return (error as Error).message.replace(dir, '<dir>').replace(dir, '<dir>');
    }
    throw new Error('accepted');
  };
  it.each([
    ['scope with neither schemas nor tables', { ...v2, scope: {} }, '<dir>/plan.json: field scope: expected schemas, tables or both'],
    [
      'a list of SQL files one of which is missing',
      { ...v2, clone_from: { sql: ['schema.sql', 'rows.sql'] } },
      expect.stringMatching(/^<dir>\/plan\.json: field clone_from\.sql\[1\]: .*rows\.sql/),
    ],
    [
      'an extension name that is no name',
      { ...v2, clone_from: { sql: 'before.sql', extensions: ['pg_stat; DROP'] } },
      '<dir>/plan.json: field clone_from.extensions.0: expected an extension name',
    ],
    ...['dblink', 'postgres_fdw', 'file_fdw', 'adminpack'].map((name) => [
      `an extension that reaches outside the clone for the engine to create: ${name}`,
      { ...v2, clone_from: { sql: 'before.sql', extensions: ['pgcrypto', name] } },
      expect.stringMatching(
        new RegExp(
          `^<dir>/plan\\.json: field clone_from\\.extensions\\.1: extension ${name} (connects to other|reads the server's|writes the server's)`,
        ),
      ),
    ]),
    [
      'a delta rule in a plan of a version before rules',
      { ...v2, expected_delta: { t: '+1' } },
      expect.stringMatching(
        /^<dir>\/plan\.json: field expected_delta\.t: .*; a rule such as "\+1" or ">=0" needs "format": "rehearsal-plan\/v3" \(or later\)/,
      ),
    ],
    [
      'a list of SQL files in a v1 plan',
      { ...v2, format: 'rehearsal-plan/v1', clone_from: { sql: ['before.sql'] } },
      expect.stringMatching(/a list of SQL files needs "format": "rehearsal-plan\/v2" \(or later\)$/),
    ],
    [
      'a missing clone source file',
      { ...v2, clone_from: { sql: 'gone.sql' } },
      '<dir>/plan.json: field clone_from.sql: <dir>/gone.sql does not exist',
    ],
    [
      'a folder as the clone source',
      { ...v2, clone_from: { sql: 'folder.sql' } },
      '<dir>/plan.json: field clone_from.sql: <dir>/folder.sql is not a file',
    ],
    [
      'a missing SQLite file',
      { ...v2, clone_from: { sqlite_file: 'x.sqlite' } },
      '<dir>/plan.json: field clone_from.sqlite_file: <dir>/x.sqlite does not exist',
    ],
    ['a missing apply file', { ...v2, apply: { file: 'x.sql', sha256 } }, '<dir>/plan.json: field apply.file: <dir>/x.sql does not exist'],
    [
      'an apply file with a NUL',
      { ...v2, apply: { file: 'nul.sql', sha256 } },
      '<dir>/plan.json: field apply.file: <dir>/nul.sql holds a NUL byte at offset 1',
    ],
    [
      'an apply file not UTF-8',
      { ...v2, apply: { file: 'latin1.sql', sha256 } },
      '<dir>/plan.json: field apply.file: <dir>/latin1.sql is not UTF-8 text',
    ],
    [
      'an unknown skip',
      { ...v2, clone_from: { sql: 'before.sql', skip: ['tables'] } },
      expect.stringMatching(/^<dir>\/plan\.json: field clone_from/),
    ],
  ])('%s', (_name, value, expected) => {
    expect(refusal(value)).toEqual(expected);
  });

  it('refuses bytes that are not one JSON document, naming the file', () => {
    expect(() => parsePlan(planFile, Buffer.from('{"a":1,"a":2}'))).toThrow(`${planFile}: not a plan: duplicate key at $ member #2`);
  });

  it('says what is wrong with an apply file, or null', () => {
    expect(applyTextProblem(Buffer.from('SELECT 1'))).toBeNull();
    expect(applyTextProblem(Buffer.from([0]))).toBe('holds a NUL byte at offset 0');
    expect(applyTextProblem(Buffer.from([0xff]))).toBe('is not UTF-8 text');
  });

  it('fits a clone source to the target kind', () => {
    const sqliteFile = parse({ ...v2, clone_from: { sqlite_file: 'db.sqlite' } });
    const template = parse({ ...v2, clone_from: { template_database: 't' } });
    expect(() => checkCloneSourceFits(sqliteFile, 'sqlite')).not.toThrow();
    expect(() => checkCloneSourceFits(sqliteFile, 'pglite')).toThrow(
      `${planFile}: field clone_from: sqlite_file needs a sqlite: target, not pglite`,
    );
    expect(() => checkCloneSourceFits(template, 'postgres')).not.toThrow();
    expect(() => checkCloneSourceFits(template, 'testcontainers')).not.toThrow();
    expect(() => checkCloneSourceFits(template, 'sqlite')).toThrow(
      `${planFile}: field clone_from: template_database needs a postgres:// target, not sqlite`,
    );
    expect(() => checkCloneSourceFits(parse(v2), 'pglite')).not.toThrow();
  });
});

describe('parsePlanValue: a plan built as a value', () => {
  it('is the plan its JSON text is, and refused as that text is', () => {
    const plan = {
      ...v2,
      policy: { allow: ['INSERT'], justified: [{ statement: 1, kind: 'DELETE', reason: 'generated' }] },
      modes: ['txn'],
    };
    expect(parsePlanValue(planFile, plan)).toEqual(parse(plan));
    const wrong = { ...v2, modes: [] };
    expect(() => parsePlanValue(planFile, wrong)).toThrow(
      new PlanError(`${planFile}: field modes: Too small: expected array to have >=1 items`),
    );
    expect(() => parse(wrong)).toThrow(new PlanError(`${planFile}: field modes: Too small: expected array to have >=1 items`));
  });
});
