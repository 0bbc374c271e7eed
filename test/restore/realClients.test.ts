/**
 * The restore script run by the real clients (psql -v ON_ERROR_STOP=1, sqlite3) on a real copy after
 * the change and another session's writes: the cases an attacker's review found, each of which
 * once exited 0 with a row wrong, wrote a row the change did not touch, or left a sequence set back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import type { Target } from '../../src/index.ts';
import { planWriter, type Justification } from '../support/rehearsalPlans.ts';
import { describeEachTarget } from '../support/targets.ts';
import { startPrivateServer, type PrivateServer } from '../support/privateServer.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-real-clients-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const writePlan = planWriter(work);

async function scriptFor(target: Target, source: string, apply: string, justified: readonly Justification[] = []) {
  const result = await runRehearsal(writePlan(source, apply, justified), target, {
    parts: REAL_PARTS,
    progress: () => {},
    onClone: () => {},
  });
  expect(result.codes).toEqual([]);
  return result.restoreScript!;
}

describeEachTarget(
  'the restore script under psql, after another session',
  (target) => {
    // The copies are made on a server of the test's own: a database or role made on the shared server
    // while another file's rehearsal loads or applies is a cluster change its census rightly refuses.
    let server: PrivateServer | null = null;
    let url = '';
    beforeAll(async () => {
      const started = await startPrivateServer();
      if (!('url' in started)) throw new Error(`a private server is needed for the copies: ${started.unavailable}`);
      server = started;
      url = started.url;
    });
    afterAll(async () => {
      await server?.stop();
    });
    /** A database of the test's own (dropped after), the source and the change loaded with psql; returns psql on it. */
    const copy = (source: string, apply: string, create = '') => {
      const name = `rehearse_clients_${randomBytes(6).toString('hex')}`;
      execFileSync('psql', [url, '-XqAtc', `CREATE DATABASE ${name} ${create}`]);
      const at = url.replace(/\/[^/?]*(\?.*)?$/, `/${name}$1`);
      // Loaded and read as UTF-8; `asIs`: with psql's own choice of encoding (from a C locale: the database's).
      const psql = (args: string[], input?: string, asIs = false) => {
        const { PGCLIENTENCODING: _ignored, ...env } = process.env;
        return spawnSync('psql', [at, '-Xq', '-v', 'ON_ERROR_STOP=1', ...args], {
          encoding: 'utf8',
          input,
          env: asIs ? { ...env, LC_ALL: 'C' } : { ...env, PGCLIENTENCODING: 'UTF8' },
        });
      };
      expect(psql(['-f', '-'], source).status).toBe(0);
      expect(psql(['-f', '-'], apply).status).toBe(0);
      return {
        name,
        at,
        psql,
        rows: (sql: string) => psql(['-At', '-c', sql]).stdout,
        drop: () => execFileSync('psql', [url, '-XqAtc', `DROP DATABASE ${name}`]),
      };
    };

    it('compares text byte for byte under a nondeterministic collation: a row changed only in case aborts it', async () => {
      const source =
        "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\nCREATE TABLE t (id int PRIMARY KEY, name text COLLATE ci NOT NULL, n int NOT NULL);\nINSERT INTO t VALUES (1, 'abc', 0);\n";
      const apply = 'UPDATE t SET n = 1 WHERE id = 1;\n';
      const script = await scriptFor(target(), source, apply, [{ statement: 1, kind: 'UPDATE' }]);
      const db = copy(source, apply);
      try {
        db.psql(['-c', "UPDATE t SET name = 'ABC' WHERE id = 1"]);
        const run = db.psql(['-f', '-'], script);
        expect(run.status).not.toBe(0);
        expect(db.rows('SELECT id, name, n FROM t')).toBe('1|ABC|1\n');
      } finally {
        db.drop();
      }
    });

    it('never sets a sequence back when a deferred check fails: the script aborts before its setval', async () => {
      const source =
        "CREATE TABLE p (id serial PRIMARY KEY, note text);\nCREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\nINSERT INTO p (note) VALUES ('old');\n";
      const apply = "INSERT INTO p (note) VALUES ('new');\n";
      const script = await scriptFor(target(), source, apply);
      const db = copy(source, apply);
      try {
        // Another session refers to the row the change inserted.
        db.psql(['-c', 'INSERT INTO c VALUES (1, 2)']);
        expect(db.psql(['-f', '-'], script).status).not.toBe(0);
        expect(db.rows('SELECT last_value FROM p_id_seq')).toBe('2\n');
        // The next insert draws a fresh key.
        expect(db.psql(['-c', "INSERT INTO p (note) VALUES ('next')"]).status).toBe(0);
      } finally {
        db.drop();
      }
    });

    it('counts the rows referencing a row it deletes as the foreign key’s own action compares them (its operator, the parent’s collation), with no policy hiding one', async () => {
      const cases = [
        {
          source:
            "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\nCREATE TABLE parent (k text COLLATE ci PRIMARY KEY);\nCREATE TABLE child (id int PRIMARY KEY, k text COLLATE \"C\" REFERENCES parent (k) ON DELETE CASCADE);\nINSERT INTO parent VALUES ('zzz');\n",
          write: "INSERT INTO child VALUES (1, 'ABC')",
        },
        {
          source:
            "CREATE TABLE parent (k character(5) PRIMARY KEY);\nCREATE TABLE child (id int PRIMARY KEY, k text REFERENCES parent (k) ON DELETE CASCADE);\nINSERT INTO parent VALUES ('zzz');\n",
          write: "INSERT INTO child VALUES (1, 'abc ')",
        },
        {
          // The policy hides the new row from the table's owner (FORCE): the script must not count past it.
          source:
            "CREATE TABLE parent (k text PRIMARY KEY);\nCREATE TABLE child (id int PRIMARY KEY, k text REFERENCES parent (k) ON DELETE CASCADE);\nALTER TABLE child ENABLE ROW LEVEL SECURITY;\nALTER TABLE child FORCE ROW LEVEL SECURITY;\nCREATE POLICY visible ON child USING (id < 100);\nINSERT INTO parent VALUES ('zzz');\n",
          write: "INSERT INTO child VALUES (500, 'abc')",
          as: 'owner',
        },
      ];
      const apply = "INSERT INTO parent VALUES ('abc');\n";
      for (const c of cases) {
        const script = await scriptFor(target(), c.source, apply);
        const db = copy(c.source, apply);
        const role = `rehearse_clients_owner_${randomBytes(4).toString('hex')}`;
        try {
          expect(db.psql(['-c', c.write]).status).toBe(0);
          let runAs: string[] = [];
          if (c.as === 'owner') {
            db.psql(['-c', `CREATE ROLE ${role} LOGIN; ALTER TABLE parent OWNER TO ${role}; ALTER TABLE child OWNER TO ${role}`]);
            runAs = ['-U', role];
          }
          expect(db.psql([...runAs, '-f', '-'], script).status).not.toBe(0);
          expect(db.rows('SELECT count(*) FROM child')).toBe('1\n');
          expect(db.rows('SELECT count(*) FROM parent')).toBe('2\n');
        } finally {
          db.drop();
          if (c.as === 'owner') execFileSync('psql', [url, '-XqAtc', `DROP ROLE IF EXISTS ${role}`]);
        }
      }
    });

    it('writes its literals as UTF-8 into a database of another encoding', async () => {
      const source = "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\nINSERT INTO t VALUES (1, 'café'), (2, 'x');\n";
      const apply = 'DELETE FROM t WHERE id = 1;\n';
      const script = await scriptFor(target(), source, apply, [{ statement: 1, kind: 'DELETE' }]);
      const db = copy(source, apply, "ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'");
      try {
        // psql's own encoding is not UTF-8 here: the script must say what its bytes are.
        expect(db.psql(['-f', '-'], script, true).status).toBe(0);
        expect(db.rows('SELECT id, name, length(name) FROM t ORDER BY id')).toBe('1|café|4\n2|x|1\n');
      } finally {
        db.drop();
      }
    });

    // An attacker's review (stop 39): settings of the operator's database or session that read a value otherwise.
    it('reads an array NULL as a NULL whatever array_nulls the database sets', async () => {
      const source =
        "CREATE TABLE tags (id int PRIMARY KEY, labels text[]);\nINSERT INTO tags VALUES (1, ARRAY['a', NULL]), (2, ARRAY['b']);\n";
      const apply = 'DELETE FROM tags WHERE id = 1;\n';
      const script = await scriptFor(target(), source, apply, [{ statement: 1, kind: 'DELETE' }]);
      const db = copy(source, apply);
      try {
        execFileSync('psql', [url, '-XqAtc', `ALTER DATABASE ${db.name} SET array_nulls = off`]);
        expect(db.psql(['-f', '-'], script).status).toBe(0);
        expect(db.rows('SELECT id, labels[2] IS NULL FROM tags ORDER BY id')).toBe('1|t\n2|t\n');
      } finally {
        db.drop();
      }
    });

    it('reads an xml fragment as content whatever xmloption the database sets', async () => {
      const source = "CREATE TABLE notes (id int PRIMARY KEY, body xml);\nINSERT INTO notes VALUES (1, 'a<b/>c'), (2, '<r/>');\n";
      const apply = 'DELETE FROM notes WHERE id = 1;\n';
      const script = await scriptFor(target(), source, apply, [{ statement: 1, kind: 'DELETE' }]);
      const db = copy(source, apply);
      try {
        execFileSync('psql', [url, '-XqAtc', `ALTER DATABASE ${db.name} SET xmloption = document`]);
        expect(db.psql(['-f', '-'], script).status).toBe(0);
        expect(db.rows('SELECT id, body::text FROM notes ORDER BY id')).toBe('1|a<b/>c\n2|<r/>\n');
      } finally {
        db.drop();
      }
    });

    it('stops, restoring nothing, in a session whose foreign keys do not fire (session_replication_role = replica)', async () => {
      const source =
        "CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);\nCREATE TABLE transfers (id int PRIMARY KEY, account_id int NOT NULL REFERENCES accounts (id));\nINSERT INTO accounts VALUES (1, 'ann');\n";
      const apply = "INSERT INTO accounts VALUES (2, 'bob');\n";
      const script = await scriptFor(target(), source, apply);
      const db = copy(source, apply);
      try {
        expect(db.psql(['-c', 'INSERT INTO transfers VALUES (10, 2)']).status).toBe(0);
        const run = spawnSync('psql', [db.at, '-Xq', '-v', 'ON_ERROR_STOP=1', '-f', '-'], {
          encoding: 'utf8',
          input: script,
          env: { ...process.env, PGOPTIONS: '-c session_replication_role=replica' },
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toMatch(/session_replication_role is replica, not origin/);
        expect(db.rows('SELECT id FROM accounts ORDER BY id')).toBe('1\n2\n');
        // In a session where the keys fire, the reference makes it fail by itself, as before.
        expect(db.psql(['-f', '-'], script).status).not.toBe(0);
        expect(db.rows('SELECT count(*) FROM transfers')).toBe('1\n');
      } finally {
        db.drop();
      }
    });
  },
  ['postgres'],
);

