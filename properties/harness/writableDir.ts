/**
 * A directory the database server may write to, for a property to look in afterwards: a hostile
 * statement that reached the server's files would leave something there. Made world-writable, as
 * the server runs as a user of its own; only meaningful where the server runs on this machine.
 */
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';

export interface WritableDir {
  readonly path: string;
  /** What is in it now. */
  entries(): string[];
  remove(): void;
}

export function writableDir(): WritableDir {
  const path = mkdtempSync(join(tmpdir(), 'rehearse-writable-'));
  chmodSync(path, 0o777);
  return { path, entries: () => readdirSync(path), remove: () => removeScratchDir(path) };
}
