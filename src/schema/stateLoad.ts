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
import type { Clone, CopyOutSession } from '../targets/target.ts';
import { firstLine } from '../util/errors.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { readPinned } from './introspectPostgres.ts';
import { valueAsText } from '../targets/postgresBaseType.ts';
import type { DataRow, DataState, SchemaModel, TableModel } from './schemaModel.ts';

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

/** One value in COPY's text format. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (ch) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch]!);
}

function copyText(columns: readonly string[], rows: readonly DataRow[]): Uint8Array {
  return Buffer.from(rows.map((row) => `${columns.map((c) => copyField(row[c] ?? null)).join('\t')}\n`).join(''), 'utf8');
}

function columnsOf(rows: readonly DataRow[]): string[] {
  return rows.length === 0 ? [] : Object.keys(rows[0]!);
}

/** Loads `state` into `clone` (whose tables are those of `model`), putting `sequences` back first. */
export async function loadState(
  clone: Clone,
  model: SchemaModel,
  state: DataState,
  sequences: Readonly<Record<string, SequenceFingerprint>>,
): Promise<LoadResult> {
  // As the clone's owner, who owns the tables it empties (the apply role may not TRUNCATE).
  const session = clone.ownerSession;
  const postgres = model.dialect === 'postgres';
  const begin = async () => {
    await session.exec('BEGIN');
    if (postgres) {
      await session.exec('SET CONSTRAINTS ALL IMMEDIATE');
      if (model.tables.length > 0) await session.exec(`TRUNCATE ${model.tables.map((t) => t.sqlName).join(', ')}`);
    } else {
      // Children first: a parent's rows go once nothing references them.
      for (const t of [...model.tables].reverse()) await session.exec(`DELETE FROM ${t.sqlName}`);
    }
    for (const [id, to] of Object.entries(sequences)) await clone.resetSequence(id, to);
  };
  const insertRows = async (table: TableModel, rows: readonly DataRow[]) => {
    const columns = columnsOf(rows);
    if (rows.length === 0) return;
    if (postgres) {
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
  };
  // Whole, in one go: the common case.
  try {
    await begin();
    for (const table of model.tables) await insertRows(table, state[table.id] ?? []);
    await session.exec('COMMIT');
    return { loaded: state, refused: 0, refusals: [] };
  } catch {
    if (session.inTransaction()) await session.exec('ROLLBACK');
  }
  // Row by row: the database says which rows it will not take.
  const loaded: Record<string, DataRow[]> = {};
  const refusals: string[] = [];
  let refused = 0;
  await begin();
  try {
    for (const table of model.tables) {
      const kept: DataRow[] = [];
      for (const row of state[table.id] ?? []) {
        await session.exec('SAVEPOINT rehearse_row');
        try {
          await insertRows(table, [row]);
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
    await session.exec('COMMIT');
  } catch (error) {
    if (session.inTransaction()) await session.exec('ROLLBACK');
    throw error;
  }
  return { loaded, refused, refusals };
}
