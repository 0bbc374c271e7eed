/**
 * One PGlite instance at a time per clone. An instance costs a few hundred MB of WASM heap, and
 * a rehearsal needs the clone and its snapshot: each is a session that holds a data-directory
 * image and starts an instance from it when used, after the slot has put the other one away —
 * the clone by taking an image of itself if it changed since its last one (a snapshot is never
 * written to: it only closes). A snapshot read while the clone has not changed since the image
 * was taken reads the clone's own instance: it holds that very state. An instance started from
 * an image recovers as after a crash, which empties unlogged relations, so their contents
 * travel beside the image.
 */
import type { PGlite } from '@electric-sql/pglite';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full collection right after an instance is closed, so that its heap is free before the next
 * instance asks for one: without it the process holds both (pagila on PGlite: 1.1 GB peak
 * instead of 0.86 GB, `rehearse bench run`). `--expose-gc` set at run time is the one way
 * to reach `gc()` without a command-line flag; where it is not there, nothing is collected early.
 */
const collect: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
})();
import type { CopyOutSession } from '../session/session.ts';
import { defined } from '../util/defined.ts';

/** What an unlogged relation holds, which a data-directory image loses. */
export interface UnloggedContents {
  readonly tables: readonly { readonly name: string; readonly copy: Uint8Array }[];
  readonly sequences: readonly { readonly name: string; readonly last_value: string; readonly is_called: boolean }[];
}

export interface Image {
  readonly dataDir: File | Blob;
  readonly unlogged: UnloggedContents;
}

type Start = (dataDir: File | Blob) => Promise<PGlite>;

/** Runs one instance at a time: a session that needs one first puts the current holder's away. */
export class InstanceSlot {
  private holder: LazyPgliteSession | null = null;

  /** The running instance of the current holder, if it holds exactly `image` (no change since). */
  holding(image: Image): PGlite | null {
    return this.holder?.runningAt(image) ?? null;
  }

  async hand(to: LazyPgliteSession): Promise<void> {
    if (this.holder !== null && this.holder !== to) await this.holder.putAway();
    this.holder = to;
  }

  release(from: LazyPgliteSession): void {
    if (this.holder === from) this.holder = null;
  }
}

export class LazyPgliteSession implements CopyOutSession {
  private live: PGlite | null;
  private image: Image | null;
  /** Written to since `image` was taken (always, for a session that has none). */
  private changed: boolean;

  /** `readOnly`: a snapshot, never written to; put away, it simply closes. */
  constructor(
    private readonly slot: InstanceSlot,
    private readonly start: Start,
    from: PGlite | Image,
    private readonly readOnly = false,
  ) {
    const image = 'unlogged' in from ? from : null;
    this.live = image === null ? (from as PGlite) : null;
    this.image = image;
    this.changed = image === null;
  }

  /** Closed for good: the clone (or snapshot) was disposed, and nothing starts it again. */
  private closed = false;
  /** Why the running instance no longer answers (see `answering`): nothing is sent to it again. */
  private broken: string | null = null;

  /** The running instance, started from the image if the session is put away. */
  async instance(): Promise<PGlite> {
    if (this.closed) throw new Error('this PGlite clone has been disposed');
    if (this.broken !== null) throw new Error(this.broken);
    // A snapshot of a clone that has not changed since: the clone's instance holds the same state.
    const borrowed = this.readOnly && this.image !== null ? this.slot.holding(this.image) : null;
    if (borrowed !== null) return borrowed;
    await this.slot.hand(this);
    if (this.live === null) {
      const image = defined(this.image, 'the image of a PGlite session put away');
      this.live = await this.start(image.dataDir);
      await restoreUnlogged(this.live, image.unlogged);
      this.changed = false;
    }
    return this.live;
  }

  /** The running instance if it holds exactly `image`, unchanged since. */
  runningAt(image: Image): PGlite | null {
    return this.image === image && !this.changed && this.broken === null ? this.live : null;
  }

  /** The running instance, if there is one that still answers (nothing is started). */
  get running(): PGlite | null {
    return this.broken === null ? this.live : null;
  }

