/**
 * The extensions PGlite ships (its contrib modules and pgvector). A PGlite instance can create
 * an extension only if the extension's module was loaded when the instance started, so a clone
 * whose source creates one starts with that module.
 */
import type { Extension } from '@electric-sql/pglite';
import { defined } from '../util/defined.ts';

/** SQL name → module of `@electric-sql/pglite` that holds it, and the module's export. */
const MODULES: Readonly<Record<string, { path: string; export: string }>> = Object.freeze(
  Object.fromEntries([
    ...[
      'amcheck',
      'auto_explain',
      'bloom',
      'btree_gin',
      'btree_gist',
      'citext',
      'cube',
      'dict_int',
      'dict_xsyn',
      'earthdistance',
      'file_fdw',
      'fuzzystrmatch',
      'hstore',
      'intarray',
      'isn',
      'lo',
      'ltree',
      'moddatetime',
      'pageinspect',
      'pg_buffercache',
      'pg_freespacemap',
      'pg_stat_statements',
      'pg_surgery',
      'pg_trgm',
      'pg_visibility',
      'pg_walinspect',
      'pgcrypto',
      'seg',
      'tablefunc',
      'tcn',
      'tsm_system_rows',
      'tsm_system_time',
      'unaccent',
    ].map((name) => [name, { path: `@electric-sql/pglite/contrib/${name}`, export: name }]),
    ['uuid-ossp', { path: '@electric-sql/pglite/contrib/uuid_ossp', export: 'uuid_ossp' }],
    ['vector', { path: '@electric-sql/pglite/vector', export: 'vector' }],
  ]),
);

/** Built into every instance: nothing to load. */
const BUILT_IN = new Set(['plpgsql']);

export function pgliteLacks(names: readonly string[]): string[] {
  return names.filter((name) => !BUILT_IN.has(name) && !Object.hasOwn(MODULES, name));
}

/** The modules to start an instance with, for these extensions (built-in ones need none). */
export async function pgliteExtensionModules(names: readonly string[]): Promise<Record<string, Extension>> {
  const modules: Record<string, Extension> = {};
  for (const name of new Set(names)) {
    if (BUILT_IN.has(name)) continue;
    const module = MODULES[name];
    if (!module) throw new Error(`PGlite has no extension ${name}`);
    const loaded = (await import(module.path)) as Record<string, Extension>;
    modules[module.export] = defined(loaded[module.export], `${module.export} of ${module.path}`);
  }
  return modules;
}
