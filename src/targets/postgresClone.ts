/** Clone operations shared by every Postgres backend. */
import type { SequenceFingerprint } from '../capture/fingerprint.ts';
import type { CopyOutSession } from '../session/session.ts';
import type { Leftovers } from './target.ts';
import { quoteIdent } from '../util/quoteIdent.ts';

export async function postgresLeftovers(session: CopyOutSession): Promise<Leftovers> {
  const [row] = await session.query<{ prepared: string; advisory: string }>(
    `SELECT (SELECT count(*) FROM pg_catalog.pg_prepared_xacts WHERE database = current_database())::text AS prepared,
            (SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid())::text AS advisory`,
  );
  return {
    openTransaction: session.inTransaction(),
    preparedTransactions: Number(row?.prepared ?? 0),
    advisoryLocks: Number(row?.advisory ?? 0),
  };
}

export async function resetPostgresSequence(session: CopyOutSession, id: string, to: SequenceFingerprint): Promise<void> {
  await session.query('SELECT pg_catalog.setval($1::regclass, $2::bigint, $3::boolean)', [id, to.last_value, to.is_called]);
}

/** The statement that creates an extension a plan names, in the schema the clone source expects it in; none if it is there. */
export function createExtensionSql(name: string, schema: string): string {
  return `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(name)} WITH SCHEMA ${quoteIdent(schema)}`;
}
