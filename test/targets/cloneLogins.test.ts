/**
 * The clone's roles log in with a password of their own: a server whose pg_hba.conf lets them in
 * takes them (over SCRAM-SHA-256, with the verifier the target computed), and one that does not
 * is refused before anything is loaded, in one line saying which line to add — and leaves neither
 * database nor role behind. A role that cannot be dropped is left disarmed, and said so.
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

    it('a role the drop cannot remove (it owns something in another database) is left unable to log in and without its grants, and said so', async () => {
      const target = resolveTarget(server().url);
      const admin = new pg.Client(server().url);
      await admin.connect();
      let object: string | undefined;
      try {
        const clone = await target.createClone();
        const [owner, apply] = ['owner', 'apply'].map((r) => `${clone.isolation.location}_${r}`);
        // What code of the clone's roles could leave in another database, had it a way to log in there.
        object = (await admin.query<{ o: string }>('SELECT pg_catalog.lo_create(0)::text AS o')).rows[0]!.o;
        await admin.query(`ALTER LARGE OBJECT ${object} OWNER TO ${owner}`);
        await expect(clone.dispose()).rejects.toThrow(
          new RegExp(
            `the clone's roles ${apply}, ${owner} could not be dropped \\(.*\\); they are left unable to log in and without pg_read_all_data or pg_write_all_data`,
          ),
        );
        const { rows } = await admin.query<{ r: string; login: boolean; password: boolean; grants: number }>(
          `SELECT r.rolname AS r, r.rolcanlogin AS login, a.rolpassword IS NOT NULL AS password,
                  (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS grants
             FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = ANY ($1) ORDER BY 1`,
          [[apply, owner]],
        );
        expect(rows).toEqual([
          { r: apply, login: false, password: false, grants: 0 },
          { r: owner, login: false, password: false, grants: 0 },
        ]);
      } finally {
        if (object) await admin.query(`SELECT pg_catalog.lo_unlink(${object})`);
        await admin
          .query("SELECT pg_catalog.format('DROP ROLE %I', rolname) FROM pg_roles WHERE rolname LIKE 'rehearse%'")
          .then(async ({ rows }) => {
            for (const row of rows as { format: string }[]) await admin.query(row.format);
          });
        await admin.end();
        await target.close();
      }
      expect(await leftovers()).toEqual([]);
    });
  },
  TRUSTED_POSTGRES_ONLY,
);
