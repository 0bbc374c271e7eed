/**
 * The rollback production can run after a committed change: a script that puts back exactly the
 * rows the change inserted, deleted and changed, and the sequences it moved — nothing else — in
 * one transaction that stops on its first error. Every statement is guarded: it acts only on a
 * row still holding every value the change left (NULL-safe), and the script aborts, restoring
 * nothing, when one does not or when a key it needs is taken. It is written here from the rows
 * the clone shows, and proved on the clone by the engine (RX-4, docs/run.md).
 */
import type { ColumnInfo, RowImage, TableInfo } from '../capture/stateReader.ts';
import type { SequenceFingerprint } from '../capture/fingerprint.ts';
import { valueAsText } from '../capture/postgresBaseType.ts';
import { unquoteIdent } from '../capture/sqliteState.ts';
import { defined } from '../util/defined.ts';
import { columnAt, keyColumns } from '../capture/stateReader.ts';
import { UNICODE_SPACES } from '../boundary/executor.ts';

/** One table's rows the change touched, by key, and how they may be written back. */
export interface TableRestore {
  readonly table: TableInfo;
  /** Per column: whether the script may write it (a generated column is never written). */
  readonly writable: readonly boolean[];
  /** An identity column GENERATED ALWAYS is among the columns re-inserted. */
  readonly overridingSystemValue: boolean;
  /** Postgres: the table's own triggers (enabled as `O`rigin, `A`lways or `R`eplica), disabled for the script's transaction. */
  readonly userTriggers: readonly { readonly name: string; readonly enabled: string }[];
  readonly inserted: readonly RowImage[];
  readonly deleted: readonly RowImage[];
  readonly changed: readonly { readonly before: RowImage; readonly after: RowImage }[];
  /**
   * The foreign keys of other tables (or of this one) that reference it with an action that writes
   * the referencing rows — ON DELETE or ON UPDATE CASCADE, SET NULL or SET DEFAULT. Absent: none.
   */
  readonly referencedBy?: readonly ReferencingKey[];
  /** How the changed rows were found (RowLocation.foundBy). */
  readonly foundBy?: 'written rows' | 'key ranges' | 'whole table';
}

/** A foreign key referencing a restored table, whose action would write rows the change did not touch. */
export interface ReferencingKey {
  /** The referencing table, as SQL. */
  readonly child: string;
  /** Its referencing columns, as SQL, in the key's order. */
  readonly childColumns: readonly string[];
  /** The positions of the referenced columns in the restored table's columns, in the same order. */
  readonly parentColumns: readonly number[];
  /**
   * Postgres: how the key's own action compares each column (its equality operator, the operator's
   * input types, the referenced column's collation), so that the script counts the rows the action
   * would write — not those the child column's own type or collation would call equal.
   */
  readonly comparisons?: readonly {
    readonly operator: string;
    readonly left: string;
    readonly right: string;
    readonly collation: string | null;
  }[];
  /** Its ON DELETE action writes rows (CASCADE, SET NULL, SET DEFAULT). */
  readonly writesOnDelete: boolean;
  /** Its ON UPDATE action writes rows. */
  readonly writesOnUpdate: boolean;
}

export interface SequenceRestore {
  readonly id: string;
  /** `null`: the sequence did not exist before (a SQLite table's first AUTOINCREMENT row). */
  readonly before: SequenceFingerprint | null;
  readonly after: SequenceFingerprint;
}

export interface RestoreInput {
  readonly dialect: 'postgres' | 'sqlite';
  /** Parents before children (foreign keys); deletes of inserted rows run in the reverse order. */
  readonly tables: readonly TableRestore[];
  readonly sequences: readonly SequenceRestore[];
  /** A line naming what the script undoes (the plan and its apply file). */
  readonly title: string;
}

/** What a script may not hold as it is (its executor refuses it): a Unicode space, a carriage return. */
const UNWRITABLE = new RegExp(`[\\r${UNICODE_SPACES.source.slice(1, -1)}]`, 'g');

/**
 * A string literal; a character the script may not hold as it is written as an escape — Postgres
 * `E'…\u3000…'`, SQLite (which has none) `('…' || char(12288) || '…')`.
 */
