/**
 * Clean-up that must neither hide the error in hand nor stop the rest of the clean-up — and must
 * not vanish either: what failed is kept, and the CLI says what was left behind before it exits.
 */
import { firstLine } from './errors.ts';

const leftBehind: string[] = [];

/** Runs `action`; if it fails, remembers that `what` was left undone, with the error's first line, and returns that line (null when done). */
export async function bestEffort(what: string, action: () => Promise<unknown> | undefined): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (error) {
    const line = `${what}: ${firstLine(error)}`;
    leftBehind.push(line);
    return line;
  }
}

/** What clean-up has left behind since the last call (and forgets it). */
export function takeLeftBehind(): string[] {
  return leftBehind.splice(0);
}
