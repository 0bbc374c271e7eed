/**
 * PostgreSQL's regression suite through the mutation boundary: every statement of every file in
 * `test/data/postgres-regress/` classified under the default policy (INSERT allowed, nothing
 * justified), and — on a Postgres server — every statement it allows run in a transaction of its
 * own, with what it did measured before it is rolled back.
 *
 * Files are split as the boundary splits a batch; psql meta-commands (`\set`, `\gset` …) and the
 * data of `COPY … FROM stdin` are left out, and a statement that uses a psql variable (`:var`) is
 * what the boundary sees: unparseable, so refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyBatch } from '../../src/boundary/classifyBatch.ts';
import type { Session } from '../../src/session/session.ts';

export const REGRESS_DIR = join(import.meta.dirname, '..', 'data', 'postgres-regress');

/** The session settings the allowed statements run under: nothing may hang the run. */
export const REGRESS_SESSION_SETUP = "SET statement_timeout = '2s'; SET lock_timeout = '1s'";

export interface RegressStatement {
  readonly file: string;
  readonly sql: string;
  /** Why the boundary refuses it under the default policy; `null`: allowed. */
  readonly refused: string | null;
}

/** Why a classification refuses a statement under the default policy (INSERT allowed, nothing justified). */
function refusal(result: ReturnType<typeof classifyBatch>): string | null {
  if ('unreadable' in result) return result.unreadable;
  if (result.length !== 1) return 'not exactly one statement';
  const { kind, violation } = result[0]!.class;
  return (
    violation ??
    (kind === 'READ' || kind === 'INSERT' ? (result[0]!.needs.length > 0 ? 'needs a justification' : null) : 'needs a justification')
  );
}

/** The file's text without psql meta-command lines and COPY FROM stdin data. */
function psqlFree(text: string): string {
  const out: string[] = [];
  let inCopyData = false;
  for (const line of text.split('\n')) {
    if (inCopyData) {
      if (line === '\\.') inCopyData = false;
      continue;
    }
    if (line.startsWith('\\')) continue;
    out.push(line);
    if (/^\s*COPY\b[^;]*\bFROM\s+stdin\b[^;]*;\s*$/i.test(line)) inCopyData = true;
  }
  return out.join('\n');
}

/** Every statement of the corpus as the boundary splits a batch (a file its scanner cannot read: split at line-final `;`). */
export function regressStatements(): RegressStatement[] {
  const statements: RegressStatement[] = [];
  for (const dir of ['postgres_regress', 'plpgsql_regress']) {
    for (const name of readdirSync(join(REGRESS_DIR, dir))
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const file = `${dir}/${name}`;
      const text = psqlFree(readFileSync(join(REGRESS_DIR, file), 'utf8'));
      const whole = classifyBatch(text, 'postgres');
      if ('unreadable' in whole) {
        for (const sql of text
          .split(/;[ \t]*\n/)
          .map((s) => s.trim())
          .filter((s) => s.length > 0)) {
          statements.push({ file, sql, refused: refusal(classifyBatch(sql, 'postgres')) });
        }
      } else {
        for (const s of whole) statements.push({ file, sql: s.sql, refused: refusal([s]) });
      }
    }
  }
  return statements;
}

/** A refusal's reason, bucketed for the table in docs/boundary.md. */
export function reasonBucket(reason: string): string {
  const buckets: [RegExp, string][] = [
    [/parser cannot parse|not exactly one statement|cannot read the batch/, 'unparseable (incl. psql variables)'],
    [/DDL or another statement/, 'DDL or another statement that is no data change'],
    [/cannot place/, 'a statement the classifier cannot place (SHOW, FETCH, DECLARE …)'],
    [/transaction control/, 'transaction control'],
    [/session setting/, 'SET / RESET'],
    [/runs SQL given as text/, 'runs SQL text'],
    [/volatile built-in|volatile extension/, 'volatile built-in not on the allow-list'],
    [/nextval\(\)/, 'nextval outside the written table'],
    [/not a built-in function|no function in the clone/, 'unknown (user-defined) function'],
    [/system catalog/, 'writes a system catalog'],
    [/needs a justification/, 'UPDATE/DELETE/UPSERT without justification'],
    [/data-modifying CTE/, 'data-modifying CTE'],
    [/row locks/, 'FOR UPDATE/SHARE'],
    [/SELECT … INTO/, 'SELECT … INTO'],
    [/EXPLAIN ANALYZE/, 'EXPLAIN ANALYZE of a write'],
    [/COPY/, 'COPY'],
    [/DO block|CALL/, 'DO / CALL'],
    [/GRANT/, 'GRANT / REVOKE'],
    [/index/, 'index change'],
  ];
  return buckets.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}

export interface Classified {
  readonly total: number;
  readonly allowed: readonly RegressStatement[];
  readonly refusedBy: ReadonlyMap<string, number>;
}

