/**
 * The boundary reads a batch the parser reads whole by the parser's own statement positions, and
 * any other batch with the scanner's split and one parse per statement. Both must give the same
 * statements: the same text, class and names (the trees differ only in their character positions,
 * counted from the batch or from the statement). Checked against the scanner's way on batches of
 * PostgreSQL's regression suite, five statements at a time.
 */
import fc from 'fast-check';
import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBatch } from '../../src/boundary/classifyBatch.ts';
import { loadParser } from '../../src/sql/parser.ts';
import { regressStatements } from './regressCorpus.ts';

/** The parser, refusing a text of more than one statement: the batch is then split by the scanner and parsed one by one. */
const oneAtATime = (sql: string) => {
  const parsed = parseSync(sql);
  if ((parsed.stmts?.length ?? 0) > 1) throw new Error('one statement at a time');
  return parsed;
};

/** The trees' character positions (the boundary reads none of them). */
const POSITIONS = new Set(['location', 'list_start', 'list_end', 'stmt_location', 'stmt_len']);

/** A result without the trees' character positions. */
const withoutPositions = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v) => (POSITIONS.has(key) ? undefined : (v as unknown))));

let batches: string[] = [];
beforeAll(async () => {
  await loadParser();
  const statements = regressStatements().map((s) => s.sql);
  batches = [];
  for (let i = 0; i + 5 <= statements.length && batches.length < 3000; i += 5) batches.push(statements.slice(i, i + 5).join('\n'));
}, 120_000);

describe('the boundary reads a batch the parser reads whole as the scanner splits it', () => {
  it('gives the same statements both ways, on 3,000 batches of the regression suite', () => {
    let whole = 0;
    for (const batch of batches) {
      const quick = parseBatch(batch, 'postgres');
      expect(withoutPositions(quick), batch).toEqual(withoutPositions(parseBatch(batch, 'postgres', oneAtATime)));
      try {
        parseSync(batch);
        whole++;
      } catch {
        // Read by the scanner both ways.
      }
    }
    expect(batches.length).toBe(3000);
    // The parser's way was compared, not only the scanner's (2,913 of the 3,000 batches parse whole).
    expect(whole).toBeGreaterThan(2500);
  });

  it.each([
    ['a quoted semicolon', "INSERT INTO t VALUES ('a;b'); SELECT 1;"],
    ['a comment holding one', 'SELECT 1; -- a; b\nSELECT 2'],
    ['a body of statements', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3;'],
    ['comments alone between two', 'SELECT 1; /* c */ ; SELECT 2;'],
    ['no final semicolon', 'SELECT 1;\n  SELECT 2  '],
    ['text past the last one', 'SELECT 1; -- the end'],
    ['SQLite statements', "REPLACE INTO t VALUES (1); PRAGMA user_version; INSERT INTO t VALUES ('x');"],
    // Postgres reads these as part of a name; the text that runs is trimmed of them, and so is what is judged.
    ['a Unicode space after the last statement', 'SELECT 1;\nDELETE FROM t\u3000'],
    ['a no-break space after the last statement', 'INSERT INTO r SELECT x FROM src\u00a0'],
    ['a Unicode space before a statement', 'SELECT 1;\u2028DELETE FROM t;'],
  ])('%s: the same statements both ways', (_what, batch) => {
    for (const dialect of ['postgres', 'sqlite'] as const) {
      expect(withoutPositions(parseBatch(batch, dialect))).toEqual(withoutPositions(parseBatch(batch, dialect, oneAtATime)));
    }
    const texts = parseBatch(batch, 'postgres');
    expect('unreadable' in texts ? [] : texts.map((s) => s.sql).join(' ')).not.toBe('');
  });

  it('gives the same statements both ways on batches built of quotes, comments, bodies and semicolons', () => {
    const pieces = [
      'SELECT 1',
      "INSERT INTO t VALUES ('a;b')",
      'UPDATE t SET v = 2 WHERE id = 1',
      'DELETE FROM t',
      'SELECT $$;$$',
      'SELECT $q$ $$ ; $q$',
      "SELECT E'\\';'",
      '/* c; */',
      '/* a /* nested ; */ b */',
      '-- line; comment\n',
      ';',
      ' ',
      '\n',
      'REPLACE INTO t VALUES (1)',
      'PRAGMA user_version',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END',
      'SELECT "a;b" FROM t',
      'SELECT 1 ;',
      '\u3000',
      '\u00a0',
      'DELETE FROM t',
      'WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x',
    ];
    let whole = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
        fc.constantFrom('postgres' as const, 'sqlite' as const),
        (parts, dialect) => {
          const batch = parts.join('');
          try {
            parseSync(batch);
            whole++;
          } catch {
            // The scanner's way both ways.
          }
          expect(withoutPositions(parseBatch(batch, dialect))).toEqual(withoutPositions(parseBatch(batch, dialect, oneAtATime)));
        },
      ),
      { numRuns: 2000, seed: 38 },
    );
    expect(whole).toBeGreaterThan(200);
  });
});
