/**
 * Loads a checked clone source into a clone: every statement in order, in one transaction, so a
 * statement that fails leaves nothing behind and names its line. On a Postgres server the load
 * is also held to the cluster census: if anything beyond the clone's database changed, the load
 * is rolled back and refused.
 */
import type Database from 'better-sqlite3';
import type { CloneSkip } from '../../plan/loadPlan.ts';
import { loadParser } from '../../boundary/classifyBatch.ts';
import type { Clone, CopyOutSession } from '../target.ts';
import { checkCloneSource, planLoad, type CheckedSource, type SkippedStatement } from './cloneSource.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { censusChanges, takeCensus } from '../clusterCensus.ts';
import { bestEffort } from '../../util/bestEffort.ts';
import { redactedFirstLine as firstLine } from '../../util/errors.ts';

/** What a load ran and left out (RX-0 records it). */
export interface LoadReport {
  readonly statements: number;
  readonly copies: number;
  readonly skipped: readonly SkippedStatement[];
}

export interface PostgresLoadOptions {
  /** Hold the load to the cluster census (a server; a PGlite instance is a whole cluster of its own). */
  readonly census: boolean;
}

export async function loadPostgresSource(
  session: CopyOutSession,
  source: CheckedSource,
  skips: readonly CloneSkip[],
  options: PostgresLoadOptions,
): Promise<LoadReport> {
  const roles = new Set((await session.query<{ rolname: string }>('SELECT rolname FROM pg_catalog.pg_roles')).map((r) => r.rolname));
  const { statements, skipped: planned } = planLoad(source, roles, skips);
  const skipped = [...planned];
  // One snapshot for the whole load: the census before and after differ only by what the load did.
  await session.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
  let copies = 0;
  try {
    const before = options.census ? await takeCensus(session) : null;
    // The parser that checked the source reads strings this way; so must the server.
    await session.exec('SET standard_conforming_strings = on');
    for (const s of statements) {
      try {
        if (s.copy) {
          await session.copyIn(s.text, s.copy);
          copies++;
        } else if (s.kind === 'SET') {
          // A newer pg_dump sets parameters an older server does not know (transaction_timeout):
          // a session setting it cannot take is left out, and recorded.
          const unknown = await setOrSkip(session, s.text);
          if (unknown) skipped.push({ line: s.line, kind: s.kind, reason: `the server does not know this setting: ${unknown}` });
        } else {
          await session.exec(s.text);
        }
      } catch (error) {
        throw new CloneSourceError(source.file, s.line, `${s.kind} failed: ${firstLine(error)}`);
      }
    }
    if (before) {
      const after = await takeCensus(session, before.statement);
      const changes = censusChanges(before.census, after.census);
      if (changes.length > 0) {
        throw new CloneSourceError(
          source.file,
          null,
          `the clone source changed state outside the clone's database (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? '; …' : ''}); its load was rolled back`,
        );
      }
    }
    await session.exec('COMMIT');
  } catch (error) {
    if (session.inTransaction()) await bestEffort('rolling back the clone source load', () => session.exec('ROLLBACK'));
    throw error;
  }
  // A dump empties search_path and sets other session state; the apply batch runs in a clean session.
  await session.exec('SET SESSION AUTHORIZATION DEFAULT; RESET ALL; SELECT pg_catalog.pg_advisory_unlock_all()');
  return { statements: statements.length - copies, copies, skipped };
}

/** Runs a SET in a savepoint; an unknown parameter rolls back to it and is returned, not thrown. */
async function setOrSkip(session: CopyOutSession, sql: string): Promise<string | null> {
  await session.exec('SAVEPOINT rehearse_load_setting');
  try {
    await session.exec(sql);
  } catch (error) {
    if ((error as { code?: string }).code !== '42704') throw error;
    await session.exec('ROLLBACK TO SAVEPOINT rehearse_load_setting');
    return firstLine(error);
  } finally {
    if (session.inTransaction())
      await bestEffort('releasing the clone source load savepoint', () => session.exec('RELEASE SAVEPOINT rehearse_load_setting'));
  }
  return null;
}

/**
 * SQLite: each piece is prepared by SQLite itself, joined to the next while SQLite calls it
 * incomplete input (a trigger body), and run; all in one transaction.
 */
export function loadSqliteSource(db: Database.Database, source: CheckedSource): LoadReport {
  const skipped: SkippedStatement[] = [];
  let statements = 0;
  let pending: { line: number; kind: string; text: string } | null = null;
  db.exec('BEGIN');
  try {
    for (const entry of source.entries) {
      if (pending === null && entry.verdict.action === 'skip') {
        skipped.push({ line: entry.line, kind: entry.verdict.kind, reason: entry.verdict.reason });
        continue;
      }
      const text: string = pending ? `${pending.text}${entry.text}` : entry.text;
      const line: number = pending?.line ?? entry.line;
      const kind: string = pending?.kind ?? entry.verdict.kind;
      let statement: Database.Statement;
      try {
        statement = db.prepare(text);
      } catch (error) {
        if (/incomplete input/.test(firstLine(error))) {
          pending = { line, kind, text };
          continue;
        }
        const postgres = /^\s*(\\|(SET|COPY|CREATE (EXTENSION|SCHEMA|SEQUENCE|DOMAIN|TYPE))\b|SELECT pg_catalog\.)/i.test(
          text.replace(/^(\s*--[^\n]*\n)*/, ''),
        );
        throw new CloneSourceError(
          source.file,
          line,
          `SQLite cannot run this statement: ${firstLine(error)}${postgres ? ' (this looks like a Postgres script: it needs a pglite: or postgres:// target)' : ''}`,
        );
      }
      pending = null;
      try {
        if (statement.reader) statement.all();
        else statement.run();
      } catch (error) {
        throw new CloneSourceError(source.file, line, `${kind} failed: ${firstLine(error)}`);
      }
      statements++;
    }
    if (pending) throw new CloneSourceError(source.file, pending.line, 'the statement starting here never ends');
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return { statements, copies: 0, skipped };
}

/** Checks and loads a clone source's text into a clone, as RX-0 does (the engine also checks extensions first). */
export async function loadCloneSourceText(clone: Clone, text: string, file: string, skips: readonly CloneSkip[] = []): Promise<LoadReport> {
  await loadParser();
  return clone.loadSource(checkCloneSource(text, file, clone.capabilities.dialect, skips), skips);
}
