/**
 * The grammar the boundary classifies with is the server's own: libpg-query publishes the parser
 * of each PostgreSQL major version, and the one matching `server_version_num` is loaded (15 to 18;
 * PGlite's is 18). A server without a published parser of its own (older than 15, newer than 18)
 * gets the nearest one, and the evidence says so. The grammars do differ: `SELECT 0x1F` is a hex
 * literal to 18 and `SELECT 0 AS x1F` to 15; `json_object('a' VALUE 1)` parses on 16 and later only.
 */
import * as parser18 from 'libpg-query';
import { defined } from '../util/defined.ts';

export interface Grammar {
  /** The major version whose grammar this is. */
  readonly major: number;
  /** What the evidence records, e.g. `PostgreSQL 15` or `PostgreSQL 15 (nearest to the server's 14)`. */
  readonly label: string;
  readonly parse: (sql: string) => unknown;
}

interface ParserModule {
  loadModule(): Promise<void>;
  parseSync(sql: string): unknown;
}

const PARSERS: Readonly<Record<number, () => Promise<ParserModule>>> = {
  15: async () => (await import('libpg-query-15')) as unknown as ParserModule,
  16: async () => (await import('libpg-query-16')) as unknown as ParserModule,
  17: async () => (await import('libpg-query-17')) as unknown as ParserModule,
  18: async () => parser18 as unknown as ParserModule,
};
const MAJORS = Object.keys(PARSERS)
  .map(Number)
  .sort((a, b) => a - b);
const OLDEST_GRAMMAR = defined(MAJORS[0], 'the oldest grammar');
export const NEWEST_GRAMMAR = defined(MAJORS[MAJORS.length - 1], 'the newest grammar');

const loaded = new Map<number, Promise<ParserModule>>();

/** The grammar of `serverVersionNum`'s major version, or the nearest one published. */
export async function grammarFor(serverVersionNum: number): Promise<Grammar> {
  const server = Math.floor(serverVersionNum / 10_000);
  const major = MAJORS.includes(server) ? server : server < OLDEST_GRAMMAR ? OLDEST_GRAMMAR : NEWEST_GRAMMAR;
  let module = loaded.get(major);
  if (!module) {
    module = defined(PARSERS[major], `the grammar of Postgres ${major}`)().then(async (m) => {
      await m.loadModule();
      return m;
    });
    loaded.set(major, module);
  }
  const { parseSync } = await module;
  return {
    major,
    label: major === server ? `PostgreSQL ${major}` : `PostgreSQL ${major} (nearest to the server's ${server})`,
    parse: (sql) => parseSync(sql),
  };
}
