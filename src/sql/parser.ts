/** The real Postgres parser (libpg-query), loaded once per process. */
import { loadModule } from 'libpg-query';

let loaded: Promise<void> | null = null;
/** libpg-query's WASM module must be loaded once before its synchronous calls. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}
