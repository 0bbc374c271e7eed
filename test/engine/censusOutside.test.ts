/**
 * The census sees other sessions: what another session changes on the server while the clone
 * source loads or the batch runs — a role, a setting `ALTER SYSTEM` writes — is seen by the census
 * read outside the rehearsal's transactions, and the load is refused or the step blocked, naming
 * it. (A program the load or the batch started would act from such a session.) On a private
 * server: on a shared one, every other rehearsal under way would see the change too. The
 * rehearsal waits for the test (test/support/waitForTheTest.ts) until it has made the change.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { CloneSourceError, parsePlan, resolveTarget, type RehearsalPlan } from '../../src/index.ts';
import { describeOnPrivateServer } from '../support/privateServer.ts';
import { describeEachTarget } from '../support/targets.ts';
import { WAIT_FOR_THE_TEST, whileWaiting as waitingOn } from '../support/waitForTheTest.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-census-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

function planWith(name: string, source: string, apply: string, extra: Record<string, unknown> = {}): RehearsalPlan {
  writeFileSync(join(work, `${name}.sql`), source);
  writeFileSync(join(work, `${name}.apply.sql`), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: `${name}.sql` },
    apply: { file: `${name}.apply.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
    ...extra,
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

describeOnPrivateServer('the census sees what other sessions do', (server) => {
  const WAIT = WAIT_FOR_THE_TEST;
  const whileWaiting = <T>(rehearsal: () => Promise<T>, meanwhile: (admin: pg.Client) => Promise<void>) =>
    waitingOn(server().url, rehearsal, meanwhile);

  it('a role another session makes while the clone source loads: the load is refused, naming it', async () => {
    const target = resolveTarget(server().url);
    try {
      const plan = planWith(
        'load',
        `${WAIT}CREATE TABLE landing (a int);\nSELECT wait_for_the_test();\n`,
        'INSERT INTO landing VALUES (1);\n',
      );
      const refused = await whileWaiting(
        () => runRehearsal(plan, target, quiet).catch((e: unknown) => e),
        (admin) => admin.query('CREATE ROLE made_meanwhile').then(() => {}),
      );
      expect(refused).toBeInstanceOf(CloneSourceError);
      expect((refused as Error).message).toMatch(
        /load\.sql: the clone source changed state outside the clone's database, or another session did while it loaded \(role added or changed: made_meanwhile\); its load was rolled back$/,
      );
    } finally {
      await target.close();
      const admin = new pg.Client(server().url);
      await admin.connect();
      await admin.query('DROP ROLE IF EXISTS made_meanwhile');
      await admin.end();
    }
  });

  it.each([
    ['a role dropped', 'CREATE ROLE there_before', 'DROP ROLE there_before', 'role removed or changed: there_before', ''],
    [
      'a setting ALTER SYSTEM wrote',
      '',
      "ALTER SYSTEM SET work_mem = '5MB'",
      'server setting written by ALTER SYSTEM or a configuration file added or changed: /',
      'ALTER SYSTEM RESET work_mem',
    ],
  ])('%s by another session while the batch runs blocks RX-3, naming it', async (_what, before, meanwhile, change, after) => {
    const admin = new pg.Client(server().url);
    await admin.connect();
    const target = resolveTarget(server().url);
    try {
      if (before) await admin.query(before);
      const plan = planWith('batch', `${WAIT}CREATE TABLE landing (a int);\n`, 'INSERT INTO landing VALUES (wait_for_the_test());\n', {
        policy: { justified: [{ statement: 1, kind: 'FUNCTION', function: 'wait_for_the_test', reason: 'waits for the test' }] },
        modes: ['txn'],
      });
      const result = await whileWaiting(
        () => runRehearsal(plan, target, quiet),
        (other) => other.query(meanwhile).then(() => {}),
      );
      expect(result.codes).toEqual(['SIDE_EFFECT_LEFT']);
      expect(result.steps[3]!.details.cluster_changes).toEqual([expect.stringContaining(change)]);
    } finally {
      await target.close();
      if (after) await admin.query(after);
      await admin.end();
    }
  });
});

describeEachTarget(
  'the census of the clone itself',
  (target) => {
    it('a large object the batch makes (through a function) blocks RX-3, naming it', async () => {
      const source = `CREATE TABLE landing (a int);
CREATE FUNCTION keep_a_blob() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_catalog.lo_from_bytea(0, 'x'); RETURN 1; END $$;\n`;
      const plan = planWith('blob', source, 'INSERT INTO landing VALUES (keep_a_blob());\n', {
        policy: { justified: [{ statement: 1, kind: 'FUNCTION', function: 'keep_a_blob', reason: 'makes a large object' }] },
        modes: ['txn'],
      });
      const result = await runRehearsal(plan, target(), quiet);
      expect(result.codes).toEqual(['SIDE_EFFECT_LEFT']);
      expect(result.steps[3]!.details.cluster_changes).toEqual([expect.stringMatching(/^large object added or changed: \d+$/)]);
    });
  },
  ['pglite', 'postgres'],
);
