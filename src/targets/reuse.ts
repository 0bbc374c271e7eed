/**
 * Clone reuse for the Postgres backends (an opt-in of the target, for long runs of many
 * rehearsals: a fresh PGlite instance costs a Postgres start-up in WASM, a scratch database on a
 * server a CREATE and a DROP DATABASE).
 *
 * When a clone is disposed, it is reset — its session discarded, every user schema dropped and
 * every object in `public` — and kept. Before it is handed out again it must prove it is as good
 * as fresh: every system catalog holds exactly the rows it held when the clone was new. That is
 * checked per catalog by two counts: all rows (none removed), and rows written by a transaction
 * that began after the clone was new (none added or changed — an UPDATE writes a new row
 * version). A clone that fails the check, or whose reset fails, is thrown away and a fresh one
 * made; nothing is ever repaired by guesswork.
 */
import { PREPARED_STATEMENT_PREFIX, preparedBlock } from '../session/preparedStatements.ts';
import type { Session } from '../session/session.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { defined } from '../util/defined.ts';

/** How RX-0's isolation record describes a reused clone. */
export const REUSED =
  'reset after its last use and checked as good as fresh (every catalog holds the rows it held when new, none written since)';

/** What a clone's catalogs held when it was new. */
export interface FreshRecord {
  /** The next transaction id when the clone was new: any row version from a later one is not fresh. */
  readonly horizon: string;
  /** Rows per catalog when the clone was new. */
  readonly rows: ReadonlyMap<string, number>;
  /** The statement that counts them (see `catalogCounts`). */
  readonly countSql: string;
}

/** Catalogs whose rows change by themselves (statistics gathered by ANALYZE and autovacuum). */
const SELF_CHANGING = ['pg_statistic', 'pg_statistic_ext_data'];

/**
 * The per-catalog count statement. `instanceWide` (PGlite: the whole instance is the clone)
 * includes the shared catalogs — roles, databases; on a server those belong to everyone, and only
 * the rows of this database are counted.
 */
async function countStatement(session: Session, instanceWide: boolean): Promise<string> {
  const catalogs = await session.query<{ name: string; shared: boolean }>(
    `SELECT c.relname AS name, c.relisshared AS shared FROM pg_catalog.pg_class c
      WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' AND c.relname <> ALL ($1::text[])
      ORDER BY c.relname COLLATE "C"`,
    [SELF_CHANGING],
  );
  const thisDatabase = '(SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())';
  // A session's temporary schemas stay once made; emptied (DISCARD TEMP), they hold nothing.
  const filters: Record<string, string> = { pg_namespace: "t.nspname !~ '^pg_(toast_)?temp_'" };
  const perDatabase: Record<string, string> = {
    pg_database: `t.oid = ${thisDatabase}`,
    pg_db_role_setting: `t.setdatabase = ${thisDatabase}`,
    pg_shdepend: `t.dbid = ${thisDatabase}`,
  };
  const parts = catalogs.flatMap(({ name, shared }) => {
    if (shared && !instanceWide && !perDatabase[name]) return [];
    const where = shared && !instanceWide ? `WHERE ${perDatabase[name]}` : filters[name] ? `WHERE ${filters[name]}` : '';
    return [
      `SELECT '${name}' AS catalog, count(*)::text AS n,
        count(*) FILTER (WHERE pg_catalog.age(t.xmin) <= (SELECT span FROM since))::text AS newer
      FROM pg_catalog.${name} AS t ${where}`,
    ];
  });
  // Prepared transactions and replication slots are not in a catalog (the reset cannot see them):
  // a clone with one is not fresh. On a server only the slots of this database are the clone's.
  parts.push(`SELECT 'pg_prepared_xacts' AS catalog, '0' AS n, count(*)::text AS newer
      FROM pg_catalog.pg_prepared_xacts WHERE database = pg_catalog.current_database()`);
  parts.push(`SELECT 'pg_replication_slots' AS catalog, '0' AS n, count(*)::text AS newer
      FROM pg_catalog.pg_replication_slots ${instanceWide ? '' : 'WHERE database = pg_catalog.current_database()'}`);
  // `age(x)` counts back from one reference transaction id, the same for every call in this
  // statement: a row is from after the horizon when it is no older than the horizon itself. (A
  // span taken from the snapshot instead falls behind when other sessions start transactions
  // between the snapshot and the first age(), and a row written since then goes uncounted.)
  return `WITH since AS (SELECT pg_catalog.age(($1::bigint % 4294967296)::text::xid) AS span)
${parts.join('\nUNION ALL\n')}`;
}

