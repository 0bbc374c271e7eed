/**
 * `mkdir -p`, one level at a time. Node's recursive `mkdirSync` never returns where a parent
 * answers ENOENT for a directory that exists (`--out /proc/1/x` spun at 100 % CPU); here each
 * missing level is made on its own, and the first failure is thrown as it is (its code says why).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing) mkdirSync(level);
}
