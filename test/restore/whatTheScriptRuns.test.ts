/**
 * The restore script is run by an operator, often as a superuser, where the proof runs it as the
 * apply role: a function of the database's own that its statements reach — a CHECK (which a DELETE
 * the change made never ran), a domain's CHECK reached by a cast in its guard, an index
 * expression, an operator of its guard — would run as that operator. An attacker's review (stop
 * 39) had such a function run a program when a superuser ran the script. No script is given then,
 * naming the function; the tables' own triggers, which the script disables, are no reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { planWriter, type Justification } from '../support/rehearsalPlans.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-script-runs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const writePlan = planWriter(work);
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

const CHECKED = `CREATE FUNCTION ok_amount(a int) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN a >= 0; END $$;
CREATE TABLE payments (id int PRIMARY KEY, amount int CHECK (ok_amount(amount)));
INSERT INTO payments VALUES (1, 10), (2, 20);
`;
const DOMAIN_KEY = `CREATE FUNCTION valid_code(int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN $1 > 0; END $$;
CREATE DOMAIN code AS int CHECK (valid_code(VALUE));
CREATE TABLE items (id code PRIMARY KEY, name text);
INSERT INTO items VALUES (1, 'a');
`;
const INDEXED = `CREATE FUNCTION folded(text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN lower($1); END $$;
CREATE TABLE people (id int PRIMARY KEY, name text);
CREATE INDEX by_folded ON people (folded(name));
INSERT INTO people VALUES (1, 'Ann'), (2, 'Bob');
`;
const PARTITIONED = `CREATE FUNCTION route(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN $1 % 100; END $$;
CREATE TABLE routed (id int, v text) PARTITION BY RANGE (route(id));
CREATE TABLE routed_low PARTITION OF routed FOR VALUES FROM (0) TO (50);
ALTER TABLE routed_low ADD PRIMARY KEY (id);
INSERT INTO routed_low VALUES (1, 'a');
`;
const TRIGGERED = `CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at = 1; RETURN NEW; END $$;
CREATE TABLE stamped (id int PRIMARY KEY, n int, at int);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON stamped FOR EACH ROW EXECUTE FUNCTION stamp();
INSERT INTO stamped VALUES (1, 1, 0);
`;

const CASES: readonly [string, string, string, readonly Justification[], RegExp][] = [
  [
    'a CHECK the DELETE never ran, which re-inserting the row runs',
    CHECKED,
    'DELETE FROM payments WHERE id = 2;\n',
    [{ statement: 1, kind: 'DELETE' }],
    /runs public\.ok_amount\(integer\) through the constraint payments_amount_check of public\.payments/,
  ],
  [
    "a domain's CHECK, reached by the cast of the key in a DELETE's guard",
    DOMAIN_KEY,
    "INSERT INTO items VALUES (2, 'b');\n",
    [{ statement: 1, kind: 'FUNCTION', function: 'valid_code' }],
    /public\.valid_code\(integer\)/,
  ],
  [
    'an index expression the UPDATE it sets back runs',
    INDEXED,
    "UPDATE people SET name = 'Anne' WHERE id = 1;\n",
    [
      { statement: 1, kind: 'UPDATE' },
      { statement: 1, kind: 'FUNCTION', function: 'folded' },
    ],
    /runs public\.folded\(text\) through index by_folded of public\.people/,
  ],
  [
    'the partition key of the table a leaf it writes belongs to (the UPDATE it sets back is checked against it)',
    PARTITIONED,
    "UPDATE routed_low SET v = 'c' WHERE id = 1;\n",
    [
      { statement: 1, kind: 'UPDATE' },
      { statement: 1, kind: 'FUNCTION', function: 'route' },
    ],
    /runs public\.route\(integer\) through the partition key of public\.routed, which a row written to its partition public\.routed_low is checked against/,
  ],
];

describeEachTarget(
  'what the restore script runs besides its rows',
  (target) => {
    it.each(CASES)('%s: no script, the function named', async (_what, source, apply, justified, named) => {
      const result = await runRehearsal(writePlan(source, apply, justified), target(), quiet);
      expect(result.codes).toEqual(['RESTORE_SCRIPT_UNAVAILABLE']);
      const rx4 = result.steps.find((s) => s.id === 'RX-4')!;
      const unrestorable = (rx4.details.restore_script as { unrestorable: { reason: string }[] }).unrestorable;
      expect(unrestorable.map((u) => u.reason)).toEqual([expect.stringMatching(named)]);
      expect(result.restoreScript).toBeNull();
      // The rollback itself was proved: only the script production would run is refused.
      expect(result.steps.find((s) => s.id === 'RX-3')!.status).toBe('PASS');
    });

    it("the table's own triggers are no reason: the script disables them, and is given", async () => {
      const result = await runRehearsal(
        writePlan(TRIGGERED, 'UPDATE stamped SET n = 2 WHERE id = 1;\n', [
          { statement: 1, kind: 'UPDATE' },
          { statement: 1, kind: 'FUNCTION', function: 'stamp' },
        ]),
        target(),
        quiet,
      );
      expect(result.codes).toEqual([]);
      expect(result.restoreScript).toContain('DISABLE TRIGGER stamp');
    });
  },
  ['pglite', 'postgres'],
);