async function catalogCounts(
  session: Session,
  countSql: string,
  horizon: string,
): Promise<{ catalog: string; n: number; newer: number }[]> {
  // Prepared (planning some sixty counts costs more than running them), checked first: a batch ran on this session.
  const rows = await preparedBlock(session).run<{ catalog: string; n: string; newer: string }>(countSql, [horizon]);
  return rows.map((r) => ({ catalog: r.catalog, n: Number(r.n), newer: Number(r.newer) }));
}

/** Records what a new clone's catalogs hold. Call it before anything is written to the clone. */
export async function recordFresh(session: Session, instanceWide: boolean): Promise<FreshRecord> {
  const [row] = await session.query<{ next: string }>('SELECT pg_catalog.pg_snapshot_xmax(pg_catalog.pg_current_snapshot())::text AS next');
  const horizon = defined(row, 'the transaction horizon').next;
  const countSql = await countStatement(session, instanceWide);
  const counts = await catalogCounts(session, countSql, horizon);
  return { horizon, rows: new Map(counts.map((c) => [c.catalog, c.n])), countSql };
}

/** The catalogs that differ from the fresh record, each with what differs; empty when the clone is as good as fresh. */
export async function changedSinceFresh(session: Session, fresh: FreshRecord): Promise<string[]> {
  const counts = await catalogCounts(session, fresh.countSql, fresh.horizon);
  const changed = counts.flatMap((c) => {
    const was = fresh.rows.get(c.catalog);
    const what = [
      ...(c.newer > 0 ? [`${c.newer} row(s) written since`] : []),
      ...(was !== undefined && was !== c.n ? [`${c.n} rows, was ${was}`] : []),
    ];
    return what.length > 0 ? [`${c.catalog}: ${what.join(', ')}`] : [];
  });
  if (counts.length !== fresh.rows.size) changed.push('the set of catalogs changed');
  return changed;
}

/**
 * Everything a rehearsal may leave in a clone that the next one must not see: an open
 * transaction, session state (settings, prepared statements, advisory locks, temporary tables),
 * user schemas, the objects in `public`, extensions, large objects. A failure is thrown; the
 * caller then throws the clone away.
 */
export async function resetForReuse(session: Session, ownerSession: Session = session): Promise<void> {
  for (const s of new Set([session, ownerSession])) await resetSession(s);
  await dropUserObjects(ownerSession);
}

/** What a session holds of its own: an open transaction, settings, locks, temporary objects, prepared statements but the engine's. */
async function resetSession(session: Session): Promise<void> {
  if (session.inTransaction()) await session.exec('ROLLBACK');
  // DISCARD ALL but for the engine's own prepared statements (checked before every use anyway),
  // which would otherwise be planned again by every rehearsal.
  await session.exec(`CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *; SELECT pg_catalog.pg_advisory_unlock_all();
    DISCARD TEMP; DISCARD SEQUENCES`);
  await session.exec(`DO $reset$ DECLARE r record; BEGIN
  FOR r IN SELECT s.name FROM pg_catalog.pg_prepared_statements s WHERE s.name !~ '^${PREPARED_STATEMENT_PREFIX}' LOOP
    EXECUTE format('DEALLOCATE %I', r.name);
  END LOOP;
END $reset$`);
}

/** Every user schema, every object in \`public\`, extensions and large objects: as the clone's owner, who owns them. */
async function dropUserObjects(session: Session): Promise<void> {
  await session.exec(`SET search_path = pg_catalog; DO $reset$ DECLARE r record; BEGIN
  FOR r IN SELECT n.nspname FROM pg_catalog.pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND n.nspname !~ '^pg_' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
  FOR r IN SELECT e.extname FROM pg_catalog.pg_extension e WHERE e.extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            ORDER BY c.relkind = 'S' LOOP -- sequences last: a table's own sequence goes with the table
    EXECUTE format('DROP %s IF EXISTS public.%I CASCADE',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      r.relname);
  END LOOP;
  -- Types, then routines, each looked up again after every drop (a drop cascades to others:
  -- a range type takes its constructors with it).
  LOOP
    SELECT t.oid::regtype::text AS name, t.typtype AS kind INTO r FROM pg_catalog.pg_type t
     WHERE t.typnamespace = 'public'::regnamespace
       AND (t.typtype IN ('e', 'd', 'r')
            OR t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
     LIMIT 1;
    EXIT WHEN NOT FOUND;
    EXECUTE format('DROP %s %s CASCADE', CASE r.kind WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.name);
  END LOOP;
  LOOP
    SELECT p.oid::regprocedure::text AS name, p.prokind AS kind INTO r FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace LIMIT 1;
    EXIT WHEN NOT FOUND;
    EXECUTE format('DROP %s %s CASCADE', CASE r.kind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.name);
  END LOOP;
  PERFORM pg_catalog.lo_unlink(m.oid) FROM pg_catalog.pg_largeobject_metadata m;
END $reset$; RESET search_path`);
}

