/** A name as a quoted SQL identifier (`"Order Details"`, `"a""b"`): the same in Postgres and SQLite. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
