/**
 * Clone sources: split as psql reads them, every statement classified before anything runs,
 * what acts beyond the clone refused (or skipped where the plan asks), and the load run in one
 * transaction — on every target the source fits.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFingerprint, CloneSourceError, type Clone } from '../../src/index.ts';
import { loadCloneSourceText } from '../../src/suite.ts';
import { loadParser } from '../../src/sql/parser.ts';
import { checkCloneSource, planLoad } from '../../src/source/cloneSource.ts';
import { splitPostgresSource } from '../../src/source/splitPostgresSource.ts';
import { splitSqliteSource } from '../../src/sql/splitSqliteSource.ts';
import { describeEachTarget } from '../support/targets.ts';

beforeAll(() => loadParser());

/** Written by pg_dump 15.20 --no-owner --no-privileges: \restrict, set_config, COPY blocks, partitions, a trigger, a view. */
const DUMP = readFileSync('test/data/registry.pg_dump.sql', 'utf8');

describeEachTarget(
  'a plain pg_dump loads as pg_dump wrote it',
  (target, name) => {
    const clones: Clone[] = [];
    afterAll(async () => {
      for (const c of clones) await c.dispose();
    });

    it('loads 35,000 rows into partitioned tables with the trigger, view and sequence', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      const report = await loadCloneSourceText(clone, DUMP, 'registry.pg_dump.sql');
      expect(report.copies).toBe(4);
      expect(report.skipped.map((s) => s.kind)).toEqual(['\\restrict', '\\unrestrict']);
      const fp = await captureFingerprint(clone.state);
      expect(Object.fromEntries(Object.entries(fp.tables).map(([id, t]) => [id, t.rows]))).toEqual({
        'public.audit': 1,
        'public.events_2024': 7986,
        'public.events_2025': 7014,
        'public.registry': 20000,
      });
      expect(fp.sequences['public.registry_id_seq']).toEqual({ last_value: '20000', is_called: true });
      expect(Object.keys(fp.schema_objects)).toEqual(
        expect.arrayContaining([
          'trigger public.registry.registry_audit',
          'view public.recent_events',
          'relation public.events',
          'function public.audit_registry()',
        ]),
      );
      // COPY's escapes came through: a tab, a newline and a backslash in one value.
      const [row] = await clone.session.query<{ note: string }>('SELECT note FROM registry WHERE id = 7');
      expect(row!.note).toBe('tab\there\nnewline \\ backslash');
      // The dump emptied search_path; the clone's session is clean again for the apply batch.
      expect(await clone.session.query('SELECT count(*)::int AS n FROM registry')).toEqual([{ n: 20000 }]);
    });

    it("loads data written for a superuser's DISABLE TRIGGER ALL: keys checked at the end, the table's own triggers off meanwhile, all as it was after", async () => {
      const schema = `CREATE TABLE store (id int PRIMARY KEY, manager int NOT NULL);
CREATE TABLE staff (id int PRIMARY KEY, store int NOT NULL REFERENCES store);
ALTER TABLE store ADD CONSTRAINT store_manager FOREIGN KEY (manager) REFERENCES staff;
CREATE TABLE seen (n int);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO seen VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER noted AFTER INSERT ON store FOR EACH ROW EXECUTE FUNCTION note();
`;
      // The cycle's rows in an order no key allows one by one, as pg_dump --disable-triggers writes them.
      const data = (manager: number) => `ALTER TABLE store DISABLE TRIGGER ALL;
COPY store (id, manager) FROM stdin;
1	${manager}
\\.
ALTER TABLE store ENABLE TRIGGER ALL;
ALTER TABLE staff DISABLE TRIGGER ALL;
COPY staff (id, store) FROM stdin;
1	1
\\.
ALTER TABLE staff ENABLE TRIGGER ALL;
`;
      const clone = await target().createClone();
      clones.push(clone);
      await loadCloneSourceText(clone, schema + data(1), 'sakila-like.sql');
      expect(
        await clone.session.query('SELECT (SELECT count(*)::int FROM store) AS stores, (SELECT count(*)::int FROM seen) AS seen'),
      ).toEqual([{ stores: 1, seen: 0 }]);
      // As it was: keys NOT DEFERRABLE again, the table's own trigger enabled.
      expect(
        await clone.session.query(
          "SELECT conname, condeferrable FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid IN ('store'::regclass, 'staff'::regclass) ORDER BY 1",
        ),
      ).toEqual([
        { conname: 'staff_store_fkey', condeferrable: false },
        { conname: 'store_manager', condeferrable: false },
      ]);
      expect(await clone.session.query("SELECT tgenabled FROM pg_catalog.pg_trigger WHERE tgname = 'noted'")).toEqual([{ tgenabled: 'O' }]);
      // A row a superuser's load would let through unchecked fails the load here, naming the key.
      const broken = await target().createClone();
      clones.push(broken);
      await expect(loadCloneSourceText(broken, schema + data(9), 'sakila-like.sql')).rejects.toThrow(
        /^sakila-like\.sql: the rows loaded with DISABLE TRIGGER ALL break a foreign key, .*"store_manager"/,
      );
    });

    it('loads in one transaction: a statement that fails leaves nothing behind and is named by its line', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      const source = "CREATE TABLE kept (a int);\nINSERT INTO kept VALUES (1);\n\nINSERT INTO kept VALUES ('not a number');\n";
      await expect(loadCloneSourceText(clone, source, 'broken.sql')).rejects.toThrow(
        /^broken\.sql:4: INSERT failed: invalid input syntax for type integer/,
      );
      expect(await clone.session.query("SELECT count(*)::int AS n FROM pg_catalog.pg_class WHERE relname = 'kept'")).toEqual([{ n: 0 }]);
      expect(clone.session.inTransaction()).toBe(false);
    });

    it('sends plain statements many at a time, in order, and still names the one that fails by its line', async () => {
      // More statements than one round trip takes, each ending in a line comment (its semicolon on the next line).
      const inserts = Array.from(
        { length: 600 },
        (_, i) => `INSERT INTO many VALUES (${i + 1}, (SELECT count(*) FROM many)) -- row ${i + 1}\n`,
      );
      const clone = await target().createClone();
      clones.push(clone);
      await loadCloneSourceText(clone, `CREATE TABLE many (a int PRIMARY KEY, seen bigint);\n${inserts.join(';\n')};\n`, 'many.sql');
      // Each statement saw every one before it.
      expect(
        await clone.session.query('SELECT count(*)::int AS n, count(*) FILTER (WHERE seen = a - 1)::int AS ordered FROM many'),
      ).toEqual([{ n: 600, ordered: 600 }]);
      const broken = await target().createClone();
      clones.push(broken);
      const failing = inserts.map((sql, i) => (i === 449 ? 'INSERT INTO many VALUES (1, 0)' : sql));
      await expect(
        loadCloneSourceText(broken, `CREATE TABLE many (a int PRIMARY KEY, seen bigint);\n${failing.join(';\n')};\n`, 'many.sql'),
      ).rejects.toThrow(/^many\.sql:900: INSERT failed: duplicate key value violates unique constraint "many_pkey"/);
      expect(await broken.session.query("SELECT count(*)::int AS n FROM pg_catalog.pg_class WHERE relname = 'many'")).toEqual([{ n: 0 }]);
    });

    it('reads every statement as the check read it, whatever turned standard_conforming_strings off before it', async () => {
      // With the setting off, 'x\' is no whole string: the `;` the check read inside the literal would end the statement,
      // and the INSERT of 666 after it run unchecked.
      const smuggle = "INSERT INTO t SELECT 2, 'x\\' || ';INSERT INTO t VALUES (666, $$smuggled$$);--';\n";
      const table = 'CREATE TABLE t (id int PRIMARY KEY, v text);\n';
      const sources = {
        // A statement that turns it off, and a SET that ends the statements sent with it.
        'set-config.sql': `${table}SELECT pg_catalog.set_config('standard_conforming_strings', 'off', false);\nSET lock_timeout = 0;\n${smuggle}`,
        // A trigger that turns it off, fired by the rows of a COPY.
        'trigger.sql': `${table}CREATE FUNCTION public.flip() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN PERFORM pg_catalog.set_config('standard_conforming_strings', 'off', false); RETURN NEW; END$$;
CREATE TRIGGER flip BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.flip();
COPY public.t (id, v) FROM stdin;
1\ta
\\.
${smuggle}`,
      };
      for (const [file, source] of Object.entries(sources)) {
        const clone = await target().createClone();
        clones.push(clone);
        await loadCloneSourceText(clone, source, file);
        expect(await clone.session.query('SELECT id, v FROM public.t WHERE id <> 1 ORDER BY id')).toEqual([
          { id: 2, v: 'x\\;INSERT INTO t VALUES (666, $$smuggled$$);--' },
        ]);
      }
      // The next text runs with both settings as the check reads them: a statement records them.
      const clone = await target().createClone();
      clones.push(clone);
      await loadCloneSourceText(
        clone,
        `CREATE TABLE seen (scs text, bq text);
SELECT pg_catalog.set_config('standard_conforming_strings', 'off', false), pg_catalog.set_config('backslash_quote', 'on', false);
SET lock_timeout = 0;
INSERT INTO seen SELECT pg_catalog.current_setting('standard_conforming_strings'), pg_catalog.current_setting('backslash_quote');
`,
        'seen.sql',
      );
      expect(await clone.ownerSession.query('SELECT scs, bq FROM public.seen')).toEqual([{ scs: 'on', bq: 'safe_encoding' }]);
      // Read as SJIS, U+0090's second byte swallows the backslash after it: E'…\\' would end at its quote, and what the
      // check read inside the literal would run. The text is read as UTF-8 again after the SET (PGlite stops answering at it).
      const sjis = await target().createClone();
      clones.push(sjis);
      const encoded = `${table}SET client_encoding = 'SJIS';\nSELECT E'\u0090\\'; CREATE TABLE public.smuggled (x int); --';\n`;
      const loading = loadCloneSourceText(sjis, encoded, 'sjis.sql');
      if (name === 'pglite') await expect(loading).rejects.toThrow(/stopped answering/);
      else {
        await loading;
        expect(await sjis.ownerSession.query("SELECT pg_catalog.to_regclass('public.smuggled') IS NULL AS absent")).toEqual([
          { absent: true },
        ]);
      }
    });

    it('leaves out a setting a newer pg_dump writes that this server does not know, and records it', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      const report = await loadCloneSourceText(
        clone,
        'SET statement_timeout = 0;\nSET no_such_setting_from_the_future = 0;\nCREATE TABLE t (a int);\n',
        'newer.sql',
      );
      expect(report.skipped).toEqual([
        {
          line: 2,
          kind: 'SET',
          reason: expect.stringMatching(
            /^the server does not know this setting: unrecognized configuration parameter "no_such_setting_from_the_future"/,
          ),
        },
      ]);
      expect(await clone.session.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 0 }]);
    });

    it('skips the database header of a script as downloaded when the plan says so, and runs the rest', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      const script =
        'DROP DATABASE IF EXISTS shop;\nCREATE DATABASE shop;\n\\c shop;\nCREATE TABLE item (id int PRIMARY KEY);\nBEGIN;\nINSERT INTO item VALUES (1);\nCOMMIT;\n';
      await expect(loadCloneSourceText(clone, script, 'shop.sql')).rejects.toThrow(
        /^shop\.sql:1: DROP DATABASE acts on a database, not inside one: .*add "skip": \["database"\] to clone_from \(rehearsal-plan\/v2\) or run with --skip database \(2 more statements of the file are refused too\)$/,
      );
      const report = await loadCloneSourceText(clone, script, 'shop.sql', ['database']);
      expect(report.skipped.map((s) => `${s.line} ${s.kind}`)).toEqual([
        '1 DROP DATABASE',
        '2 CREATE DATABASE',
        '3 \\connect shop;',
        '5 BEGIN',
        '7 COMMIT',
      ]);
      expect(await clone.session.query('SELECT count(*)::int AS n FROM item')).toEqual([{ n: 1 }]);
    });

    it('refuses ownership and privileges naming a role the clone lacks, unless the plan skips them as pg_restore --no-owner --no-acl does', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      // Roles no server here has (a role is the server's, and outlives any test that would make one).
      const [owner, reader] = ['owner', 'reader'].map((r) => `nowhere_${r}_${process.pid}`);
      const dump = `CREATE TABLE t (a int);\nALTER TABLE public.t OWNER TO ${owner};\nGRANT SELECT ON TABLE public.t TO ${reader};\nGRANT SELECT ON TABLE public.t TO PUBLIC;\n`;
      await expect(loadCloneSourceText(clone, dump, 'owned.sql')).rejects.toThrow(
        new RegExp(
          `^owned\\.sql:2: ALTER … OWNER TO names role "${owner}": what the clone source defines belongs to the clone's owner, and may not be given to another role \\(its code would run as that role\\); .*"skip": \\["owner"\\].*pg_restore --no-owner does \\(1 more statement of the file is refused too\\)$`,
        ),
      );
      await expect(loadCloneSourceText(clone, dump, 'owned.sql', ['owner'])).rejects.toThrow(
        new RegExp(`^owned\\.sql:3: GRANT names role "${reader}"`),
      );
      const report = await loadCloneSourceText(clone, dump, 'owned.sql', ['owner', 'acl']);
      expect(report.skipped.map((s) => s.line)).toEqual([2, 3]);
      expect(await clone.session.query("SELECT relacl::text AS acl FROM pg_class WHERE relname = 't'")).toEqual([
        { acl: expect.stringContaining('=r/') },
      ]);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'a SQLite script',
  (target) => {
    it('splits where SQLite does: a trigger body with CASE … END; inside is one statement', async () => {
      const clone = await target().createClone();
      try {
        const script = `CREATE TABLE [Order Details] (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (what TEXT);
CREATE TRIGGER tally AFTER INSERT ON [Order Details] BEGIN
  INSERT INTO log VALUES (CASE WHEN NEW.n > 1 THEN 'many' ELSE 'one' END);
  SELECT CASE WHEN NEW.n < 0 THEN RAISE(ABORT, 'negative') END;
END;
BEGIN TRANSACTION;
INSERT INTO [Order Details] VALUES (1, 2); -- a comment; with a semicolon
COMMIT;
`;
        const report = await loadCloneSourceText(clone, script, 'orders.sql');
        expect(report.statements).toBe(4);
        expect(report.skipped.map((s) => s.kind)).toEqual(['BEGIN', 'COMMIT']);
        expect(await clone.session.query('SELECT what FROM log')).toEqual([{ what: 'many' }]);
      } finally {
        await clone.dispose();
      }
    });

    it('refuses a Postgres dump in one line that says what target it needs', async () => {
      const clone = await target().createClone();
      try {
        await expect(loadCloneSourceText(clone, DUMP, 'registry.pg_dump.sql')).rejects.toThrow(
          /^registry\.pg_dump\.sql:\d+: .+ \(this looks like a Postgres script: it needs a pglite: or postgres:\/\/ target\)( \(\d+ more statements of the file are refused too\))?$/,
        );
      } finally {
        await clone.dispose();
      }
    });
  },
  ['sqlite'],
);

