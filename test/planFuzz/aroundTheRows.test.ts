/**
 * `rehearse fuzz --plan` on a realistic change — an order for an existing customer, and a customer
 * whose key follows the data's own pattern (`c0100` → `c0101`): states are drawn around the rows
 * the batch names (the customer is there unless a case leaves it out), so most cases are READY;
 * the run goes on after a failure and finds each kind of failure, shrinks and stores each, and
 * counts the cases by outcome.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { nextInPattern } from '../../generators/planState.ts';
import { namedValues } from '../../properties/planFuzz/batchAnchors.ts';
import { loadParser } from '../../src/sql/parser.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-around-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const customers = Array.from({ length: 100 }, (_, i) => `('c${String(i + 1).padStart(4, '0')}', 'customer ${i + 1}')`).join(',\n');
const SOURCE = `CREATE TABLE customer (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customer (id), total NUMERIC NOT NULL);
INSERT INTO customer VALUES
${customers};
INSERT INTO orders VALUES (1, 'c0042', 10), (2, 'c0007', 20);
`;
const APPLY = `INSERT INTO orders (id, customer_id, total) VALUES (1000, 'c0042', 99);
INSERT INTO customer (id, name) VALUES ('c0101', 'new customer');
`;

it('reads the values a batch names: compared in a WHERE, inserted into a column, selected by an INSERT … SELECT', async () => {
  await loadParser();
  expect(namedValues(APPLY, 'sqlite')).toEqual([
    { table: 'orders', column: 'id', value: '1000', how: 'insert' },
    { table: 'orders', column: 'customer_id', value: 'c0042', how: 'insert' },
    { table: 'orders', column: 'total', value: '99', how: 'insert' },
    { table: 'customer', column: 'id', value: 'c0101', how: 'insert' },
    { table: 'customer', column: 'name', value: 'new customer', how: 'insert' },
  ]);
  expect(
    namedValues(
      "UPDATE film SET rate = 1 WHERE film_id = 7 AND 3 = store;\nINSERT INTO playlist_track SELECT 19, track_id FROM playlist_track WHERE playlist_id = 1;\nDELETE FROM t WHERE k = 'x' OR k = 'y';\n",
      'postgres',
    ),
  ).toEqual([
    { table: 'film', column: 'film_id', value: '7', how: 'where' },
    { table: 'film', column: 'store', value: '3', how: 'where' },
    { table: 'playlist_track', column: 'playlist_id', value: '1', how: 'where' },
  ]);
  expect(nextInPattern(['s8807', 's12', 'x', 'INV-0099'])).toEqual(['s8808', 's8809', 'INV-0100', 'INV-0101']);
});

it('fuzzes around the rows the batch names, goes on after a failure, and counts the cases by outcome', async () => {
  writeFileSync(join(work, 'before.sql'), SOURCE);
  writeFileSync(join(work, 'apply.sql'), APPLY);
  writeFileSync(
    join(work, 'plan.json'),
    JSON.stringify({
      format: 'rehearsal-plan/v1',
      target: 'sqlite:',
      clone_from: { sql: 'before.sql' },
      apply: { file: 'apply.sql', sha256: createHash('sha256').update(APPLY).digest('hex') },
      expected_delta: { orders: 1, customer: 1 },
    }),
  );
  const output = memoryOutput();
  const corpus = join(work, 'corpora');
  const code = await main(
    ['fuzz', '--plan', join(work, 'plan.json'), '--budget', '90s', '--seed', '3', '--corpus', corpus, '--max-failures', '2'],
    output,
  );
  const out = output.stdout.join('');
  expect(code, output.stderr.join('')).toBe(1);
  expect(out).toMatch(/^around {4}the rows the batch names: "?customer"? id = c0042/m);
  const outcomes = /^outcomes {2}(.*)$/m.exec(out)?.[1] ?? '';
  // Most cases hold the customer the order is for: READY is counted, and the failures besides.
  const ready = Number(/READY (\d+)/.exec(outcomes)?.[1] ?? 0);
  const blocked = [...outcomes.matchAll(/BLOCKED APPLY_FAILED (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  expect(ready).toBeGreaterThan(0);
  expect(blocked).toBeGreaterThanOrEqual(2);
  // Two kinds of failure, each shrunk and stored: the customer left out, and the key the batch inserts taken.
  expect(out).toMatch(/^result {4}2 failing before-states of distinct kinds \(stopped at --max-failures 2\)$/m);
  expect(out).toMatch(/FOREIGN KEY constraint failed/);
  expect(out).toMatch(/UNIQUE constraint failed: customer\.id/);
  expect(out).toMatch(/INSERT INTO "customer" \("id", "name"\) VALUES \('c0101', /);
  const stored = readdirSync(corpus).flatMap((d) => readdirSync(join(corpus, d)));
  expect(stored.filter((f) => f.endsWith('.json'))).toHaveLength(2);
}, 180_000);
