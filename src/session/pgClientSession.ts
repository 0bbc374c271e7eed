/** A session on one `pg` connection to a Postgres server: queries, statements, COPY out and in. */
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { CopyOutSession } from './session.ts';
import { bestEffort } from '../util/bestEffort.ts';

/**
 * A session on one connection, opened when first used and again after `disconnect` (a clone
 * steps out of its database while it is copied or replaced).
 */
export class PgClientSession implements CopyOutSession {
  private client: pg.Client | null;
  private connecting: Promise<pg.Client> | null = null;

  /** `connect` opens the connection; `client`, if given, is one already open. */
  constructor(
    private readonly connect: (() => Promise<pg.Client>) | null,
    client: pg.Client | null = null,
  ) {
    this.client = client;
  }

  /** A session on a connection that is already open, and is never opened again once closed. */
  static on(client: pg.Client): PgClientSession {
    return new PgClientSession(null, client);
  }

  private async open(): Promise<pg.Client> {
    if (this.client) return this.client;
    if (!this.connect) throw new Error('this connection is closed');
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    this.client = await this.connecting;
    return this.client;
  }

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await (await this.open()).query(sql, params as unknown[]);
    return result.rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await (await this.open()).query(sql);
  }

  /**
   * A statement prepared once per connection under `name` and executed from then on (planned
   * once). Only for a connection no user SQL runs on: user SQL could replace a prepared statement.
   */
  async queryPrepared<T>(name: string, sql: string): Promise<T[]> {
    const result = await (await this.open()).query({ name, text: sql });
    return result.rows as T[];
  }

  async runStatement(sql: string): Promise<void> {
    // `queryMode` is in node-pg (8.12+) but not in its typings.
    await (await this.open()).query({ text: sql, queryMode: 'extended' } as pg.QueryConfig);
  }

  inTransaction(): boolean {
    return this.client !== null && this.client.getTransactionStatus() !== 'I';
  }

  /** Whether the connection is open now. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** Closes the connection; the next use opens a new one (where the session can). */
  async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await bestEffort('closing a Postgres connection', () => client.end());
  }

  /**
   * Streams a `COPY … TO STDOUT` (text format) and returns its row count, counted from the rows
   * themselves: one newline ends each row, and COPY escapes a newline inside a value. The stream's
   * own `rowCount` comes from CommandComplete, which can arrive after the stream has ended — read
   * then, it said 0 for a 1,000-row table now and then under load.
   */
  async copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
    const stream = (await this.open()).query(copyTo(copyToStdout));
    let rows = 0;
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) rows++;
      consume(bytes);
    }
    return rows;
  }

  /** `data`: whole, or in chunks as a streamed clone source reads them (never held whole). */
  async copyIn(copyFromStdin: string, data: Uint8Array | Iterable<Uint8Array>): Promise<void> {
    const client = await this.open();
    // One chunk in flight: the data is read as the server takes it, not ahead of it.
    const chunks = Readable.from(data instanceof Uint8Array ? [Buffer.from(data)] : data, { highWaterMark: 1 });
    await pipeline(chunks, client.query(copyFrom(copyFromStdin)));
  }
}