describe('splitting a Postgres clone source', () => {
  it('keeps meta-commands, statements on their lines, and COPY data as data', () => {
    const dump = [
      '\\restrict abc',
      '-- a comment',
      'SET statement_timeout = 0;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      '\\connect registry',
      'CREATE TABLE public.t (a text); CREATE INDEX t_a',
      '  ON public.t (a);',
      'COPY public.t (a) FROM stdin;',
      'x\\ty',
      '\\N',
      '\\.',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$',
      'SELECT 1;',
      '$$;',
      '\\unrestrict abc',
      '',
    ].join('\n');
    const items = splitPostgresSource(dump, 'inline.sql');
    expect(items.map((i) => `${i.line} ${i.kind}${i.kind === 'copy' ? `:${Buffer.from(i.data.bytes()).toString()}` : ''}`)).toEqual([
      '1 meta',
      '3 sql',
      '4 sql',
      '5 meta',
      '6 sql',
      '6 sql',
      '8 copy:x\\ty\n\\N\n',
      '12 sql',
      '15 meta',
    ]);
    expect(items[5]!.text).toBe('CREATE INDEX t_a\n  ON public.t (a)');
  });

  it('ends a statement where psql does: not inside strings, E-strings, dollar quotes, nested comments or parentheses', () => {
    const source = [
      "SELECT E'it\\'s; still the string', 'a;b';",
      'SELECT $fn$ ; $fn$ AS body, $$;$$ AS other;',
      '/* outer /* inner; */ still; */ SELECT 1;',
      'CREATE RULE twice AS ON INSERT TO t DO ALSO (',
      '  INSERT INTO a VALUES (1);',
      '  INSERT INTO b VALUES (2)',
      ');',
      'SELECT 2; -- a comment; with a semicolon',
    ].join('\n');
    const items = splitPostgresSource(source, 'lexer.sql');
    expect(items.map((i) => `${i.line} ${i.text.split('\n')[0]}`)).toEqual([
      "1 SELECT E'it\\'s; still the string', 'a;b'",
      '2 SELECT $fn$ ; $fn$ AS body, $$;$$ AS other',
      '3 SELECT 1',
      '4 CREATE RULE twice AS ON INSERT TO t DO ALSO (',
      '8 SELECT 2',
    ]);
  });

  it('refuses a COPY block without its terminator, and a statement that never ends, naming the line', () => {
    expect(() => splitPostgresSource('COPY public.t (a) FROM stdin;\nx\n', 'cut.sql')).toThrow(
      'cut.sql:1: COPY data has no terminating \\. line',
    );
    expect(() => splitPostgresSource("SELECT 1;\nSELECT 'open\n", 'open.sql')).toThrow(
      /^open\.sql:2: the statement starting here never ends/,
    );
    expect(() => splitPostgresSource('SELECT 1;\nSELEC 2;\n', 'typo.sql')).toThrow(
      /^typo\.sql:2: the Postgres parser cannot read this statement: syntax error at or near "SELEC"/,
    );
  });
});