describeEachTarget(
  'the restore script under sqlite3, after another session',
  (target) => {
    const copy = (source: string, apply: string) => {
      const db = join(work, `copy-${randomBytes(6).toString('hex')}.db`);
      execFileSync('sqlite3', [db], { input: source });
      execFileSync('sqlite3', [db], { input: apply });
      return {
        sql: (sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }),
        run: (script: string) => spawnSync('sqlite3', [db], { input: script, encoding: 'utf8' }).status,
      };
    };

    it('compares by storage class and bytes: a case-only change under NOCASE, or 1 become 1.0, aborts it', async () => {
      const source =
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE NOT NULL, n INTEGER NOT NULL, x);\nINSERT INTO t VALUES (1, 'abc', 0, 1);\n";
      const apply = 'UPDATE t SET n = 1 WHERE id = 1;\n';
      const script = await scriptFor(target(), source, apply, [{ statement: 1, kind: 'UPDATE' }]);
      for (const write of ["UPDATE t SET name = 'ABC' WHERE id = 1;", 'UPDATE t SET x = 1.0 WHERE id = 1;']) {
        const db = copy(source, apply);
        db.sql(write);
        const was = db.sql('SELECT id, name, n, x, typeof(x) FROM t;');
        expect(db.run(script)).not.toBe(0);
        expect(db.sql('SELECT id, name, n, x, typeof(x) FROM t;')).toBe(was);
      }
    });

    it('counts the rows referencing a row it deletes as loosely as the key could match them (the parent’s collation, its affinity)', async () => {
      const apply = { nocase: "INSERT INTO parent VALUES ('abc');\n", affinity: 'INSERT INTO parent VALUES (5);\n' };
      const cases = [
        {
          source:
            "CREATE TABLE parent (k TEXT COLLATE NOCASE PRIMARY KEY);\nCREATE TABLE child (id INTEGER PRIMARY KEY, k TEXT REFERENCES parent (k) ON DELETE CASCADE);\nINSERT INTO parent VALUES ('zzz');\n",
          apply: apply.nocase,
          write: "INSERT INTO child VALUES (1, 'ABC');",
        },
        {
          source:
            'CREATE TABLE parent (k INTEGER PRIMARY KEY);\nCREATE TABLE child (id INTEGER PRIMARY KEY, k REFERENCES parent (k) ON DELETE CASCADE);\nINSERT INTO parent VALUES (1);\n',
          apply: apply.affinity,
          write: "INSERT INTO child VALUES (1, '5');",
        },
      ];
      for (const c of cases) {
        const script = await scriptFor(target(), c.source, c.apply);
        const db = copy(c.source, c.apply);
        db.sql(`PRAGMA foreign_keys = ON; ${c.write}`);
        expect(db.run(script)).not.toBe(0);
        expect(db.sql('SELECT count(*) FROM child;')).toBe('1\n');
      }
    });

    it("writes over no row of another session under a constraint's own ON CONFLICT REPLACE: the value taken since aborts it", async () => {
      // An attacker's review (stop 40): the plain INSERT putting the deleted row back replaced the new row, exit 0.
      const source =
        "CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE ON CONFLICT REPLACE, note TEXT);\nINSERT INTO t VALUES (1, 'a', 'x'), (2, 'b', 'y');\n";
      const cases = [
        { apply: 'DELETE FROM t WHERE id = 2;\n', justified: [{ statement: 1, kind: 'DELETE' as const }] },
        { apply: "UPDATE t SET code = 'c' WHERE id = 2;\n", justified: [{ statement: 1, kind: 'UPDATE' as const }] },
      ];
      for (const c of cases) {
        const script = await scriptFor(target(), source, c.apply, c.justified);
        expect(script).toMatch(/INSERT OR ABORT INTO|UPDATE OR ABORT/);
        const db = copy(source, c.apply);
        db.sql("INSERT INTO t VALUES (3, 'b', 'written after the change');");
        const was = db.sql('SELECT * FROM t ORDER BY id;');
        expect(db.run(script)).not.toBe(0);
        expect(db.sql('SELECT * FROM t ORDER BY id;')).toBe(was);
      }
    });

    it('writes back text that is not UTF-8 byte for byte (an attacker\'s review: it wrote U+FFFD\'s bytes, "proved")', async () => {
      const source =
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO t VALUES (1, CAST(X'FF' AS TEXT)), (2, CAST(X'F09F98' AS TEXT)), (3, 'ok');\n";
      const cases = [
        { apply: "UPDATE t SET v = CAST(X'FE' AS TEXT) WHERE id = 1;\n", justified: [{ statement: 1, kind: 'UPDATE' as const }] },
        { apply: 'DELETE FROM t WHERE id = 2;\n', justified: [{ statement: 1, kind: 'DELETE' as const }] },
      ];
      for (const c of cases) {
        const script = await scriptFor(target(), source, c.apply, c.justified);
        const db = copy(source, c.apply);
        expect(db.run(script)).toBe(0);
        expect(db.sql('SELECT id, typeof(v), hex(v) FROM t ORDER BY id;')).toBe('1|text|FF\n2|text|F09F98\n3|text|6F6B\n');
      }
    });

    it('has foreign keys enforced as the clone had them: a row referencing one the change inserted aborts it', async () => {
      const source =
        "CREATE TABLE p (id INTEGER PRIMARY KEY, note TEXT);\nCREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p (id));\nINSERT INTO p VALUES (1, 'old');\n";
      const apply = "INSERT INTO p VALUES (2, 'new');\n";
      const script = await scriptFor(target(), source, apply);
      const db = copy(source, apply);
      db.sql('PRAGMA foreign_keys = ON; INSERT INTO c VALUES (10, 2);');
      expect(db.run(script)).not.toBe(0);
      expect(db.sql('SELECT id FROM p ORDER BY id;')).toBe('1\n2\n');
      expect(db.sql('PRAGMA foreign_key_check;')).toBe('');
    });
  },
  ['sqlite'],
);
