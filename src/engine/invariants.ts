/**
 * The plan's own invariants (rehearsal-plan/v4): read-only queries of the user's domain — "no open
 * permits", "the ledger is empty", "births before == after" — each with the value it must have, a
 * fixed one or the one it had before the change, checked at the points the plan names.
 */
import type { Invariant, InvariantPoint } from '../plan/parsePlan.ts';
import type { Clone } from '../targets/target.ts';
import { switchToApplyRole } from '../targets/cloneRoles.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';

export interface InvariantOutcome {
  readonly invariant: string;
  readonly at: InvariantPoint;
  /** The value it must have, as text (`null`: SQL NULL). */
  readonly expected: string | null;
  /** The value it had, as text, or the error its query stopped at. */
  readonly actual: string | null;
  readonly holds: boolean;
}

/** A query's one value as text, run as the batch runs (its role, its search path) and read-only; or why it has none. */
export async function invariantValue(
  clone: Clone,
  query: string,
  searchPath: string | null,
  inTransaction: boolean,
): Promise<{ readonly value: string | null } | { readonly error: string }> {
  const { session } = clone;
  const postgres = clone.capabilities.dialect === 'postgres';
  const setup = [
    switchToApplyRole(clone.roles?.apply),
    postgres && searchPath !== null ? `SET LOCAL search_path TO ${searchPath || "''"}` : null,
  ].filter((s): s is string => s !== null);
  await session.exec(inTransaction ? 'SAVEPOINT rehearse_invariant' : postgres ? 'BEGIN READ ONLY' : 'BEGIN');
  try {
    for (const statement of setup) await session.exec(statement);
    const rows = await session.query<Record<string, unknown>>(query);
    const [first] = rows;
    const columns = first ? Object.keys(first).length : 0;
    if (!first || rows.length !== 1 || columns !== 1)
      return { error: `it returned ${rows.length} rows of ${columns} columns, not one value` };
    const value = Object.values(first)[0];
    return { value: value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value) };
  } catch (error) {
    return { error: firstLine(error) };
  } finally {
    if (inTransaction) {
      await session.exec('ROLLBACK TO SAVEPOINT rehearse_invariant');
      await session.exec('RELEASE SAVEPOINT rehearse_invariant');
    } else {
      await session.exec('ROLLBACK');
    }
  }
}

/** Checks every invariant due at `at`; `before` holds each one's value before the change (filled at `before`). */
export async function checkInvariants(
  clone: Clone,
  invariants: readonly Invariant[],
  at: InvariantPoint,
  before: Map<string, string | null>,
  searchPath: string | null,
  inTransaction = false,
): Promise<InvariantOutcome[]> {
  const outcomes: InvariantOutcome[] = [];
  // An "unchanged" invariant is read before the change wherever the plan checks it.
  const due = invariants.filter((i) => i.at.includes(at) || (at === 'before' && i.expect === 'unchanged'));
  for (const invariant of due) {
    const got = await invariantValue(clone, invariant.query, searchPath, inTransaction);
    const actual = 'error' in got ? `error: ${got.error}` : got.value;
    if (at === 'before' && !('error' in got)) before.set(invariant.name, got.value);
    if (!invariant.at.includes(at)) continue;
    const expected = invariant.expect === 'unchanged' ? (before.get(invariant.name) ?? null) : invariant.expect.equals;
    outcomes.push({ invariant: invariant.name, at, expected, actual, holds: !('error' in got) && actual === expected });
  }
  return outcomes;
}
