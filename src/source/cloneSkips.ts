/**
 * What a plan may ask to leave out of a SQL clone source (rehearsal-plan/v2), as `pg_restore
 * --no-owner --no-acl` does: `database` — the script's own DROP/CREATE/ALTER DATABASE, COMMENT ON
 * DATABASE and `\connect` to its database (the clone is that database); `owner` — ownership
 * (`OWNER TO`, `SET ROLE`/`SESSION AUTHORIZATION`) naming a role the clone does not have; `acl` —
 * GRANT/REVOKE and default privileges naming such a role; `roles` — CREATE/ALTER/DROP ROLE and
 * role membership (cluster-wide: never run in a clone).
 */
export const CLONE_SKIPS = ['database', 'owner', 'acl', 'roles'] as const;
export type CloneSkip = (typeof CLONE_SKIPS)[number];
