/**
 * Before-states by value on a clone that holds the schema: read rows of the clone source's own
 * data (to draw values from), and load a generated state — every table emptied, every sequence
 * put back where the schema clone had it, the rows copied in (COPY on Postgres, prepared INSERTs
 * on SQLite) in one transaction, with no schema DDL. The database judges each row: when a state
 * does not load whole, it is loaded row by row and the rows it refuses (a CHECK, a domain, a
 * duplicate the generator did not see) are left out and counted.
 */
import type { SequenceFingerprint } from '../capture/fingerprint.ts';
import { WHOLE_DATABASE } from '../capture/stateReader.ts';
import type { Clone } from '../targets/target.ts';
import type { CopyOutSession } from '../session/session.ts';
import { firstLine } from '../util/errors.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { readPinned } from './introspectPostgres.ts';
import { valueAsText } from '../capture/postgresBaseType.ts';
import type { DataRow, DataState, ForeignKeyModel, SchemaModel, TableModel } from './schemaModel.ts';
import { pruneDangling } from './pruneDangling.ts';

export interface LoadResult {
  /** The rows the database took, table by table (a state that loaded whole is the state given). */
  readonly loaded: DataState;
  /** Rows the database refused. */
  readonly refused: number;
  /** The first few refusals: table and the database's one-line reason. */
  readonly refusals: readonly string[];
}

/** Columns a generated row writes: all but stored generated ones. */
export function writableColumns(table: TableModel): string[] {
  return table.columns.filter((c) => !c.generated).map((c) => c.name);
}

/**
 * Up to `perTable` rows of every table as text: in a keyed table the first and the last half by
 * key (the newest rows, and the largest keys the data holds), otherwise the first rows read.
 */
export async function sampleRows(clone: Clone, model: SchemaModel, perTable: number): Promise<DataState> {
  // Postgres reads with the server's catalog alone on the search path.
  return model.dialect === 'postgres' ? readPinned(clone.session, () => sample(clone, model, perTable)) : sample(clone, model, perTable);
}

async function sample(clone: Clone, model: SchemaModel, perTable: number): Promise<DataState> {
  const out: Record<string, DataRow[]> = {};
  // Postgres 12 and later print floats exactly by default; SQLite and Postgres both read CAST … AS TEXT
  // (through the type's output function where the type is not the server's own: a cast a user added never runs).
  for (const table of model.tables) {
    const columns = writableColumns(table);
    if (columns.length === 0) continue;
    const text = (name: string) => {
      const read = table.columns.find((c) => c.name === name)?.read;
      return read ? valueAsText(quoteIdent(name), read) : `CAST(${quoteIdent(name)} AS TEXT)`;
    };
    const select = `SELECT ${columns.map((c, i) => `${text(c)} AS c${i}`).join(', ')} FROM ${table.sqlName}`;
    const key = table.primaryKey?.map(quoteIdent);
    const rows = key
      ? [
          ...(await clone.session.query<Record<string, string | null>>(
            `${select} ORDER BY ${key.join(', ')} LIMIT ${Math.ceil(perTable / 2)}`,
          )),
          ...(
            await clone.session.query<Record<string, string | null>>(
              `${select} ORDER BY ${key.map((k) => `${k} DESC`).join(', ')} LIMIT ${Math.floor(perTable / 2)}`,
            )
          ).reverse(),
        ]
      : await clone.session.query<Record<string, string | null>>(`${select} LIMIT ${perTable}`);
    const seen = new Set<string>();
    out[table.id] = rows
      .map((r) => Object.fromEntries(columns.map((c, i) => [c, r[`c${i}`] ?? null])))
      .filter((r) => {
        const k = JSON.stringify(r);
        return !seen.has(k) && seen.add(k) !== undefined;
      });
  }
  return out;
}

/** The sequences of the clone now: what each load puts back. */
export async function readSequences(clone: Clone): Promise<Record<string, SequenceFingerprint>> {
  const state = clone.state;
  const sequences = await state.readOnly(() => state.sequences(WHOLE_DATABASE));
  return Object.fromEntries(sequences.map((s) => [s.id, { last_value: s.last_value, is_called: s.is_called }]));
}

const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (ch) => COPY_ESCAPES[ch] ?? ch);
}

function copyText(columns: readonly string[], rows: readonly DataRow[]): Uint8Array {
  return Buffer.from(rows.map((row) => `${columns.map((c) => copyField(row[c] ?? null)).join('\t')}\n`).join(''), 'utf8');
}

