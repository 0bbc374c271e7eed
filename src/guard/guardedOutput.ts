/**
 * The single choke point for what the project writes: text for a terminal, and files (reports,
 * fixtures, evidence packets, benchmark results). Every path passes through `guardText`, so no
 * seal-like token leaves the process, whatever an input carried.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { redactSealTokens } from './sealTokens.ts';

/** `before`: what was just written on the same stream (a token may run on from it across a line break). */
export function guardText(text: string, before = ''): string {
  return redactSealTokens(text, before);
}

/** Writes a file through the guard, atomically (a temp file renamed into place). */
export function writeGuardedFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, guardText(text));
  renameSync(temporary, path);
}
