/**
 * Checks no property can make: the case they need is one only the test itself can set up. A
 * planted defect that one of them catches names it (`PlantedDefect.standing`), and the teeth test
 * runs it against the copy of the sources that holds the defect, on a private server.
 *
 * - census.sees-other-sessions: another session makes a role while the clone source loads (a
 *   program the load started would act so); only a second session of the test's can be that.
 * - boundary.builtin-by-oid: a function in `pg_catalog` that is not the server's own; only a
 *   superuser can put one there (a template database the test makes).
 * - restore.children-first: a change that inserts a parent and a child referencing it, which the
 *   generators draw too seldom for a hunt of a few sweeps to meet.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { EngineApi } from '../../properties/harness/engineApi.ts';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';
import type { resolveTarget } from '../../src/index.ts';
import { WAIT_FOR_THE_TEST, whileWaiting } from '../support/waitForTheTest.ts';

/** What a standing check is run with: an engine (a planted copy's), how it opens a target, a private server's URL. */
export interface StandingContext {
  readonly engine: EngineApi;
  readonly resolveTarget: typeof resolveTarget;
  readonly url: string;
}

/** `null` when what the check states holds; otherwise what it found. */
export type StandingCheck = (context: StandingContext) => Promise<string | null>;

function writePlan(
  engine: EngineApi,
  cloneFrom: Record<string, unknown>,
  source: string | null,
  apply: string,
  extra: Record<string, unknown> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-standing-'));
  if (source !== null) writeFileSync(join(dir, 'before.sql'), source);
  writeFileSync(join(dir, 'apply.sql'), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: cloneFrom,
    apply: { file: 'apply.sql', sha256: createHash('sha256').update(apply).digest('hex') },
    modes: ['txn'],
    ...extra,
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return { plan: engine.parsePlan(join(dir, 'plan.json'), Buffer.from(JSON.stringify(plan))), remove: () => removeScratchDir(dir) };
}

const quiet = (engine: EngineApi) => ({ parts: engine.parts, progress: () => {}, onClone: () => {} });

export const STANDING_CHECKS: Readonly<Record<string, StandingCheck>> = {
  'census.sees-other-sessions': async ({ engine, resolveTarget, url }) => {
    const role = `made_meanwhile_${randomBytes(4).toString('hex')}`;
    const { plan, remove } = writePlan(
      engine,
      { sql: 'before.sql' },
      `${WAIT_FOR_THE_TEST}CREATE TABLE landing (a int);\nSELECT wait_for_the_test();\n`,
      'INSERT INTO landing VALUES (1);\n',
    );
    const target = resolveTarget(url);
    try {
      const outcome = await whileWaiting(
        url,
        () =>
          engine.runRehearsal(plan, target, quiet(engine)).then(
            (r) => r.status as string,
            (e: unknown) => `refused: ${(e as Error).message}`,
          ),
        (admin) => admin.query(`CREATE ROLE ${role}`).then(() => {}),
      );
      return /^refused: .*role added or changed: made_meanwhile/.test(outcome)
        ? null
        : `a role another session made while the clone source loaded went unseen: ${outcome.slice(0, 200)}`;
    } finally {
      await target.close();
      remove();
      const admin = new pg.Client(url);
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  },
  // The generators seldom draw a batch that inserts both a parent and a child referencing it.
  'restore.children-first': async ({ engine, resolveTarget }) => {
    const { plan, remove } = writePlan(
      engine,
      { sql: 'before.sql' },
      'CREATE TABLE parent (id INTEGER PRIMARY KEY);\nCREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));\n',
      'INSERT INTO parent (id) VALUES (1);\nINSERT INTO child (id, parent_id) VALUES (1, 1);\n',
      { modes: ['snapshot'] },
    );
    try {
      const result = await engine.runRehearsal(plan, resolveTarget('sqlite:'), quiet(engine));
      return result.status === 'REHEARSAL_ROLLBACK_READY' && result.restoreScript !== null
        ? null
        : `a parent and its child inserted: ${result.status} ${result.codes.join(', ')}`;
    } finally {
      remove();
    }
  },
  'boundary.builtin-by-oid': async ({ engine, resolveTarget, url }) => {
    const template = `rehearse_${randomBytes(8).toString('hex')}`;
    const admin = new pg.Client(url);
    await admin.connect();
    const { plan, remove } = writePlan(
      engine,
      { template_database: template },
      null,
      'INSERT INTO landing VALUES (pg_catalog.sneaky(1));\n',
    );
    const target = resolveTarget(url);
    try {
      await admin.query(`CREATE DATABASE ${template}`);
      const at = new URL(url);
      at.pathname = `/${template}`;
      const inTemplate = new pg.Client(at.toString());
      await inTemplate.connect();
      await inTemplate.query(
        "CREATE TABLE landing (a int); CREATE FUNCTION pg_catalog.sneaky(int) RETURNS int LANGUAGE sql STABLE AS 'SELECT $1'",
      );
      await inTemplate.end();
      const result = await engine.runRehearsal(plan, target, quiet(engine));
      const said = JSON.stringify(result.steps[2]?.details.violations ?? []);
      return result.codes.includes('BOUNDARY_VIOLATION') && said.includes('function pg_catalog.sneaky')
        ? null
        : `a function put in pg_catalog ran unnamed, as if the server's own: ${result.status} ${result.codes.join(', ')}`;
    } finally {
      await target.close();
      remove();
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
  },
};
