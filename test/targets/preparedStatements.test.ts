import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Clone } from '../../src/index.ts';
import { PgliteSession } from '../../src/targets/pglite.ts';
import { dollarQuoted, literal, preparedBlock } from '../../src/session/preparedStatements.ts';
import { describeEachTarget } from '../support/targets.ts';

const LOWER = 'SELECT lower($1::text) AS v';

/** The name and time of the engine's prepared statement for `text`, as the server shows it. */
async function shown(clone: Clone, text: string): Promise<{ name: string; statement: string; at: string }> {
  const rows = await clone.ownerSession.query<{ name: string; statement: string; at: string }>(
    "SELECT name, statement, prepare_time::text AS at FROM pg_catalog.pg_prepared_statements WHERE name LIKE 'rehearse_catalog_%' AND statement LIKE $1",
    [`% AS ${text}`],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describeEachTarget(
  'the engine’s prepared statements',
  (target) => {
    let clone: Clone;
    beforeAll(async () => {
      clone = await target().createClone();
    });
    afterAll(async () => {
      await clone.dispose();
    });

    it('prepares a statement once and runs it again without preparing it again', async () => {
      expect(await preparedBlock(clone.ownerSession).run(LOWER, ['ABC'])).toEqual([{ v: 'abc' }]);
      const first = await shown(clone, LOWER);
      expect(await preparedBlock(clone.ownerSession).run(LOWER, ['DEF'])).toEqual([{ v: 'def' }]);
      expect((await shown(clone, LOWER)).at).toBe(first.at);
    });

    it('runs its text as it reads now, even when another prepared the same text under a search path that resolved it to a function of theirs', async () => {
      await preparedBlock(clone.ownerSession).run(LOWER, ['ABC']);
      const ours = await shown(clone, LOWER);
      const session = clone.ownerSession;
      await session.exec(`CREATE SCHEMA IF NOT EXISTS theirs;
        CREATE OR REPLACE FUNCTION theirs.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'theirs' $$`);
      // Each statement alone, as a trigger's EXECUTE would send it: the PREPARE's own text is then exactly ours.
      await session.exec('SET search_path = theirs, pg_catalog');
      await session.exec(`DEALLOCATE ${ours.name}`);
      await session.exec(ours.statement);
      expect(await session.query(`EXECUTE ${ours.name}('ABC')`)).toEqual([{ v: 'theirs' }]);
      await session.exec('RESET search_path');
      expect((await shown(clone, LOWER)).statement).toBe(ours.statement);
      // Postgres parses it again under the search path of the moment: the engine's text means what it says.
      expect(await preparedBlock(session).run(LOWER, ['ABC'])).toEqual([{ v: 'abc' }]);
    });

    it('prepares again a statement deallocated or replaced by another text, and checks again in every block', async () => {
      const block = preparedBlock(clone.ownerSession);
      await block.run(LOWER, ['ABC']);
      const { name } = await shown(clone, LOWER);
      await clone.ownerSession.exec(`DEALLOCATE ${name}`);
      // Inside one block nothing but the engine runs: a new block looks again.
      expect(await preparedBlock(clone.ownerSession).run(LOWER, ['X'])).toEqual([{ v: 'x' }]);
      await clone.ownerSession.exec(`DEALLOCATE ${name}; PREPARE ${name}(text) AS SELECT 'forged' AS v`);
      expect(await preparedBlock(clone.ownerSession).run(LOWER, ['Y'])).toEqual([{ v: 'y' }]);
    });

    it('passes any text and any array of text through as the value it is', async () => {
      const block = preparedBlock(clone.ownerSession);
      const text = fc.string({ unit: 'binary' }).map((s) => s.replaceAll('\u0000', ''));
      await fc.assert(
        fc.asyncProperty(text, fc.array(fc.option(text, { nil: null })), async (one, many) => {
          const [row] = await block.run<{ one: string; many: (string | null)[] }>('SELECT $1::text AS one, $2::text[] AS many', [
            one,
            many,
          ]);
          expect(row).toEqual({ one, many });
        }),
        { numRuns: 150 },
      );
    });
  },
  ['pglite', 'postgres'],
);

it('dollar-quotes a text whose end or inside would close the first tag early', () => {
  expect(dollarQuoted('abc')).toBe('$p0$abc$p0$');
  expect(dollarQuoted('a$p0')).toBe('$p1$a$p0$p1$');
  expect(dollarQuoted('$p0$ and $p1$')).toBe('$p2$$p0$ and $p1$$p2$');
  expect(literal(null)).toBe('NULL');
  expect(literal(['a"b', 'c\\d', null])).toBe('$p0${"a\\"b","c\\\\d",NULL}$p0$');
  expect(() => literal({})).toThrow(/must be text/);
});

it('shares one connection’s statements between the sessions over it: a second session neither prepares them again nor runs them unchecked', async () => {
  const db = await PGlite.create();
  try {
    const [a, b] = [new PgliteSession(db), new PgliteSession(db)];
    await preparedBlock(a).run(LOWER, ['A']);
    const at = async () =>
      (await db.query<{ at: string }>("SELECT prepare_time::text AS at FROM pg_prepared_statements WHERE name LIKE 'rehearse_catalog_%'"))
        .rows;
    const first = await at();
    expect(first).toHaveLength(1);
    expect((await preparedBlock(b).run(LOWER, ['B']))[0]).toEqual({ v: 'b' });
    expect(await at()).toEqual(first);
    // The second session still looks before it runs: replaced, the statement is prepared again.
    await db.exec(`DO $$ DECLARE n text; BEGIN SELECT name INTO n FROM pg_prepared_statements; EXECUTE format('DEALLOCATE %I', n);
      EXECUTE format('PREPARE %I(text) AS SELECT %L AS v', n, 'forged'); END $$`);
    expect((await preparedBlock(b).run(LOWER, ['C']))[0]).toEqual({ v: 'c' });
  } finally {
    await db.close();
  }
});
