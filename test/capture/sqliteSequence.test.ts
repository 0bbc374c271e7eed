/**
 * SQLite's sequences are the rows of `sqlite_sequence`, one per AUTOINCREMENT table — but nothing
 * stops a row being inserted twice for one name. SQLite advances one of them; a capture keyed by
 * name kept the other, and a sequence moved by the batch was READY unseen (an attacker's review,
 * stop 41). Such a table fails the capture, naming it: BLOCKED, never a guess.
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { captureFingerprint } from '../../src/capture/captureFingerprint.ts';
import { CaptureError } from '../../src/capture/captureError.ts';
import { SqliteStateReader } from '../../src/capture/sqliteState.ts';

it('captures each AUTOINCREMENT table’s sequence, and refuses a name sqlite_sequence holds twice', async () => {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT NOT NULL); INSERT INTO a (x) VALUES ('p');
      CREATE TABLE "b c" (id INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO "b c" DEFAULT VALUES; INSERT INTO "b c" DEFAULT VALUES;`);
    const reader = new SqliteStateReader(() => db);
    expect((await captureFingerprint(reader)).sequences).toEqual({
      a: { last_value: '1', is_called: true },
      '"b c"': { last_value: '2', is_called: true },
    });
    db.exec("INSERT INTO sqlite_sequence (name, seq) VALUES ('a', 1)");
    const failed = captureFingerprint(reader);
    await expect(failed).rejects.toThrow(CaptureError);
    await expect(failed).rejects.toThrow(
      'cannot read the catalog: sqlite_sequence holds more than one row for a: SQLite advances one of them, and a capture cannot say which a change moved',
    );
  } finally {
    db.close();
  }
});
