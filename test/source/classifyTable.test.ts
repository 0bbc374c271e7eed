/**
 * The clone-source check's exact answer for one statement of each kind it tells apart: what is
 * run, skipped, skippable by the plan (and under which `clone_from.skip` category), run only with
 * the roles it names, or refused — with the kind and the reason a user reads. Parsed by the real
 * Postgres parser, as the loader does.
 */
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, expect, it } from 'vitest';
import { classifyStatement, type Verdict } from '../../src/source/classifyCloneStatement.ts';

beforeAll(() => loadModule());

const STRINGS_OFF_KEPT_OUT =
  'no string literal after it holds a backslash, so the setting changes how no statement reads; the load keeps standard_conforming_strings on';

const TABLE: readonly (readonly [string, Verdict])[] = [
  [
    'CREATE DATABASE d',
    {
      action: 'skippable',
      kind: 'CREATE DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'DROP DATABASE d',
    {
      action: 'skippable',
      kind: 'DROP DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'ALTER DATABASE d RENAME TO e',
    {
      action: 'skippable',
      kind: 'ALTER DATABASE … RENAME',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    "ALTER DATABASE d SET work_mem = '1MB'",
    {
      action: 'skippable',
      kind: 'ALTER DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'ALTER DATABASE d REFRESH COLLATION VERSION',
    {
      action: 'skippable',
      kind: 'ALTER DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'CREATE ROLE r',
    { action: 'skippable', kind: 'CREATE ROLE', category: 'roles', reason: 'changes roles, which belong to the whole server' },
  ],
  [
    'ALTER ROLE r LOGIN',
    { action: 'skippable', kind: 'ALTER ROLE', category: 'roles', reason: 'changes roles, which belong to the whole server' },
  ],
  [
    'ALTER ROLE r SET search_path = x',
    { action: 'skippable', kind: 'ALTER ROLE', category: 'roles', reason: 'changes roles, which belong to the whole server' },
  ],
  ['DROP ROLE r', { action: 'skippable', kind: 'DROP ROLE', category: 'roles', reason: 'changes roles, which belong to the whole server' }],
  [
    'GRANT r TO s',
    { action: 'skippable', kind: 'GRANT role', category: 'roles', reason: 'changes roles, which belong to the whole server' },
  ],
  [
    'REASSIGN OWNED BY r TO s',
    { action: 'refuse', kind: 'REASSIGN OWNED', reason: 'reaches objects of other databases owned by the role' },
  ],
  ['DROP OWNED BY r', { action: 'refuse', kind: 'DROP OWNED', reason: 'reaches objects of other databases owned by the role' }],
  ["ALTER SYSTEM SET work_mem = '1MB'", { action: 'refuse', kind: 'ALTER SYSTEM', reason: "changes the server's configuration" }],
  [
    "CREATE TABLESPACE ts LOCATION '/tmp/x'",
    { action: 'refuse', kind: 'CREATE TABLESPACE', reason: "a tablespace is a directory of the server's, outside the clone" },
  ],
  [
    'DROP TABLESPACE ts',
    { action: 'refuse', kind: 'DROP TABLESPACE', reason: "a tablespace is a directory of the server's, outside the clone" },
  ],
  [
    'ALTER TABLESPACE ts SET (seq_page_cost = 1)',
    { action: 'refuse', kind: 'ALTER TABLESPACE', reason: "a tablespace is a directory of the server's, outside the clone" },
  ],
  [
    'ALTER TABLE ALL IN TABLESPACE ts SET TABLESPACE pg_default',
    { action: 'refuse', kind: 'ALTER … SET TABLESPACE', reason: "a tablespace is a directory of the server's, outside the clone" },
  ],
  [
    "CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p",
    { action: 'refuse', kind: 'CREATE SUBSCRIPTION', reason: 'a subscription connects to another server' },
  ],
  ['ALTER SUBSCRIPTION s DISABLE', { action: 'refuse', kind: 'ALTER SUBSCRIPTION', reason: 'a subscription connects to another server' }],
  ['DROP SUBSCRIPTION s', { action: 'refuse', kind: 'DROP SUBSCRIPTION', reason: 'a subscription connects to another server' }],
  [
    'IMPORT FOREIGN SCHEMA x FROM SERVER s INTO y',
    { action: 'refuse', kind: 'IMPORT FOREIGN SCHEMA', reason: 'connects to another server to read its schema' },
  ],
  ['COPY t FROM stdin', { action: 'run', kind: 'COPY' }],
  ['COPY t TO stdout', { action: 'refuse', kind: 'COPY', reason: 'sends data out of the clone' }],
  ["COPY t FROM '/etc/passwd'", { action: 'refuse', kind: 'COPY', reason: "reads or writes the server's files" }],
  ["COPY t TO PROGRAM 'cat'", { action: 'refuse', kind: 'COPY', reason: 'runs a program on the server' }],
  ['CREATE EXTENSION citext', { action: 'run', kind: 'CREATE EXTENSION', extension: { name: 'citext', schema: null } }],
  [
    'CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public',
    { action: 'run', kind: 'CREATE EXTENSION', extension: { name: 'hstore', schema: 'public' } },
  ],
  [
    'CREATE EXTENSION dblink',
    { action: 'refuse', kind: 'CREATE EXTENSION dblink', reason: 'extension dblink connects to other databases' },
  ],
  [
    'CREATE EXTENSION IF NOT EXISTS postgres_fdw',
    { action: 'refuse', kind: 'CREATE EXTENSION postgres_fdw', reason: 'extension postgres_fdw connects to other servers' },
  ],
  [
    'CREATE EXTENSION file_fdw',
    { action: 'refuse', kind: 'CREATE EXTENSION file_fdw', reason: "extension file_fdw reads the server's files" },
  ],
  [
    'CREATE EXTENSION adminpack',
    { action: 'refuse', kind: 'CREATE EXTENSION adminpack', reason: "extension adminpack writes the server's files" },
  ],
  [
    "SELECT pg_read_file('x')",
    { action: 'refuse', kind: 'SELECT', reason: "calls pg_read_file(), which reads or writes the server's files" },
  ],
  ["SELECT lo_import('/x')", { action: 'refuse', kind: 'SELECT', reason: "calls lo_import(), which reads or writes the server's files" }],
  ["SELECT dblink_exec('x', 'y')", { action: 'refuse', kind: 'SELECT', reason: 'calls dblink_exec(), which connects to another database' }],
  [
    'SELECT pg_terminate_backend(1)',
    {
      action: 'refuse',
      kind: 'SELECT',
      reason: 'calls pg_terminate_backend(), which acts on the server or its other sessions, beyond the clone',
    },
  ],
  [
    "SELECT query_to_xml('select 1', true, true, '')",
    { action: 'refuse', kind: 'SELECT', reason: 'calls query_to_xml(), which runs SQL text that cannot be classified' },
  ],
  [
    'SELECT pg_catalog.pg_reload_conf()',
    {
      action: 'refuse',
      kind: 'SELECT',
      reason: 'calls pg_reload_conf(), which acts on the server or its other sessions, beyond the clone',
    },
  ],
  ["SELECT pg_catalog.set_config('search_path', '', false)", { action: 'run', kind: 'SELECT' }],
  ['DO $$ BEGIN CREATE TABLE x (a int); END $$', { action: 'run', kind: 'DO' }],
  [
    "DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$",
    { action: 'refuse', kind: 'DO', reason: 'a DO block that runs SQL it builds at run time (EXECUTE) cannot be classified' },
  ],
  ['DO LANGUAGE plpython3u $$ print(1) $$', { action: 'refuse', kind: 'DO', reason: 'a DO block in plpython3u cannot be classified' }],
  [
    'DO $$ BEGIN CREATE DATABASE x; END $$',
    {
      action: 'refuse',
      kind: 'DO',
      reason: 'a DO block that runs CREATE DATABASE: acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'DO $$ BEGIN ALTER TABLE t OWNER TO alice; GRANT SELECT ON t TO bob; END $$',
    { action: 'roles', kind: 'DO', roles: ['alice', 'bob'], category: null },
  ],
  [
    'DO $$ DECLARE n int; BEGIN n := pg_terminate_backend(1); END $$',
    {
      action: 'refuse',
      kind: 'DO',
      reason: 'a DO block that runs SELECT: calls pg_terminate_backend(), which acts on the server or its other sessions, beyond the clone',
    },
  ],
  [
    "DO $$ BEGIN PERFORM pg_read_file('x'); END $$",
    { action: 'refuse', kind: 'DO', reason: "a DO block that runs SELECT: calls pg_read_file(), which reads or writes the server's files" },
  ],
  ['DO $$ BEGIN ROLLBACK; END $$', { action: 'run', kind: 'DO' }],
  ['DO $$ BEGIN COMMIT; END $$', { action: 'run', kind: 'DO' }],
  [
    'DO $$ DECLARE v int; BEGIN v := 1 + ; END $$',
    { action: 'refuse', kind: 'DO', reason: 'the PL/pgSQL parser cannot read this DO block' },
  ],
  [
    'DO $$ BEGIN IF true THEN SELEC 1; END IF; END $$',
    { action: 'refuse', kind: 'DO', reason: 'the PL/pgSQL parser cannot read this DO block' },
  ],
  [
    "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('x') $$",
    { action: 'refuse', kind: 'CREATE FUNCTION', reason: "its body calls pg_read_file(), which reads or writes the server's files" },
  ],
  ["CREATE FUNCTION f() RETURNS text LANGUAGE SQL AS $$ SELECT 'ok' $$", { action: 'run', kind: 'CREATE FUNCTION' }],
  [
    "CREATE FUNCTION f(int) RETURNS int LANGUAGE C AS 'libc', 'abs'",
    {
      action: 'refuse',
      kind: 'CREATE FUNCTION',
      reason:
        "in LANGUAGE c needs a superuser: it names code of the server's own files, and the clone source loads as the clone's owner, a role without superuser (an extension's functions come with its CREATE EXTENSION)",
    },
  ],
  [
    "CREATE FUNCTION quiet_export(oid, text) RETURNS int LANGUAGE internal AS 'be_lo_export'",
    {
      action: 'refuse',
      kind: 'CREATE FUNCTION',
      reason:
        "in LANGUAGE internal needs a superuser: it names code of the server's own files, and the clone source loads as the clone's owner, a role without superuser (an extension's functions come with its CREATE EXTENSION)",
    },
  ],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS 'return 1'", { action: 'run', kind: 'CREATE FUNCTION' }],
  [
    'CREATE EVENT TRIGGER watch ON ddl_command_end EXECUTE FUNCTION f()',
    {
      action: 'refuse',
      kind: 'CREATE EVENT TRIG',
      reason:
        "needs a superuser: an event trigger runs its function on the DDL of every session of the database, and the clone source loads as the clone's owner, a role without superuser (leave it out of the source)",
    },
  ],
  [
    'ALTER EVENT TRIGGER watch ENABLE ALWAYS',
    {
      action: 'refuse',
      kind: 'ALTER EVENT TRIG',
      reason:
        "needs a superuser: an event trigger runs its function on the DDL of every session of the database, and the clone source loads as the clone's owner, a role without superuser (leave it out of the source)",
    },
  ],
  [
    "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM dblink_exec('a', 'b'); END $$",
    { action: 'refuse', kind: 'CREATE FUNCTION', reason: 'its body calls dblink_exec(), which connects to another database' },
  ],
  ['CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$', { action: 'run', kind: 'CREATE FUNCTION' }],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1', { action: 'run', kind: 'CREATE FUNCTION' }],
  ['CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 + ; END $$', { action: 'run', kind: 'CREATE FUNCTION' }],
  [
    "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE c",
    {
      action: 'refuse',
      kind: 'CREATE FUNCTION',
      reason:
        "in LANGUAGE c needs a superuser: it names code of the server's own files, and the clone source loads as the clone's owner, a role without superuser (an extension's functions come with its CREATE EXTENSION)",
    },
  ],
  ['BEGIN', { action: 'skip', kind: 'BEGIN', reason: 'the clone source is loaded in one transaction of its own' }],
  ['START TRANSACTION', { action: 'skip', kind: 'START', reason: 'the clone source is loaded in one transaction of its own' }],
  ['COMMIT', { action: 'skip', kind: 'COMMIT', reason: 'the clone source is loaded in one transaction of its own' }],
  [
    'ROLLBACK',
    {
      action: 'refuse',
      kind: 'ROLLBACK',
      reason: 'the clone source is loaded in one transaction of its own, and cannot undo part of itself',
    },
  ],
  [
    "PREPARE TRANSACTION 'x'",
    { action: 'refuse', kind: 'PREPARE TRANSACTION', reason: 'a prepared transaction outlives the session that made it' },
  ],
  [
    "COMMIT PREPARED 'x'",
    { action: 'refuse', kind: 'COMMIT PREPARED', reason: "acts on a prepared transaction, which is no session's own" },
  ],
  ['SAVEPOINT a', { action: 'run', kind: 'SAVEPOINT' }],
  ['RELEASE SAVEPOINT a', { action: 'run', kind: 'RELEASE' }],
  ['ROLLBACK TO SAVEPOINT a', { action: 'run', kind: 'ROLLBACK TO' }],
  ['END', { action: 'skip', kind: 'COMMIT', reason: 'the clone source is loaded in one transaction of its own' }],
  [
    'VACUUM t',
    { action: 'skip', kind: 'VACUUM', reason: 'VACUUM cannot run inside the load transaction, and changes nothing a capture reads' },
  ],
  ['ANALYZE t', { action: 'run', kind: 'ANALYZE' }],
  [
    'VACUUM ANALYZE t',
    { action: 'skip', kind: 'VACUUM', reason: 'VACUUM cannot run inside the load transaction, and changes nothing a capture reads' },
  ],
  ['SET ROLE alice', { action: 'roles', kind: 'SET', roles: ['alice'], category: 'owner' }],
  ['SET ROLE NONE', { action: 'skip', kind: 'SET', reason: "the clone source loads as the clone's owner throughout" }],
  ['RESET ROLE', { action: 'skip', kind: 'SET', reason: "the clone source loads as the clone's owner throughout" }],
  ['SET SESSION AUTHORIZATION alice', { action: 'roles', kind: 'SET', roles: ['alice'], category: 'owner' }],
  ['SET SESSION AUTHORIZATION DEFAULT', { action: 'skip', kind: 'SET', reason: "the clone source loads as the clone's owner throughout" }],
  [
    'SET standard_conforming_strings = off',
    {
      action: 'skip',
      kind: 'SET',
      reason: STRINGS_OFF_KEPT_OUT,
    },
  ],
  ['SET standard_conforming_strings = on', { action: 'run', kind: 'SET' }],
  ['SET standard_conforming_strings = fals', { action: 'skip', kind: 'SET', reason: STRINGS_OFF_KEPT_OUT }],
  ['SET standard_conforming_strings = true', { action: 'run', kind: 'SET' }],
  [
    "SET standard_conforming_strings TO 'OFF'",
    {
      action: 'skip',
      kind: 'SET',
      reason: STRINGS_OFF_KEPT_OUT,
    },
  ],
  [
    'SET standard_conforming_strings = 0',
    {
      action: 'skip',
      kind: 'SET',
      reason: STRINGS_OFF_KEPT_OUT,
    },
  ],
  ["SET default_tablespace = ''", { action: 'run', kind: 'SET' }],
  [
    'SET default_tablespace = ts',
    { action: 'refuse', kind: 'SET', reason: "tablespace ts is a directory of the server's, outside the clone" },
  ],
  ['SET default_tablespace = pg_default', { action: 'run', kind: 'SET' }],
  [
    'SET temp_tablespaces = ts',
    { action: 'refuse', kind: 'SET', reason: "tablespace ts is a directory of the server's, outside the clone" },
  ],
  ['SET statement_timeout = 0', { action: 'run', kind: 'SET' }],
  ['SET search_path = public', { action: 'run', kind: 'SET' }],
  ['SET extra_float_digits = 3', { action: 'run', kind: 'SET' }],
  [
    "COMMENT ON DATABASE d IS 'x'",
    {
      action: 'skippable',
      kind: 'COMMENT ON DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  ["COMMENT ON ROLE r IS 'x'", { action: 'refuse', kind: 'COMMENT', reason: 'on an object that belongs to the whole server' }],
  ["COMMENT ON TABLESPACE ts IS 'x'", { action: 'refuse', kind: 'COMMENT', reason: 'on an object that belongs to the whole server' }],
  ["COMMENT ON TABLE t IS 'x'", { action: 'run', kind: 'COMMENT' }],
  [
    "SECURITY LABEL ON DATABASE d IS 'x'",
    {
      action: 'skippable',
      kind: 'SECURITY LABEL ON DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    "SECURITY LABEL ON ROLE r IS 'x'",
    { action: 'refuse', kind: 'SECURITY LABEL', reason: 'on an object that belongs to the whole server' },
  ],
  ["SECURITY LABEL ON TABLE t IS 'x'", { action: 'run', kind: 'SECURITY LABEL' }],
  [
    'ALTER DATABASE d OWNER TO alice',
    {
      action: 'skippable',
      kind: 'ALTER DATABASE … OWNER TO',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  [
    'ALTER TABLESPACE ts OWNER TO alice',
    { action: 'refuse', kind: 'ALTER … OWNER TO', reason: 'on an object that belongs to the whole server' },
  ],
  ['ALTER SCHEMA s OWNER TO alice', { action: 'roles', kind: 'ALTER … OWNER TO', roles: ['alice'], category: 'owner' }],
  ['ALTER FUNCTION f() OWNER TO CURRENT_USER', { action: 'roles', kind: 'ALTER … OWNER TO', roles: [], category: 'owner' }],
  ['ALTER TYPE e OWNER TO "Mixed Case"', { action: 'roles', kind: 'ALTER … OWNER TO', roles: ['Mixed Case'], category: 'owner' }],
  ['ALTER TABLE t OWNER TO alice', { action: 'roles', kind: 'ALTER … OWNER TO', roles: ['alice'], category: 'owner' }],
  [
    'ALTER TABLE t SET TABLESPACE ts',
    { action: 'refuse', kind: 'ALTER TABLE', reason: "moves a relation to a tablespace, outside the clone's files" },
  ],
  ['ALTER TABLE t SET TABLESPACE pg_default', { action: 'run', kind: 'ALTER TABLE' }],
  ['ALTER TABLE t ADD COLUMN c int, OWNER TO bob', { action: 'roles', kind: 'ALTER … OWNER TO', roles: ['bob'], category: 'owner' }],
  ['ALTER TABLE t ADD COLUMN c int', { action: 'run', kind: 'ALTER TABLE' }],
  [
    'CREATE TABLE t (a int) TABLESPACE ts',
    { action: 'refuse', kind: 'CREATE TABLE', reason: "tablespace ts is a directory of the server's, outside the clone" },
  ],
  ['CREATE TABLE t (a int) TABLESPACE pg_default', { action: 'run', kind: 'CREATE TABLE' }],
  ['CREATE TABLE t (a int)', { action: 'run', kind: 'CREATE TABLE' }],
  [
    'CREATE INDEX i ON t (a) TABLESPACE ts',
    { action: 'refuse', kind: 'CREATE INDEX', reason: "tablespace ts is a directory of the server's, outside the clone" },
  ],
  ['CREATE INDEX i ON t (a)', { action: 'run', kind: 'CREATE INDEX' }],
  [
    'CREATE TABLE t2 TABLESPACE ts AS SELECT 1',
    { action: 'refuse', kind: 'CREATE TABLE AS', reason: "tablespace ts is a directory of the server's, outside the clone" },
  ],
  ['CREATE TABLE t2 AS SELECT 1', { action: 'run', kind: 'CREATE TABLE AS' }],
  ['GRANT SELECT ON t TO alice, PUBLIC', { action: 'roles', kind: 'GRANT', roles: ['alice'], category: 'acl' }],
  ['REVOKE SELECT ON t FROM alice', { action: 'roles', kind: 'REVOKE', roles: ['alice'], category: 'acl' }],
  ['GRANT SELECT ON t TO alice GRANTED BY bob', { action: 'roles', kind: 'GRANT', roles: ['alice', 'bob'], category: 'acl' }],
  [
    'GRANT CONNECT ON DATABASE d TO alice',
    {
      action: 'skippable',
      kind: 'GRANT … ON DATABASE',
      category: 'database',
      reason: 'acts on a database, not inside one: the clone is a database of its own',
    },
  ],
  ['GRANT CREATE ON TABLESPACE ts TO alice', { action: 'refuse', kind: 'GRANT', reason: 'on an object that belongs to the whole server' }],
  [
    'GRANT SET ON PARAMETER work_mem TO alice',
    { action: 'refuse', kind: 'GRANT', reason: 'on an object that belongs to the whole server' },
  ],
  [
    'ALTER DEFAULT PRIVILEGES FOR ROLE alice, bob IN SCHEMA s GRANT SELECT ON TABLES TO carol',
    { action: 'roles', kind: 'ALTER DEFAULT PRIVILEGES', roles: ['alice', 'bob', 'carol'], category: 'acl' },
  ],
  [
    'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC',
    { action: 'roles', kind: 'ALTER DEFAULT PRIVILEGES', roles: [], category: 'acl' },
  ],
  [
    'ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM carol',
    { action: 'roles', kind: 'ALTER DEFAULT PRIVILEGES', roles: ['carol'], category: 'acl' },
  ],
  ['CREATE SCHEMA s AUTHORIZATION alice', { action: 'roles', kind: 'CREATE SCHEMA … AUTHORIZATION', roles: ['alice'], category: null }],
  ['CREATE SCHEMA s', { action: 'roles', kind: 'CREATE SCHEMA … AUTHORIZATION', roles: [], category: null }],
  ['CREATE POLICY p ON t TO alice USING (true)', { action: 'roles', kind: 'CREATE POLICY', roles: ['alice'], category: 'acl' }],
  ['ALTER POLICY p ON t TO bob, PUBLIC', { action: 'roles', kind: 'ALTER POLICY', roles: ['bob'], category: 'acl' }],
  ['CREATE POLICY p ON t USING (true)', { action: 'roles', kind: 'CREATE POLICY', roles: [], category: 'acl' }],
  ['CREATE USER MAPPING FOR alice SERVER s', { action: 'roles', kind: 'CREATE USER MAPPING', roles: ['alice'], category: 'acl' }],
  [
    "ALTER USER MAPPING FOR bob SERVER s OPTIONS (SET user 'x')",
    { action: 'roles', kind: 'ALTER USER MAPPING', roles: ['bob'], category: 'acl' },
  ],
  ['DROP USER MAPPING FOR carol SERVER s', { action: 'roles', kind: 'DROP USER MAPPING', roles: ['carol'], category: 'acl' }],
  ['CREATE USER MAPPING FOR CURRENT_USER SERVER s', { action: 'roles', kind: 'CREATE USER MAPPING', roles: [], category: 'acl' }],
  ['INSERT INTO t VALUES (1)', { action: 'run', kind: 'INSERT' }],
  ['CALL p()', { action: 'run', kind: 'CALL' }],
  ['CREATE VIEW v AS SELECT 1', { action: 'run', kind: 'CREATE VIEW' }],
  ['LISTEN x', { action: 'run', kind: 'LISTEN' }],
  ['CREATE MATERIALIZED VIEW mv AS SELECT 1', { action: 'run', kind: 'CREATE MATERIALIZED VIEW' }],
  ['REFRESH MATERIALIZED VIEW mv', { action: 'run', kind: 'REFRESH MATERIALIZED VIEW' }],
  ['CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()', { action: 'run', kind: 'CREATE TRIGGER' }],
  [
    'ALTER ROLE r RENAME TO s',
    { action: 'skippable', kind: 'ALTER ROLE … RENAME', category: 'roles', reason: 'changes roles, which belong to the whole server' },
  ],
  [
    'ALTER TABLESPACE ts RENAME TO tt',
    { action: 'refuse', kind: 'ALTER TABLESPACE … RENAME', reason: "a tablespace is a directory of the server's, outside the clone" },
  ],
  [
    'ALTER SUBSCRIPTION s RENAME TO t',
    { action: 'refuse', kind: 'ALTER SUBSCRIPTION … RENAME', reason: 'a subscription connects to another server' },
  ],
  ['ALTER TABLE t RENAME TO u', { action: 'run', kind: 'ALTER … RENAME' }],
  ['ALTER TABLE t RENAME COLUMN a TO b', { action: 'run', kind: 'ALTER … RENAME' }],
  ["LOAD 'auto_explain'", { action: 'refuse', kind: 'LOAD', reason: "loads a library from the server's files into the server" }],
  ['CHECKPOINT', { action: 'refuse', kind: 'CHECKPOINT', reason: 'acts on the whole server, beyond the clone' }],
  [
    "ROLLBACK PREPARED 'y'",
    { action: 'refuse', kind: 'ROLLBACK PREPARED', reason: "acts on a prepared transaction, which is no session's own" },
  ],
  ['SET ROLE "none"', { action: 'skip', kind: 'SET', reason: "the clone source loads as the clone's owner throughout" }],
  ['SET LOCAL ROLE alice', { action: 'roles', kind: 'SET', roles: ['alice'], category: 'owner' }],
  ["SET SESSION AUTHORIZATION 'alice'", { action: 'roles', kind: 'SET', roles: ['alice'], category: 'owner' }],
  ['SET ROLE "Mixed"', { action: 'roles', kind: 'SET', roles: ['Mixed'], category: 'owner' }],
  ['DO $$ BEGIN GRANT SELECT ON t TO PUBLIC; END $$', { action: 'run', kind: 'DO' }],
  [
    "DO $$ DECLARE v text; BEGIN v = pg_read_file('x'); END $$",
    { action: 'refuse', kind: 'DO', reason: "a DO block that runs SELECT: calls pg_read_file(), which reads or writes the server's files" },
  ],
  [
    'DO $$ DECLARE a int[]; BEGIN a[1] := pg_terminate_backend(1); END $$',
    {
      action: 'refuse',
      kind: 'DO',
      reason: 'a DO block that runs SELECT: calls pg_terminate_backend(), which acts on the server or its other sessions, beyond the clone',
    },
  ],
  [
    "DO $$ DECLARE r record; BEGIN r.x := lo_export(1, '/tmp/x'); END $$",
    { action: 'refuse', kind: 'DO', reason: "a DO block that runs SELECT: calls lo_export(), which reads or writes the server's files" },
  ],
  [
    'DO $$ BEGIN IF pg_reload_conf() THEN NULL; END IF; END $$',
    {
      action: 'refuse',
      kind: 'DO',
      reason: 'a DO block that runs SELECT: calls pg_reload_conf(), which acts on the server or its other sessions, beyond the clone',
    },
  ],
  ['DO $$ BEGIN FOR i IN 1..2 LOOP INSERT INTO t VALUES (i); END LOOP; END $$', { action: 'run', kind: 'DO' }],
  [
    'DO LANGUAGE plpgsql $$ BEGIN CREATE ROLE x; END $$',
    { action: 'refuse', kind: 'DO', reason: 'a DO block that runs CREATE ROLE: changes roles, which belong to the whole server' },
  ],
  ['DO $$ BEGIN SET ROLE bob; END $$', { action: 'roles', kind: 'DO', roles: ['bob'], category: null }],
  [
    "SELECT 1 FROM t WHERE pg_ls_dir('.') IS NOT NULL",
    { action: 'refuse', kind: 'SELECT', reason: "calls pg_ls_dir(), which reads or writes the server's files" },
  ],
  [
    "WITH x AS (SELECT dblink('a','b')) SELECT 1",
    { action: 'refuse', kind: 'SELECT', reason: 'calls dblink(), which connects to another database' },
  ],
  ['CREATE SCHEMA AUTHORIZATION alice', { action: 'roles', kind: 'CREATE SCHEMA … AUTHORIZATION', roles: ['alice'], category: null }],
  ['CREATE AGGREGATE a (sfunc = f, stype = int)', { action: 'run', kind: 'CREATE AGGREGATE' }],
  ['CREATE TEXT SEARCH CONFIGURATION c (copy = english)', { action: 'run', kind: 'CREATE TEXT SEARCH CONFIGURATION' }],
  ['CREATE SEQUENCE s', { action: 'run', kind: 'CREATE SEQUENCE' }],
  ['ALTER SEQUENCE s OWNED BY t.a', { action: 'run', kind: 'ALTER SEQUENCE' }],
  ["CREATE TYPE e AS ENUM ('a')", { action: 'run', kind: 'CREATE TYPE … AS ENUM' }],
  ['CREATE TYPE c AS (a int)', { action: 'run', kind: 'CREATE TYPE' }],
  ['CREATE DOMAIN d AS int', { action: 'run', kind: 'CREATE DOMAIN' }],
];

it.each(TABLE.map(([sql, verdict]) => ({ sql, verdict })))('$sql', ({ sql, verdict }) => {
  const { stmts } = parseSync(sql) as unknown as { stmts: { stmt: Record<string, unknown> }[] };
  expect(stmts).toHaveLength(1);
  expect(classifyStatement(stmts[0]!.stmt, sql)).toEqual(verdict);
});
