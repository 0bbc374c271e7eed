/**
 * The role an apply batch runs under on a Postgres-family target. Not a superuser, no
 * replication, no role or database creation, no file or program access (it is in none of
 * `pg_read_server_files`, `pg_write_server_files`, `pg_execute_server_program`), owning nothing:
 * it reads and writes table data through membership in `pg_read_all_data` and
 * `pg_write_all_data` (PostgreSQL 14 and later), and bypasses row-level security so that the
 * capture it also runs under sees every row. A non-superuser may not write a system catalog
 * whatever its grants, nor create a replication slot, read a server file or change a role, so
 * the server itself refuses what the boundary might miss.
 *
 * The apply transaction switches to it with `SET LOCAL ROLE` right after BEGIN; the transaction's
 * end switches back. On a server it is made per clone (`rehearse_<16 hex>_apply`) and dropped
 * with the clone; in PGlite it is part of the pristine image (`rehearse_apply`).
 */
import { quoteIdent as quote } from '../util/quoteIdent.ts';
import type { Session } from './target.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { firstLine } from '../util/errors.ts';

/** What RX-0 and RX-2 record of the role (never its name, which differs per clone). */
export type ApplyRoleRecord =
  | {
      readonly runs_as: 'apply role';
      readonly switched_by: 'SET LOCAL ROLE';
      readonly superuser: false;
      readonly replication: false;
      readonly createrole: false;
      readonly createdb: false;
      readonly bypassrls: boolean;
      readonly member_of: readonly string[];
    }
  | { readonly runs_as: 'connecting role'; readonly reason: string };

export interface ApplyRole {
  /** The role's name, or `null` when the batch runs as the connecting role (see `record.reason`). */
  readonly name: string | null;
  readonly record: ApplyRoleRecord;
}

export const APPLY_ROLE_GRANTS = ['pg_read_all_data', 'pg_write_all_data'] as const;

/** The statements that make the role (the connecting role must be a superuser, or have CREATEROLE and `bypassrls` false). */
export function createApplyRoleSql(name: string, bypassrls: boolean): string {
  return `CREATE ROLE ${quote(name)} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT ${bypassrls ? 'BYPASSRLS' : 'NOBYPASSRLS'};
GRANT ${APPLY_ROLE_GRANTS.join(', ')} TO ${quote(name)};`;
}

/**
 * Makes the apply role on a server through `session`; where it cannot (a server before 14, a
 * connecting role that may not create roles), the batch runs as the connecting role and the
 * record says why.
 */
export async function makeApplyRole(session: Session, name: string): Promise<ApplyRole> {
  const [info] = await session.query<{ version: string; superuser: boolean }>(
    `SELECT pg_catalog.current_setting('server_version_num') AS version,
            (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) AS superuser`,
  );
  if (Number(info?.version ?? 0) < 140000) {
    return {
      name: null,
      record: { runs_as: 'connecting role', reason: 'the server predates PostgreSQL 14 (no pg_read_all_data/pg_write_all_data)' },
    };
  }
  const bypassrls = info?.superuser === true;
  try {
    await session.exec(`BEGIN; ${createApplyRoleSql(name, bypassrls)} COMMIT;`);
  } catch (error) {
    await bestEffort('rolling back after a failed statement', () => session.exec('ROLLBACK'));
    return { name: null, record: { runs_as: 'connecting role', reason: `cannot create an apply role: ${firstLine(error)}` } };
  }
  return { name, record: applyRoleRecord(bypassrls) };
}

export function applyRoleRecord(bypassrls: boolean): ApplyRoleRecord {
  return {
    runs_as: 'apply role',
    switched_by: 'SET LOCAL ROLE',
    superuser: false,
    replication: false,
    createrole: false,
    createdb: false,
    bypassrls,
    member_of: [...APPLY_ROLE_GRANTS],
  };
}

/** Drops the role (after its clone's databases are gone, or with whatever it owns in `session`'s database). */
export async function dropApplyRole(session: Session, name: string, ownedHere: boolean): Promise<void> {
  if (ownedHere) await session.exec(`DROP OWNED BY ${quote(name)}`);
  await session.exec(`DROP ROLE IF EXISTS ${quote(name)}`);
}

/** `SET LOCAL ROLE` for the apply transaction, or nothing when the batch runs as the connecting role. */
export function switchToApplyRole(role: ApplyRole | undefined): string | null {
  return role?.name ? `SET LOCAL ROLE ${quote(role.name)}` : null;
}