  /** Closes the instance, keeping an image of what it holds to start again from. */
  async putAway(): Promise<void> {
    if (this.live === null) return;
    if (this.broken !== null) throw new Error(this.broken);
    if (this.live.isInTransaction()) throw new Error('a PGlite clone with an open transaction cannot be put away');
    if (!this.readOnly && (this.changed || this.image === null)) this.image = await takeImage(this.live);
    await this.drop();
  }

  /** Closes the running instance and lets its heap go before anything else is started. */
  private async drop(): Promise<void> {
    await closeInstance(this.live);
    this.live = null;
    collect();
  }

  /** Takes an image of the current state: the session now starts again from it. */
  async snapshot(): Promise<Image> {
    const image = await takeImage(await this.instance());
    this.image = image;
    this.changed = false;
    return image;
  }

  /** Drops the current state: the session starts again from `image` when next used. */
  async resetTo(image: Image): Promise<void> {
    this.image = image;
    this.changed = false;
    await this.drop();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.slot.release(this);
    await this.drop();
  }

  private async use(): Promise<PGlite> {
    const db = await this.instance();
    if (!this.readOnly) this.changed = true;
    return db;
  }

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await (await this.use()).query<T>(sql, params as unknown[])).rows;
  }

  async exec(sql: string): Promise<void> {
    const db = await this.use();
    await db.exec(sql);
    await this.answering(db);
  }

  /** PGlite's query() is the extended protocol: one statement or an error. */
  async runStatement(sql: string): Promise<void> {
    const db = await this.use();
    await db.query(sql);
    await this.answering(db);
  }

  /**
   * Whether the instance still answers after SQL that may run user code: PGlite cannot run a
   * program, and after a `COPY … TO PROGRAM` (which its single superuser session may reach by
   * switching role) every later result comes back empty, and the next statement sent with the
   * extended protocol never returns, holding the whole process. One row asked for with the
   * simple protocol tells; an instance that gives none is never used again (nor kept for reuse).
   */
  private async answering(db: PGlite): Promise<void> {
    const [answer] = await db.exec('SELECT 1 AS answering');
    if (answer?.rows.length === 1) return;
    this.broken =
      'the PGlite instance stopped answering after this statement (its session is broken: PGlite cannot run a program, and COPY … TO PROGRAM breaks it); the clone is dropped';
    throw new Error(this.broken);
  }

  inTransaction(): boolean {
    return this.live?.isInTransaction() ?? false;
  }

  connection(): object | null {
    return this.live;
  }

  copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
    return this.use().then((db) => copyOutOf(db, copyToStdout, consume));
  }

  /** Rows a clone source loads fire its triggers: the instance is asked whether it still answers, as after `exec`. */
  async copyIn(copyFromStdin: string, data: Uint8Array | Iterable<Uint8Array>): Promise<void> {
    const db = await this.use();
    await copyInto(db, copyFromStdin, data);
    await this.answering(db);
  }
}

async function closeInstance(db: PGlite | null): Promise<void> {
  await db?.close();
}

/** PGlite has no client stream; `COPY … TO '/dev/blob'` hands the output back as a blob. */
export async function copyOutOf(db: PGlite, copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
  const result = await db.query(copyToStdout.replace(/TO STDOUT$/i, "TO '/dev/blob'"));
  if (result.blob) consume(new Uint8Array(await result.blob.arrayBuffer()));
  return result.affectedRows ?? 0;
}

/** Streamed COPY data goes into PGlite as COPYs of about this many bytes each, where that is the same as one COPY. */
const COPY_PART_BYTES = 16 * 2 ** 20;

/**
 * PGlite takes COPY data as a blob in its own memory: streamed data (whole lines a chunk) goes in
 * as several COPYs of ~16 MiB each where several COPYs are one — text format with no options, into
 * a table no statement-level INSERT trigger (nor a transition table) would tell them apart on —
 * and whole otherwise.
 */
