/**
 * PostgreSQL's regression suite as a standing test of the mutation boundary: every statement
 * classified under the default policy, and every statement allowed run on the server in a
 * transaction of its own (committed when it ran without error), as the connecting superuser (so no privilege hides an effect), on an
 * empty scratch database. Allowed but effectful must be none: no row updated or deleted, no
 * catalog row, advisory lock, replication slot, prepared transaction, setting, large object or
 * sequence position changed — inside the transaction, or left after its end.
 *
 * The figures in docs come from `npx tsx scripts/regressCorpus.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import type { PgClientSession } from '../../src/session/pgClientSession.ts';
import type { Clone } from '../../src/targets/target.ts';
import { connectingRoleSession } from '../support/connectingRole.ts';
import { describeEachTarget } from '../support/targets.ts';
import { classifyCorpus, REGRESS_SESSION_SETUP, regressStatements, runAllowed, type Classified } from './regressCorpus.ts';

let corpus: Classified;
beforeAll(async () => {
  await loadParser();
  corpus = classifyCorpus(regressStatements());
}, 120_000);

describe("PostgreSQL's regression suite, classified", () => {
  it('is read whole: every file, some 43,000 statements, most refused, many allowed', () => {
    expect(corpus.total).toBeGreaterThan(40_000);
    expect(corpus.allowed.length).toBeGreaterThan(10_000);
    expect(corpus.total - corpus.allowed.length).toBeGreaterThan(20_000);
  });

  it('refuses every class of disguised effect the suite holds', () => {
    for (const bucket of [
      'runs SQL text',
      'volatile built-in not on the allow-list',
      'writes a system catalog',
      'data-modifying CTE',
      'EXPLAIN ANALYZE of a write',
      'transaction control',
      'SET / RESET',
      'nextval outside the written table',
    ]) {
      expect(corpus.refusedBy.get(bucket) ?? 0, bucket).toBeGreaterThan(0);
    }
  });

  it('lets plain reads of the session through: SHOW, and cursors over reads (DECLARE, FETCH, MOVE, CLOSE)', () => {
    const allowed = (pattern: RegExp) => corpus.allowed.filter((s) => pattern.test(s.sql)).length;
    expect(allowed(/^SHOW\b/i)).toBeGreaterThan(50);
    expect(allowed(/^FETCH\b/i)).toBeGreaterThan(100);
    expect(allowed(/^DECLARE\b/i)).toBeGreaterThan(20);
    expect(allowed(/^EXPLAIN\b(?![^;]*\bANALY[SZ]E\b)/i)).toBeGreaterThan(500);
  });
});

describeEachTarget(
  "PostgreSQL's regression suite, run where the boundary allows",
  (target) => {
    let clone: Clone;
    // As the connecting role (a superuser here), not the clone's apply role: no privilege hides an effect.
    let session: PgClientSession;
    const setup = REGRESS_SESSION_SETUP;
    beforeAll(async () => {
      clone = await target().createClone();
      session = connectingRoleSession(process.env.REHEARSE_PG_URL!, clone);
      await session.exec('CREATE SEQUENCE probe_seq');
    });
    afterAll(async () => {
      await session?.disconnect();
      await clone?.dispose();
    });

    it('sees an effect where there is one: in the transaction, and what outlives its rollback', async () => {
      const effectful = [
        'SELECT lo_create(0)',
        'SELECT pg_advisory_xact_lock(1)',
        'SELECT pg_advisory_lock(2)',
        "SELECT set_config('work_mem', '1MB', false)",
        "SELECT nextval('probe_seq')",
        'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
      ];
      const harmless = ['SELECT 1', "SELECT lower('A')", 'SELECT no_such_table.x FROM no_such_table'];
      const statements = [...harmless, ...effectful].map((sql) => ({ file: 'probe', sql, refused: null }));
      const { effects, succeeded } = await runAllowed(session, statements, setup);
      expect([...new Set(effects.map((e) => e.statement.sql))]).toEqual(effectful);
      expect(succeeded).toBe(statements.length - 1);
    });

    it('no statement the boundary allows does anything but read', async () => {
      const { effects, succeeded } = await runAllowed(session, corpus.allowed, setup);
      expect(effects.map((e) => `${e.statement.file}: ${e.statement.sql.slice(0, 200)}`)).toEqual([]);
      // The run measured something: many allowed statements ran to completion on the server.
      expect(succeeded).toBeGreaterThan(3_000);
    }, 600_000);
  },
  ['postgres'],
);
