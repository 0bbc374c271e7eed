/**
 * The CLI's one way to print. Everything the CLI writes goes through the seal-token guard here,
 * so no output path can carry a seal-like token.
 */
import { guardText } from '../src/guard/guardedOutput.ts';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * A line through the guard, given what this stream printed last: a token may run from one printed
 * line into the next (a code at the end of one, a table named `pass` starting the next).
 */
function guardedLines(): (text: string) => string {
  let printed = '';
  return (text) => {
    const guarded = guardText(text.endsWith('\n') ? text : `${text}\n`, printed);
    printed = `${printed}${guarded}`.slice(-512);
    return guarded;
  };
}

/**
 * A stream whose reader went away (`rehearse run … | head -1`) is written no more: its EPIPE is no
 * crash, and the exit code stays the result's, whatever happened to the output.
 */
const closed = new WeakSet<NodeJS.WriteStream>();
const watched = new WeakSet<NodeJS.WriteStream>();
function write(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream)) return;
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
  }
  stream.write(text);
}

const stdoutLines = guardedLines();
const stderrLines = guardedLines();
export const processOutput: Output = {
  out: (text) => write(process.stdout, stdoutLines(text)),
  err: (text) => write(process.stderr, stderrLines(text)),
};

/** Collects output in memory (tests, and commands that print JSON once at the end). */
export function memoryOutput(): Output & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const [outLine, errLine] = [guardedLines(), guardedLines()];
  return { stdout, stderr, out: (t) => stdout.push(outLine(t)), err: (t) => stderr.push(errLine(t)) };
}

/** A bad-input or usage failure: shown as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
