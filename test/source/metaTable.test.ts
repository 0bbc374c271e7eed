/**
 * The clone-source check's exact answer for psql meta-commands and SQLite statements (which the
 * Postgres parser does not see), and its exact messages: a refusal with the count of the others,
 * a missing extension, roles the clone lacks (one, several; skipped by the plan or refused).
 */
import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCloneSource, checkExtensions, planLoad } from '../../src/source/cloneSource.ts';
import { metaArguments } from '../../src/source/classifyMetaAndSqlite.ts';
import type { Verdict } from '../../src/source/classifyCloneStatement.ts';

beforeAll(() => loadModule());

/** The verdict of a one-line source, or the message it is refused with. */
function answer(line: string, dialect: 'postgres' | 'sqlite', skips: 'database'[] = []): Verdict | string {
  try {
    return [...checkCloneSource(`${line}\n`, dialect === 'postgres' ? 'm.sql' : 's.sql', dialect, skips).entries()][0]!.verdict;
  } catch (error) {
    return (error as Error).message;
  }
}

const META_SKIPPING_DATABASE: readonly (readonly [string, Verdict | string])[] = [
  [
    '\\restrict abc',
    {
      action: 'skip',
      kind: '\\restrict',
      reason: "psql's guard against loading into another server than the one dumped; the clone is a server of its own",
    },
  ],
  [
    '\\unrestrict abc',
    {
      action: 'skip',
      kind: '\\unrestrict',
      reason: "psql's guard against loading into another server than the one dumped; the clone is a server of its own",
    },
  ],
  ['\\echo hi', { action: 'skip', kind: '\\echo', reason: 'psql output only' }],
  ['\\qecho x', { action: 'skip', kind: '\\qecho', reason: 'psql output only' }],
  ['\\warn x', { action: 'skip', kind: '\\warn', reason: 'psql output only' }],
  ['\\timing on', { action: 'skip', kind: '\\timing', reason: 'psql output only' }],
  ['\\pset pager off', { action: 'skip', kind: '\\pset', reason: 'psql output only' }],
  ['\\set ON_ERROR_STOP on', { action: 'skip', kind: '\\set', reason: 'a psql setting' }],
  ['\\unset ECHO', { action: 'skip', kind: '\\unset', reason: 'a psql setting' }],
  ['\\set QUIET', { action: 'skip', kind: '\\set', reason: 'a psql setting' }],
  ['\\encoding UTF8', { action: 'skip', kind: '\\encoding', reason: 'the clone is loaded as UTF-8' }],
  ['\\encoding utf-8', { action: 'skip', kind: '\\encoding', reason: 'the clone is loaded as UTF-8' }],
  ['\\encoding utf8', { action: 'skip', kind: '\\encoding', reason: 'the clone is loaded as UTF-8' }],
  [
    '\\connect other',
    { action: 'skippable', kind: '\\connect other', category: 'database', reason: 'connects to another database: a clone is one database' },
  ],
  ['\\c - alice', { action: 'roles', kind: '\\c', roles: ['alice'], category: 'owner' }],
  ['\\c - "Bob"', { action: 'roles', kind: '\\c', roles: ['Bob'], category: 'owner' }],
  ['\\c', { action: 'skip', kind: '\\c', reason: 'connects to the same database again' }],
  ['\\c -', { action: 'skip', kind: '\\c', reason: 'connects to the same database again' }],
  [
    '\\connect "Mixed Db"',
    {
      action: 'skippable',
      kind: '\\connect Mixed Db',
      category: 'database',
      reason: 'connects to another database: a clone is one database',
    },
  ],
  [
    '\\connect -reuse-previous=on "dbname=\'x\'"',
    { action: 'skippable', kind: '\\connect x', category: 'database', reason: 'connects to another database: a clone is one database' },
  ],
  [
    '\\connect "dbname=y user=z"',
    { action: 'skippable', kind: '\\connect y', category: 'database', reason: 'connects to another database: a clone is one database' },
  ],
  ['\\connect - -', { action: 'skip', kind: '\\connect', reason: 'connects to the same database again' }],
];

const META: readonly (readonly [string, Verdict | string])[] = [
  ['\\set x 1', 'm.sql:1: \\set sets a psql variable the script may interpolate into its SQL, which cannot then be classified'],
  ['\\set', 'm.sql:1: \\set sets a psql variable the script may interpolate into its SQL, which cannot then be classified'],
  ['\\encoding LATIN1', 'm.sql:1: \\encoding the clone source is read as UTF-8'],
  ['\\encoding', 'm.sql:1: \\encoding the clone source is read as UTF-8'],
  ['\\encoding utf-88', 'm.sql:1: \\encoding the clone source is read as UTF-8'],
  [
    '\\gexec',
    'm.sql:1: \\gexec is a psql meta-command that reads or writes files, runs programs or changes what psql sends; a clone source runs SQL only',
  ],
  [
    '\\connect other',
    'm.sql:1: \\connect other connects to another database: a clone is one database; to leave out the script\'s own database commands and load it into the clone, add "skip": ["database"] to clone_from (rehearsal-plan/v2) or run with --skip database',
  ],
];

