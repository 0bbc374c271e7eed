/**
 * Making a change from another session while a rehearsal is in the middle of its load or its
 * batch: the clone source defines `wait_for_the_test()`, which waits until the test holds an
 * advisory lock in the clone's database, then waits for that lock; the test takes it as soon as
 * the clone exists, makes its change once the rehearsal waits, and lets go.
 */
import pg from 'pg';

export const LOCK = 4242;

/** The clone source's part: a function that waits for the test (a lock is per database, and only the test knows when the clone exists). */
export const WAIT_FOR_THE_TEST = `CREATE FUNCTION wait_for_the_test() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  LOOP
    EXIT WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_locks l WHERE l.locktype = 'advisory' AND l.objid = ${LOCK} AND l.granted
                        AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()));
    PERFORM pg_catalog.pg_sleep(0.02);
  END LOOP;
  PERFORM pg_catalog.pg_advisory_xact_lock(${LOCK});
  RETURN 1;
END $$;\n`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long the test waits for the rehearsal to get to its wait, at most. */
const WAIT_MS = 60_000;

/**
 * Runs `rehearsal` on the server `url` (where no other clone is being made: the first scratch
 * database to appear after it starts is its clone); once it waits, runs `meanwhile` on a session
 * of its own.
 */
export async function whileWaiting<T>(
  url: string,
  rehearsal: () => Promise<T>,
  meanwhile: (admin: pg.Client) => Promise<void>,
): Promise<T> {
  const admin = new pg.Client(url);
  await admin.connect();
  let inClone: pg.Client | null = null;
  try {
    // Scratch databases already there are other clones' (kept for reuse): the rehearsal's is the one that appears.
    const before = new Set((await admin.query<{ d: string }>('SELECT datname AS d FROM pg_database')).rows.map((r) => r.d));
    const running = rehearsal();
    // Settled before it waited: the wait below says how, instead of waiting on.
    let settled: string | null = null;
    running.then(
      () => {
        settled = 'the rehearsal ended';
      },
      (error: unknown) => {
        settled = `the rehearsal failed: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
    // By time, not by tries: on a loaded machine the rehearsal takes longer to get there.
    const deadline = Date.now() + WAIT_MS;
    const until = async <V>(what: string, probe: () => Promise<V | undefined>): Promise<V> => {
      for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (settled !== null) throw new Error(`${settled} before ${what}`);
        if (Date.now() > deadline) throw new Error(`${what} did not happen within ${WAIT_MS / 1000} s`);
        await sleep(10);
      }
    };
    const clone = await until('a clone database appeared', async () => {
      const { rows } = await admin.query<{ d: string }>("SELECT datname AS d FROM pg_database WHERE datname ~ '^rehearse_[0-9a-f]{16}$'");
      return rows.find((r) => !before.has(r.d))?.d;
    });
    const at = new URL(url);
    at.pathname = `/${clone}`;
    inClone = new pg.Client(at.toString());
    await inClone.connect();
    await inClone.query('SELECT pg_advisory_lock($1::bigint)', [LOCK]);
    await until('the rehearsal waited on the lock', async () => {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted", [LOCK]);
      return rowCount ? true : undefined;
    });
    await meanwhile(admin);
    await inClone.query('SELECT pg_advisory_unlock($1::bigint)', [LOCK]);
    await inClone.end();
    inClone = null;
    return await running;
  } finally {
    await inClone?.end();
    await admin.end();
  }
}
