/** A SQLite clone source may leave no temporary object behind, and no other database attached. */
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

/**
 * Refuses a load that left another database attached to the clone's connection, however it was
 * attached: its tables are outside the clone, no capture reads them, and a name the batch writes
 * could reach them (a table found only there). The classifier refuses ATTACH by its first token;
 * this is what holds when a way past it is found.
 */
export function refuseAttachedDatabases(db: Database.Database, file: string): void {
  const attached = db
    .prepare("SELECT name FROM pragma_database_list WHERE name NOT IN ('main', 'temp') ORDER BY seq LIMIT 1")
    .pluck()
    .get() as string | undefined;
  if (attached !== undefined)
    throw new CloneSourceError(
      file,
      null,
      `attached another database (${attached}): its tables are outside the clone, no capture reads them, and a name the batch writes could reach them`,
    );
}
