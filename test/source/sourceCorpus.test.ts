/**
 * What the clone-source check makes of real dumps, pinned: every real-world Postgres source in
 * the repo split, classified and planned with and without each skip — counts by verdict and kind,
 * the first and last entries in full, and a digest over every entry (line, verdict, text, COPY
 * data) so that any change to any entry shows — and the SQLite splitter over a source of every
 * kind of piece it must keep whole.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import { checkCloneSource, checkCloneSourceFiles, planLoad, type Entry } from '../../src/source/cloneSource.ts';
import { splitSqliteSource } from '../../src/sql/splitSqliteSource.ts';

beforeAll(() => loadParser());

const SOURCES = [
  'examples/real-world/pagila/pagila.sql',
  'examples/real-world/chinook-postgres/Chinook_PostgreSql.sql',
  'examples/real-world/periodic-table-rls/periodic_table_rls.sql',
  'test/data/registry.pg_dump.sql',
  'examples/before.sql',
];

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const tally = (values: readonly string[]) =>
  Object.fromEntries([...new Set(values)].sort().map((v) => [v, values.filter((x) => x === v).length]));

describe('real Postgres dumps through the clone-source check', () => {
  it.each(SOURCES)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const skips = ['database', 'owner', 'acl', 'roles'] as const;
    let checked: ReturnType<typeof checkCloneSource>;
    try {
      checked = checkCloneSource(text, file, 'postgres', skips);
    } catch (error) {
      expect((error as Error).message).toMatchSnapshot();
      return;
    }
    const all = [...checked.entries()];
    const entries = all.map((e) => ({
      line: e.line,
      verdict: e.verdict,
      text: e.text.slice(0, 120),
      copy: e.copy
        ? `${e.copy.bytes().length} bytes, sha256 ${createHash('sha256').update(e.copy.bytes()).digest('hex').slice(0, 16)}`
        : null,
    }));
    const verdictOf = (e: (typeof all)[number]) => JSON.stringify(e.verdict).slice(0, 60);
    const plans = Object.fromEntries(
      [[], ['owner', 'acl'], [...skips]].map((s) => {
        try {
          const plan = planLoad(checked, { existing: new Set(['postgres']), owner: 'rehearse_owner' }, s as never);
          return [
            s.join(',') || 'no skips',
            {
              statements: plan.statements.length,
              kinds: tally(plan.statements.map((st) => st.kind)),
              skipped: tally(plan.skipped.map((k) => `${k.kind}: ${k.reason}`)),
              digest: digest(plan.statements.map((st) => [st.line, st.kind, st.text, st.copy?.bytes().length ?? null])),
            },
          ];
        } catch (error) {
          return [s.join(',') || 'no skips', `refused: ${(error as Error).message}`];
        }
      }),
    );
    expect({
      entries: entries.length,
      verdicts: tally(all.map(verdictOf)),
      extensions: checked.extensions,
      first: entries.slice(0, 4),
      last: entries.slice(-3),
      digest: digest(all.map((e) => [e.line, e.verdict, e.text, e.copy ? Buffer.from(e.copy.bytes()).toString('base64') : null])),
      plans,
    }).toMatchSnapshot();
  });
});

describe('a source read as a stream', () => {
  // The same entries whether the source is held or read again from its file a line at a time:
  // lines, verdicts, texts and every byte of COPY data, each streamed chunk whole lines.
  it.each(SOURCES)('%s', (file) => {
    const skips = ['database', 'owner', 'acl', 'roles'] as const;
    const held = checkCloneSource(readFileSync(file, 'utf8'), file, 'postgres', skips);
    const streamed = checkCloneSourceFiles([{ file }], 'postgres', skips, 0);
    const summary = (entries: Iterable<Entry>) => {
      const out: unknown[] = [];
      for (const e of entries) {
        const chunks = e.copy ? [...e.copy.chunks()] : [];
        expect(chunks.every((c) => c.length === 0 || c[c.length - 1] === 10)).toBe(true);
        out.push([e.line, e.verdict, e.text, e.copy ? Buffer.concat(chunks).toString('base64') : null]);
      }
      return out;
    };
    const expected = summary(held.entries());
    expect(expected.length).toBeGreaterThan(0);
    expect(summary(streamed.entries())).toEqual(expected);
    expect({ ...streamed, entries: null }).toEqual({ ...held, entries: null, bytes: statSync(file).size });
  });

  it('refuses a file changed between its check and its load, and streamed COPY data read late', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-stream-'));
    try {
      const file = join(dir, 'dump.sql');
      writeFileSync(file, 'CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n2\n\\.\nSELECT 1;\n');
      const checked = checkCloneSourceFiles([{ file }], 'postgres', [], 0);
      const entries = [...checked.entries()];
      expect(entries.map((e) => e.verdict.kind)).toEqual(['CREATE TABLE', 'COPY', 'SELECT']);
      expect(() => [...entries[1]!.copy!.chunks()]).toThrow(/read once, before the next statement/);
      writeFileSync(file, 'CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n3\n\\.\nSELECT 1;\n');
      expect(() => [...checked.entries()]).toThrow(`${file}: the file changed while the rehearsal read it`);
      writeFileSync(file, 'CREATE TABLE t (a int);\nCREATE ROLE intruder;\n');
      expect(() => [...checked.entries()]).toThrow(`${file}:2: CREATE ROLE changes roles`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SQLite splitter', () => {
  it('keeps every kind of piece whole, with its line and first words', () => {
    const source = [
      '-- a comment; with a semicolon',
      "CREATE TABLE \"a;b\" ([c;d] TEXT, `e;f` TEXT, g TEXT DEFAULT 'x;''y');",
      '/* block;',
      "   comment */ INSERT INTO \"a;b\" VALUES ('1;2', '3', '4');",
      'CREATE TEMP TRIGGER tr AFTER INSERT ON "a;b" BEGIN',
      "  UPDATE \"a;b\" SET g = CASE WHEN 1 THEN 'a;' ELSE 'b' END;",
      '  DELETE FROM "a;b" WHERE 0;',
      'END;',
      'CREATE TRIGGER t2 BEFORE DELETE ON "a;b" BEGIN SELECT 1; END;',
      'CREATE TEMPORARY TRIGGER t3 BEFORE DELETE ON "a;b" BEGIN SELECT 2; END;',
      ';;',
      'PRAGMA foreign_keys = ON;',
      'SELECT [unclosed',
    ].join('\n');
    expect(splitSqliteSource(source)).toMatchSnapshot();
    expect(splitSqliteSource('')).toEqual([]);
    expect(splitSqliteSource('-- only a comment\n/* and */')).toEqual([]);
    expect(splitSqliteSource("SELECT 'open")).toEqual([{ line: 1, text: "SELECT 'open", words: ['SELECT', '~'] }]);
  });
});
