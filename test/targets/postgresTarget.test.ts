/**
 * The Postgres server target's clone operations, each with its exact outcome: the isolation
 * record, refusals, sessions, leftovers (advisory locks, prepared transactions), sequence resets,
 * snapshots and restores, the cluster census, extensions, and what a connection error says.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { describeServer, explainConnectionError } from '../../src/targets/postgresConnection.ts';
import { type PgClientSession } from '../../src/session/pgClientSession.ts';
import { PostgresServerTarget } from '../../src/targets/postgres.ts';
import { censusChanges } from '../../src/targets/clusterCensus.ts';
import { TargetError } from '../../src/targets/target.ts';

const url = process.env.REHEARSE_PG_URL ?? '';
const requirePg = process.env.REHEARSE_REQUIRE_PG === '1';
const targets = (process.env.REHEARSE_TARGETS ?? '').split(',').filter(Boolean);
const wanted = url !== '' && (targets.length === 0 || targets.includes('postgres'));
if (!wanted && requirePg) throw new Error('REHEARSE_REQUIRE_PG=1 but REHEARSE_PG_URL is not set');

describe('describing a server and its errors', () => {
  it('names host, port and database, never the password', () => {
    expect(describeServer('postgres://u:secret@db.example:6543/app')).toBe('db.example:6543/app');
    expect(describeServer('postgres://u@db/')).toBe('db:5432/postgres');
    expect(describeServer('postgres://u@db')).toBe('db:5432/postgres');
    expect(describeServer('not a url')).toBe('the named server');
  });

  it.each([
    [{ code: 'ECONNREFUSED' }, 'connection refused (is the server running?)'],
    [{ code: 'ENOTFOUND' }, 'host not found'],
    [{ code: 'EAI_AGAIN' }, 'host not found'],
    [{ code: 'ETIMEDOUT' }, 'connection timed out'],
    [
      { code: '28P01', message: 'password authentication failed for user "u"' },
      'authentication failed: password authentication failed for user "u"',
    ],
    [{ code: '28000', message: 'no pg_hba.conf entry' }, 'authentication failed: no pg_hba.conf entry'],
    [{ code: '3D000', message: 'database "x" does not exist' }, 'database "x" does not exist'],
    [{ code: '42501', message: 'must be owner' }, 'permission denied: must be owner'],
    [new Error('something else\nsecond line'), 'something else'],
  ])('%j', (error, reason) => {
    const e = explainConnectionError(error, 'postgres://u:pw@h:1/d', 'connect');
    expect(e).toBeInstanceOf(TargetError);
    expect(e.message).toBe(`Postgres h:1/d: cannot connect: ${reason}`);
  });
});

describe.runIf(wanted)('the Postgres server target', () => {
  const target = new PostgresServerTarget('postgres://test', url);
  afterAll(() => target.close());
  const admin = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client(url);
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  it('makes a scratch database per clone and two roles for it, records it, and drops them on dispose', async () => {
    const clone = await target.createClone();
    const name = clone.isolation.location;
    expect(clone.isolation).toEqual({
      kind: 'clone',
      is_production: false,
      created_by_engine: true,
      method: 'scratch database created on the server by CREATE DATABASE',
      location: name,
    });
    expect(name).toMatch(/^rehearse_[0-9a-f]{16}$/);
    expect(await admin('SELECT datname FROM pg_database WHERE datname = $1', [name])).toHaveLength(1);
    const roles = [`${name}_owner`, `${name}_apply`];
    expect(clone.roles?.owner.name).toBe(roles[0]);
    expect(await admin('SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY ($1) ORDER BY 1', [roles])).toEqual([
      { rolname: roles[1], rolcanlogin: true },
      { rolname: roles[0], rolcanlogin: true },
    ]);
    expect(await admin('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [name])).toEqual([
      { owner: roles[0] },
    ]);
    await clone.dispose();
    await clone.dispose();
    expect(await admin('SELECT datname FROM pg_database WHERE datname = $1', [name])).toHaveLength(0);
    expect(await admin('SELECT rolname FROM pg_roles WHERE rolname = ANY ($1)', [roles])).toHaveLength(0);
  });

  it('refuses a SQLite source file, and clones a template database, saying so', async () => {
    await expect(target.createClone({ sqliteFile: '/x.sqlite' })).rejects.toThrow(
      new TargetError('target postgres://test: a sqlite_file clone source needs a sqlite: target'),
    );
    const source = await target.createClone();
    await source.ownerSession.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)');
    const template = source.isolation.location;
    // A template must have no other sessions.
    await (source.session as PgClientSession).disconnect();
    await (source.ownerSession as PgClientSession).disconnect();
    const copy = await target.createClone({ templateDatabase: template });
    expect(copy.isolation.method).toBe('scratch database created on the server by CREATE DATABASE … TEMPLATE');
    expect(await copy.session.query('SELECT id FROM kept')).toEqual([{ id: 7 }]);
    await copy.dispose();
    await source.dispose().catch(() => {});
    await expect(target.createClone({ templateDatabase: 'no_such_template_db' })).rejects.toThrow(
      /^Postgres .*: cannot clone template database no_such_template_db: .*does not exist/,
    );
  });

  it('sessions query, run statements and say whether a transaction is open; leftovers see locks and open transactions', async () => {
    const clone = await target.createClone();
    const s = clone.session;
    expect(await s.query('SELECT $1::int + 1 AS n', [41])).toEqual([{ n: 42 }]);
    await clone.ownerSession.exec('CREATE TABLE t (id serial PRIMARY KEY, v text)');
    await expect(s.runStatement('CREATE TABLE u (id int)')).rejects.toThrow(/permission denied for schema public/);
    await expect(s.runStatement('SELECT 1; SELECT 2')).rejects.toThrow();
    expect(s.inTransaction()).toBe(false);
    expect(await clone.leftovers()).toEqual({ openTransaction: false, preparedTransactions: 0, advisoryLocks: 0 });
    await s.exec('SELECT pg_advisory_lock(1), pg_advisory_lock(2)');
    await s.exec('BEGIN');
    expect(s.inTransaction()).toBe(true);
    expect(await clone.leftovers()).toEqual({ openTransaction: true, preparedTransactions: 0, advisoryLocks: 2 });
    await s.exec('ROLLBACK');
    await s.exec('SELECT pg_advisory_unlock_all()');
    await clone.dispose();
  });

  it('puts a sequence back exactly, called or not', async () => {
    const clone = await target.createClone();
    await clone.ownerSession.exec('CREATE SEQUENCE "Odd Seq"; SELECT nextval(\'"Odd Seq"\'), nextval(\'"Odd Seq"\')');
    await clone.resetSequence('public."Odd Seq"', { last_value: '9007199254740993', is_called: true });
    expect(await clone.session.query('SELECT last_value::text AS v, is_called FROM "Odd Seq"')).toEqual([
      { v: '9007199254740993', is_called: true },
    ]);
    await clone.resetSequence('public."Odd Seq"', { last_value: '1', is_called: false });
    expect(await clone.session.query('SELECT last_value::text AS v, is_called FROM "Odd Seq"')).toEqual([{ v: '1', is_called: false }]);
    await clone.dispose();
  });

  it('snapshots into a database of its own, restores from it, refuses another clone’s snapshot, and drops both', async () => {
    const clone = await target.createClone();
    const other = await target.createClone();
    await clone.ownerSession.exec('CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2)');
    const snapshot = await clone.snapshot();
    expect(await snapshot.state.readOnly(async () => (await snapshot.state.listTables({ schemas: null })).map((t) => t.id))).toEqual([
      'public.t',
    ]);
    await clone.ownerSession.exec('DELETE FROM t; CREATE TABLE junk (x int)');
    await clone.restore(snapshot);
    expect(await clone.session.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 2 }]);
    expect(await clone.session.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'junk'")).toEqual([{ n: 0 }]);
    const foreign = await other.snapshot();
    await expect(clone.restore(foreign)).rejects.toThrow('not a snapshot of this clone');
    const names = [clone.isolation.location, other.isolation.location];
    await clone.dispose();
    await other.dispose();
    expect(await admin("SELECT datname FROM pg_database WHERE datname LIKE 'rehearse_%' AND datname = ANY ($1)", [names])).toEqual([]);
  });

  it("takes a census of the cluster as the connecting role sees it, outside any transaction: other clones' own objects aside", async () => {
    const clone = await target.createClone();
    const before = await clone.census!('outside');
    expect([...before.keys()]).toEqual(
      expect.arrayContaining(['role', 'database', 'server setting written by ALTER SYSTEM or a configuration file']),
    );
    const other = await target.createClone();
    await other.snapshot();
    try {
      // Another rehearsal's scratch databases and roles are made and dropped meanwhile: no change.
      const aboutOther = async () =>
        censusChanges(before, await clone.census!('outside')).filter((c) => c.includes(other.isolation.location));
      expect(await aboutOther()).toEqual([]);
      // Disarmed as it is about to be dropped (NOLOGIN, its grants revoked): still no change.
      const apply = `${other.isolation.location}_apply`;
      await admin(`ALTER ROLE ${apply} NOLOGIN`);
      await admin(`REVOKE pg_read_all_data, pg_write_all_data FROM ${apply}`);
      expect(await aboutOther()).toEqual([]);
      // Given more than a clone's role has: a change, whoever's role it is.
      await admin(`ALTER ROLE ${apply} CREATEDB`);
      expect(await aboutOther()).toEqual([`role added or changed: ${apply}`]);
    } finally {
      await other.dispose();
    }
  });

  it('says which extensions it cannot create', async () => {
    expect(await target.missingExtensions([])).toEqual([]);
    expect(await target.missingExtensions(['pgcrypto', 'no_such_extension', 'citext'])).toEqual(['no_such_extension']);
  });
});
