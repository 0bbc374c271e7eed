/**
 * The CLI's one way to print. Everything the CLI writes goes through the seal-token guard here,
 * so no output path can carry a seal-like token.
 */
import { guardText } from '../src/guard/guardedOutput.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const line = (text: string) => guardText(text.endsWith('\n') ? text : `${text}\n`);

export const processOutput: Output = {
  out: (text) => process.stdout.write(line(text)),
  err: (text) => process.stderr.write(line(text)),
};

/** Collects output in memory (tests, and commands that print JSON once at the end). */
export function memoryOutput(): Output & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(line(t)), err: (t) => stderr.push(line(t)) };
}

/** A bad-input or usage failure: shown as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
