import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { parsePlan } from '../../src/plan/parsePlan.ts';
import { describeEachTarget } from '../support/targets.ts';
import { SERVER_FIXTURES } from '../support/serverFixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function planWith(name: string, cloneFrom: object, extra: object = {}) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  copyFileSync('examples/ready/apply.sql', join(dir, 'apply.sql'));
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: cloneFrom,
    apply: { file: 'apply.sql', sha256: sha('examples/ready/apply.sql') },
    expected_delta: { birth_registry: 1 },
    ...extra,
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return { dir, plan: parsePlan(join(dir, 'plan.json'), Buffer.from(JSON.stringify(plan))) };
}

describeEachTarget(
  'clone from a SQLite file',
  (target) => {
    it('copies the file, never opens it in place, and is READY', async () => {
      const source = join(work, 'source.sqlite');
      const db = new Database(source);
      db.exec(readFileSync('examples/before.sql', 'utf8'));
      db.close();
      const before = sha(source);
      const { plan } = planWith('sqlite-file', { sqlite_file: '../source.sqlite' });
      const result = await runRehearsal(plan, target(), quiet);
      expect(result.codes).toEqual([]);
      expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
      expect(sha(source)).toBe(before);
      expect(existsSync(`${source}-journal`) || existsSync(`${source}-wal`)).toBe(false);
    });
  },
  ['sqlite'],
);

describeEachTarget('clone from a template database', () => {
  const url = process.env.REHEARSE_PG_URL ?? '';
  it('clones with CREATE DATABASE … TEMPLATE, checks the preflight against its name, and leaves it untouched', async () => {
    // Made before any test file ran (test/support/serverFixtures.ts): a database made now would change what concurrent rehearsals see.
    const template = SERVER_FIXTURES.registryTemplate;
    const tplUrl = new URL(url);
    tplUrl.pathname = `/${template}`;
    {
      const { resolveTarget } = await import('../../src/index.ts');
      const target = resolveTarget(url);
      const { plan } = planWith('template', { template_database: template }, { preflight: { database: template, min_approvals: 1 } });
      const result = await runRehearsal(plan, target, quiet);
      await target.close();
      expect(result.codes).toEqual([]);
      expect(result.steps[2]!.details.preflight).toMatchObject({ database: template, approvals: 1 });
      const wrongName = planWith(
        'template-wrong',
        { template_database: template },
        { preflight: { database: 'registry', min_approvals: 1 } },
      );
      const blocked = await runRehearsal(wrongName.plan, resolveTarget(url), quiet);
      expect(blocked.codes).toEqual(['PREFLIGHT_FAILED']);
      const tplCheck = new pg.Client(tplUrl.toString());
      await tplCheck.connect();
      expect((await tplCheck.query('SELECT count(*)::int AS n FROM birth_registry')).rows).toEqual([{ n: 3 }]);
      await tplCheck.end();
    }
  });
}, ['postgres']);
