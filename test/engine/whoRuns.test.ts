/**
 * Who runs the user's code: a dump's own statements, its SECURITY DEFINER functions, a trigger the
 * batch fires and a function the batch calls each record `session_user` and `current_user`. On a
 * server every one of them is one of the clone's roles, never the connecting superuser, as the
 * session user too; in PGlite (single-user mode) the session user is the superuser, and only the
 * current user is the clone's role.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { CloneSourceError, parsePlan, type RehearsalPlan } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-who-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function planWith(name: string, source: string, apply: string, extra: Record<string, unknown> = {}): RehearsalPlan {
  writeFileSync(join(work, `${name}.sql`), source);
  writeFileSync(join(work, `${name}.apply.sql`), apply);
  const plan = {
    format: 'rehearsal-plan/v2',
    clone_from: { sql: `${name}.sql` },
    apply: { file: `${name}.apply.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
    modes: ['txn'],
    ...extra,
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

const WHO = `CREATE TABLE who (at text PRIMARY KEY, session_name text, current_name text);
CREATE FUNCTION record_who(at text) RETURNS int LANGUAGE plpgsql AS $$
BEGIN INSERT INTO who VALUES (at, session_user, current_user); RETURN 1; END $$;
CREATE FUNCTION definer_who(at text) RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN INSERT INTO who VALUES (at, session_user, current_user); RETURN 1; END $$;
CREATE TABLE landing (a int);
CREATE FUNCTION on_landing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO who VALUES ('trigger', session_user, current_user); RETURN NEW; END $$;
CREATE TRIGGER on_landing BEFORE INSERT ON landing FOR EACH ROW EXECUTE FUNCTION on_landing();
SELECT record_who('load: a SELECT of the dump');
SELECT definer_who('load: a SECURITY DEFINER function');
CREATE TABLE at_end (id int);
CREATE FUNCTION at_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO who VALUES (CASE NEW.id WHEN 1 THEN 'load: a trigger deferred to its end' ELSE 'load: a trigger it deferred again, at the COMMIT' END,
                          session_user, current_user);
  IF NEW.id = 1 THEN SET CONSTRAINTS ALL DEFERRED; INSERT INTO at_end VALUES (2); END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER at_end AFTER INSERT ON at_end DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION at_end();
INSERT INTO at_end VALUES (1);
`;

const justified = (names: string[]) => ({
  justified: names.map((f) => ({ statement: 1, kind: 'FUNCTION', function: f, reason: 'records who runs it' })),
});

describeEachTarget(
  'who runs what the user wrote',
  (target, name) => {
    it("is the clone's owner at load time and the apply role in the batch, never the connecting role", async () => {
      const plan = planWith('who', WHO, "INSERT INTO landing VALUES (record_who('batch: a function it calls'));\n", {
        policy: justified(['record_who', 'on_landing']),
      });
      let seen: { at: string; session_name: string; current_name: string }[] = [];
      let location = '';
      const result = await runRehearsal(plan, target(), {
        parts: REAL_PARTS,
        progress: () => {},
        onClone: (_dispose, l) => {
          location = l;
        },
        inspect: async (moment, clone) => {
          if (moment === 'txn_after_apply')
            seen = (await clone.session.query<(typeof seen)[number]>('SELECT at, session_name, current_name FROM who')).sort((a, b) =>
              a.at < b.at ? -1 : 1,
            );
        },
      });
      expect(result.codes).toEqual([]);
      const server = name === 'postgres';
      const owner = server ? `${location}_owner` : 'rehearse_owner';
      const apply = server ? `${location}_apply` : 'rehearse_apply';
      const session = (role: string) => (server ? role : 'postgres');
      expect(seen).toEqual([
        { at: 'batch: a function it calls', session_name: session(apply), current_name: apply },
        { at: 'load: a SECURITY DEFINER function', session_name: session(owner), current_name: owner },
        { at: 'load: a SELECT of the dump', session_name: session(owner), current_name: owner },
        // Deferred to the load's end: fired there, and at its COMMIT, as the owner that queued them (PGlite's load has switched back by then).
        { at: 'load: a trigger deferred to its end', session_name: session(owner), current_name: owner },
        { at: 'load: a trigger it deferred again, at the COMMIT', session_name: session(owner), current_name: owner },
        { at: 'trigger', session_name: session(apply), current_name: apply },
      ]);
    });

    it('an extension only a superuser may create is refused, naming the line and clone_from.extensions; named there, the engine creates it', async () => {
      const source = 'CREATE EXTENSION IF NOT EXISTS pageinspect WITH SCHEMA public;\nCREATE TABLE landing (a int);\n';
      const refused = await runRehearsal(planWith('untrusted', source, 'INSERT INTO landing VALUES (1);\n'), target(), {
        parts: REAL_PARTS,
        progress: () => {},
        onClone: () => {},
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(CloneSourceError);
      expect((refused as Error).message).toMatch(
        /untrusted\.sql:1: CREATE EXTENSION failed: permission denied to create extension "pageinspect".*; the clone source loads as the clone's owner, a role without superuser: name an extension only a superuser may create in clone_from\.extensions, and the engine creates it before the load/,
      );
      const named = planWith('named', source, 'INSERT INTO landing VALUES (1);\n', {
        clone_from: { sql: 'named.sql', extensions: ['pageinspect'] },
      });
      const result = await runRehearsal(named, target(), { parts: REAL_PARTS, progress: () => {}, onClone: () => {} });
      expect(result.codes).toEqual([]);
      expect((result.steps[0]!.details.clone_source_load as { skipped: unknown[] }).skipped).toEqual([
        { line: 1, kind: 'CREATE EXTENSION', reason: 'clone_from.extensions: the engine created it before the load' },
      ]);
      const elsewhere = planWith(
        'elsewhere',
        'CREATE SCHEMA tools;\nCREATE EXTENSION pageinspect WITH SCHEMA tools;\nCREATE TABLE landing (a int);\n',
        'INSERT INTO landing VALUES (1);\n',
        { clone_from: { sql: 'elsewhere.sql', extensions: ['pageinspect'] } },
      );
      await expect(runRehearsal(elsewhere, target(), { parts: REAL_PARTS, progress: () => {}, onClone: () => {} })).rejects.toThrow(
        /elsewhere\.sql:2: CREATE EXTENSION pageinspect: clone_from\.extensions has the engine create it before the load, in a schema that exists then \(public\); the clone source creates it in schema tools/,
      );
    });
  },
  ['pglite', 'postgres'],
);
