import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { resolveTarget } from '../../src/index.ts';
import { parsePlan } from '../../src/plan/parsePlan.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A READY-shaped plan whose batch sleeps in the middle, long enough to be interrupted. */
function sleepyPlan(name: string, seconds: number): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const apply = `INSERT INTO birth_registry (id, child_name, born_on, registered_by) VALUES (4, 'Grace', '2024-03-04', 'clerk-2');
SELECT pg_sleep(${seconds}) AS fault_test_${name.replaceAll('-', '_')};
INSERT INTO birth_registry (id, child_name, born_on, registered_by) VALUES (5, 'Hugo', '2024-03-05', 'clerk-2');
`;
  writeFileSync(join(dir, 'apply.sql'), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: resolve('examples/before.sql') },
    apply: { file: 'apply.sql', sha256: createHash('sha256').update(apply).digest('hex') },
    modes: ['txn'],
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return join(dir, 'plan.json');
}

async function databaseExists(admin: pg.Client, name: string): Promise<boolean> {
  return ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
}

async function roleExists(admin: pg.Client, name: string): Promise<boolean> {
  return ((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount ?? 0) > 0;
}

async function waitFor<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeEachTarget('faults on the Postgres server', () => {
  const url = process.env.REHEARSE_PG_URL ?? '';

  it('a backend terminated mid-apply gives BLOCKED with APPLY_FAILED, and the scratch database is still dropped', async () => {
    const admin = new pg.Client(url);
    await admin.connect();
    try {
      const planFile = sleepyPlan('terminate', 30);
      const plan = parsePlan(planFile, readFileSync(planFile));
      const target = resolveTarget(url);
      let location = '';
      const running = runRehearsal(plan, target, {
        parts: REAL_PARTS,
        progress: () => {},
        onClone: (_d, l) => {
          location = l;
        },
      });
      const pid = await waitFor(async () => {
        const { rows } = await admin.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE query LIKE '%fault_test_terminate%' AND datname LIKE 'rehearse\\_%' AND pid <> pg_backend_pid()",
        );
        return rows[0]?.pid ?? null;
      }, 'the batch to reach pg_sleep');
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const result = await running;
      await target.close();
      expect(result.status).toBe('REHEARSAL_BLOCKED');
      expect(result.codes).toContain('APPLY_FAILED');
      expect(location).toMatch(/^rehearse_/);
      expect(await databaseExists(admin, location)).toBe(false);
      for (const role of ['owner', 'apply']) expect(await roleExists(admin, `${location}_${role}`)).toBe(false);
    } finally {
      await admin.end();
    }
  });

  it('Ctrl-C during a run leaves no scratch database or role behind', async () => {
    const admin = new pg.Client(url);
    await admin.connect();
    try {
      const child = spawn(process.execPath, ['bin/rehearse.js', 'run', sleepyPlan('interrupt', 30), '--target', url], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((r) => child.on('close', r));
      const location = await waitFor(async () => /clone (rehearse_[0-9a-f]+) ready/.exec(stderr)?.[1] ?? null, 'the clone');
      await waitFor(async () => (stderr.includes('RX-3') ? true : null), 'RX-3 to start');
      expect(await databaseExists(admin, location)).toBe(true);
      for (const role of ['owner', 'apply']) expect(await roleExists(admin, `${location}_${role}`)).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toContain('interrupted; dropping the clone');
      expect(await databaseExists(admin, location)).toBe(false);
      for (const role of ['owner', 'apply']) expect(await roleExists(admin, `${location}_${role}`)).toBe(false);
    } finally {
      await admin.end();
    }
  });
}, ['postgres']);
