/**
 * A SQLite text value is captured by its bytes: one that is not valid UTF-8 reads into JavaScript
 * with U+FFFD in place of its bytes, so X'FF' and X'FE' as text read alike (an attacker's review,
 * stop 40: an UPDATE between them was invisible, READY, and a "proved" restore script wrote other
 * bytes back). Valid text hashes as it always did: the UTF-8 of the encoded rows.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/capture/captureFingerprint.ts';
import { SqliteStateReader } from '../../src/capture/sqliteState.ts';
import { FULL_RANGE, WHOLE_DATABASE } from '../../src/capture/stateReader.ts';

const capture = async (setup: string) => {
  const db = new Database(':memory:');
  db.exec(setup);
  try {
    return await captureFingerprint(new SqliteStateReader(() => db));
  } finally {
    db.close();
  }
};

describe('SQLite text captured by its bytes', () => {
  it.each([
    ['keyed', 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)', 'INSERT INTO t VALUES (1, CAST(X'],
    ['keyless', 'CREATE TABLE t (id INTEGER, v TEXT)', 'INSERT INTO t VALUES (1, CAST(X'],
  ])("%s: text that is not UTF-8 — X'FF', X'FE', a cut sequence, the bytes of U+FFFD — captures apart", async (_kind, table, insert) => {
    const hashes = new Set<string>();
    for (const bytes of ['FF', 'FE', 'F09F98', 'EFBFBD', 'FFFF', '41FF42']) {
      const fp = await capture(`${table}; ${insert}'${bytes}' AS TEXT));`);
      hashes.add(fp.tables.t!.content_hash);
    }
    expect(hashes.size).toBe(6);
  });

  it('hashes valid text, U+FFFD among it (read again as bytes), as the UTF-8 of its encoded rows: the digest of valid data is unchanged', async () => {
    const rows: [number, string][] = [
      [1, 'plain'],
      [2, 'a \uFFFD b'],
      [3, 'é😀'],
    ];
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); ${rows.map(([id, v]) => `INSERT INTO t VALUES (${id}, '${v}');`).join(' ')}`);
    const reader = new SqliteStateReader(() => db);
    const [table] = await reader.listTables(WHOLE_DATABASE);
    const encoded = rows.map(([id, v]) => `I${id};T${Buffer.byteLength(v)}:${v}`).join('');
    expect(await reader.tableDigest(table!, FULL_RANGE)).toEqual({
      rows: 3,
      digest: `sha256:${createHash('sha256').update(encoded, 'utf8').digest('hex')}`,
    });
    db.close();
  });
});
