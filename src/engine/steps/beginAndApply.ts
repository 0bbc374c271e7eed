/** The apply transaction both modes open, and the sequences a change moved put back (sequences are not transactional). */
import { reading } from '../../capture/captureError.ts';
import type { Session } from '../../session/session.ts';
import { quoteIdent } from '../../util/quoteIdent.ts';
import { censusChanges } from '../../targets/clusterCensus.ts';
import { switchToApplyRole } from '../../targets/cloneRoles.ts';
import type { SequenceReset } from '../parts.ts';
import { bestEffort } from '../../util/bestEffort.ts';
import { redactedFirstLine as firstLine } from '../../util/errors.ts';
import type { Ready } from './rehearsal.ts';

/** Settings that change how Postgres splits and reads SQL text, pinned for the apply batch. */
const PINNED_LEXING = "SET LOCAL standard_conforming_strings = on; SET LOCAL backslash_quote = 'safe_encoding'";

/**
 * SQLite: the foreign key a statement broke, as Postgres words it (`Key (ArtistId)=(999) is not
 * present in table "Artist".`) — found by running the statement again inside a savepoint with the
 * keys deferred and asking foreign_key_check for a violation that was not there before; undone.
 */
async function sqliteFailedForeignKey(session: Session, sql: string): Promise<string | null> {
  type Violation = { table: string; rowid: number | bigint | null; parent: string; fkid: number | bigint };
  const key = (v: Violation) => `${v.table}\0${v.rowid}\0${v.fkid}`;
  await session.exec('SAVEPOINT rehearse_foreign_key');
  try {
    const before = new Set((await session.query<Violation>('SELECT * FROM pragma_foreign_key_check')).map(key));
    await session.exec('PRAGMA defer_foreign_keys = ON');
    await session.runStatement(sql);
    const found = (await session.query<Violation>('SELECT * FROM pragma_foreign_key_check')).find((v) => !before.has(key(v)));
    if (!found) return null;
    const columns = await session.query<{ from: string; to: string | null }>(
      'SELECT "from", "to" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq',
      [found.table, found.fkid],
    );
    const names = columns.map((c) => c.from);
    const [values] =
      found.rowid === null
        ? [null]
        : await session.query<Record<string, unknown>>(
            `SELECT ${names.map((n, i) => `quote(${quoteIdent(n)}) AS v${i}`).join(', ')} FROM ${quoteIdent(found.table)} WHERE rowid = ?`,
            [found.rowid],
          );
    const shown = values ? names.map((_, i) => String(values[`v${i}`])).join(', ') : '…';
    return `Key (${names.join(', ')})=(${shown}) is not present in table "${found.parent}".`;
  } finally {
    await session.exec('ROLLBACK TO SAVEPOINT rehearse_foreign_key');
    await session.exec('RELEASE SAVEPOINT rehearse_foreign_key');
    await session.exec('PRAGMA defer_foreign_keys = OFF');
  }
}

/**
 * BEGIN and apply with stop-on-first-error; on failure, roll back and block the step with
 * APPLY_FAILED. Where the backend has a cluster, the transaction is REPEATABLE READ and its
 * census is taken at its start and after the batch: cluster-wide state the batch changed
 * rolls it back (never committed) and blocks with SIDE_EFFECT_LEFT, naming what changed.
 */
export async function beginAndApply(r: Ready): Promise<boolean> {
  const clone = r.clone;
  const { session, census } = clone;
  // The cluster as any session sees it (other sessions' work included), and as the batch's own transaction does.
  // PGlite is one session: the census outside is the batch's own, read in its transaction, and is not taken twice.
  const outside = clone.kind === 'pglite' ? null : census;
  const outsideAtStart = outside ? await outside('outside') : null;
  await session.exec(census ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
  const ownAtStart = census ? await census('session') : null;
  // The batch runs as the clone's apply role (its own login, or switched to): the server refuses what it may not do.
  const applyAs = switchToApplyRole(clone.roles?.apply);
  if (applyAs) await session.exec(applyAs);
  // Names resolve as the boundary resolved them, and the lexer reads strings as it did.
  if (r.searchPath !== null) await session.exec(`SET LOCAL search_path TO ${r.searchPath || "''"}`);
  if (clone.capabilities.dialect === 'postgres') await session.exec(PINNED_LEXING);
  for (const [i, sql] of r.statements.entries()) {
    try {
      await session.runStatement(sql);
    } catch (error) {
      // What the database said besides its message (Postgres's DETAIL: the key, the row); SQLite names
      // no key of a foreign key that failed, so the statement is run once more with the key deferred to find it.
      const detail =
        typeof (error as { detail?: unknown }).detail === 'string'
          ? (error as { detail: string }).detail
          : clone.capabilities.dialect === 'sqlite' && /FOREIGN KEY constraint failed/.test(firstLine(error))
            ? await sqliteFailedForeignKey(session, sql).catch(() => null)
            : null;
      await bestEffort('rolling back after a failed statement', () => session.exec('ROLLBACK'));
      r.ledger.block('APPLY_FAILED', {
        apply_error: `statement ${i + 1}: ${firstLine(error)}`,
        ...(detail ? { apply_error_detail: firstLine(detail) } : {}),
      });
      return false;
    }
  }
  // What follows (census, capture) reads as RX-1 did.
  if (applyAs) await session.exec('RESET ROLE');
  const changed =
    ownAtStart && census
      ? [
          ...new Set([
            ...censusChanges(ownAtStart, await census('session'), r.clone.censusOwn),
            ...(outsideAtStart && outside ? censusChanges(outsideAtStart, await outside('outside'), r.clone.censusOwn) : []),
          ]),
        ]
      : [];
  if (changed.length > 0) {
    await session.exec('ROLLBACK');
    r.ledger.block('SIDE_EFFECT_LEFT', { cluster_changes: changed });
    return false;
  }
  return true;
}

/** Sequences are not transactional: put back every one that moved, and record it (only the sequences are read, not a whole capture). */
export async function resetMovedSequences(r: Ready): Promise<SequenceReset[]> {
  const clone = r.clone;
  const state = clone.state;
  const interim = new Map((await reading(null, () => state.readOnly(() => state.sequences(r.names.scope)))).map((s) => [s.id, s]));
  const resets: SequenceReset[] = [];
  for (const [id, was] of Object.entries(r.before.sequences)) {
    const current = interim.get(id);
    const now = current && { last_value: current.last_value, is_called: current.is_called };
    if (now && (now.last_value !== was.last_value || now.is_called !== was.is_called)) {
      await clone.resetSequence(id, was);
      resets.push({ sequence: id, from: now, to: was });
    }
  }
  return resets;
}
