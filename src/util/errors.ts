import { redactSealTokens } from '../guard/sealTokens.ts';

/** The first line of an error's message (or of whatever was thrown): what a one-line report shows. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : ((error as { message?: unknown })?.message ?? error);
  return String(message).split('\n')[0] || 'error';
}

/** The first line, as evidence and user-facing messages may hold it: seal-like tokens redacted. */
export function redactedFirstLine(error: unknown): string {
  return redactSealTokens(firstLine(error));
}
