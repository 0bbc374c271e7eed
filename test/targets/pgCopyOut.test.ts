/**
 * A COPY's row count, as the server session reports it, does not depend on when the server's
 * CommandComplete arrives: pg-copy-streams ends its stream at CopyDone and sets `rowCount` only
 * when CommandComplete is parsed, which can come in a later packet. Read at the end of the stream,
 * `rowCount` was sometimes still 0 — a capture of 1,000 rows said 0, and RX-1's two captures of
 * Pagila's film table differed (CAPTURE_MUTATED_STATE in CI). Here the stream ends before any row
 * count is known, as it can on a loaded machine.
 */
import { Readable } from 'node:stream';
import type pg from 'pg';
import { expect, it } from 'vitest';
import { PgClientSession } from '../../src/session/pgClientSession.ts';

it('counts the rows of a COPY that ended before the server said how many', async () => {
  const rows = ['1\ta\\nb\n', '2\tc\\td\n3\t\\\\\n'];
  const stream = Object.assign(Readable.from(rows.map((r) => Buffer.from(r))), { rowCount: 0 });
  const client = { query: () => stream } as unknown as pg.Client;
  const seen: string[] = [];
  expect(await PgClientSession.on(client).copyOut('COPY t TO STDOUT', (chunk) => seen.push(Buffer.from(chunk).toString()))).toBe(3);
  expect(seen.join('')).toBe(rows.join(''));
});
