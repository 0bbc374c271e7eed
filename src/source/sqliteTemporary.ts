/** A SQLite clone source may leave no temporary object behind. */
import type Database from 'better-sqlite3';
import { CloneSourceError } from './cloneSourceError.ts';

/**
 * Refuses a load that made a temporary object (`CREATE TEMP TRIGGER`, a temporary table or view,
 * a `temp.` name): it lives in the loading connection only, no database holds it, and a write of
 * the batch could reach it unseen — a temporary trigger on a table of the database, a temporary
 * table ahead of the table of its name. Read from `sqlite_temp_schema`, whatever way it was made.
 */
export function refuseTemporaryObjects(db: Database.Database, file: string): void {
  const temporary = db.prepare("SELECT type || ' ' || name FROM sqlite_temp_schema ORDER BY 1 LIMIT 1").pluck().get() as string | undefined;
  if (temporary !== undefined)
    throw new CloneSourceError(
      file,
      null,
      `made a temporary object (${temporary}): it lives in this connection only, no database holds it, and a name the batch writes could reach it (a temporary table ahead of the table, a temporary trigger run unseen)`,
    );
}