function quoteText(s: string, dialect: 'postgres' | 'sqlite'): string {
  const plain = s.replaceAll("'", "''");
  if (s.search(UNWRITABLE) === -1) return `'${plain}'`;
  if (dialect === 'sqlite') return `('${plain.replace(UNWRITABLE, (c) => `' || char(${c.charCodeAt(0)}) || '`)}')`;
  const escaped = plain.replaceAll('\\', '\\\\').replace(UNWRITABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `E'${escaped}'`;
}

/** A cell (canonical text, `null` for NULL) as a literal of its column. */
export function literal(cell: string | null, column: ColumnInfo, dialect: 'postgres' | 'sqlite'): string {
  if (cell === null) return 'NULL';
  if (dialect === 'postgres') return `${quoteText(cell, dialect)}::${column.type}`;
  // SQLite's canonical text: a string JSON-quoted, a blob x'…', a number as written.
  if (cell.startsWith('"')) return quoteText(JSON.parse(cell) as string, dialect);
  if (cell === 'Infinity') return '9e999';
  if (cell === '-Infinity') return '-9e999';
  if (cell === '-0') return '-0.0';
  // A REAL (written with a point or an exponent): as exact arithmetic, not a decimal for the reader's sqlite3 to round.
  if (/^-?[0-9.]+(e[-+]?\d+)?$/i.test(cell) && /[.e]/i.test(cell)) return exactReal(Number(cell), cell);
  return cell;
}

const TWO_TO_32 = 4294967296;

/**
 * A finite double as an expression every SQLite evaluates to exactly it: its significand (under
 * 2^53, so an exact integer) cast to REAL, times or divided by powers of two (each an exact step).
 * A decimal literal is not: the sqlite3 3.40 of Debian 12 reads about 3 in 1,000 shortest decimals
 * one unit in the last place off (an attacker's review, stop 39), where the proof's SQLite reads
 * them exactly. The decimal stays beside it, in a comment, for the reader.
 */
export function exactReal(value: number, written: string): string {
  if (value === 0) return written.startsWith('-') ? '-0.0' : '0.0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let significand = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exponent = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) significand |= 1n << 52n;
  while ((significand & 1n) === 0n) {
    significand >>= 1n;
    exponent++;
  }
  const steps: string[] = [];
  const operator = exponent > 0 ? '*' : '/';
  for (let left = Math.abs(exponent); left > 0; left -= 32) steps.push(` ${operator} ${left >= 32 ? TWO_TO_32 : 2 ** left}.0`);
  return `(CAST(${value < 0 ? '-' : ''}${significand} AS REAL)${steps.join('')} /* ${written} */)`;
}

/** The row as the change left it, every column compared NULL-safely (as text on Postgres: byte-exact). */
function guard(table: TableInfo, row: RowImage, dialect: 'postgres' | 'sqlite'): string {
  // The key compared first, so the row is found through its index (a scan per row makes a script of
  // thousands of rows quadratic: 300,000 rows took minutes on SQLite); the byte-exact guard then decides.
  // Postgres compares by the key's own type; SQLite with IS (NULL-safe: SQLite lets a key column other
  // than an INTEGER PRIMARY KEY hold NULL), which only ever finds more rows than the guard keeps.
  const byKey = (table.key ?? [])
    .map((p) => {
      const column = columnAt(table, p);
      const value = literal(row.cells[p] ?? null, column, dialect);
      return dialect === 'postgres' ? `t.${column.sqlName} = ${value} AND ` : `${column.sqlName} IS ${value} AND `;
    })
    .join('');
  return (
    byKey +
    table.columns
      .map((c, i) => {
        const cell = row.cells[i] ?? null;
        // Byte-exact whatever the column's collation (a nondeterministic one would call 'ABC' and 'abc' equal).
        if (dialect === 'postgres')
          return `(${valueAsText(`t.${c.sqlName}`, c.read)}) COLLATE pg_catalog."C" IS NOT DISTINCT FROM ${cell === null ? 'NULL' : quoteText(cell, 'postgres')}`;
        // quote() keeps the storage class and the bytes: IS would follow the column's collation (NOCASE) and call 1 and 1.0 equal.
        return `quote(${c.sqlName}) = quote(${literal(cell, c, dialect)})`;
      })
      .join(' AND ')
  );
}

/** `(id, name)=(1, 'x')`: a row named by its key, for a message. */
function keyText(table: TableInfo, row: RowImage): string {
  const key = table.key ?? [];
  const names = key.map((p) => columnAt(table, p).name).join(', ');
  const values = key.map((p) => row.cells[p] ?? 'NULL').join(', ');
  return `${table.id} (${names})=(${values})`;
}

/** Postgres: a statement that acts on one row, and fails (naming it) unless it acted on exactly one. */
function exactlyOne(statement: string, what: string): string {
  // The failing branch depends on the count, so the planner cannot fold it into an error at once.
  return `WITH restored AS (${statement} RETURNING 1)
SELECT CASE WHEN count(*) = 1 THEN 'restored' ELSE (count(*)::text || ' rows matched: restore aborted, ' || ${quoteText(what, 'postgres')})::integer::text END AS step FROM restored;`;
}

/** SQLite: the line before the script's BEGIN that has its foreign keys enforced as the clone's are. */
export const SQLITE_FOREIGN_KEYS_ON = 'PRAGMA foreign_keys = ON;';

const ABORTED = 'a row the change touched is not as the change left it: nothing restored';
const REFERENCED = 'a row written since the change references a row the script would delete or re-key: nothing restored';

/** SQLite: the row count the last statement changed, checked by a CHECK of a table of the script's own. */
const sqliteExactlyOne = (statement: string, what: string) =>
  `${statement};\nINSERT INTO temp.rehearse_restore_guard (step, matched) VALUES (${quoteText(what, 'sqlite')}, changes());`;

/** Puts a row back as it was: every column the script may write. */
export function insertRow(t: TableRestore, row: RowImage, dialect: 'postgres' | 'sqlite'): string {
  const cols = t.table.columns.map((c, i) => ({ c, i })).filter(({ i }) => t.writable[i]);
  const overriding = dialect === 'postgres' && t.overridingSystemValue ? ' OVERRIDING SYSTEM VALUE' : '';
  // SQLite: OR ABORT overrides a constraint's own ON CONFLICT REPLACE, which would delete another row silently (an
  // attacker's review): a row whose unique value is taken since the change stops the script instead.
  const insert = dialect === 'sqlite' ? 'INSERT OR ABORT' : 'INSERT';
  return `${insert} INTO ${t.table.sqlName} (${cols.map(({ c }) => c.sqlName).join(', ')})${overriding} VALUES (${cols
    .map(({ c, i }) => literal(row.cells[i] ?? null, c, dialect))
    .join(', ')});`;
}

/**
 * Before a statement that deletes a row (or changes its referenced columns), the foreign keys whose
 * action would write the rows that reference it: the script aborts if any row references it. The
 * change's own referencing rows are gone or set back by then (children first); one that remains
 * was written since, and the action would write it — a row the change did not touch.
 */
function noReferences(
  t: TableRestore,
  row: RowImage,
  on: 'delete' | 'update',
  dialect: 'postgres' | 'sqlite',
  changes?: RowImage,
): string[] {
  return (t.referencedBy ?? [])
    .filter((k) => (on === 'delete' ? k.writesOnDelete : k.writesOnUpdate))
    .filter((k) => !changes || k.parentColumns.some((p) => (changes.cells[p] ?? null) !== (row.cells[p] ?? null)))
    .filter((k) => k.parentColumns.every((p) => row.cells[p] !== null))
    .map((k) => {
      const where = k.childColumns
        .map((c, i) => {
          const parent = defined(k.parentColumns[i], `the column ${c} references`);
          const value = literal(row.cells[parent] ?? null, columnAt(t.table, parent), dialect);
          if (dialect === 'sqlite') return sqliteReferences(`r.${c}`, value);
          const how = k.comparisons?.[i];
          if (!how) return `r.${c} = ${value}`;
          const collate = how.collation ? ` COLLATE ${how.collation}` : '';
          return `(${value})::${how.left} OPERATOR(${how.operator}) ((r.${c})::${how.right}${collate})`;
        })
        .join(' AND ');
      const what = `${keyText(t.table, row)} is referenced by a row of ${k.child} written since the change (its ON ${on.toUpperCase()} action would write it)`;
      // The row locked first (FOR UPDATE waits for, and then blocks, another session's new reference to it), then counted.
      if (dialect === 'postgres')
        return `SELECT count(*) AS locked FROM (SELECT FROM ONLY ${t.table.sqlName} AS t WHERE ${guard(t.table, row, dialect)} FOR UPDATE) AS l;
SELECT CASE WHEN n = 0 THEN 'unreferenced' ELSE (n::text || ' rows reference it: restore aborted, ' || ${quoteText(what, 'postgres')})::integer::text END AS step
  FROM (SELECT count(*) AS n FROM ${k.child} AS r WHERE ${where}) AS referencing;`;
      return `INSERT INTO temp.rehearse_restore_references (step, unreferenced) SELECT ${quoteText(what, 'sqlite')}, (SELECT count(*) FROM ${k.child} AS r WHERE ${where}) = 0;`;
    });
}

/**
 * SQLite compares a key's values under the parent column's affinity and collation, which the
 * script does not know: it counts every row that could match — text compared without case or
 * trailing spaces (NOCASE, RTRIM), a number also against the child's text read as a number.
 * Counting too many can only make the script abort.
 */
function sqliteReferences(column: string, value: string): string {
  if (value.startsWith("'")) return `rtrim(CAST(${column} AS TEXT)) = rtrim(${value}) COLLATE NOCASE`;
  if (/^[xX]'/.test(value)) return `${column} = ${value}`;
  return `(${column} = ${value} OR CAST(${column} AS NUMERIC) = ${value} OR CAST(${column} AS TEXT) = CAST(${value} AS TEXT))`;
}

function restoreChanged(t: TableRestore, before: RowImage, after: RowImage, dialect: 'postgres' | 'sqlite'): string {
  const sets = t.table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => t.writable[i] && (before.cells[i] ?? null) !== (after.cells[i] ?? null))
    .map(({ c, i }) => `${c.sqlName} = ${literal(before.cells[i] ?? null, c, dialect)}`);
  // Nothing writable differs (only a generated column): still checked, never written.
  const firstKey = () => defined(keyColumns(t.table)[0], `the key of ${t.table.id}`).sqlName;
  const set = sets.length > 0 ? sets.join(', ') : `${firstKey()} = ${firstKey()}`;
  const what = `${keyText(t.table, after)} changed since the change`;
  const checks = noReferences(t, after, 'update', dialect, before);
  if (dialect === 'postgres')
    return [...checks, exactlyOne(`UPDATE ONLY ${t.table.sqlName} AS t SET ${set} WHERE ${guard(t.table, after, dialect)}`, what)].join(
      '\n',
    );
  return [...checks, sqliteExactlyOne(`UPDATE OR ABORT ${t.table.sqlName} SET ${set} WHERE ${guard(t.table, after, dialect)}`, what)].join(
    '\n',
  );
}

function deleteInserted(t: TableRestore, row: RowImage, dialect: 'postgres' | 'sqlite'): string {
  const what = `${keyText(t.table, row)} changed since the change inserted it`;
  const checks = noReferences(t, row, 'delete', dialect);
  if (dialect === 'postgres')
    return [...checks, exactlyOne(`DELETE FROM ONLY ${t.table.sqlName} AS t WHERE ${guard(t.table, row, dialect)}`, what)].join('\n');
  return [...checks, sqliteExactlyOne(`DELETE FROM ${t.table.sqlName} WHERE ${guard(t.table, row, dialect)}`, what)].join('\n');
}

/**
 * A sequence is set back only where it still holds the value the change left: one another session
 * has drawn from since keeps its value, so no key is handed out twice (docs/run.md).
 */
function restoreSequence(s: SequenceRestore, dialect: 'postgres' | 'sqlite'): string {
  if (dialect === 'postgres') {
    const to = defined(s.before, `the value of ${s.id} before the change`);
    return `SELECT pg_catalog.setval(${quoteText(s.id, 'postgres')}, ${to.last_value}, ${to.is_called}) FROM ${s.id} WHERE last_value = ${s.after.last_value} AND is_called = ${s.after.is_called};`;
  }
  const name = quoteText(unquoteIdent(s.id), 'sqlite');
  return s.before === null
    ? `DELETE FROM sqlite_sequence WHERE name = ${name} AND seq = ${s.after.last_value};`
    : `UPDATE sqlite_sequence SET seq = ${s.before.last_value} WHERE name = ${name} AND seq = ${s.after.last_value};`;
}

/** The settings the values' text forms were read with (docs/capture.md), so that each guard compares like with like. */
const POSTGRES_SETTINGS = [
  // The script is UTF-8: a database of another encoding reads its literals right only when told so.
  "SET LOCAL client_encoding = 'UTF8';",
  "SET LOCAL TimeZone = 'UTC';",
  'SET LOCAL extra_float_digits = 3;',
  "SET LOCAL bytea_output = 'hex';",
  "SET LOCAL DateStyle = 'ISO, YMD';",
  "SET LOCAL IntervalStyle = 'postgres';",
  "SET LOCAL lc_monetary = 'C';",
  'SET LOCAL standard_conforming_strings = on;',
  // An array literal's NULL element is a NULL (with this off it would be the text 'NULL', restored silently).
  'SET LOCAL array_nulls = on;',
  // `x = NULL` is never true; names in a value's text are quoted only where they need it, as they were read.
  'SET LOCAL transform_null_equals = off;',
  'SET LOCAL quote_all_identifiers = off;',
  // An xml value is read as content, as pg_dump writes it and the capture read it (`document` refuses a fragment).
  'SET LOCAL xmloption = content;',
  'SET LOCAL search_path = pg_catalog;',
  // A row-level security policy must not hide a row from the script (a guard or a count of references
  // would miss it): with this off, a query a policy would filter fails instead, and the script aborts.
  'SET LOCAL row_security = off;',
  // A superuser's session may fire no foreign key (or replica-only triggers) in `replica` mode, which only a superuser
  // may set — and so may not reset either: the script stops instead of restoring with the keys unchecked.
  // The failing branch reads the setting, so the planner cannot fold it into an error at once.
  "SELECT CASE WHEN pg_catalog.current_setting('session_replication_role') = 'origin' THEN 'foreign keys enforced' ELSE ('session_replication_role is ' || pg_catalog.current_setting('session_replication_role') || ', not origin: the foreign keys would not be enforced; nothing restored')::integer::text END AS step;",
];

/** The script's comment (what it restores, how to run it, its rows by table) and its transaction opened, with the settings it pins. */
function scriptOpening(input: RestoreInput, triggered: boolean, referenced: boolean): string[] {
  const pg = input.dialect === 'postgres';
  return [
    `-- restore.sql: puts back the rows ${input.title} changed, and nothing else.`,
    '-- Written and proved row-exact on a clone by rollback-rehearsal: from the committed state it restores the',
    '-- before state; it aborts, restoring nothing, if a row the change touched has changed since or a key it',
    '-- needs is taken. A sequence is set back only if it still holds the value the change left.',
    pg ? '-- Run: psql -X -v ON_ERROR_STOP=1 -f restore.sql "$DATABASE_URL"' : '-- Run: sqlite3 DATABASE < restore.sql',
    ...(triggered
      ? ["-- It disables the tables' own triggers for its transaction (ALTER TABLE … DISABLE TRIGGER): run it as their owner."]
      : []),
    '-- Rows, by table:',
    ...input.tables.map(
      (t) => `--   ${t.table.id}: ${t.inserted.length} inserted, ${t.deleted.length} deleted, ${t.changed.length} changed`,
    ),
    pg ? '\\set ON_ERROR_STOP on' : '.bail on',
    // The sqlite3 shell starts with foreign keys off (and the PRAGMA does nothing inside a transaction).
    ...(pg ? [] : [SQLITE_FOREIGN_KEYS_ON]),
    pg ? 'BEGIN;' : 'BEGIN IMMEDIATE;',
    ...(pg ? POSTGRES_SETTINGS : []),
    ...(pg
      ? []
      : [
          `CREATE TEMP TABLE rehearse_restore_guard (step TEXT, matched INTEGER, CONSTRAINT ${JSON.stringify(ABORTED)} CHECK (matched = 1));`,
          ...(referenced
            ? [
                `CREATE TEMP TABLE rehearse_restore_references (step TEXT, unreferenced INTEGER, CONSTRAINT ${JSON.stringify(REFERENCED)} CHECK (unreferenced = 1));`,
              ]
            : []),
        ]),
  ];
}

/** Writes the script. Re-inserts run parents first, then the changed rows are put back, then inserted rows are deleted children first. */
export function restoreScript(input: RestoreInput): string {
  const { dialect, tables } = input;
  const pg = dialect === 'postgres';
  const triggered = tables.filter((t) => t.userTriggers.length > 0);
  // SQLite: a table of its own for the reference checks, so that its error says what it found.
  const referenced = tables.some((t) => (t.referencedBy ?? []).length > 0);
  const out = [...scriptOpening(input, triggered.length > 0, referenced)];
  out.push(...triggered.flatMap((t) => t.userTriggers.map((g) => `ALTER TABLE ${t.table.sqlName} DISABLE TRIGGER ${g.name};`)));
  for (const t of tables) {
    if (t.deleted.length > 0) out.push(`-- ${t.table.id}: the rows the change deleted, put back`);
    for (const row of t.deleted) out.push(insertRow(t, row, dialect));
  }
  for (const t of tables) {
    if (t.changed.length > 0) out.push(`-- ${t.table.id}: the rows the change updated, put back as they were`);
    for (const c of t.changed) out.push(restoreChanged(t, c.before, c.after, dialect));
  }
  for (const t of [...tables].reverse()) {
    if (t.inserted.length > 0) out.push(`-- ${t.table.id}: the rows the change inserted, deleted`);
    for (const row of t.inserted) out.push(deleteInserted(t, row, dialect));
  }
  const sequences = input.sequences.filter((s) => (pg ? s.before !== null : true));
  if (sequences.length > 0) out.push('-- the sequences the change moved, set back where nothing has drawn from them since');
  // setval() is not undone by a rollback: every deferred check runs first, so that a failing one aborts before it.
  if (pg && sequences.length > 0) out.push('SET CONSTRAINTS ALL IMMEDIATE;');
  for (const s of sequences) out.push(restoreSequence(s, dialect));
  // Each trigger enabled again as it was (ALWAYS and REPLICA ones too).
  const again = { A: 'ENABLE ALWAYS', R: 'ENABLE REPLICA' } as Record<string, string>;
  out.push(
    ...triggered.flatMap((t) =>
      t.userTriggers.map((g) => `ALTER TABLE ${t.table.sqlName} ${again[g.enabled] ?? 'ENABLE'} TRIGGER ${g.name};`),
    ),
  );
  if (!pg) out.push('DROP TABLE temp.rehearse_restore_guard;');
  if (!pg && referenced) out.push('DROP TABLE temp.rehearse_restore_references;');
  out.push('COMMIT;', '');
  return out.join('\n');
}

/**
 * Postgres: one plain statement of each kind the script runs on a table — the INSERT it re-inserts a
 * row with, and an UPDATE and a DELETE with its guard — for the boundary's classifier to follow what
 * each runs besides (a CHECK, a domain's CHECK, an index expression, a generated column, an operator
 * or a cast of a literal). Empty for a table the script does not write.
 */
export function scriptProbes(t: TableRestore): { kind: 'INSERT' | 'UPDATE' | 'DELETE'; sql: string }[] {
  const row = t.deleted[0] ?? t.changed[0]?.before ?? t.inserted[0];
  if (row === undefined) return [];
  const sets = t.table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => t.writable[i])
    .map(({ c, i }) => `${c.sqlName} = ${literal(row.cells[i] ?? null, c, 'postgres')}`);
  const where = guard(t.table, row, 'postgres');
  return [
    { kind: 'INSERT', sql: insertRow(t, row, 'postgres') },
    ...(sets.length > 0
      ? [{ kind: 'UPDATE' as const, sql: `UPDATE ONLY ${t.table.sqlName} AS t SET ${sets.join(', ')} WHERE ${where};` }]
      : []),
    { kind: 'DELETE', sql: `DELETE FROM ONLY ${t.table.sqlName} AS t WHERE ${where};` },
  ];
}
