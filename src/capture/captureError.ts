/**
 * A capture that could not be taken: the relation it was reading (or `null` for the catalog)
 * and the database's own words. It is never a finding about the state (docs/formats.md, codes: a read that
 * failed is `CAPTURE_FAILED`, not `CAPTURE_MUTATED_STATE`).
 */
import { firstLine } from '../util/errors.ts';
export class CaptureError extends Error {
  override readonly name = 'CaptureError';

  constructor(
    readonly relation: string | null,
    readonly databaseError: string,
  ) {
    super(`${relation === null ? 'cannot read the catalog' : `cannot read ${relation}`}: ${databaseError}`);
  }
}

/** The database's error in one line, with what to do where the cause is known. */
export function describeReadError(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown };
  const message = firstLine(error);
  if (e?.code === '42501' && /row-level security/i.test(message)) {
    return `${message} (row-level security hides rows from this role: capture needs a role that bypasses it — a superuser, a role with BYPASSRLS, or the table's owner without FORCE ROW LEVEL SECURITY)`;
  }
  return message;
}

/** Runs one read of a capture; any failure becomes a `CaptureError` naming `relation`. */
export async function reading<T>(relation: string | null, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof CaptureError ? error : new CaptureError(relation, describeReadError(error));
  }
}
