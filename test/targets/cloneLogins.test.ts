/**
 * The clone's roles log in with a password of their own: a server whose pg_hba.conf lets them in
 * takes them (over SCRAM-SHA-256, with the verifier the target computed), and one that does not
 * is refused before anything is loaded, in one line saying which line to add — and leaves neither
 * database nor role behind.
 */
import pg from 'pg';
import { expect, it } from 'vitest';
import { resolveTarget, TargetError } from '../../src/index.ts';
import { describeOnPrivateServer, TRUSTED_POSTGRES_ONLY } from '../support/privateServer.ts';

describeOnPrivateServer(
  "the clone's logins",
  (server) => {
    const leftovers = async () => {
      const admin = new pg.Client(server().url);
      await admin.connect();
      try {
        const { rows } = await admin.query<{ x: string }>(
          "SELECT rolname AS x FROM pg_roles WHERE rolname LIKE 'rehearse%' UNION ALL SELECT datname FROM pg_database WHERE datname LIKE 'rehearse%'",
        );
        return rows.map((r) => r.x);
      } finally {
        await admin.end();
      }
    };

    it('are refused by a pg_hba.conf without a line for them: exit 2 naming the line to add, nothing left behind', async () => {
      const target = resolveTarget(server().url);
      try {
        const failure = await target.createClone().then(
          () => null,
          (e: unknown) => e as Error,
        );
        expect(failure).toBeInstanceOf(TargetError);
        expect(failure!.message).not.toContain('\n');
        expect(failure!.message).toMatch(
          /^Postgres 127\.0\.0\.1:\d+\/postgres: the clone's roles cannot log in \(.*no pg_hba\.conf entry for host "127\.0\.0\.1", user "rehearse_[0-9a-f]{16}_apply".*\): .*add this line to pg_hba\.conf .*: host {2}all {2}all {2}127\.0\.0\.1\/32 {2}scram-sha-256$/,
        );
        expect(await leftovers()).toEqual([]);
      } finally {
        await target.close();
      }
    });

    it('log in over SCRAM-SHA-256 once the line is there, as roles that may not do more than the clone needs', async () => {
      await server().hba([...TRUSTED_POSTGRES_ONLY, 'host  all  all  127.0.0.1/32  scram-sha-256']);
      const target = resolveTarget(server().url);
      try {
        const clone = await target.createClone();
        // The only line that lets them in asks for SCRAM-SHA-256 (PostgreSQL 16 and later also say so in system_user).
        const [apply] = await clone.session.query<{ who: string; version: number }>(
          "SELECT session_user AS who, pg_catalog.current_setting('server_version_num')::int AS version",
        );
        if (apply!.version >= 160000) {
          expect(await clone.session.query('SELECT system_user AS s')).toEqual([{ s: `scram-sha-256:${apply!.who}` }]);
        }
        expect(apply?.who).toBe(`${clone.isolation.location}_apply`);
        const [owner] = await clone.ownerSession.query<{ who: string }>('SELECT session_user AS who');
        expect(owner?.who).toBe(`${clone.isolation.location}_owner`);
        await clone.dispose();
        expect(await leftovers()).toEqual([]);
      } finally {
        await target.close();
      }
    });
  },
  TRUSTED_POSTGRES_ONLY,
);