const SQLITE: readonly (readonly [string, Verdict | string | RegExp])[] = [
  ["ATTACH DATABASE 'x' AS y", 's.sql:1: ATTACH opens another database file, outside the clone'],
  ['DETACH y', 's.sql:1: DETACH opens another database file, outside the clone'],
  ["VACUUM INTO 'x'", 's.sql:1: VACUUM INTO writes a database file outside the clone'],
  ['VACUUM', { action: 'run', kind: 'VACUUM' }],
  ["PRAGMA temp_store_directory = '/tmp'", 's.sql:1: PRAGMA temp_store_directory names a directory outside the clone'],
  ["PRAGMA data_store_directory='/x'", 's.sql:1: PRAGMA data_store_directory names a directory outside the clone'],
  ['PRAGMA journal_mode = WAL', { action: 'run', kind: 'PRAGMA journal_mode' }],
  ['ROLLBACK', 's.sql:1: ROLLBACK the clone source is loaded in one transaction of its own, and cannot undo part of itself'],
  ['ROLLBACK TO s', { action: 'run', kind: 'ROLLBACK' }],
  ['BEGIN TRANSACTION', { action: 'skip', kind: 'BEGIN', reason: 'the clone source is loaded in one transaction of its own' }],
  ['COMMIT', { action: 'skip', kind: 'COMMIT', reason: 'the clone source is loaded in one transaction of its own' }],
  ['END', { action: 'skip', kind: 'END', reason: 'the clone source is loaded in one transaction of its own' }],
  ['SAVEPOINT s', { action: 'run', kind: 'SAVEPOINT' }],
  ['CREATE TABLE t (a)', { action: 'run', kind: 'CREATE' }],
  ['insert into t values (1)', { action: 'run', kind: 'INSERT' }],
  ['RELEASE s', { action: 'run', kind: 'RELEASE' }],
  // An attacker's review: a word read as SQLite's tokenizer reads it — ATTACH, then + (read as one word
  // `ATTACH+`, it was run, and SQLite attached the file).
  ["ATTACH+'/tmp/outside.db' AS x", 's.sql:1: ATTACH opens another database file, outside the clone'],
  ["attach-'x'||'' AS x", 's.sql:1: ATTACH opens another database file, outside the clone'],
  ['DETACH/**/x', 's.sql:1: DETACH opens another database file, outside the clone'],
  ["VACUUM INTO+'x'", 's.sql:1: VACUUM INTO writes a database file outside the clone'],
  ["VACUUM main INTO'x'", 's.sql:1: VACUUM INTO writes a database file outside the clone'],
  // SQLite applies some PRAGMAs as it compiles them: EXPLAIN PRAGMA set them without running.
  [
    "EXPLAIN PRAGMA temp_store_directory = '/tmp'",
    's.sql:1: EXPLAIN compiles a statement without running it, and SQLite applies some PRAGMAs as it compiles them (a dump holds no EXPLAIN)',
  ],
  ['EXPLAIN QUERY PLAN SELECT 1', /EXPLAIN compiles a statement/],
  ['ROLLBACK+0', 's.sql:1: ROLLBACK the clone source is loaded in one transaction of its own, and cannot undo part of itself'],
  // A piece that starts with no statement keyword is no statement SQLite reads as the classifier would.
  ['ATTACHé AS x', 's.sql:1: ATTACHÉ is not a keyword a SQLite statement starts with, as SQLite reads it'],
  ['+SELECT 1', 's.sql:1: + is not a keyword a SQLite statement starts with, as SQLite reads it'],
  ['WITH t AS (SELECT 1) SELECT * FROM t', { action: 'run', kind: 'WITH' }],
  ['REPLACE INTO t VALUES (1)', { action: 'run', kind: 'REPLACE' }],
];

describe('psql meta-commands', () => {
  it.each(META_SKIPPING_DATABASE.map(([line, expected]) => ({ line, expected })))(
    '$line (database commands skipped)',
    ({ line, expected }) => {
      expect(answer(line, 'postgres', ['database'])).toEqual(expected);
    },
  );
  it.each(META.map(([line, expected]) => ({ line, expected })))('$line', ({ line, expected }) => {
    expect(answer(line, 'postgres')).toEqual(expected);
  });
  it('splits arguments where psql does: at white space outside quotes', () => {
    expect(metaArguments(`connect "My ""Big"" Db" 'a b' -reuse-previous=on x"y z"`)).toEqual([
      'connect',
      '"My ""Big"" Db"',
      "'a b'",
      '-reuse-previous=on',
      'x"y z"',
    ]);
    expect(answer('\\connect "say ""hi"""', 'postgres', ['database'])).toMatchObject({ kind: '\\connect say "hi"' });
  });
});