function columnsOf(rows: readonly DataRow[]): string[] {
  const [first] = rows;
  return first ? Object.keys(first) : [];
}

/**
 * The keys a state of `model` must have checked at the end of its load, not row by row: those into
 * a table loaded later (a cycle, store ↔ staff), where some row of the state sets one.
 */
function keysIntoLaterTables(model: SchemaModel, state: DataState): ForeignKeyModel[] {
  const order = new Map(model.tables.map((t, i) => [t.id, i]));
  return model.tables.flatMap((table, ti) =>
    table.foreignKeys.filter(
      (fk) =>
        (order.get(fk.references) ?? -1) > ti &&
        (state[table.id] ?? []).some((row) => fk.columns.every((c) => row[c] !== null && row[c] !== undefined)),
    ),
  );
}

/**
 * Loads `state` into `clone` (whose tables are those of `model`), putting `sequences` back first.
 * Foreign keys are checked once every row is in (a cycle's rows can go in no order one by one):
 * on SQLite with `foreign_keys` off for the load and `foreign_key_check` before its COMMIT; on
 * Postgres with the keys into later tables deferred (a key that is not DEFERRABLE made so, by its
 * table's owner, for the load only, and put back).
 */
export async function loadState(
  clone: Clone,
  model: SchemaModel,
  state: DataState,
  sequences: Readonly<Record<string, SequenceFingerprint>>,
): Promise<LoadResult> {
  // As the clone's owner, who owns the tables it empties (the apply role may not TRUNCATE).
  const session = clone.ownerSession;
  if (model.dialect === 'sqlite') {
    const [{ foreign_keys: on } = { foreign_keys: 1 }] = await session.query<{ foreign_keys: number }>('PRAGMA foreign_keys');
    if (on) await session.exec('PRAGMA foreign_keys = OFF');
    try {
      return await loadChecked(clone, model, state, sequences, []);
    } finally {
      if (on) await session.exec('PRAGMA foreign_keys = ON');
    }
  }
  const deferred = keysIntoLaterTables(model, state).flatMap((fk) => (fk.declared ? [fk.declared] : []));
  const altered = deferred.filter((k) => !k.deferrable);
  const alter = async (to: string) => {
    await session.exec('BEGIN');
    for (const k of altered)
      await session.exec(`ALTER TABLE ${k.table} ALTER CONSTRAINT ${k.constraint.slice(k.constraint.indexOf('.') + 1)} ${to}`);
    await session.exec('COMMIT');
  };
  if (altered.length > 0) await alter('DEFERRABLE INITIALLY IMMEDIATE');
  try {
    return await loadChecked(
      clone,
      model,
      state,
      sequences,
      deferred.map((k) => k.constraint),
    );
  } finally {
    if (session.inTransaction()) await session.exec('ROLLBACK');
    if (altered.length > 0) await alter('NOT DEFERRABLE');
  }
}

/**
 * Loads whole; else row by row, leaving out the rows the database refuses; and if the rows kept
 * then name rows left out (the end-of-load check fails), once more whole without them.
 */
async function loadChecked(
  clone: Clone,
  model: SchemaModel,
  state: DataState,
  sequences: Readonly<Record<string, SequenceFingerprint>>,
  deferred: readonly string[],
): Promise<LoadResult> {
  const loading = new Loading(clone, model, sequences, deferred);
  // Whole, in one go: the common case.
  if ((await loading.whole(state)) === null) return { loaded: state, refused: 0, refusals: [] };
  // Row by row: the database says which rows it will not take.
  const byRow = await loading.rowByRow(state);
  if (byRow.committed) return { loaded: byRow.loaded, refused: byRow.refused, refusals: byRow.refusals };
  // The rows kept name rows left out: leave those out too, and load what is left whole.
  const pruned = Object.fromEntries(Object.entries(byRow.loaded).map(([id, rows]) => [id, [...rows]]));
  const dangling = pruneDangling(model, pruned);
  const failed = await loading.whole(pruned);
  if (failed !== null) throw failed;
  const refusals = [...byRow.refusals];
  if (dangling > 0 && refusals.length < 5) refusals.push(`FOREIGN KEY constraint failed: ${dangling} row(s) name a row left out`);
  return { loaded: pruned, refused: byRow.refused + dangling, refusals };
}

