import type { Session } from '../../src/index.ts';

/**
 * The independent oracle: every table and sequence dumped in full, ordered, value by value, by
 * plain SQL of its own — not the engine's capture or hashes.
 */
export async function fullDump(session: Session, postgres: boolean): Promise<string> {
  const tables = postgres
    ? await session.query<{ q: string }>(`SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`)
    : await session.query<{ q: string }>(
        `SELECT '"' || replace(name, '"', '""') || '"' AS q FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1`,
      );
  const out: string[] = [];
  for (const { q } of tables) {
    const rows = postgres
      ? await session.query<{ r: string }>(`SELECT t::text AS r FROM ${q} AS t ORDER BY 1`)
      : await session.query<Record<string, unknown>>(`SELECT * FROM ${q}`);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : v))).sort();
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
        `sqlite_sequence: ${JSON.stringify(await session.query('SELECT name, seq FROM sqlite_sequence ORDER BY name'), (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`,
      );
  }
  return out.join('\n');
}
