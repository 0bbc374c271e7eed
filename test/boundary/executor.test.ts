import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import { readExecutor } from '../../src/boundary/executor.ts';

beforeAll(() => loadParser());

const EXECUTOR = `-- the executor production runs
\\set ON_ERROR_STOP on
BEGIN;
INSERT INTO t (id) VALUES (1);
UPDATE t SET v = 'x' WHERE id = 2;
COMMIT;
`;

const problems = (text: string, dialect: 'postgres' | 'sqlite' = 'postgres') => {
  const read = readExecutor(text, dialect);
  return read.kind === 'refused' ? read.problems.map((p) => `${p.line}: ${p.reason}`) : read.kind;
};

describe('an apply file read as an executor', () => {
  it('finds the envelope, the line that stops on error, the ending, and the batch between at its own lines', () => {
    const read = readExecutor(EXECUTOR, 'postgres');
    expect(read).toMatchObject({ kind: 'executor', client: 'psql', stopOnErrorLine: 2, beginLine: 3, endLine: 6, ending: 'COMMIT' });
    if (read.kind !== 'executor') throw new Error('not an executor');
    expect(read.batch.split('\n').map((l) => l.trim())).toEqual([
      '',
      '',
      '',
      'INSERT INTO t (id) VALUES (1);',
      "UPDATE t SET v = 'x' WHERE id = 2;",
      '',
    ]);
  });

  it('takes START TRANSACTION, END and a dry run ending in ROLLBACK, and the quiet commands', () => {
    expect(
      readExecutor('\\set ON_ERROR_STOP 1\nSTART TRANSACTION;\n\\echo go\nINSERT INTO t VALUES (1);\nEND;\n', 'postgres'),
    ).toMatchObject({ ending: 'COMMIT', commands: [{ line: 1 }, { line: 3, text: '\\echo go' }] });
    expect(readExecutor('\\set ON_ERROR_STOP on\n\\timing on\nBEGIN;\nINSERT INTO t VALUES (1);\nROLLBACK;', 'postgres')).toMatchObject({
      ending: 'ROLLBACK',
    });
  });

  it('a file with no client command and no BEGIN first is a plain batch, as before', () => {
    expect(readExecutor('INSERT INTO t VALUES (1);\n', 'postgres')).toEqual({ kind: 'plain' });
    expect(readExecutor('INSERT INTO t VALUES (1);\nCOMMIT;\n', 'postgres')).toEqual({ kind: 'plain' });
    expect(readExecutor("INSERT INTO t VALUES ('\\set x');\n", 'postgres')).toEqual({ kind: 'plain' });
  });

  it('an envelope without ON_ERROR_STOP is read, and says so', () => {
    expect(readExecutor('BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'postgres')).toMatchObject({
      kind: 'executor',
      stopOnErrorLine: null,
    });
  });

  it('refuses, naming the line: a second transaction, control in the middle, a SAVEPOINT, options, an ending missing', () => {
    expect(
      problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nBEGIN;\nINSERT INTO t VALUES (2);\nCOMMIT;\n'),
    ).toEqual([expect.stringMatching(/^4: transaction control in the middle/), expect.stringMatching(/^5: a second transaction/)]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nSAVEPOINT a;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^3: transaction control an executor may not hold/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN ISOLATION LEVEL SERIALIZABLE;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^2: an executor's first statement is its one BEGIN/),
      expect.stringMatching(/^2: transaction control an executor may not hold/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (1);\n')).toEqual([
      expect.stringMatching(/^3: an executor's last statement is its one COMMIT/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nINSERT INTO t VALUES (1);\n')).toEqual([
      expect.stringMatching(/^2: an executor's first statement is its one BEGIN/),
      expect.stringMatching(/^2: an executor's last statement/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT AND CHAIN;\n')).toEqual([
      expect.stringMatching(/^4: an executor's last statement/),
      expect.stringMatching(/^4: transaction control an executor may not hold/),
    ]);
  });

  it('refuses every psql command not on the short list, a shell escape in any, and ON_ERROR_STOP out of place', () => {
    for (const command of [
      '\\! rm -rf /tmp/x',
      '\\copy t TO /tmp/x',
      '\\o /tmp/out',
      '\\i other.sql',
      '\\gexec',
      '\\set AUTOCOMMIT off',
      '\\set x 1',
      '\\unset ON_ERROR_STOP',
      '\\c otherdb',
      '\\if true',
    ])
      expect(problems(`\\set ON_ERROR_STOP on\nBEGIN;\n${command}\nINSERT INTO t VALUES (1);\nCOMMIT;\n`), command).toEqual([
        expect.stringMatching(/^3: /),
      ]);
    expect(problems('\\set ON_ERROR_STOP on\n\\echo `touch /tmp/x`\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^2: a psql command with a backtick/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\n\\echo hi \\! touch /tmp/x\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^2: a backslash in a psql command's arguments/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\n\\echo x \\\\ DELETE FROM t;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^3: a backslash in a psql command's arguments/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\n\\echo "\'" \\! touch /tmp/x # \'\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^2: a backslash in a psql command's arguments/),
    ]);
    expect(problems('\\set ON_ERROR_STOP off\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^1: \\set ON_ERROR_STOP to anything but on/),
    ]);
    expect(problems('BEGIN;\n\\set ON_ERROR_STOP on\nINSERT INTO t VALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^2: \\set ON_ERROR_STOP on: it belongs once, before the BEGIN/),
    ]);
  });

  it('reads quotes, dollar quotes and comments as psql does: a backslash there is no command', () => {
    const text = `\\set ON_ERROR_STOP on
BEGIN;
INSERT INTO t (v) VALUES ('a
\\! not a command'), ($x$
\\o neither
$x$), (E'it''s \\' still
\\i quoted');
/* a comment
\\! inside it */
COMMIT;
`;
    expect(readExecutor(text, 'postgres')).toMatchObject({ kind: 'executor', commands: [{ line: 1 }] });
  });

  it('refuses a command inside a statement, and a psql variable psql would substitute', () => {
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t\n\\echo x\nVALUES (1);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^4: a client command inside a statement/),
    ]);
    expect(problems("\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (:'USER');\nCOMMIT;\n")).toEqual([
      expect.stringMatching(/^3: a psql variable reference/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (:id);\nCOMMIT;\n')).toEqual([
      expect.stringMatching(/^3: a psql variable reference/),
    ]);
    expect(
      readExecutor("\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES ('1'::int, ':id', a[1 : 2]);\nCOMMIT;\n", 'postgres').kind,
    ).toBe('executor');
  });

  it('reads a sqlite3 shell executor: .bail on, BEGIN IMMEDIATE, and refuses other dot-commands', () => {
    expect(readExecutor('.bail on\nBEGIN IMMEDIATE;\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'sqlite')).toMatchObject({
      kind: 'executor',
      client: 'sqlite3',
      stopOnErrorLine: 1,
      ending: 'COMMIT',
    });
    expect(problems('.bail on\nBEGIN;\n.shell touch /tmp/x\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'sqlite')).toEqual([
      expect.stringMatching(/^3: the sqlite3 command \.shell/),
    ]);
    expect(problems('.bail on\n.output /tmp/x\nBEGIN;\nINSERT INTO t VALUES (1);\nEND TRANSACTION;\n', 'sqlite')).toEqual([
      expect.stringMatching(/^2: the sqlite3 command \.output/),
    ]);
    expect(problems('\\set ON_ERROR_STOP on\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'sqlite')).toEqual([
      expect.stringMatching(/^1: a psql command in a SQLite executor/),
    ]);
    expect(problems('.bail on\nBEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'postgres')).toEqual([
      expect.stringMatching(/^1: a sqlite3 dot-command in a Postgres executor/),
    ]);
    // SQLite's comments do not nest: what follows the first */ is read again, as sqlite3 reads it.
    expect(problems('.bail on\nBEGIN;\n/* /* */\n.shell touch /tmp/x\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'sqlite')).toEqual([
      expect.stringMatching(/^4: the sqlite3 command \.shell/),
    ]);
    // Indented, a dot-command is SQL to sqlite3 (which SQLite cannot parse): not a client command that passes.
    expect(readExecutor('.bail on\nBEGIN;\n  .print x\nINSERT INTO t VALUES (1);\nCOMMIT;\n', 'sqlite')).toMatchObject({
      kind: 'executor',
      commands: [{ line: 1 }],
    });
    // A line starting with '.' inside an open statement is part of it.
    expect(readExecutor('.bail on\nBEGIN;\nINSERT INTO t VALUES (1,\n.5);\nCOMMIT;\n', 'sqlite')).toMatchObject({
      kind: 'executor',
      commands: [{ line: 1 }],
    });
  });

  it("takes one PRAGMA foreign_keys = ON before a sqlite3 executor's BEGIN as its own, and no other PRAGMA", () => {
    for (const pragma of ['PRAGMA foreign_keys = ON;', 'pragma main.foreign_keys=1;', "PRAGMA foreign_keys = 'yes';"]) {
      const read = readExecutor(`.bail on\n${pragma}\nBEGIN;\nDELETE FROM p WHERE id = 1;\nCOMMIT;\n`, 'sqlite');
      expect(read).toMatchObject({ kind: 'executor', foreignKeysOnLine: 2, statements: ['DELETE FROM p WHERE id = 1;'] });
    }
    expect(readExecutor('.bail on\nBEGIN;\nDELETE FROM p WHERE id = 1;\nCOMMIT;\n', 'sqlite')).toMatchObject({ foreignKeysOnLine: null });
    // Off, another PRAGMA, or inside the transaction: not the executor's own.
    for (const text of [
      '.bail on\nPRAGMA foreign_keys = OFF;\nBEGIN;\nDELETE FROM p;\nCOMMIT;\n',
      '.bail on\nPRAGMA journal_mode = WAL;\nBEGIN;\nDELETE FROM p;\nCOMMIT;\n',
      '.bail on\nPRAGMA foreign_keys = ON;\nPRAGMA foreign_keys = ON;\nBEGIN;\nDELETE FROM p;\nCOMMIT;\n',
    ])
      expect(readExecutor(text, 'sqlite').kind).toBe('refused');
    // On psql, a PRAGMA is no command of its own.
    expect(readExecutor('\\set ON_ERROR_STOP on\nPRAGMA foreign_keys = ON;\nBEGIN;\nDELETE FROM p;\nCOMMIT;\n', 'postgres').kind).toBe(
      'refused',
    );
  });

  it('refuses what the clients read otherwise than this reader would (found by an attacker)', () => {
    const envelope = (before: string, after = '') => `${before}BEGIN;\nINSERT INTO t VALUES (1);\n${after}COMMIT;\n`;
    // A carriage return ends a -- comment for psql: a /* after it opens a comment this reader would not see.
    expect(problems(envelope('\\set ON_ERROR_STOP on\n', '-- note\r/*\n\\echo ok */ DELETE FROM t WHERE id = 2;\n-- */\n'))).toContainEqual(
      expect.stringMatching(/^4: a carriage return not followed by a line feed/),
    );
    // A no-break space: psql sets a variable named "ON_ERROR_STOP<NBSP>on", and never stops on an error.
    expect(problems(envelope('\\set ON_ERROR_STOP\u00a0on\n'))).toContainEqual(expect.stringMatching(/^1: a Unicode space/));
    expect(problems(envelope('.bail\u00a0on\n'), 'sqlite')).toContainEqual(expect.stringMatching(/^1: a Unicode space/));
    // SQLite's comments do not nest: a statement after COMMIT that the Postgres scanner would read as a comment.
    expect(problems(`${envelope('.bail on\n')}/* /* */ DELETE FROM t WHERE id = 2; -- */\n`, 'sqlite')).toEqual([
      expect.stringMatching(/^4: transaction control in the middle/),
      expect.stringMatching(/^5: an executor's last statement is its one COMMIT/),
    ]);
    // A line of only '/' or 'go' ends a statement for the sqlite3 shell: what follows would run on its own.
    expect(
      problems(envelope('.bail on\n', 'UPDATE t SET v = 0 FROM (SELECT 2 AS reindex) AS x WHERE t.id = 99 OR 1\n/\nreindex;\n'), 'sqlite'),
    ).toContainEqual(expect.stringMatching(/^5: a line of only '\/' or 'go'/));
    expect(problems(envelope('.bail on\n', 'SELECT 1 AS rollback\n  GO  -- x\nrollback;\n'), 'sqlite')).toContainEqual(
      expect.stringMatching(/^5: a line of only '\/' or 'go'/),
    );
    expect(problems(envelope('.bail on\n#skipped\n'), 'sqlite')).toContainEqual(expect.stringMatching(/^2: a line starting with '#'/));
    // No E'' strings in SQLite: a backslash there hides nothing, and the dot-command after it is seen.
    expect(
      problems(envelope(".bail on\n/* /* */ SELECT E'\\' FROM (SELECT 1 AS E);\n.shell touch /tmp/x\nSELECT 1; -- ' */\n"), 'sqlite'),
    ).toContainEqual(expect.stringMatching(/^3: the sqlite3 command \.shell/));
  });
});
