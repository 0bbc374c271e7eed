/**
 * The engine's own catalog statements on a Postgres connection (a capture's, a census's, the
 * boundary's catalog reads, a freshness count), prepared once per connection — planning them costs
 * more than running them — and checked before use. User SQL runs on the same connections (a batch
 * under rehearsal, a trigger it fires with `EXECUTE 'PREPARE …'`, the clone source) and may
 * deallocate or replace a prepared statement; the engine must never run a statement that is not
 * its own. The check reads `pg_prepared_statements`, whose `statement` is the exact text that
 * prepared it (compared by its SHA-256). The same text prepared by anyone is the same statement:
 * Postgres parses a prepared statement again under the search path of the moment whenever that
 * changed since its last use, so how it resolves names is no different from a statement sent anew.
 *
 * Parameters are written into `EXECUTE` as dollar-quoted literals (a statement prepared in SQL
 * takes no bind parameters): a dollar quote ends only at its own tag, whatever the session's
 * `standard_conforming_strings` or encoding (no client encoding has `$` as a byte of a character).
 */
import { sha256Hex } from '../capture/hashing.ts';
import type { Session } from './session.ts';

/** Names of the engine's prepared statements start so (a clone's reset keeps them; see reuse.ts). */
export const PREPARED_STATEMENT_PREFIX = 'rehearse_catalog_';

/** One of the engine's statements: its name, the PREPARE that makes it, and that PREPARE's SHA-256 (hex). */
interface Entry {
  readonly name: string;
  readonly prepare: string;
  readonly hash: string;
}

/** The engine's statements on one connection. */
class ConnectionStatements {
  private readonly entries = new Map<string, Entry>();
  /** Names checked in the current block, and that block. */
  private checked = new Set<string>();
  private checkedIn: Block | null = null;

  /** The statement's name for this text, and the PREPARE that makes it. */
  entry(text: string): Entry {
    let entry = this.entries.get(text);
    if (entry === undefined) {
      const name = `${PREPARED_STATEMENT_PREFIX}${sha256Hex(text).slice(0, 16)}`;
      const prepare = `PREPARE ${name} AS ${text}`;
      this.entries.set(text, (entry = { name, prepare, hash: sha256Hex(prepare) }));
    }
    return entry;
  }

  /**
   * Checks, in `block` on `session` (over this connection), every statement the connection has
   * used — one look for all: missing, or replaced by another text, it is prepared anew.
   */
  async check(session: Session, block: Block, name: string): Promise<void> {
    if (this.checkedIn !== block) {
      this.checkedIn = block;
      this.checked = new Set();
    }
    if (this.checked.has(name)) return;
    const due = [...this.entries.values()].filter((e) => !this.checked.has(e.name));
    // The text's hash, not the text: the statements are long, and the check runs in every block.
    const present = await session.query<{ name: string; hash: string }>(
      `SELECT name, pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(statement, 'UTF8')), 'hex') AS hash
         FROM pg_catalog.pg_prepared_statements WHERE name OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.text[])`,
      [due.map((e) => e.name)],
    );
    const found = new Map(present.map((p) => [p.name, p]));
    for (const e of due) {
      const now = found.get(e.name);
      if (now?.hash !== e.hash) {
        if (now !== undefined) await session.exec(`DEALLOCATE ${e.name}`);
        await session.exec(e.prepare);
      }
      this.checked.add(e.name);
    }
  }
}

/**
 * A block of the engine's own reads on a session: nothing but them runs inside it, so each
 * statement is checked once per block (one look for all). Begin a new block wherever user SQL may
 * have run since the last.
 */
export class Block {
  constructor(
    private readonly statements: ConnectionStatements,
    private readonly session: Session,
  ) {}

  /**
   * Runs the text (placeholders `$1`, `$2` … with their types cast in the text) as a prepared
   * statement with `params`.
   */
  async run<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    const { name } = this.statements.entry(text);
    await this.statements.check(this.session, this, name);
    return this.session.query<T>(params.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${params.map(literal).join(', ')})`);
  }
}

/** One record per connection: every session over it shares its statements and their check. */
const BY_CONNECTION = new WeakMap<object, ConnectionStatements>();

/** A new block of the engine's prepared reads on `session`. */
export function preparedBlock(session: Session): Block {
  const connection = session.connection?.() ?? session;
  let statements = BY_CONNECTION.get(connection);
  if (!statements) BY_CONNECTION.set(connection, (statements = new ConnectionStatements()));
  return new Block(statements, session);
}

/** A parameter as a literal `EXECUTE` takes: `NULL`, or text dollar-quoted (an array in Postgres's array syntax). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return dollarQuoted(`{${value.map(arrayElement).join(',')}}`);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return dollarQuoted(String(value));
  throw new Error(`a prepared statement's parameter must be text, a number, a boolean or an array of them, not ${typeof value}`);
}

const arrayElement = (value: unknown): string =>
  value === null || value === undefined ? 'NULL' : `"${String(value).replace(/["\\]/g, '\\$&')}"`;

/** `text` between dollar quotes whose tag first occurs where it closes them (text ending in `$p0` would close `$p0$` early). */
export function dollarQuoted(text: string): string {
  for (let n = 0; ; n++) {
    const tag = `$p${n}$`;
    if (`${text}${tag}`.indexOf(tag) === text.length) return `${tag}${text}${tag}`;
  }
}
