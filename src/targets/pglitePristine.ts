/**
 * The pristine PGlite data directory every clone starts from. Making it runs initdb inside this
 * process, which costs more memory than a whole rehearsal of a real dump (about 400 MB of WASM
 * heap that the process keeps), so it is made once per PGlite version and kept on disk, in
 * `node_modules/.cache/rollback-rehearsal/` (written whole, then renamed into place). A cache
 * that cannot be read or written is not used: the directory is then made in memory.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteRolesSql } from './cloneRoles.ts';
import { PACKAGE_ROOT } from '../packageRoot.ts';

const require = createRequire(import.meta.url);
/** The installed PGlite's version (its package.json is not among its exports: read it beside its entry point). */
const PGLITE_VERSION = (
  JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }
).version;
const CACHE_DIR = join(PACKAGE_ROOT, 'node_modules', '.cache', 'rollback-rehearsal');
/** Bumped whenever what the pristine image holds changes (v2: the apply role; v4: the owner role, owning the database; v5: the WAL kept small). */
const PRISTINE_LAYOUT = 5;

/**
 * An instance keeps its WAL in memory, in its file system and in every image taken of it: loading
 * 1M rows wrote 224 MB of WAL beside 157 MB of data, all of it kept (PGlite runs no checkpointer,
 * and a checkpoint keeps up to max_wal_size, 1 GB by default, recycled). With these the checkpoint
 * before each image (takeImage) leaves one to three segments: that image 396 → 188 MiB.
 */
const SMALL_WAL = [
  "ALTER SYSTEM SET min_wal_size = '32MB'",
  "ALTER SYSTEM SET max_wal_size = '64MB'",
  'ALTER SYSTEM SET wal_recycle = off',
];
export const PRISTINE_CACHE = join(CACHE_DIR, `pglite-${PGLITE_VERSION}-pristine-v${PRISTINE_LAYOUT}.tar`);

let compiled: Promise<WebAssembly.Module> | null = null;

/**
 * PGlite's WebAssembly, compiled once per process: PGlite compiles it again for every instance
 * it starts otherwise (~0.4 s of the ~1.3 s an instance takes to start; a rehearsal starts
 * several, a fuzz run hundreds).
 */
export function pgliteWasmModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), 'pglite.wasm')));
  return compiled;
}

export { PGLITE_APPLY_ROLE, PGLITE_OWNER_ROLE } from './pgliteRoles.ts';
import { PGLITE_APPLY_ROLE, PGLITE_OWNER_ROLE } from './pgliteRoles.ts';
import { makeDirectory } from '../util/makeDirectory.ts';

async function makePristine(): Promise<Blob> {
  const base = await PGlite.create();
  try {
    await base.exec(pgliteRolesSql(PGLITE_OWNER_ROLE, PGLITE_APPLY_ROLE));
    // ALTER SYSTEM runs alone (not in a transaction block); it is read when an instance starts from the image.
    for (const setting of SMALL_WAL) await base.query(setting);
    return await base.dumpDataDir('none');
  } finally {
    await base.close();
  }
}

/** The pristine data directory: from the disk cache, or made (and cached) now. */
export async function pristineDataDir(cacheFile: string = PRISTINE_CACHE): Promise<Blob> {
  try {
    return new Blob([readFileSync(cacheFile)]);
  } catch {
    // Not cached yet (or unreadable): make it.
  }
  const image = await makePristine();
  try {
    makeDirectory(dirname(cacheFile));
    const partial = `${cacheFile}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
    try {
      renameSync(partial, cacheFile);
    } finally {
      rmSync(partial, { force: true });
    }
  } catch {
    // A read-only checkout: every process makes its own.
  }
  return image;
}
