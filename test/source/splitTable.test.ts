/**
 * Where a Postgres clone source splits, pinned: nested block comments, `--` comments, `E'…'`
 * escapes and plain strings, doubled quotes, dollar quotes (and `$1`, and `$` inside a name),
 * a rule's parenthesised actions, several statements on a line, COPY data with CRLF line ends,
 * meta-commands between statements; and the line each refusal names.
 */
import { loadModule } from 'libpg-query';
import { beforeAll, expect, it } from 'vitest';
import { splitPostgresSource } from '../../src/source/splitPostgresSource.ts';

beforeAll(() => loadModule());

type Item = { kind: string; line: number; text: string; data?: string };

const SPLITS: readonly (readonly [string, readonly Item[] | string])[] = [
  [
    'SELECT 1 /* ; */;\nSELECT 2 /* a /* b ; */\n ; */ ;\nSELECT 3;',
    [
      { kind: 'sql', line: 1, text: 'SELECT 1 /* ; */' },
      { kind: 'sql', line: 2, text: 'SELECT 2 /* a /* b ; */\n ; */' },
      { kind: 'sql', line: 4, text: 'SELECT 3' },
    ],
  ],
  ['/* a\n/* b */\nc */\n-- note\n\nSELECT 1;', [{ kind: 'sql', line: 6, text: 'SELECT 1' }]],
  [
    "SELECT E'it\\'s;\n' AS a;\nSELECT 'a\\';\nSELECT 2;",
    [
      { kind: 'sql', line: 1, text: "SELECT E'it\\'s;\n' AS a" },
      { kind: 'sql', line: 3, text: "SELECT 'a\\'" },
      { kind: 'sql', line: 4, text: 'SELECT 2' },
    ],
  ],
  [
    "SELECT 1 AS e, 'x\\';\nSELECT 2;",
    [
      { kind: 'sql', line: 1, text: "SELECT 1 AS e, 'x\\'" },
      { kind: 'sql', line: 2, text: 'SELECT 2' },
    ],
  ],
  [
    "SELECT '--;' -- ; comment\n;\nSELECT 2; -- trailing\nSELECT 3;",
    [
      { kind: 'sql', line: 1, text: "SELECT '--;' -- ; comment" },
      { kind: 'sql', line: 3, text: 'SELECT 2' },
      { kind: 'sql', line: 4, text: 'SELECT 3' },
    ],
  ],
  [
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;\n$$;\nCREATE FUNCTION g() RETURNS int LANGUAGE sql AS $fn$ SELECT $$;$$::text;\n SELECT 2; $fn$;',
    [
      { kind: 'sql', line: 1, text: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;\n$$' },
      { kind: 'sql', line: 3, text: 'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $fn$ SELECT $$;$$::text;\n SELECT 2; $fn$' },
    ],
  ],
  [
    'PREPARE p AS SELECT $1;\nSELECT 2;',
    [
      { kind: 'sql', line: 1, text: 'PREPARE p AS SELECT $1' },
      { kind: 'sql', line: 2, text: 'SELECT 2' },
    ],
  ],
  [
    'SELECT 1 AS "a"";\n" ;\nSELECT 2;',
    [
      { kind: 'sql', line: 1, text: 'SELECT 1 AS "a"";\n"' },
      { kind: 'sql', line: 3, text: 'SELECT 2' },
    ],
  ],
  [
    'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO u VALUES (1);\n INSERT INTO u VALUES (2));\nSELECT 1;',
    [
      { kind: 'sql', line: 1, text: 'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO u VALUES (1);\n INSERT INTO u VALUES (2))' },
      { kind: 'sql', line: 3, text: 'SELECT 1' },
    ],
  ],
  [
    'COPY t (a, b) FROM stdin;\r\n1\tx\r\n\\N\t\\.x\r\n\\.\r\nSELECT 1;\r\n',
    [
      { kind: 'copy', line: 1, text: 'COPY t (a, b) FROM stdin', data: '1\tx\n\\N\t\\.x\n' },
      { kind: 'sql', line: 5, text: 'SELECT 1' },
    ],
  ],
  [
    'SELECT 1; SELECT 2;\n  SELECT 3;',
    [
      { kind: 'sql', line: 1, text: 'SELECT 1' },
      { kind: 'sql', line: 1, text: 'SELECT 2' },
      { kind: 'sql', line: 2, text: 'SELECT 3' },
    ],
  ],
  [
    '\\connect db\nSELECT 1;\n\\echo hi\n',
    [
      { kind: 'meta', line: 1, text: '\\connect db' },
      { kind: 'sql', line: 2, text: 'SELECT 1' },
      { kind: 'meta', line: 3, text: '\\echo hi' },
    ],
  ],
  ['SELECT 1 /* open\n', 'x.sql:1: the statement starting here never ends (an unterminated quote, comment or dollar quote?)'],
  ['SELECT 1;\nSELECT\n  FROM WHERE;', 'x.sql:3: the Postgres parser cannot read this statement: syntax error at or near "WHERE"'],
  ["SELECT 'never ends;\n", 'x.sql:1: the statement starting here never ends (an unterminated quote, comment or dollar quote?)'],
  ['COPY t FROM stdin; SELECT 1;\n1\n\\.\n', 'x.sql:1: COPY … FROM stdin must end its line: its data follows on the next line'],
  ['COPY t FROM stdin;\n1\n', 'x.sql:1: COPY data has no terminating \\. line'],
  [
    'SELECT a$b$c FROM t;\nSELECT 2;',
    [
      { kind: 'sql', line: 1, text: 'SELECT a$b$c FROM t' },
      { kind: 'sql', line: 2, text: 'SELECT 2' },
    ],
  ],
];

it.each(SPLITS.map(([source, expected]) => ({ source, expected })))('$source', ({ source, expected }) => {
  let got: Item[] | string;
  try {
    got = splitPostgresSource(source, 'x.sql').map((i) => ({
      kind: i.kind,
      line: i.line,
      text: i.text,
      ...(i.kind === 'copy' ? { data: Buffer.from(i.data.bytes()).toString('utf8') } : {}),
    }));
  } catch (error) {
    got = (error as Error).message;
  }
  expect(got).toEqual(expected);
});
