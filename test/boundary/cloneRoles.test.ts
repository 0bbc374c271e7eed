/**
 * Least privilege: as the apply role the server itself refuses every class of effect the boundary
 * refuses by name and that privileges can stop — independently of the classifier. Each statement
 * runs as the engine runs a batch: on a server, on the apply role's own login; in PGlite, after
 * SET LOCAL ROLE. On a server the session user is the apply role, so nothing can switch back to a
 * superuser; in PGlite (single-user mode) the session user is always the superuser, and code can.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Clone } from '../../src/targets/target.ts';
import { switchToApplyRole } from '../../src/targets/cloneRoles.ts';
import { describeEachTarget } from '../support/targets.ts';

const SCHEMA = 'CREATE TABLE t (id serial PRIMARY KEY, v text); CREATE SEQUENCE free_seq; CREATE TABLE other_t (id int);';

/** Effects the apply role may not have, as a batch would reach them (directly or through SQL text). */
const REFUSED_BY_THE_SERVER = [
  "SELECT pg_create_physical_replication_slot('rehearse_test_slot')",
  "SELECT query_to_xml('SELECT pg_create_physical_replication_slot(''rehearse_test_slot'')', true, false, '')",
  "SELECT length(pg_read_file('postgresql.auto.conf'))",
  "SELECT query_to_xml('SELECT pg_read_file(''postgresql.auto.conf'')', true, false, '')",
  "SELECT pg_ls_dir('.')",
  "SELECT pg_backup_start('rehearse')",
  'SELECT pg_promote()',
  'SELECT pg_wal_replay_pause()',
  "SELECT pg_import_system_collations('pg_catalog')",
  "INSERT INTO pg_catalog.pg_authid (oid, rolname) VALUES (99999, 'rehearse_test_forged')",
  "INSERT INTO pg_description VALUES ('t'::regclass, 'pg_class'::regclass, 0, 'forged')",
  "INSERT INTO pg_shdescription VALUES (1, 'pg_database'::regclass, 'forged')",
  "INSERT INTO pg_db_role_setting VALUES (0, 0, '{work_mem=1MB}')",
  "INSERT INTO pg_namespace (oid, nspname, nspowner) VALUES (99999, 'forged', 10)",
  'CREATE ROLE rehearse_test_made_by_batch',
  "COPY t TO '/tmp/rehearse-test-copy'",
  "COPY t FROM PROGRAM 'true'",
];

/** Ways back to a superuser that only the session user's own power allows. */
const BACK_TO_THE_SUPERUSER = [
  'SET ROLE postgres',
  "SELECT pg_catalog.set_config('role', 'postgres', true)",
  'SET SESSION AUTHORIZATION postgres',
  "SELECT pg_catalog.set_config('session_authorization', 'postgres', false)",
];

const ROLE_ATTRIBUTES = `SELECT r.rolsuper, r.rolreplication, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin, r.rolbypassrls,
      pg_has_role(r.oid, 'pg_read_server_files', 'USAGE') AS read_files, pg_has_role(r.oid, 'pg_write_server_files', 'USAGE') AS write_files,
      pg_has_role(r.oid, 'pg_execute_server_program', 'USAGE') AS programs,
      (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owns
 FROM pg_roles r WHERE r.rolname = $1`;

