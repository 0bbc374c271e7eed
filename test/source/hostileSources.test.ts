/**
 * Hostile clone sources on the Postgres server: each is refused before it runs, or — where only
 * running it shows what it does — its load is rolled back when the cluster census changes. The
 * server's databases, roles, settings, tablespaces and files are the same afterwards.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { CloneSourceError, parsePlan, resolveTarget, type Target } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-hostile-'));
const FILES = ['copy', 'lo', 'shell', 'ts'].map((f) => `/tmp/rehearse-hostile-${f}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function planFor(name: string, source: string, skip: string[] = []): ReturnType<typeof parsePlan> {
  writeFileSync(join(work, `${name}.sql`), source);
  const apply = 'INSERT INTO landing VALUES (1);\n';
  writeFileSync(join(work, `${name}.apply.sql`), apply);
  const plan = {
    format: 'rehearsal-plan/v2',
    clone_from: { sql: `${name}.sql`, skip },
    apply: { file: `${name}.apply.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
    modes: ['txn'],
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

const LANDING = 'CREATE TABLE landing (a int);\n';

const HOSTILE: readonly [name: string, source: string, refusal: RegExp][] = [
  ['role', `${LANDING}CREATE ROLE hostile_role SUPERUSER;\n`, /role\.sql:2: CREATE ROLE changes roles/],
  ['drop-database', 'DROP DATABASE IF EXISTS postgres;\n', /drop-database\.sql:1: DROP DATABASE acts on a database/],
  ['tablespace', `CREATE TABLESPACE hostile LOCATION '${FILES[3]}';\n`, /tablespace\.sql:1: CREATE TABLESPACE/],
  ['copy-to-file', `COPY (SELECT 'x') TO '${FILES[0]}';\n`, /copy-to-file\.sql:1: COPY reads or writes the server's files/],
  ['lo-export', `SELECT lo_export(lo_from_bytea(0, 'x'), '${FILES[1]}');\n`, /lo-export\.sql:1: SELECT calls lo_export\(\)/],
  ['alter-system', "ALTER SYSTEM SET work_mem = '1GB';\n", /alter-system\.sql:1: ALTER SYSTEM/],
  ['shell', `${LANDING}\\! touch ${FILES[2]}\n`, /shell\.sql:2: \\! is a psql meta-command/],
  ['do-role', 'DO $$BEGIN CREATE ROLE hostile_do; END$$;\n', /do-role\.sql:1: DO a DO block that runs CREATE ROLE/],
  ['role-rename', `${LANDING}ALTER ROLE postgres RENAME TO hostile_renamed;\n`, /role-rename\.sql:2: ALTER ROLE … RENAME changes roles/],
  ['load', "LOAD 'auto_explain';\n", /load\.sql:1: LOAD loads a library from the server's files/],
  ['commit-prepared', "COMMIT PREPARED 'someone_elses';\n", /commit-prepared\.sql:1: COMMIT PREPARED acts on a prepared transaction/],
  // Passes every check a reader can make: the role is made by dynamic SQL in a trigger, at load time.
  [
    'trigger-role',
    `${LANDING}CREATE FUNCTION sneak() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN EXECUTE 'CREATE ROLE hostile_' || 'trigger'; RETURN NEW; END$$;
CREATE TRIGGER sneak BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION sneak();
INSERT INTO landing VALUES (0);
`,
    /trigger-role\.sql:4: INSERT failed: permission denied to create role; the clone source loads as the clone's owner, a role without superuser/,
  ],
  [
    'trigger-setting',
    `${LANDING}CREATE FUNCTION sneak() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN EXECUTE 'ALTER ROLE postgres SET work_mem = ' || '''1GB'''; RETURN NEW; END$$;
CREATE TRIGGER sneak BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION sneak();
INSERT INTO landing VALUES (0);
`,
    /trigger-setting\.sql:4: INSERT failed: must be superuser to alter superusers; the clone source loads as the clone's owner/,
  ],
  // What the owner may do to itself: the load's census sees it, and the load is rolled back.
  [
    'trigger-own-setting',
    `${LANDING}CREATE FUNCTION sneak() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = ''1GB''', current_user); RETURN NEW; END$$;
CREATE TRIGGER sneak BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION sneak();
INSERT INTO landing VALUES (0);
`,
    /trigger-own-setting\.sql: the clone source changed state outside the clone's database, or another session did while it loaded \(role or database setting added or changed: 0\/\d+\); its load was rolled back/,
  ],
];

interface ServerState {
  readonly databases: string[];
  readonly roles: string[];
  readonly settings: string[];
  readonly tablespaces: string[];
  readonly files: boolean[];
}

describeEachTarget('hostile clone sources on the Postgres server', () => {
  const url = process.env.REHEARSE_PG_URL ?? '';
  let admin: pg.Client;
  let target: Target;
  const state = async (): Promise<ServerState> => {
    const list = async (sql: string) => (await admin.query<{ x: string }>(sql)).rows.map((r) => r.x);
    return {
      // Other test files make scratch and template databases and their own roles at the same time.
      databases: await list(
        "SELECT datname || ' ' || datdba::regrole::text || ' ' || coalesce(datacl::text, '') AS x FROM pg_database WHERE datname !~ '^(rehearse|template_test)_' ORDER BY 1",
      ),
      roles: await list(
        "SELECT rolname || ' ' || rolsuper AS x FROM pg_roles WHERE rolname !~ '^rehearse_(test_|[0-9a-f]{16}_(owner|apply)$)' ORDER BY 1",
      ),
      settings: await list("SELECT setdatabase || '/' || setrole || ' ' || setconfig::text AS x FROM pg_db_role_setting ORDER BY 1"),
      tablespaces: await list('SELECT spcname AS x FROM pg_tablespace ORDER BY 1'),
      files: FILES.map((f) => existsSync(f)),
    };
  };
  let before: ServerState;
  beforeAll(async () => {
    admin = new pg.Client(url);
    await admin.connect();
    target = resolveTarget(url);
    before = await state();
  });
  afterAll(async () => {
    await target.close();
    await admin.end();
  });

  it.each(HOSTILE)('%s: refused, and nothing of it is left on the server', async (name, source, refusal) => {
    const error = await runRehearsal(planFor(name, source), target, { parts: REAL_PARTS, progress: () => {}, onClone: () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CloneSourceError);
    expect((error as Error).message).toMatch(refusal);
    expect(await state()).toEqual(before);
    expect(before.files).toEqual([false, false, false, false]);
  });

  it('a DROP DATABASE skipped as the plan asks is never run: the rehearsal goes on, the database stays', async () => {
    const result = await runRehearsal(
      planFor('skipped-drop', `DROP DATABASE IF EXISTS postgres;\nCREATE DATABASE postgres;\n\\connect postgres\n${LANDING}`, ['database']),
      target,
      { parts: REAL_PARTS, progress: () => {}, onClone: () => {} },
    );
    expect(result.codes).toEqual([]);
    expect((result.steps[0]!.details.clone_source_load as { skipped: { line: number }[] }).skipped.map((s) => s.line)).toEqual([1, 2, 3]);
    expect(await state()).toEqual(before);
  });
}, ['postgres']);
