/**
 * Where the harness writes its generated plans: a memory-backed directory (`/dev/shm`) where the
 * machine has one, the system's temporary directory otherwise. A case writes two small files
 * and reads them back once; on a disk file system, writing over a file costs more than a SQLite
 * case's captures.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { tmpdir } from 'node:os';

const MEMORY_BACKED = '/dev/shm';

let chosen: string | null = null;

export function memoryTmpdir(): string {
  chosen ??= usable(MEMORY_BACKED) ? MEMORY_BACKED : tmpdir();
  return chosen;
}

function usable(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