describe('what a clone source may not do', () => {
  const check = (sql: string, skips: ('database' | 'owner' | 'acl' | 'roles')[] = []) =>
    checkCloneSource(sql, 'hostile.sql', 'postgres', skips);

  it.each([
    ['CREATE DATABASE other;', /^hostile\.sql:1: CREATE DATABASE acts on a database, not inside one/],
    ["ALTER DATABASE postgres SET work_mem = '1GB';", /ALTER DATABASE acts on a database/],
    ["COMMENT ON DATABASE postgres IS 'x';", /COMMENT ON DATABASE acts on a database/],
    ['GRANT CONNECT ON DATABASE postgres TO PUBLIC;', /GRANT … ON DATABASE acts on a database/],
    [
      'CREATE ROLE intruder SUPERUSER;',
      /CREATE ROLE changes roles, which belong to the whole server; to leave the roles out, add "skip": \["roles"\]/,
    ],
    ['GRANT pg_read_server_files TO PUBLIC;', /GRANT role changes roles/],
    ['REASSIGN OWNED BY postgres TO intruder;', /REASSIGN OWNED reaches objects of other databases/],
    ["ALTER SYSTEM SET work_mem = '1GB';", /ALTER SYSTEM changes the server's configuration/],
    ["CREATE TABLESPACE fast LOCATION '/tmp/fast';", /CREATE TABLESPACE a tablespace is a directory of the server's/],
    ['CREATE TABLE t (a int) TABLESPACE fast;', /CREATE TABLE tablespace fast is a directory/],
    ["SET default_tablespace = 'fast';", /SET tablespace fast is a directory/],
    ["CREATE SUBSCRIPTION s CONNECTION 'host=elsewhere' PUBLICATION p;", /CREATE SUBSCRIPTION a subscription connects to another server/],
    ["COPY (SELECT 1) TO '/tmp/out';", /COPY reads or writes the server's files/],
    ["COPY t FROM PROGRAM 'cat /etc/passwd';", /COPY runs a program on the server/],
    ['COPY t TO STDOUT;', /COPY sends data out of the clone/],
    ["SELECT lo_import('/etc/passwd');", /SELECT calls lo_import\(\), which reads or writes the server's files/],
    ["SELECT pg_read_file('postgresql.conf');", /calls pg_read_file\(\)/],
    ["INSERT INTO t SELECT * FROM dblink('host=x', 'SELECT 1') AS r(a int);", /calls dblink\(\), which connects to another database/],
    ["SELECT pg_create_physical_replication_slot('s');", /calls pg_create_physical_replication_slot\(\), which acts on the server/],
    [
      "SELECT query_to_xml('SELECT pg_reload_conf()', true, false, '');",
      /calls query_to_xml\(\), which runs SQL text that cannot be classified/,
    ],
    ['CREATE EXTENSION dblink;', /CREATE EXTENSION dblink extension dblink connects to other databases/],
    ['CREATE EXTENSION file_fdw;', /extension file_fdw reads the server's files/],
    ['DO $$BEGIN CREATE ROLE intruder; END$$;', /DO a DO block that runs CREATE ROLE: changes roles/],
    [
      "DO $$BEGIN EXECUTE 'CREATE ROLE ' || 'intruder'; END$$;",
      /DO a DO block that runs SQL it builds at run time \(EXECUTE\) cannot be classified/,
    ],
    ["DO $$DECLARE x oid; BEGIN x := lo_import('/etc/passwd'); END$$;", /calls lo_import\(\)/],
    ["DO LANGUAGE plperlu $$ system('id') $$;", /a DO block in plperlu cannot be classified/],
    ["CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('x') $$;", /CREATE FUNCTION its body calls pg_read_file\(\)/],
    [
      'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$BEGIN PERFORM pg_terminate_backend(1); END$$;',
      /its body calls pg_terminate_backend\(\)/,
    ],
    [
      "SET standard_conforming_strings = off;\nINSERT INTO t VALUES ('a\\\\' || 'b');",
      /^hostile\.sql:2: a string literal holding a backslash read with standard_conforming_strings off \(line 1\).*dump it again with a pg_dump of 9\.1 or later.*or write such literals as E'…'/,
    ],
    ["PREPARE TRANSACTION 'x';", /PREPARE TRANSACTION a prepared transaction outlives the session/],
    ['ROLLBACK;', /ROLLBACK the clone source is loaded in one transaction of its own, and cannot undo part of itself/],
    ['\\! rm -rf /', /^hostile\.sql:1: \\! is a psql meta-command that reads or writes files, runs programs/],
    ['\\i /etc/passwd', /\\i is a psql meta-command/],
    ["\\copy t to '/tmp/out'", /\\copy is a psql meta-command/],
    ['\\set victim 1', /\\set sets a psql variable/],
    ['COPY t FROM stdin; SELECT 1;\n1\n\\.', /COPY … FROM stdin must end its line/],
    ['IMPORT FOREIGN SCHEMA public FROM SERVER s INTO public;', /IMPORT FOREIGN SCHEMA connects to another server/],
  ])('refuses %s', (sql, message) => {
    expect(() => check(sql)).toThrow(CloneSourceError);
    expect(() => check(sql)).toThrow(message);
  });

  it('keeps standard_conforming_strings off out of the load where no plain literal after it holds a backslash', () => {
    const stock = check(
      [
        'SET standard_conforming_strings = off;',
        'SET escape_string_warning = off;',
        "CREATE TABLE t (a text DEFAULT 'x', b text DEFAULT E'tab\\there');",
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a\\b' $$;",
        'COPY t (a) FROM stdin;',
        'back\\\\slash',
        '\\.',
        'SET standard_conforming_strings = on;',
        "INSERT INTO t VALUES ('C:\\dir');",
        'RESET ALL;',
      ].join('\n'),
    );
    expect([...stock.entries()].map((e) => `${e.line} ${e.verdict.action} ${e.verdict.kind}`)).toEqual([
      '1 skip SET',
      '2 run SET',
      '3 run CREATE TABLE',
      '4 run CREATE FUNCTION',
      '5 run COPY',
      '8 run SET',
      '9 run INSERT',
      '10 run SET',
    ]);
    // The same literal while the setting is off reads differently on the server: refused, at its line.
    expect(() => check("SET standard_conforming_strings TO 'off';\nINSERT INTO t VALUES ('C:\\dir');")).toThrow(
      /^hostile\.sql:2: a string literal holding a backslash/,
    );
    // Turned off again after RESET ALL.
    expect(() => check("SET standard_conforming_strings = on;\nRESET ALL;\nSET standard_conforming_strings = 0;\nSELECT '\\';")).toThrow(
      /hostile\.sql:4:/,
    );
  });

  it('refuses a script that loads more than one database, even with the database commands skipped', () => {
    expect(() => check('\\connect one\nCREATE TABLE a (x int);\n\\connect two\nCREATE TABLE b (x int);\n', ['database'])).toThrow(
      /^hostile\.sql:3: the script loads more than one database \(one, two\): a clone holds one/,
    );
  });

  it('reads a file that starts with a byte-order mark, and with CRLF line ends', () => {
    const source = check('\uFEFFCREATE TABLE t (a int);\r\nINSERT INTO t VALUES (1);\r\n');
    expect([...source.entries()].map((e) => `${e.line} ${e.verdict.kind}`)).toEqual(['1 CREATE TABLE', '2 INSERT']);
  });

  it('runs what stays inside the clone, and records what it skips', () => {
    const source = check(
      [
        "SELECT pg_catalog.set_config('search_path', '', false);",
        'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;',
        'CREATE POLICY p ON t TO app USING (true);',
        'SET ROLE app;',
        'VACUUM ANALYZE;',
        'ANALYZE t;',
        'SAVEPOINT s;',
        'RELEASE s;',
      ].join('\n'),
    );
    expect(source.extensions).toEqual([{ name: 'citext', line: 2, schema: 'public' }]);
    const plan = planLoad(source, { existing: new Set(['app']), owner: 'app' }, []);
    expect(plan.statements.map((s) => s.kind)).toEqual([
      'SELECT',
      'CREATE EXTENSION',
      'CREATE POLICY',
      'SET',
      'ANALYZE',
      'SAVEPOINT',
      'RELEASE',
    ]);
    expect(plan.skipped).toEqual([{ line: 5, kind: 'VACUUM', reason: expect.stringMatching(/cannot run inside the load transaction/) }]);
    expect(() => planLoad(source, { existing: new Set(), owner: 'o' }, ['owner'])).toThrow(
      /^hostile\.sql:3: CREATE POLICY names role "app", which the clone does not have; .*"skip": \["acl"\]/,
    );
    expect(planLoad(source, { existing: new Set(), owner: 'o' }, ['owner', 'acl']).skipped.map((s) => `${s.line} ${s.kind}`)).toEqual([
      '3 CREATE POLICY',
      '4 SET',
      '5 VACUUM',
    ]);
    expect(() =>
      planLoad(check('CREATE SCHEMA s AUTHORIZATION app;'), { existing: new Set(['app']), owner: 'o' }, ['owner', 'acl']),
    ).toThrow(
      /^hostile\.sql:1: CREATE SCHEMA … AUTHORIZATION names role "app": what the clone source defines belongs to the clone's owner, and may not be given to another role \(its code would run as that role\); leave the AUTHORIZATION out, so that the clone's owner owns the schema$/,
    );
  });
});

describe('splitting a SQLite clone source', () => {
  it('splits at semicolons outside quotes, identifiers and comments, and keeps a trigger whole up to its END', () => {
    const pieces = splitSqliteSource(`CREATE TABLE "a;b" ([c;d] TEXT, \`e;f\` TEXT); /* ; */ INSERT INTO "a;b" VALUES ('x;''y', 'z');
CREATE TEMP TRIGGER t AFTER INSERT ON "a;b" BEGIN SELECT 1; SELECT 2; END;
-- trailing; comment
ATTACH 'other.db' AS o;`);
    expect(pieces.map((p) => [p.line, p.words[0]])).toEqual([
      [1, 'CREATE'],
      [1, 'INSERT'],
      [2, 'CREATE'],
      [4, 'ATTACH'],
    ]);
    expect(pieces[2]!.text.trim()).toBe('CREATE TEMP TRIGGER t AFTER INSERT ON "a;b" BEGIN SELECT 1; SELECT 2; END;');
    expect(() => checkCloneSource("ATTACH 'other.db' AS o;", 'x.sql', 'sqlite', [])).toThrow(
      /^x\.sql:1: ATTACH opens another database file, outside the clone$/,
    );
    expect(() => checkCloneSource("VACUUM INTO '/tmp/copy.db';", 'x.sql', 'sqlite', [])).toThrow(
      /VACUUM INTO writes a database file outside the clone/,
    );
  });
});
