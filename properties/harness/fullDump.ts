import type { Session } from '../../src/index.ts';
import { sqliteRowText } from './keyedRows.ts';

/** A SQLite table's columns, generated ones included, quoted. */
async function sqliteColumns(session: Session, quoted: string): Promise<string[]> {
  const name = quoted.slice(1, -1).replaceAll('""', '"');
  const columns = await session.query<{ name: string }>('SELECT name FROM pragma_table_xinfo(?) ORDER BY cid', [name]);
  return columns.map((c) => `"${c.name.replaceAll('"', '""')}"`);
}

/**
 * The independent oracle: every table and sequence dumped in full, ordered, value by value, by
 * plain SQL of its own — not the engine's capture or hashes. A session's temporary tables are no
 * part of the database's state, and are left out.
 */
export async function fullDump(session: Session, postgres: boolean): Promise<string> {
  const tables = postgres
    ? await session.query<{ q: string }>(`SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname !~ '^pg_(toast_)?temp' ORDER BY 1`)
    : await session.query<{ q: string }>(
        `SELECT '"' || replace(name, '"', '""') || '"' AS q FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1`,
      );
  const out: string[] = [];
  for (const { q } of tables) {
    const rows = postgres
      ? await session.query<{ r: string }>(`SELECT t::text AS r FROM ${q} AS t ORDER BY 1`)
      : await session.query<{ r: string }>(`SELECT ${sqliteRowText(await sqliteColumns(session, q), 't')} AS r FROM ${q} AS t`);
    const lines = rows.map((r) => r.r).sort();
    out.push(`${q}: ${lines.join('|')}`);
  }
  if (postgres) {
    const sequences = await session.query<{ q: string }>(`SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' ORDER BY 1`);
    for (const { q } of sequences) out.push(`${q}: ${JSON.stringify(await session.query(`SELECT last_value::text, is_called FROM ${q}`))}`);
  } else {
    const hasSequences = (await session.query(`SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'`)).length > 0;
    if (hasSequences)
      out.push(
        `sqlite_sequence: ${JSON.stringify(await session.query('SELECT name, quote(seq) AS seq FROM sqlite_sequence ORDER BY name'), (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`,
      );
  }
  return out.join('\n');
}