describeEachTarget(
  "the clone's roles",
  (target, name) => {
    let clone: Clone;
    const server = name === 'postgres';
    beforeAll(async () => {
      clone = await target().createClone();
      await clone.ownerSession.exec(SCHEMA);
    });
    afterAll(() => clone?.dispose());

    const asApplyRole = async (sql: string): Promise<string | null> => {
      const session = clone.session;
      const switched = switchToApplyRole(clone.roles?.apply);
      await session.exec(`BEGIN${switched ? `; ${switched}` : ''}`);
      try {
        await session.runStatement(sql);
        return null;
      } catch (error) {
        return (error as Error).message;
      } finally {
        await session.exec('ROLLBACK');
      }
    };
    const roleNames = () =>
      server
        ? { owner: clone.roles!.owner.name, apply: `${clone.isolation.location}_apply` }
        : { owner: 'rehearse_owner', apply: 'rehearse_apply' };

    it('are made for the clone: no superuser, replication, role or database creation, no file or program access', async () => {
      const by = server ? 'login' : 'SET LOCAL ROLE';
      expect(clone.roles?.apply.record).toEqual({
        runs_as: 'apply role',
        switched_by: by,
        superuser: false,
        replication: false,
        createrole: false,
        createdb: false,
        bypassrls: true,
        member_of: ['pg_read_all_data', 'pg_write_all_data'],
        session_user_superuser: !server,
      });
      expect(clone.roles?.owner.record).toEqual({
        loads_clone_source_as: 'clone owner',
        switched_by: by,
        superuser: false,
        replication: false,
        createrole: false,
        createdb: false,
        bypassrls: true,
        server_files_or_programs: false,
        session_user_superuser: !server,
      });
      const names = roleNames();
      const none = {
        rolsuper: false,
        rolreplication: false,
        rolcreaterole: false,
        rolcreatedb: false,
        read_files: false,
        write_files: false,
        programs: false,
      };
      const [apply] = await clone.ownerSession.query<Record<string, unknown>>(ROLE_ATTRIBUTES, [names.apply]);
      expect(apply).toEqual({ ...none, rolcanlogin: server, rolbypassrls: true, owns: server ? '0' : 0 });
      const [owner] = await clone.ownerSession.query<Record<string, unknown>>(ROLE_ATTRIBUTES, [names.owner]);
      expect(owner).toMatchObject({ ...none, rolcanlogin: server, rolbypassrls: true });
      // The owner owns what the clone source (here, the test's own setup) defined.
      const [owns] = await clone.ownerSession.query<{ owner: string }>(
        "SELECT relowner::regrole::text AS owner FROM pg_class WHERE relname = 't'",
      );
      expect(owns?.owner).toBe(server ? names.owner : 'postgres');
    });

    it.each(REFUSED_BY_THE_SERVER)('the server refuses %s', async (sql) => {
      expect(await asApplyRole(sql)).toMatch(/permission denied|must be superuser|must be owner|privilege/i);
    });

    it.each(BACK_TO_THE_SUPERUSER)(
      server ? 'there is no way back to the superuser: %s is refused' : 'PGlite keeps its superuser as the session user: %s is allowed',
      async (sql) => {
        const refused = await asApplyRole(sql);
        if (server) expect(refused).toMatch(/permission denied/i);
        else expect(refused).toBeNull();
      },
    );

    it('the batch session is the apply role on a server, and only switched to it in PGlite', async () => {
      const [who] = await clone.session.query<{ session_user: string; current_user: string }>('SELECT session_user, current_user');
      expect(who?.session_user).toBe(server ? roleNames().apply : 'postgres');
      expect(who?.current_user).toBe(server ? roleNames().apply : 'postgres');
    });

    it("may do what a batch is for: read and write the clone's tables, move their sequences", async () => {
      expect(await asApplyRole("INSERT INTO t (v) VALUES ('x') RETURNING id")).toBeNull();
      expect(await asApplyRole("UPDATE t SET v = 'y'")).toBeNull();
      expect(await asApplyRole('DELETE FROM other_t')).toBeNull();
      expect(await asApplyRole("SELECT nextval('free_seq'), count(*) FROM t")).toBeNull();
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  "the clone's roles on a server",
  (target) => {
    it('are dropped with the clone, and never left behind', async () => {
      const clone = await target().createClone();
      const names = [clone.roles!.owner.name, `${clone.isolation.location}_apply`];
      expect(names[0]).toMatch(/^rehearse_[0-9a-f]{16}_owner$/);
      const admin = new pg.Client(process.env.REHEARSE_PG_URL);
      await admin.connect();
      try {
        const count = async () =>
          Number((await admin.query('SELECT count(*) AS n FROM pg_roles WHERE rolname = ANY ($1)', [names])).rows[0].n);
        expect(await count()).toBe(2);
        await clone.snapshot();
        await clone.dispose();
        expect(await count()).toBe(0);
      } finally {
        await admin.end();
      }
    });
  },
  ['postgres'],
);