/** A clone's resource as a target got it: `fresh` is set when the clone may be kept for reuse. */
export interface ObtainedClone<T> {
  readonly resource: T;
  readonly fresh: FreshRecord | null;
  readonly reused: boolean;
}

/** How a target's clones are checked, reset and destroyed. */
export interface ReusableWays<T> {
  /** The session the clone's batches and captures ran on (reset, and the freshness check read there). */
  readonly sessionOf: (resource: T) => Session;
  /** The session of the clone's owner, who owns what the reset drops (reset too); by default the same session. */
  readonly ownerSessionOf?: (resource: T) => Session;
  readonly destroy: (resource: T) => Promise<void>;
  /** The resource is a whole instance, shared catalogs included (see `recordFresh`). */
  readonly instanceWide: boolean;
}

/**
 * The clone kept for reuse, one per target. `obtain` hands it out only after the freshness check
 * (or makes a new one and records it fresh); `keep` resets a disposed clone and keeps it (or
 * destroys it if the reset fails or one is already kept).
 */
export class ReusableClone<T> {
  private kept: { resource: T; fresh: FreshRecord } | null = null;
  /** A reset under way: the slot is taken until it ends, and close() waits for it. */
  private keeping: Promise<void> | null = null;
  /** After close, nothing is kept: a clone disposed late is destroyed. */
  private closed = false;
  /** Keeps begun by `keepLater` and not yet ended: close() waits for them. */
  private readonly later = new Set<Promise<unknown>>();

  constructor(private readonly ways: ReusableWays<T>) {}

  private sessionOf(resource: T): Session {
    return this.ways.sessionOf(resource);
  }

  private destroy(resource: T): Promise<void> {
    return this.ways.destroy(resource);
  }

  /**
   * The kept clone if it is as good as fresh; otherwise a new one from `make`, recorded fresh
   * before anything else touches it (destroyed if that record cannot be taken).
   */
  async obtain(make: () => Promise<T>): Promise<ObtainedClone<T> & { readonly fresh: FreshRecord }> {
    const kept = await this.take();
    if (kept) return { ...kept, reused: true };
    const resource = await make();
    try {
      return { resource, fresh: await recordFresh(this.sessionOf(resource), this.ways.instanceWide), reused: false };
    } catch (error) {
      await bestEffort('destroying a clone that is not reused', () => this.destroy(resource));
      throw error;
    }
  }

  /** The kept clone if it is as good as fresh; otherwise it is destroyed and `null` returned. */
  async take(): Promise<{ resource: T; fresh: FreshRecord } | null> {
    await this.keeping;
    const kept = this.kept;
    this.kept = null;
    if (!kept) return null;
    try {
      if ((await changedSinceFresh(this.sessionOf(kept.resource), kept.fresh)).length === 0) return kept;
    } catch {
      // A clone that cannot be checked is not reused.
    }
    await bestEffort('destroying a clone that is not reused', () => this.destroy(kept.resource));
    return null;
  }

  /** Resets a disposed clone and keeps it; destroys it instead if the reset fails or the slot is taken. */
  async keep(resource: T, fresh: FreshRecord): Promise<void> {
    if (this.closed || this.kept !== null || this.keeping !== null) return this.destroy(resource);
    // The slot is taken from here until the clone is kept or destroyed (take and close wait for it).
    this.keeping = (async () => {
      try {
        const session = this.sessionOf(resource);
        await resetForReuse(session, this.ways.ownerSessionOf?.(resource) ?? session);
        this.kept = { resource, fresh };
      } catch {
        await bestEffort('destroying a clone that is not reused', () => this.destroy(resource));
      } finally {
        this.keeping = null;
      }
    })();
    return this.keeping;
  }

  /**
   * `keep` without waiting for it: the reset runs while the caller goes on (a server resets beside
   * this process). The next `take` waits for it, as does `close`; a failure destroys the clone.
   */
  keepLater(resource: T, fresh: FreshRecord): void {
    const kept = bestEffort('keeping a clone for reuse', () => this.keep(resource, fresh)).finally(() => this.later.delete(kept));
    this.later.add(kept);
  }

  /** Resolves when every keep begun by `keepLater` has ended. */
  async settled(): Promise<void> {
    await Promise.all(this.later);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.later);
    await this.keeping;
    const kept = this.kept;
    this.kept = null;
    if (kept) await bestEffort('destroying a clone that is not reused', () => this.destroy(kept.resource));
  }
}
