/** A SQLite clone source loaded statement by statement, as SQLite itself reads it. */
import type Database from 'better-sqlite3';
import type { CheckedSource, LoadReport, SkippedStatement } from './cloneSource.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { refuseAttachedDatabases, refuseTemporaryObjects } from './sqliteTemporary.ts';
import { looksLikePostgres, POSTGRES_HINT } from './classifyMetaAndSqlite.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';

/**
 * SQLite: each piece is prepared by SQLite itself, joined to the next while SQLite calls it
 * incomplete input (a trigger body), and run; all in one transaction.
 */
export function loadSqliteSource(db: Database.Database, source: CheckedSource): LoadReport {
  const skipped: SkippedStatement[] = [];
  let statements = 0;
  let pending: { file: string; line: number; kind: string; text: string } | null = null;
  db.exec('BEGIN');
  try {
    for (const entry of source.entries()) {
      if (pending === null && entry.verdict.action === 'skip') {
        skipped.push({
          ...(entry.file ? { file: entry.file } : {}),
          line: entry.line,
          kind: entry.verdict.kind,
          reason: entry.verdict.reason,
        });
        continue;
      }
      const text: string = pending ? `${pending.text}${entry.text}` : entry.text;
      const line: number = pending?.line ?? entry.line;
      const file: string = pending?.file ?? entry.file ?? source.file;
      const kind: string = pending?.kind ?? entry.verdict.kind;
      let statement: Database.Statement;
      try {
        statement = db.prepare(text);
      } catch (error) {
        if (/incomplete input/.test(firstLine(error))) {
          pending = { file, line, kind, text };
          continue;
        }
        throw new CloneSourceError(
          file,
          line,
          `SQLite cannot run this statement: ${firstLine(error)}${looksLikePostgres(text) ? POSTGRES_HINT : ''}`,
        );
      }
      pending = null;
      try {
        if (statement.reader) statement.all();
        else statement.run();
      } catch (error) {
        throw new CloneSourceError(file, line, `${kind} failed: ${firstLine(error)}`);
      }
      statements++;
    }
    if (pending) throw new CloneSourceError(pending.file, pending.line, 'the statement starting here never ends');
    refuseTemporaryObjects(db, source.file);
    refuseAttachedDatabases(db, source.file);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return { statements, copies: 0, skipped };
}
