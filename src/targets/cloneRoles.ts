/**
 * Who runs what on a Postgres-family clone (docs/boundary.md, least privilege). Three roles:
 *
 * - the connecting role (the target's URL): creates and drops the scratch database and the two
 *   roles below, and reads the census; it runs nothing the user wrote;
 * - the clone's owner: LOGIN, no superuser, no CREATEDB, CREATEROLE or REPLICATION, in none of
 *   `pg_read_server_files`, `pg_write_server_files`, `pg_execute_server_program`; it owns the
 *   scratch database and loads the clone source, so everything the source defines (SECURITY
 *   DEFINER functions included) belongs to it and runs as it. It bypasses row-level security
 *   where the connecting role may grant that, so a source loads as pg_restore would load it (a
 *   role without it gets an error where a policy would hide or refuse a row);
 * - the apply role: LOGIN, no superuser and none of the above, member of `pg_read_all_data` and
 *   `pg_write_all_data` (PostgreSQL 14 and later), bypassing row-level security where the
 *   connecting role may grant that; the batch and every capture run on its own connection.
 *
 * On a server each is made per clone (`rehearse_<16 hex>_owner`, `…_apply`) with a random
 * password given as a SCRAM verifier (the password itself never reaches the server or its log),
 * and dropped with the clone. In PGlite, one superuser session is all there is: the roles are
 * part of the pristine image and reached with `SET LOCAL ROLE` (not a boundary there, said so).
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { quoteIdent as quote } from '../util/quoteIdent.ts';

export const APPLY_ROLE_GRANTS = ['pg_read_all_data', 'pg_write_all_data'] as const;

/** How the load and the batch get their role: their own logins (a server), or `SET LOCAL ROLE` inside one session (PGlite). */
export type RoleSeparation = 'login' | 'SET LOCAL ROLE';

/** What RX-0 and RX-2 record of the apply role (never its name, which differs per clone). */
export interface ApplyRoleRecord {
  readonly runs_as: 'apply role';
  readonly switched_by: RoleSeparation;
  readonly superuser: false;
  readonly replication: false;
  readonly createrole: false;
  readonly createdb: false;
  readonly bypassrls: boolean;
  readonly member_of: readonly string[];
  /** Whether the session the batch runs in has a superuser as its session user (PGlite's single-user mode: yes). */
  readonly session_user_superuser: boolean;
}

/** What RX-0 records of the clone's owner, the role the clone source loads as. */
export interface OwnerRoleRecord {
  readonly loads_clone_source_as: 'clone owner';
  readonly switched_by: RoleSeparation;
  readonly superuser: false;
  readonly replication: false;
  readonly createrole: false;
  readonly createdb: false;
  readonly bypassrls: boolean;
  readonly server_files_or_programs: false;
  readonly session_user_superuser: boolean;
}

export interface ApplyRole {
  /** The role's name: what `SET LOCAL ROLE` switches to where the separation is not by login (`null`: the session is already it). */
  readonly name: string | null;
  readonly record: ApplyRoleRecord;
}

export interface CloneRoles {
  readonly owner: { readonly name: string; readonly record: OwnerRoleRecord };
  readonly apply: ApplyRole;
}

export function applyRoleRecord(bypassrls: boolean, switchedBy: RoleSeparation): ApplyRoleRecord {
  return {
    runs_as: 'apply role',
    switched_by: switchedBy,
    superuser: false,
    replication: false,
    createrole: false,
    createdb: false,
    bypassrls,
    member_of: [...APPLY_ROLE_GRANTS],
    session_user_superuser: switchedBy !== 'login',
  };
}

export function ownerRoleRecord(bypassrls: boolean, switchedBy: RoleSeparation): OwnerRoleRecord {
  return {
    loads_clone_source_as: 'clone owner',
    switched_by: switchedBy,
    superuser: false,
    replication: false,
    createrole: false,
    createdb: false,
    bypassrls,
    server_files_or_programs: false,
    session_user_superuser: switchedBy !== 'login',
  };
}

/** A role's password and what the server keeps of it. */
export interface RoleSecret {
  readonly password: string;
  /** `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (RFC 5802, 7677), as `pg_authid` stores it. */
  readonly verifier: string;
}

/** A random password and its SCRAM-SHA-256 verifier (the password is ASCII, so SASLprep leaves it as it is). */
export function newRoleSecret(): RoleSecret {
  const password = randomBytes(32).toString('base64url');
  return { password, verifier: scramVerifier(password, randomBytes(16)) };
}

/** The SCRAM-SHA-256 verifier of an ASCII password, as PostgreSQL computes and stores it. */
export function scramVerifier(password: string, salt: Buffer, iterations = 4096): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const b64 = (b: Buffer) => b.toString('base64');
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}

const COMMON = 'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT';
const bypass = (bypassrls: boolean) => (bypassrls ? 'BYPASSRLS' : 'NOBYPASSRLS');

/** The statements that make a clone's owner and apply roles, as logins with the given secrets. */
export function createCloneRolesSql(
  names: { readonly owner: string; readonly apply: string },
  secrets: { readonly owner: RoleSecret; readonly apply: RoleSecret },
  bypassrls: boolean,
): string {
  return [
    `CREATE ROLE ${quote(names.owner)} LOGIN ${COMMON} ${bypass(bypassrls)} PASSWORD '${secrets.owner.verifier}';`,
    `CREATE ROLE ${quote(names.apply)} LOGIN ${COMMON} ${bypass(bypassrls)} PASSWORD '${secrets.apply.verifier}';`,
    `GRANT ${APPLY_ROLE_GRANTS.join(', ')} TO ${quote(names.apply)};`,
  ].join('\n');
}

/** The statements that make PGlite's fixed roles (no login: PGlite has one session) and give the database to the owner. */
export function pgliteRolesSql(owner: string, apply: string): string {
  return [
    `CREATE ROLE ${quote(owner)} NOLOGIN ${COMMON} BYPASSRLS;`,
    `CREATE ROLE ${quote(apply)} NOLOGIN ${COMMON} BYPASSRLS;`,
    `GRANT ${APPLY_ROLE_GRANTS.join(', ')} TO ${quote(apply)};`,
    `ALTER DATABASE postgres OWNER TO ${quote(owner)};`,
  ].join('\n');
}

/** `SET LOCAL ROLE` to the apply role where the batch's session is not its own login; `null` otherwise. */
export function switchToApplyRole(role: ApplyRole | undefined): string | null {
  return role?.name ? `SET LOCAL ROLE ${quote(role.name)}` : null;
}

/**
 * A role name made by a server target for one of its clones (`rehearse_<16 hex>_owner` or
 * `_apply`); a scratch database's name is the part before the suffix.
 */
export const CLONE_ROLE_NAME = /^rehearse_[0-9a-f]{16}_(owner|apply)$/;
export const SCRATCH_DATABASE_NAME = /^rehearse_[0-9a-f]{16}$/;
