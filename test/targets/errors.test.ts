import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { availableTargets, resolveTarget, TargetError } from '../../src/index.ts';
import { selectedTargetNames } from '../../src/suite.ts';
import { describeServer } from '../../src/targets/postgresConnection.ts';
import { describeEachTarget } from '../support/targets.ts';
import { SERVER_FIXTURES } from '../support/serverFixtures.ts';

const oneLine = (message: string) => expect(message).not.toMatch(/\n/);

describe('bad target input', () => {
  it('refuses an unknown target string in one line naming it and the accepted forms', () => {
    expect(() => resolveTarget('mysql://localhost')).toThrow(TargetError);
    try {
      resolveTarget('mysql://localhost');
    } catch (error) {
      oneLine((error as Error).message);
      expect((error as Error).message).toMatch(/unknown target "mysql:\/\/localhost".*sqlite:.*pglite:.*postgres:\/\//);
    }
  });

  it('refuses sqlite:DIR when DIR does not exist', () => {
    expect(() => resolveTarget('sqlite:/no/such/dir')).toThrow(/\/no\/such\/dir does not exist/);
  });

  it('refuses an unknown name in REHEARSE_TARGETS', () => {
    expect(() => selectedTargetNames({ REHEARSE_TARGETS: 'sqlite,oracle' })).toThrow(/unknown target "oracle"/);
    expect(selectedTargetNames({ REHEARSE_TARGETS: 'pglite, sqlite' })).toEqual(['sqlite', 'pglite']);
    expect(selectedTargetNames({})).toEqual(['sqlite', 'pglite', 'postgres']);
  });

  it('says why the Postgres server target is unavailable when no URL is given', async () => {
    const [postgres] = await availableTargets({ REHEARSE_TARGETS: 'postgres' });
    if (postgres!.spec === null) expect(postgres!.reason).toMatch(/REHEARSE_PG_URL is not set and .*container runtime/);
    else expect(postgres!.spec).toBe('testcontainers');
  });

  it('reports an unreachable server in one line, without the password', async () => {
    const target = resolveTarget('postgres://someone:hunter2@127.0.0.1:1/postgres');
    const failure = await target.createClone().then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failure).toBeInstanceOf(TargetError);
    oneLine(failure!.message);
    expect(failure!.message).toMatch(/127\.0\.0\.1:1\/postgres: cannot connect: connection refused/);
    expect(failure!.message).not.toContain('hunter2');
    expect(describeServer('postgres://u:secret@db.example:6543/app')).toBe('db.example:6543/app');
  });
});

describeEachTarget('server target safety', () => {
  const url = process.env.REHEARSE_PG_URL ?? '';

  it('reports a role that may not create databases in one line', async () => {
    const role = SERVER_FIXTURES.noCreatedb;
    {
      const limited = new URL(url);
      limited.username = role;
      const failure = await resolveTarget(limited.toString())
        .createClone()
        .then(
          () => null,
          (e: unknown) => e as Error,
        );
      expect(failure).toBeInstanceOf(TargetError);
      oneLine(failure!.message);
      expect(failure!.message).toMatch(new RegExp(`role "${role}" may not create databases or roles: `));
    }
  });

  it('drops its own scratch databases and nothing else, even one named like them', async () => {
    const admin = new pg.Client(url);
    await admin.connect();
    const bystander = SERVER_FIXTURES.bystander;
    try {
      const target = resolveTarget(url);
      const kept = await target.createClone();
      const disposed = await target.createClone();
      await disposed.dispose();
      await target.close(); // drops `kept`, which it created and was not disposed
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
        [bystander, kept.isolation.location, disposed.isolation.location],
      ]);
      expect(rows.map((r) => r.datname)).toEqual([bystander]);
    } finally {
      await admin.end();
    }
  });

  it('tries a failed DROP again: a scratch database is not left behind by one busy moment', async () => {
    const admin = new pg.Client(url);
    await admin.connect();
    const target = resolveTarget(url);
    try {
      const clone = await target.createClone();
      // The next two admin connections fail, as on a server with no connection slot free.
      const internals = (target as unknown as { server: { adminClient(): Promise<pg.Client> } }).server;
      const real = internals.adminClient.bind(internals);
      let failures = 2;
      internals.adminClient = async () => {
        if (failures-- > 0) throw new Error('sorry, too many clients already');
        return real();
      };
      await clone.dispose();
      // Two refused, the third disarmed its roles (before anything is dropped), a fourth dropped the database, a fifth the roles.
      expect(failures).toBe(-3);
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [clone.isolation.location]);
      expect(rowCount).toBe(0);
    } finally {
      await target.close();
      await admin.end();
    }
  });
}, ['postgres']);

const planDir = mkdtempSync(join(tmpdir(), 'rehearse-misspelled-'));
afterAll(() => rmSync(planDir, { recursive: true, force: true }));

/** The Chinook SQLite READY plan with its table misspelled in expected_delta. */
function misspelledPlan(): string {
  const dir = planDir;
  const ready = JSON.parse(readFileSync('examples/real-world/chinook-sqlite/ready/plan.json', 'utf8'));
  const plan = {
    ...ready,
    clone_from: { sqlite_file: resolve('examples/real-world/chinook-sqlite/Chinook_Sqlite.sqlite') },
    apply: { ...ready.apply, file: resolve('examples/real-world/chinook-sqlite/ready/apply.sql') },
    expected_delta: { Artst: 1 },
  };
  writeFileSync(join(dir, 'misspelled.json'), JSON.stringify(plan));
  return join(dir, 'misspelled.json');
}

describe('rehearse CLI on bad input', () => {
  const rehearse = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/rehearse.js', ...args], {
      encoding: 'utf8',
      env: { ...process.env, REHEARSE_PG_URL: '', REHEARSE_TARGETS: '' },
    });

  it.each([
    [['bench', 'capture', '--targets', 'bogus'], /^rehearse: unknown target "bogus"/],
    [['bench', 'capture', '--rows', 'many'], /argument 'many' is invalid/],
    [
      ['bench', 'capture', '--targets', 'postgres://postgres@127.0.0.1:1/postgres', '--rows', '10'],
      /^rehearse: Postgres 127\.0\.0\.1:1\/postgres: cannot connect/,
    ],
    [['no-such-command'], /unknown command 'no-such-command'/],
    [
      ['run', 'examples/real-world/chinook-postgres/refused-database-header/plan.json'],
      /^rehearse: \S*examples\/real-world\/chinook-postgres\/Chinook_PostgreSql\.sql:19: DROP DATABASE acts on a database, not inside one: .*"skip": \["database"\]/m,
    ],
    [
      ['run', misspelledPlan()],
      /^rehearse: .*misspelled\.json: field expected_delta\.Artst: no table "Artst" in the clone; closest: Artist, Album, Track$/m,
    ],
  ])('rehearse %j exits 2 with a one-line reason and no stack trace', (args, reason) => {
    const run = rehearse(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('lists the targets and why any is unavailable', () => {
    const run = rehearse('targets');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^sqlite\s+available/m);
    expect(run.stdout).toMatch(/^pglite\s+available/m);
    expect(run.stdout).toMatch(/^postgres\s+(available|unavailable)\s+\S/m);
  });
});
