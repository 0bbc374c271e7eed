/**
 * The backend-specific half of capture and compare. Each backend implements these primitives;
 * `captureFingerprint` and `locateRowDifferences` are generic over them.
 */

/** Which part of the database a capture covers. Resolved once, at the edge. */
export interface CaptureScope {
  /** Schemas to include; `null` means every user schema. Ignored by backends without schemas. */
  readonly schemas: readonly string[] | null;
  /**
   * Table ids whose rows are captured; `null` (or absent) means every table of the schemas.
   * Schema objects and sequences are still captured over the whole of the schemas.
   */
  readonly tables?: readonly string[] | null;
}

export const WHOLE_DATABASE: CaptureScope = Object.freeze({ schemas: null });

/** Whether a table's rows are in the scope. */
export function tableInScope(scope: CaptureScope, id: string): boolean {
  return scope.tables === undefined || scope.tables === null || scope.tables.includes(id);
}

export type RelationKind = 'table' | 'partitioned table' | 'materialized view' | 'view' | 'foreign table';

/** A relation as the database names it, for resolving the names a plan writes. */
export interface RelationInfo {
  /** The id captures use, e.g. `public.orders`, `public."Order Details"`, `"Artist"` (SQLite). */
  readonly id: string;
  /** The schema's name as the database shows it; `null` where the backend has no schemas. */
  readonly schema: string | null;
  /** The relation's name as the database shows it (`Artist`, `order items`). */
  readonly name: string;
  readonly kind: RelationKind;
  /** Ids of the captured tables that hold its rows: itself, or its partitions and inheritance children too. */
  readonly holds: readonly string[];
}

export interface ColumnInfo {
  /** The column's name as people read it: bare, or quoted where the name needs it. */
  readonly name: string;
  /** The column's name as SQL references it. */
  readonly sqlName: string;
  /** The declared type as the catalog spells it. */
  readonly type: string;
  /** Text-like: ordered with `COLLATE "C"` and rendered quoted in diffs. */
  readonly collatable: boolean;
  /**
   * How the backend reads the column without running anything the database's own users defined
   * (Postgres: a key value is bound as a domain's base type, whose CHECK does not run; a value of
   * a type not the server's own is read through the type's output function, never a cast a user
   * may have added). Absent where the backend has no user code to avoid.
   */
  readonly read?: { readonly bindAs: string; readonly output: string | null };
}

export interface TableInfo {
  /** Stable identifier, e.g. `public.orders` (quoted parts where the name needs it). */
  readonly id: string;
  /** Fully qualified SQL reference. */
  readonly sqlName: string;
  readonly columns: readonly ColumnInfo[];
  /**
   * Positions (into `columns`) of the primary key (a materialized view: of a unique index on
   * plain columns), or `null` for a keyless table.
   */
  readonly key: readonly number[] | null;
  /** `false` for a materialized view that has not been populated: its rows cannot be read. */
  readonly populated: boolean;
}

/** A key value as the backend hands it back; only that backend interprets it. */
export type KeyValue = readonly unknown[];

/** A half-open key range `(after, upTo]`; a missing bound is unbounded. */
export interface KeyRange {
  readonly after: KeyValue | null;
  readonly upTo: KeyValue | null;
}

/** The key positions of a table that key ranges, splits and ordered reads need. */
export function requireKey(table: TableInfo): readonly number[] {
  if (!table.key) throw new Error(`table ${table.id} has no primary key`);
  return table.key;
}

/** The column at `position` of the table's column list. */
export function columnAt(table: TableInfo, position: number): ColumnInfo {
  const column = table.columns[position];
  if (!column) throw new Error(`internal error: table ${table.id} has no column ${position + 1}`);
  return column;
}

/** The key's columns, in key order. */
export function keyColumns(table: TableInfo): ColumnInfo[] {
  return requireKey(table).map((position) => columnAt(table, position));
}

export const FULL_RANGE: KeyRange = Object.freeze({ after: null, upTo: null });

export interface TableDigest {
  readonly rows: number;
  /** `sha256:` + hex over the canonical encoding of the rows in the range. */
  readonly digest: string;
}

export interface SchemaObject {
  /** e.g. `index public.orders_pkey`, `column public.orders.total`, `grant table public.orders`. */
  readonly id: string;
  readonly definition: string;
}

export interface SequenceState {
  readonly id: string;
  /** Exact decimal text (sequences run to 2^63 - 1). */
  readonly last_value: string;
  readonly is_called: boolean;
}

/** One row rendered for humans: key cells and all cells as canonical text (`null` for NULL). */
export interface RowImage {
  readonly key: KeyValue;
  readonly cells: readonly (string | null)[];
}

export interface StateReader {
  readonly backend: 'postgres' | 'sqlite';
  /**
   * Runs `read` inside a read-only transaction with the pinned session settings; when a
   * transaction is already open (capture after apply), inside a savepoint that is rolled back.
   */
  readOnly<T>(read: () => Promise<T>): Promise<T>;
  listTables(scope: CaptureScope): Promise<TableInfo[]>;
  /** Every relation of the schemas in scope (tables, partitioned tables, views, materialized views, foreign tables). */
  relations(scope: CaptureScope): Promise<RelationInfo[]>;
  schemaObjects(scope: CaptureScope): Promise<SchemaObject[]>;
  sequences(scope: CaptureScope): Promise<SequenceState[]>;
  tableDigest(table: TableInfo, range: KeyRange): Promise<TableDigest>;
  /** Up to `parts - 1` keys that split the range into parts of roughly equal row counts. */
  keySplits(table: TableInfo, range: KeyRange, parts: number): Promise<KeyValue[]>;
  /** The rows of the range, ordered by key (keyless tables: every row, any order). */
  rows(table: TableInfo, range: KeyRange): Promise<RowImage[]>;
  /**
   * Streams every row of the table out with no hashing (`COPY … TO STDOUT` on Postgres,
   * iterating `SELECT *` on SQLite): the baseline capture cost is measured against.
   */
  streamRowsBare(table: TableInfo): Promise<number>;
  /**
   * Where the backend marks the rows a transaction wrote (Postgres: `xmin`): a mark of its
   * transaction counter, read outside a transaction, and the rows written by transactions begun
   * between two marks (at most `limit + 1`; `null` where the table cannot tell). Used to find the
   * rows a committed change touched without reading every row (locateRowDifferences).
   */
  writeMark?(): Promise<string>;
  rowsWritten?(table: TableInfo, since: string, until: string, limit: number): Promise<RowImage[] | null>;
  /** The rows with these keys, ordered by key. */
  rowsWithKeys?(table: TableInfo, keys: readonly KeyValue[]): Promise<RowImage[]>;
}