export async function copyInto(
  db: PGlite,
  copyFromStdin: string,
  data: Uint8Array | Iterable<Uint8Array>,
  partBytes: number = COPY_PART_BYTES,
): Promise<void> {
  const sql = copyFromStdin.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'");
  const run = (parts: readonly Uint8Array[]) => db.query(sql, [], { blob: new Blob(parts as Uint8Array<ArrayBuffer>[]) });
  if (data instanceof Uint8Array) {
    await run([data]);
    return;
  }
  let parts: Uint8Array[] = [];
  let size = 0;
  let ran = false;
  let split: boolean | null = null;
  for (const chunk of data) {
    parts.push(chunk);
    size += chunk.length;
    if (size < partBytes) continue;
    split ??= await copyMaySplit(db, copyFromStdin);
    if (!split) continue;
    await run(parts);
    ran = true;
    parts = [];
    size = 0;
  }
  if (parts.length > 0 || !ran) await run(parts);
}

const IDENT = '(?:"(?:[^"]|"")*"|[A-Za-z_][\\w$]*)';
/** `COPY name [(columns)] FROM stdin` with no options: text format, one row a line. */
const PLAIN_COPY = new RegExp(`^COPY\\s+(${IDENT}(?:\\.${IDENT})?)\\s*(?:\\([^()]*\\))?\\s*FROM\\s+STDIN\\s*;?$`, 'i');

async function copyMaySplit(db: PGlite, copyFromStdin: string): Promise<boolean> {
  const table = PLAIN_COPY.exec(copyFromStdin.trim())?.[1];
  if (table === undefined) return false;
  // A name that does not resolve here is not split: the COPY itself says what is wrong with it.
  const { rows } = await db.query<{ told: boolean | null }>(
    `SELECT CASE WHEN pg_catalog.to_regclass($1) IS NULL THEN NULL ELSE EXISTS (
              SELECT 1 FROM pg_catalog.pg_trigger
               WHERE tgrelid = pg_catalog.to_regclass($1) AND tgenabled <> 'D' AND (tgtype & 4) <> 0
                 AND ((tgtype & 1) = 0 OR tgnewtable IS NOT NULL)) END AS told`,
    [table],
  );
  return rows[0]?.told === false;
}

async function takeImage(db: PGlite): Promise<Image> {
  // The data directory is copied as a crash would leave it unless a checkpoint comes first:
  // sequences would then replay their pre-logged WAL and reload 32 values ahead.
  await db.exec('CHECKPOINT');
  const dataDir = await db.dumpDataDir('none');
  return { dataDir, unlogged: await saveUnlogged(db) };
}

async function saveUnlogged(db: PGlite): Promise<UnloggedContents> {
  const relations = (
    await db.query<{ name: string; kind: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind::text AS kind
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relpersistence = 'u' AND c.relkind IN ('r', 'S') ORDER BY 1`,
    )
  ).rows;
  const tables: { name: string; copy: Uint8Array }[] = [];
  const sequences: { name: string; last_value: string; is_called: boolean }[] = [];
  for (const { name, kind } of relations) {
    if (kind === 'S') {
      const [row] = (
        await db.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${name}`)
      ).rows;
      const { last_value, is_called } = defined(row, `the state of the sequence ${name}`);
      sequences.push({ name, last_value, is_called });
      continue;
    }
    const chunks: Uint8Array[] = [];
    await copyOutOf(db, `COPY ${name} TO STDOUT`, (chunk) => chunks.push(chunk));
    tables.push({ name, copy: Buffer.concat(chunks) });
  }
  return { tables, sequences };
}

/** Puts unlogged contents back into an instance started from an image; no trigger or rule fires. */
async function restoreUnlogged(db: PGlite, contents: UnloggedContents): Promise<void> {
  if (contents.tables.length === 0 && contents.sequences.length === 0) return;
  await db.exec('SET session_replication_role = replica');
  try {
    for (const table of contents.tables) if (table.copy.length > 0) await copyInto(db, `COPY ${table.name} FROM STDIN`, table.copy);
    for (const s of contents.sequences) {
      await db.query('SELECT pg_catalog.setval($1::regclass, $2::bigint, $3::boolean)', [s.name, s.last_value, s.is_called]);
    }
  } finally {
    await db.exec('RESET session_replication_role');
  }
}
