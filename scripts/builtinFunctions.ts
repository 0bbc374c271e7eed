/**
 * Regenerates `src/boundary/builtinFunctions.json`: the name of every function in `pg_catalog`
 * of the Postgres server at REHEARSE_PG_URL and of PGlite, with the most volatile marking any
 * of its overloads has on either. The boundary uses it only where no clone's catalog is at hand
 * (classifying a batch on its own); a rehearsal resolves calls in the clone.
 *
 *   REHEARSE_PG_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/builtinFunctions.ts
 */
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const SQL = `SELECT proname AS name, max(provolatile::text) AS volatility FROM pg_catalog.pg_proc
              WHERE pronamespace = 'pg_catalog'::regnamespace GROUP BY proname`;
const RANK = { i: 0, s: 1, v: 2 } as const;
type Volatility = keyof typeof RANK;

const url = process.env.REHEARSE_PG_URL;
if (!url) {
  console.error('error: set REHEARSE_PG_URL to a Postgres server to read its pg_catalog');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
const server = (await client.query<{ name: string; volatility: Volatility }>(SQL)).rows;
const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
await client.end();
const lite = await PGlite.create();
const embedded = (await lite.query<{ name: string; volatility: Volatility }>(SQL)).rows;
const liteVersion = (await lite.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
await lite.close();

const merged = new Map<string, Volatility>();
for (const { name, volatility } of [...server, ...embedded]) {
  const was = merged.get(name);
  if (!was || RANK[volatility] > RANK[was]) merged.set(name, volatility);
}
const byVolatility = { immutable: [] as string[], stable: [] as string[], volatile: [] as string[] };
for (const [name, v] of [...merged].sort(([a], [b]) => (a < b ? -1 : 1))) {
  byVolatility[v === 'i' ? 'immutable' : v === 's' ? 'stable' : 'volatile'].push(name);
}
const out = { from: [`PostgreSQL ${version}`, `PGlite (PostgreSQL ${liteVersion})`], ...byVolatility };
writeFileSync(
  new URL('../src/boundary/builtinFunctions.json', import.meta.url),
  `${JSON.stringify(out, null, 0).replace(/\],/g, '],\n')}\n`,
);
console.log(
  `${merged.size} functions: ${byVolatility.immutable.length} immutable, ${byVolatility.stable.length} stable, ${byVolatility.volatile.length} volatile`,
);
