/**
 * The checkout's root directory (where package.json is), whether this module runs from the
 * TypeScript sources (`src/`) or from the compiled JavaScript (`dist/src/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `from` whose package.json names this package. */
export function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'rollback-rehearsal') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the rollback-rehearsal package root');
    dir = parent;
  }
}

export const PACKAGE_ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));
