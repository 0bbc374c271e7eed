/**
 * The hostile corpus (hostileCorpus.ts) rehearsed as written: the Postgres cases on a private
 * server (they try to change what every other test on a shared server watches), the SQLite ones
 * on a SQLite clone. Each is refused before the rehearsal or BLOCKED with the codes it names, and
 * afterwards the server's census, the large objects of its `postgres` database and a directory it
 * may write to are as they were.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { CloneSourceError, parsePlan, PlanError, resolveTarget, type Target } from '../../src/index.ts';
import { censusChanges, sha256Hex } from '../../src/suite.ts';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';
import { describeOnPrivateServer } from '../support/privateServer.ts';
import { HOSTILE_CORPUS, type HostileEntry } from './hostileCorpus.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-hostile-corpus-'));
afterAll(() => removeScratchDir(work));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

type Outcome = { readonly refused: string } | { readonly status: string; readonly codes: readonly string[]; readonly said: string };

async function rehearse(entry: HostileEntry, target: Target, dir: string, superuser: string): Promise<Outcome> {
  const fill = (text: string) => text.replaceAll('@DIR@', dir).replaceAll('@SU@', superuser);
  const source = fill(entry.source);
  const apply = fill(entry.apply);
  writeFileSync(join(work, `${entry.id}.sql`), source);
  writeFileSync(join(work, `${entry.id}.apply.sql`), apply);
  const plan = {
    format: entry.cloneFrom ? 'rehearsal-plan/v2' : 'rehearsal-plan/v1',
    clone_from: { sql: `${entry.id}.sql`, ...entry.cloneFrom },
    apply: { file: `${entry.id}.apply.sql`, sha256: sha256Hex(apply) },
    ...entry.plan,
  };
  const file = join(work, `${entry.id}.json`);
  writeFileSync(file, JSON.stringify(plan));
  try {
    const result = await runRehearsal(parsePlan(file, Buffer.from(JSON.stringify(plan))), target, quiet);
    return { status: result.status, codes: result.codes, said: JSON.stringify(result.steps) };
  } catch (error) {
    if (error instanceof CloneSourceError || error instanceof PlanError) return { refused: error.message };
    throw error;
  }
}

function expectAsWritten(entry: HostileEntry, outcome: Outcome): void {
  if ('refused' in entry.expect) {
    expect(outcome, `${entry.id} was not refused`).toHaveProperty('refused');
    expect((outcome as { refused: string }).refused).toMatch(entry.expect.refused);
    return;
  }
  expect(outcome, `${entry.id} was refused`).not.toHaveProperty('refused');
  const ran = outcome as Exclude<Outcome, { refused: string }>;
  expect(ran.status).toBe('REHEARSAL_BLOCKED');
  expect(ran.codes).toEqual(entry.expect.codes);
  if (entry.expect.saying) expect(ran.said).toMatch(entry.expect.saying);
}

const onServer = HOSTILE_CORPUS.filter((e) => e.target === 'postgres');
const onSqlite = HOSTILE_CORPUS.filter((e) => e.target === 'sqlite');

it('the corpus has a case for every class of the issue, on the server and on SQLite', () => {
  expect(new Set(onServer.map((e) => e.klass))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  expect(new Set(onSqlite.map((e) => e.klass))).toEqual(new Set([7]));
  expect(new Set(HOSTILE_CORPUS.map((e) => e.id)).size).toBe(HOSTILE_CORPUS.length);
});

describeOnPrivateServer('the hostile corpus on a server', (server) => {
  let target: Target | undefined;
  afterAll(async () => {
    await target?.close();
  });

  async function largeObjects(): Promise<string[]> {
    const admin = new pg.Client(server().url);
    await admin.connect();
    try {
      const { rows } = await admin.query<{ oid: string }>('SELECT oid::text FROM pg_catalog.pg_largeobject_metadata ORDER BY oid');
      return rows.map((r) => r.oid);
    } finally {
      await admin.end();
    }
  }

  it.each(onServer.map((e) => [`${e.klass}. ${e.id}: ${e.what}`, e] as const))('%s', async (_title, entry) => {
    target ??= resolveTarget(server().url);
    const census = () => target!.census!();
    const before = await census();
    const objects = await largeObjects();
    const outcome = await rehearse(entry, target, server().writable, 'postgres');
    expectAsWritten(entry, outcome);
    expect(censusChanges(before, await census())).toEqual([]);
    expect(await largeObjects()).toEqual(objects);
    expect(readdirSync(server().writable)).toEqual([]);
  });
});

describe('PGlite, where the roles are no boundary', () => {
  it('a switch back to its superuser and a program: BLOCKED, the instance dropped, not a hang', async () => {
    const entry = HOSTILE_CORPUS.find((e) => e.id === 'role-switch-then-program')!;
    const target = resolveTarget('pglite:');
    try {
      const outcome = await rehearse(entry, target, '/nowhere', 'postgres');
      expect(outcome).toMatchObject({ status: 'REHEARSAL_BLOCKED', codes: ['APPLY_FAILED'] });
      expect((outcome as { said: string }).said).toMatch(/statement 1: the PGlite instance stopped answering after this statement/);
    } finally {
      await target.close();
    }
  });

  it("the same from a trigger the clone source's COPY rows fire: the load refused, the next COPY never sent", async () => {
    const entry: HostileEntry = {
      id: 'pglite-copy-trigger',
      klass: 3,
      what: 'a trigger fired by the rows a dump loads switches back and runs a program',
      target: 'postgres',
      source: `CREATE TABLE landing (a int PRIMARY KEY);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_catalog.set_config('role', 'postgres', true); COPY (SELECT 1) TO PROGRAM 'true'; RETURN NEW; END $$;
CREATE TRIGGER stamp BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION stamp();
COPY landing (a) FROM stdin;
1
\\.
COPY landing (a) FROM stdin;
2
\\.
`,
      apply: 'INSERT INTO landing (a) VALUES (3);\n',
      expect: { refused: /:5: COPY failed: the PGlite instance stopped answering after this statement/ },
    };
    const target = resolveTarget('pglite:');
    try {
      expectAsWritten(entry, await rehearse(entry, target, '/nowhere', 'postgres'));
    } finally {
      await target.close();
    }
  });
});

describe('the hostile corpus on SQLite', () => {
  it.each(onSqlite.map((e) => [`${e.klass}. ${e.id}: ${e.what}`, e] as const))('%s', async (_title, entry) => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-hostile-sqlite-'));
    const target = resolveTarget('sqlite:');
    try {
      expectAsWritten(entry, await rehearse(entry, target, dir, 'main'));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await target.close();
      removeScratchDir(dir);
    }
  });
});
