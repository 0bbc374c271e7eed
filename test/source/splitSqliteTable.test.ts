/**
 * Where a SQLite clone source splits, and the first words each piece is judged by, pinned:
 * comments, quoted strings and identifiers of every kind, triggers up to their END (TEMP ones
 * too), a missing last semicolon, and words split by a line end or a comment (`ATTACH` on one
 * line and `DATABASE` on the next is still ATTACH, and refused).
 */
import { loadModule } from 'libpg-query';
import { beforeAll, expect, it } from 'vitest';
import { checkCloneSource } from '../../src/source/cloneSource.ts';
import { splitSqliteSource, type SqlitePiece } from '../../src/sql/splitSqliteSource.ts';

beforeAll(() => loadModule());

const SPLITS: readonly (readonly [string, readonly SqlitePiece[]])[] = [
  [
    '-- head ; comment\nCREATE TABLE t (a);\n/* multi\nline ; */ INSERT INTO t VALUES (1);',
    [
      { line: 2, text: '-- head ; comment\nCREATE TABLE t (a);', words: ['CREATE', 'TABLE', 'T', 'A'] },
      { line: 4, text: '\n/* multi\nline ; */ INSERT INTO t VALUES (1);', words: ['INSERT', 'INTO', 'T', 'VALUES'] },
    ],
  ],
  [
    "INSERT INTO t VALUES ('a;''b\n;');\nSELECT 2;",
    [
      { line: 1, text: "INSERT INTO t VALUES ('a;''b\n;');", words: ['INSERT', 'INTO', 'T', 'VALUES'] },
      { line: 3, text: '\nSELECT 2;', words: ['SELECT', '2'] },
    ],
  ],
  [
    'CREATE TABLE "x;""y" ([a;b] INT, `c;``d` TEXT);\nSELECT 1;',
    [
      { line: 1, text: 'CREATE TABLE "x;""y" ([a;b] INT, `c;``d` TEXT);', words: ['CREATE', 'TABLE', '~', '~'] },
      { line: 2, text: '\nSELECT 1;', words: ['SELECT', '1'] },
    ],
  ],
  [
    'CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT CASE WHEN 1 THEN 2 END;\n  INSERT INTO u VALUES (1);\nEND;\nSELECT 3;',
    [
      {
        line: 1,
        text: 'CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT CASE WHEN 1 THEN 2 END;',
        words: ['CREATE', 'TEMP', 'TRIGGER', 'TR'],
      },
      { line: 3, text: '\n  INSERT INTO u VALUES (1);', words: ['INSERT', 'INTO', 'U', 'VALUES'] },
      { line: 4, text: '\nEND;', words: ['END'] },
      { line: 5, text: '\nSELECT 3;', words: ['SELECT', '3'] },
    ],
  ],
  [
    'CREATE TEMPORARY TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;\nCREATE TRIGGER t2 AFTER DELETE ON t BEGIN DELETE FROM u; END ;SELECT 4;',
    [
      {
        line: 1,
        text: 'CREATE TEMPORARY TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;',
        words: ['CREATE', 'TEMPORARY', 'TRIGGER', 'TR'],
      },
      { line: 2, text: '\nCREATE TRIGGER t2 AFTER DELETE ON t BEGIN DELETE FROM u; END ;', words: ['CREATE', 'TRIGGER', 'T2', 'AFTER'] },
      { line: 2, text: 'SELECT 4;', words: ['SELECT', '4'] },
    ],
  ],
  [
    'CREATE TEMP TABLE x (a); SELECT 5;',
    [
      { line: 1, text: 'CREATE TEMP TABLE x (a);', words: ['CREATE', 'TEMP', 'TABLE', 'X'] },
      { line: 1, text: ' SELECT 5;', words: ['SELECT', '5'] },
    ],
  ],
  ['SELECT 1;\n  -- only a comment\n', [{ line: 1, text: 'SELECT 1;', words: ['SELECT', '1'] }]],
  [
    'SELECT 1; SELECT 2 -- no semicolon',
    [
      { line: 1, text: 'SELECT 1;', words: ['SELECT', '1'] },
      { line: 1, text: ' SELECT 2 -- no semicolon', words: ['SELECT', '2'] },
    ],
  ],
  ['SELECT 1;\n/* unterminated comment', [{ line: 1, text: 'SELECT 1;', words: ['SELECT', '1'] }]],
  ["SELECT 'unterminated\nstring", [{ line: 1, text: "SELECT 'unterminated\nstring", words: ['SELECT', '~'] }]],
  [
    'select(1);select 2;',
    [
      { line: 1, text: 'select(1);', words: ['SELECT', '1'] },
      { line: 1, text: 'select 2;', words: ['SELECT', '2'] },
    ],
  ],
  ['  \n\n  SELECT\n7;', [{ line: 3, text: '  \n\n  SELECT\n7;', words: ['SELECT', '7'] }]],
  ['/**/SELECT 8;/* x */;', [{ line: 1, text: '/**/SELECT 8;', words: ['SELECT', '8'] }]],
  [
    "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 'END'; SELECT [END]; END;",
    [
      {
        line: 1,
        text: "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 'END'; SELECT [END]; END;",
        words: ['CREATE', 'TRIGGER', 'TR', 'AFTER'],
      },
    ],
  ],
  [
    "ATTACH\nDATABASE 'x' AS y;\nATTACH--c\n'z' AS w;",
    [
      { line: 1, text: "ATTACH\nDATABASE 'x' AS y;", words: ['ATTACH', 'DATABASE', '~', 'AS'] },
      { line: 3, text: "\nATTACH--c\n'z' AS w;", words: ['ATTACH', '~', 'AS', 'W'] },
    ],
  ],
];

it.each(SPLITS.map(([source, expected]) => ({ source, expected })))('$source', ({ source, expected }) => {
  expect(splitSqliteSource(source)).toEqual(expected);
});

it('refuses ATTACH however its words are spread over lines and comments', () => {
  for (const source of ["ATTACH\nDATABASE 'x' AS y;", "attach -- a comment\n'x' AS y;", "ATTACH/* c */'x' AS y;"]) {
    expect(() => checkCloneSource(source, 's.sql', 'sqlite', [])).toThrow('s.sql:1: ATTACH opens another database file, outside the clone');
  }
});