/** The corpus's classification, counted. */
export function classifyCorpus(statements: readonly RegressStatement[]): Classified {
  const refusedBy = new Map<string, number>();
  for (const s of statements) {
    if (s.refused !== null) refusedBy.set(reasonBucket(s.refused), (refusedBy.get(reasonBucket(s.refused)) ?? 0) + 1);
  }
  return { total: statements.length, allowed: statements.filter((s) => s.refused === null), refusedBy };
}

/**
 * What a transaction has done so far: rows it inserted, updated or deleted in any table, system
 * catalogs included (a large object, a role, a comment are catalog rows), and advisory locks held.
 */
const TRANSACTION_PROBE = `SELECT (SELECT coalesce(sum(pg_catalog.pg_stat_get_xact_tuples_updated(c.oid) + pg_catalog.pg_stat_get_xact_tuples_deleted(c.oid)
         + CASE WHEN c.relnamespace IN ('pg_catalog'::regnamespace, 'pg_toast'::regnamespace) THEN pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid) ELSE 0 END), 0)
          FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 't', 'm', 'p'))
    || ' rows written, ' || (SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid()) || ' advisory locks' AS probe`;

export interface Effect {
  readonly statement: RegressStatement;
  readonly expected: string;
  readonly found: string;
}

/** What outlives a rollback, or belongs to the session: replication slots, settings, sequences, cursors … */
const SESSION_PROBE = `SELECT pg_catalog.json_build_object(
  'advisory_locks', (SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid()),
  'replication_slots', (SELECT count(*) FROM pg_catalog.pg_replication_slots),
  'prepared_transactions', (SELECT count(*) FROM pg_catalog.pg_prepared_xacts),
  'settings', (SELECT pg_catalog.md5(pg_catalog.string_agg(name || '=' || coalesce(setting, ''), ',' ORDER BY name)) FROM pg_catalog.pg_settings),
  'sequences', (SELECT pg_catalog.md5(coalesce(pg_catalog.string_agg(schemaname || '.' || sequencename || '=' || coalesce(last_value::text, ''), ',' ORDER BY 1), ''))
                  FROM pg_catalog.pg_sequences),
  'large_objects', (SELECT count(*) FROM pg_catalog.pg_largeobject_metadata),
  'open_cursors', (SELECT count(*) FROM pg_catalog.pg_cursors),
  'prepared_statements', (SELECT count(*) FROM pg_catalog.pg_prepared_statements))::text AS probe`;

/** Statements between two looks at the session; a chunk that changed it is run again one by one. */
const CHUNK = 200;

/**
 * Runs each statement in its own transaction on `session` (a scratch database nothing else
 * changes; `setup` sets its timeouts). A statement that ran without error is probed in its
 * transaction (`pg_stat_xact_*`: nothing written but INSERTs into user tables, no advisory lock)
 * and committed;
 * after every chunk of statements the session is compared with its state before any ran, and a
 * chunk that changed it is run again statement by statement to name the one. Returns the
 * differences and how many statements ran without an error.
 */
export async function runAllowed(
  session: Session,
  statements: readonly RegressStatement[],
  setup: string,
): Promise<{ effects: Effect[]; succeeded: number }> {
  // The state every look at the session compares with: the one a reset returns to.
  await session.exec('DISCARD ALL');
  await session.exec(setup);
  const read = async (sql: string) => (await session.query<{ probe: string }>(sql))[0]!.probe;
  let idle = await read(SESSION_PROBE);
  const effects: Effect[] = [];
  let succeeded = 0;
  const runOne = async (statement: RegressStatement, record = true): Promise<boolean> => {
    await session.exec('BEGIN');
    // The pg_stat_xact counters of earlier, rolled-back transactions linger until reported: read them now.
    const fresh = await read(TRANSACTION_PROBE);
    let ok = true;
    try {
      await session.runStatement(statement.sql);
    } catch {
      ok = false;
    }
    if (ok) {
      const found = await read(TRANSACTION_PROBE);
      if (record && found !== fresh) effects.push({ statement, expected: fresh, found });
    }
    // A statement that ran is committed, as snapshot mode commits a batch: a setting or a cursor
    // WITH HOLD it left then shows in the session.
    await session.exec(ok ? 'COMMIT' : 'ROLLBACK');
    return ok;
  };
  for (let start = 0; start < statements.length; start += CHUNK) {
    const chunk = statements.slice(start, start + CHUNK);
    for (const statement of chunk) if (await runOne(statement)) succeeded++;
    if ((await read(SESSION_PROBE)) === idle) continue;
    // Something in the chunk outlived its rollback: which? (A moved sequence stays moved: each
    // statement is compared with the state just before it, and the next chunk with the state after.)
    const reset = async () => {
      await session.exec('DISCARD ALL');
      await session.exec(setup);
      return read(SESSION_PROBE);
    };
    let before = await reset();
    for (const statement of chunk) {
      await runOne(statement, false);
      const found = await read(SESSION_PROBE);
      if (found !== before) {
        effects.push({ statement, expected: before, found });
        before = await reset();
      }
    }
    idle = before;
  }
  return { effects, succeeded };
}
