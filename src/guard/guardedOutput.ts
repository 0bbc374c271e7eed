/**
 * The single choke point for what the project writes: text for a terminal, and files (reports,
 * fixtures, evidence packets, benchmark results). Every path passes through `guardText`, so no
 * seal-like token leaves the process, whatever an input carried.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { redactSealTokens } from './sealTokens.ts';

export function guardText(text: string): string {
  return redactSealTokens(text);
}

/** Writes a file through the guard, atomically (a temp file renamed into place). */
export function writeGuardedFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, guardText(text));
  renameSync(temporary, path);
}
