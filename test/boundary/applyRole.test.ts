/**
 * Least privilege: under the apply role the server itself refuses every class of effect the
 * boundary refuses by name and that privileges can stop — independently of the classifier. Each
 * statement runs as the engine runs a batch: BEGIN, SET LOCAL ROLE, the statement, ROLLBACK.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Clone } from '../../src/targets/target.ts';
import { switchToApplyRole } from '../../src/targets/applyRole.ts';
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

describeEachTarget(
  'the apply role',
  (target) => {
    let clone: Clone;
    beforeAll(async () => {
      clone = await target().createClone();
      await clone.session.exec(SCHEMA);
    });
    afterAll(() => clone?.dispose());

    const asApplyRole = async (sql: string): Promise<string | null> => {
      const session = clone.session;
      await session.exec(`BEGIN; ${switchToApplyRole(clone.applyRole)}`);
      try {
        await session.runStatement(sql);
        return null;
      } catch (error) {
        return (error as Error).message;
      } finally {
        await session.exec('ROLLBACK');
      }
    };

    it('is made for the clone: no superuser, replication, role or database creation, no file or program access', async () => {
      expect(clone.applyRole?.name).toBeTruthy();
      expect(clone.applyRole?.record).toEqual({
        runs_as: 'apply role',
        switched_by: 'SET LOCAL ROLE',
        superuser: false,
        replication: false,
        createrole: false,
        createdb: false,
        bypassrls: true,
        member_of: ['pg_read_all_data', 'pg_write_all_data'],
      });
      const [role] = await clone.session.query<Record<string, boolean>>(
        `SELECT r.rolsuper, r.rolreplication, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
              pg_has_role(r.oid, 'pg_read_server_files', 'USAGE') AS read_files, pg_has_role(r.oid, 'pg_write_server_files', 'USAGE') AS write_files,
              pg_has_role(r.oid, 'pg_execute_server_program', 'USAGE') AS programs,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) = 0 AS owns_nothing
         FROM pg_roles r WHERE r.rolname = $1`,
        [clone.applyRole!.name],
      );
      expect(role).toEqual({
        rolsuper: false,
        rolreplication: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolcanlogin: false,
        read_files: false,
        write_files: false,
        programs: false,
        owns_nothing: true,
      });
    });

    it.each(REFUSED_BY_THE_SERVER)('the server refuses %s', async (sql) => {
      expect(await asApplyRole(sql)).toMatch(/permission denied|must be superuser|must be owner|privilege/i);
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
  'the apply role on a server',
  (target) => {
    it('is dropped with its clone, and never left behind', async () => {
      const clone = await target().createClone();
      const name = clone.applyRole!.name!;
      expect(name).toMatch(/^rehearse_[0-9a-f]{16}_apply$/);
      const admin = new pg.Client(process.env.REHEARSE_PG_URL);
      await admin.connect();
      try {
        const count = async () => Number((await admin.query('SELECT count(*) AS n FROM pg_roles WHERE rolname = $1', [name])).rows[0].n);
        expect(await count()).toBe(1);
        await clone.dispose();
        expect(await count()).toBe(0);
      } finally {
        await admin.end();
      }
    });
  },
  ['postgres'],
);