describe('SQLite statements', () => {
  it.each(SQLITE.map(([line, expected]) => ({ line, expected })))('$line', ({ line, expected }) => {
    expect(answer(`${line};`, 'sqlite')).toEqual(expected instanceof RegExp ? expect.stringMatching(expected) : expected);
  });
});

describe('what the check and the load plan say', () => {
  const ROLES_HINT =
    'to leave the roles out, add "skip": ["roles"] to clone_from (rehearsal-plan/v2) or run with --skip roles; or create the roles on the server first';
  it('refuses at the first statement, counting the others refused', () => {
    const check = (sql: string) => () => checkCloneSource(sql, 'f.sql', 'postgres', []);
    expect(check('CREATE ROLE a;\n')).toThrow(`f.sql:1: CREATE ROLE changes roles, which belong to the whole server; ${ROLES_HINT}`);
    expect(check('SELECT 1;\nCREATE ROLE a;\nCREATE ROLE b;\n')).toThrow(
      `f.sql:2: CREATE ROLE changes roles, which belong to the whole server; ${ROLES_HINT} (1 more statement of the file is refused too)`,
    );
    expect(check('CREATE ROLE a;\nCREATE ROLE b;\nDROP ROLE c;\n')).toThrow(
      `${ROLES_HINT} (2 more statements of the file are refused too)`,
    );
  });

  it('names the first extension the target lacks', () => {
    const source = checkCloneSource('CREATE EXTENSION citext;\nCREATE EXTENSION hstore;\n', 'f.sql', 'postgres', []);
    expect(source.extensions).toEqual([
      { name: 'citext', line: 1, schema: null },
      { name: 'hstore', line: 2, schema: null },
    ]);
    expect(() => checkExtensions(source, ['hstore'], 'pglite:')).toThrow(
      'f.sql:2: CREATE EXTENSION hstore: target pglite: does not have extension hstore',
    );
    expect(() => checkExtensions(source, ['postgis'], 'pglite:')).not.toThrow();
  });

  it('runs, skips or refuses what names roles by the roles the clone has', () => {
    const source = checkCloneSource(
      'GRANT SELECT ON t TO a, b;\nALTER TABLE t OWNER TO c;\nCREATE SCHEMA s AUTHORIZATION d;\n',
      'f.sql',
      'postgres',
      [],
    );
    expect(() => planLoad(source, { existing: new Set(), owner: 'd' }, [])).toThrow(
      /^f\.sql:1: GRANT names roles "a", "b", which the clone does not have; create the role on the server, or add "skip": \["acl"\] .* \(1 more statement of the file is refused too\)$/,
    );
    // Ownership goes to the clone's owner only, whatever roles the server has.
    expect(() => planLoad(source, { existing: new Set(['a', 'b', 'c', 'd']), owner: 'd' }, [])).toThrow(
      /^f\.sql:2: ALTER … OWNER TO names role "c": what the clone source defines belongs to the clone's owner, and may not be given to another role \(its code would run as that role\); .*"skip": \["owner"\].* as pg_restore --no-owner does$/,
    );
    expect(planLoad(source, { existing: new Set(['a', 'b', 'c', 'd']), owner: 'd' }, ['owner'])).toEqual({
      statements: [
        { line: 1, kind: 'GRANT', text: 'GRANT SELECT ON t TO a, b' },
        { line: 3, kind: 'CREATE SCHEMA … AUTHORIZATION', text: 'CREATE SCHEMA s AUTHORIZATION d' },
      ],
      skipped: [
        {
          line: 2,
          kind: 'ALTER … OWNER TO',
          reason:
            'clone_from.skip holds "owner": names role "c": what the clone source defines belongs to the clone\'s owner, and may not be given to another role (its code would run as that role)',
        },
      ],
    });
    // A backend without roles (SQLite) runs them all.
    expect(planLoad(source, null, []).statements.map((s) => s.line)).toEqual([1, 2, 3]);
    const connecting = checkCloneSource('\\connect other\nCREATE TABLE t (a int);\n', 'f.sql', 'postgres', ['database']);
    expect(planLoad(connecting, { existing: new Set(), owner: 'o' }, ['database'])).toEqual({
      statements: [{ line: 2, kind: 'CREATE TABLE', text: 'CREATE TABLE t (a int)' }],
      skipped: [
        {
          line: 1,
          kind: '\\connect other',
          reason: 'clone_from.skip holds "database": connects to another database: a clone is one database',
        },
      ],
    });
  });
});