/** One load of a state into the clone: each attempt a transaction that empties the tables, sets the sequences and inserts the rows. */
class Loading {
  private readonly session: Clone['ownerSession'];
  private readonly postgres: boolean;

  constructor(
    private readonly clone: Clone,
    private readonly model: SchemaModel,
    private readonly sequences: Readonly<Record<string, SequenceFingerprint>>,
    private readonly deferred: readonly string[],
  ) {
    this.session = clone.ownerSession;
    this.postgres = model.dialect === 'postgres';
  }

  private async begin(): Promise<void> {
    const { session, model, deferred } = this;
    await session.exec('BEGIN');
    if (this.postgres) {
      await session.exec('SET CONSTRAINTS ALL IMMEDIATE');
      if (deferred.length > 0) await session.exec(`SET CONSTRAINTS ${deferred.join(', ')} DEFERRED`);
      if (model.tables.length > 0) await session.exec(`TRUNCATE ${model.tables.map((t) => t.sqlName).join(', ')}`);
    } else {
      for (const t of [...model.tables].reverse()) await session.exec(`DELETE FROM ${t.sqlName}`);
    }
    for (const [id, to] of Object.entries(this.sequences)) await this.clone.resetSequence(id, to);
  }

  /** The keys checked at the end: SQLite's, all of them (they were off for the load); Postgres's deferred ones. */
  private async commit(): Promise<void> {
    const { session } = this;
    if (this.postgres) {
      if (this.deferred.length > 0) await session.exec('SET CONSTRAINTS ALL IMMEDIATE');
    } else {
      const [broken] = await session.query<{ table: string; parent: string }>('SELECT * FROM pragma_foreign_key_check LIMIT 1');
      if (broken)
        throw new Error(`FOREIGN KEY constraint failed: a row of ${broken.table} names a row of ${broken.parent} the state does not hold`);
    }
    await session.exec('COMMIT');
  }

  private async insertRows(table: TableModel, rows: readonly DataRow[]): Promise<void> {
    const { session } = this;
    const columns = columnsOf(rows);
    if (rows.length === 0) return;
    if (this.postgres) {
      const list = columns.map(quoteIdent).join(', ');
      await (session as CopyOutSession).copyIn(`COPY ${table.sqlName} (${list}) FROM STDIN`, copyText(columns, rows));
    } else {
      const sql = `INSERT INTO ${table.sqlName} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      for (const row of rows)
        await session.query(
          sql,
          columns.map((c) => row[c] ?? null),
        );
    }
  }

  /** Loads the rows in one transaction: `null` when it committed, else the error (rolled back). */
  async whole(rows: DataState): Promise<unknown> {
    try {
      await this.begin();
      for (const table of this.model.tables) await this.insertRows(table, rows[table.id] ?? []);
      await this.commit();
      return null;
    } catch (error) {
      if (this.session.inTransaction()) await this.session.exec('ROLLBACK');
      return error;
    }
  }

  /**
   * Loads row by row, each in a savepoint, leaving out the rows the database refuses. `committed`
   * false: the end-of-load check failed (rolled back; the rows kept name rows left out).
   */
  async rowByRow(
    state: DataState,
  ): Promise<{ loaded: Record<string, DataRow[]>; refused: number; refusals: string[]; committed: boolean }> {
    const { session } = this;
    const loaded: Record<string, DataRow[]> = {};
    const refusals: string[] = [];
    let refused = 0;
    await this.begin();
    try {
      for (const table of this.model.tables) {
        const kept: DataRow[] = [];
        for (const row of state[table.id] ?? []) {
          await session.exec('SAVEPOINT rehearse_row');
          try {
            await this.insertRows(table, [row]);
            await session.exec('RELEASE SAVEPOINT rehearse_row');
            kept.push(row);
          } catch (error) {
            await session.exec('ROLLBACK TO SAVEPOINT rehearse_row');
            await session.exec('RELEASE SAVEPOINT rehearse_row');
            refused++;
            if (refusals.length < 5) refusals.push(`${table.id}: ${firstLine(error)}`);
          }
        }
        if (state[table.id] !== undefined) loaded[table.id] = kept;
      }
      await this.commit();
      return { loaded, refused, refusals, committed: true };
    } catch (error) {
      if (session.inTransaction()) await session.exec('ROLLBACK');
      if (this.deferred.length === 0 && this.postgres) throw error;
      return { loaded, refused, refusals, committed: false };
    }
  }
}
