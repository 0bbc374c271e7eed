/**
 * `rehearse bench throughput`: cases per second of `rollback.txn-restores-before` (the harness:
 * generated plan, rehearsal engine, captures, validator, gate probes) against the bare database
 * work of the same cases — load the before-state, BEGIN, apply, ROLLBACK, and two full ordered
 * reads of every table — on the raw driver with nothing else. Harness and bare alternate case by
 * case in one run, so machine noise falls on both; the ratio is what counts.
 *
 * A third way, the floor, is the bare work with the five captures a txn rehearsal must take
 * (docs/run.md, the steps: entry and exit, after apply, after rollback, final) in place of the two plain
 * reads: what any engine keeping that contract costs at least, on the same connection.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { renderBatch } from '../generators/applyBatch.ts';
import { renderState, quoteIdent, type Dialect } from '../generators/render.ts';
import { realEngine } from '../properties/harness/engineApi.ts';
import { PROPERTY_REGISTRY } from '../properties/registry.ts';
import type { StateAndBatch } from '../properties/harness/stateAndBatch.ts';
import { availableTargets, captureFingerprint, harnessSpec, resolveTarget, type Clone, type Target } from '../src/index.ts';
import { SqliteStateReader } from '../src/capture/sqliteState.ts';
import type { Output } from '../cli/output.ts';

export interface ThroughputResult {
  readonly target: string;
  readonly cases: number;
  readonly harnessSeconds: number;
  readonly bareSeconds: number;
  readonly floorSeconds: number;
  readonly harnessCasesPerSecond: number;
  readonly bareCasesPerSecond: number;
  /** harness time / bare time: 1.25 is 25 % overhead. */
  readonly ratio: number;
  /** floor time / bare time: the least ratio an engine taking the five captures can reach. */
  readonly floorRatio: number;
  /** harness time / floor time: what the harness spends over the contract's least (the figures' round: the median one). */
  readonly harnessOverFloor: number;
  /** Every round's harness / floor, in the order run. */
  readonly rounds: readonly number[];
}

const PROPERTY = 'rollback.txn-restores-before';

/** Cases run each way before the timed ones. */
export const WARM_UP_CASES = 20;

/** The cases: generated with a fixed seed, the ones a rehearsal applies in full (none built to fail). */
function cases(count: number, seed: number): StateAndBatch[] {
  const { property } = PROPERTY_REGISTRY[PROPERTY]!(null);
  return (fc.sample(property.arbitrary({ engine: realEngine, target: null }), { numRuns: count * 3, seed }) as StateAndBatch[])
    .filter((c) => !c.batch.failsMidway)
    .slice(0, count);
}

/**
 * The bare work of one case, on a raw connection: nothing of the harness. `bare` reads every
 * table twice in order; `floor` takes the five captures instead.
 */
interface Bare {
  run(c: StateAndBatch, mode: 'bare' | 'floor'): Promise<void>;
  close(): Promise<void>;
}

/** What one backend's raw connection does for a case: run SQL, read every table in order, capture. */
interface RawWork {
  exec(sql: string): unknown;
  read(): Promise<unknown> | unknown;
  capture(): Promise<unknown>;
}

/**
 * The same sequence on every backend: bare reads before and after; the floor captures entry and
 * exit, after apply, after rollback and final (docs/run.md, the steps).
 */
async function caseWork(work: RawWork, batchSql: string, mode: 'bare' | 'floor'): Promise<void> {
  const look = async () => {
    if (mode === 'bare') await work.read();
    else await work.capture().then(() => work.capture());
  };
  await look();
  await work.exec('BEGIN');
  await work.exec(batchSql);
  if (mode === 'floor') await work.capture();
  await work.exec('ROLLBACK');
  await look();
}

function bareSqlite(): Bare {
  return {
    run: async ({ state, batch }, mode) => {
      const db = new Database(':memory:');
      try {
        db.exec(renderState(state, 'sqlite'));
        const reader = new SqliteStateReader(() => db);
        await caseWork(
          {
            exec: (sql) => db.exec(sql),
            read: () =>
              state.tables.map((t) =>
                db
                  .prepare(`SELECT * FROM ${quoteIdent(t.name)} ORDER BY ${t.columns.map((_, i) => i + 1).join(', ')}`)
                  .raw()
                  .all(),
              ),
            capture: () => captureFingerprint(reader),
          },
          renderBatch(state, batch, 'sqlite'),
          mode,
        );
      } finally {
        db.close();
      }
    },
    close: async () => {},
  };
}

/** Postgres (server or PGlite): one connection, one schema per case. */
async function barePostgres(target: Target): Promise<Bare> {
  const clone: Clone = await target.createClone();
  let n = 0;
  return {
    run: async ({ state, batch }, mode) => {
      const schema = `bare_${++n}`;
      const session = clone.session;
      // The clone's owner makes the case's schema (on a server the apply role may not); the batch runs as the apply role, as in a rehearsal.
      await clone.ownerSession.exec(`CREATE SCHEMA ${schema}; GRANT USAGE, CREATE ON SCHEMA ${schema} TO PUBLIC`);
      await session.exec(`SET search_path = ${schema}`);
      await session.exec(renderState(state, 'postgres'));
      await caseWork(
        {
          exec: (sql) => session.exec(sql),
          read: async () => {
            for (const t of state.tables) await session.query(`SELECT t::text FROM ${quoteIdent(t.name)} AS t ORDER BY 1`);
          },
          capture: () => captureFingerprint(clone.state, { schemas: [schema] }),
        },
        renderBatch(state, batch, 'postgres'),
        mode,
      );
      await session.exec('SET search_path = public');
      await clone.ownerSession.exec(`DROP SCHEMA ${schema} CASCADE`);
      // The captures' statements naming this case's schema: left, they pile up on the connection (two a case) and every
      // later capture's look at pg_prepared_statements reads them all; a harness case names the same tables every time.
      const left = await session.query<{ name: string }>(
        'SELECT name FROM pg_catalog.pg_prepared_statements WHERE strpos(statement, $1) > 0',
        [schema],
      );
      for (const { name } of left) await session.exec(`DEALLOCATE ${quoteIdent(name)}`);
    },
    close: () => clone.dispose(),
  };
}

/** One round's times: each way over the same cases, in turn. */
interface RoundTimes {
  harnessMs: number;
  bareMs: number;
  floorMs: number;
}

/** Runs each case each way, rotating which goes first, so none always runs on a warmer cache. */
async function timeRound(
  all: readonly StateAndBatch[],
  harness: (c: StateAndBatch) => Promise<void>,
  bare: Bare,
  progress: (done: number) => void,
): Promise<RoundTimes> {
  const times: RoundTimes = { harnessMs: 0, bareMs: 0, floorMs: 0 };
  const orders = [
    ['harness', 'bare', 'floor'],
    ['bare', 'floor', 'harness'],
    ['floor', 'harness', 'bare'],
  ] as const;
  for (const [i, c] of all.entries()) {
    for (const which of orders[i % orders.length]!) {
      const began = performance.now();
      if (which === 'harness') await harness(c);
      else await bare.run(c, which);
      times[`${which}Ms`] += performance.now() - began;
    }
    progress(i + 1);
  }
  return times;
}

/**
 * `rounds` rounds of `count` cases each (round k of seed `seed + k * 1000`: new cases, as a long
 * run has), after the warm-up; the figures are the round whose harness-to-floor ratio is the median.
 */
export async function measureThroughput(
  target: Target,
  name: string,
  count: number,
  seed: number,
  progress: (line: string) => void,
  rounds = 1,
  /** Cases run each way before the timed ones (a test that checks the bench's arithmetic needs few). */
  warmUp = WARM_UP_CASES,
): Promise<ThroughputResult> {
  const { property, dispose } = PROPERTY_REGISTRY[PROPERTY]!(target);
  const bare = name === 'sqlite' ? bareSqlite() : await barePostgres(target);
  const dialect: Dialect = name === 'sqlite' ? 'sqlite' : 'postgres';
  const harness = async (c: StateAndBatch) => {
    const held = await property.check(c, { engine: realEngine, target });
    if (held === false) throw new Error(`${PROPERTY} failed on a benchmark case (${dialect})`);
    // What the case left running (a kept clone's reset on a server) is the harness's time, not the next way's.
    await target.settled?.();
  };
  const measured: { times: RoundTimes; cases: number }[] = [];
  try {
    // Warm-up cases of their own (another seed), each way, not timed: module loading, the parser's WASM, first
    // connections, and the compiler's optimizing tier, which a nightly run of thousands of cases runs in from its
    // first minute but 40 cold cases would spend half their time before.
    for (const c of cases(warmUp, seed + 1)) {
      await harness(c);
      await bare.run(c, 'bare');
      await bare.run(c, 'floor');
    }
    for (let round = 0; round < rounds; round++) {
      const all = cases(count, seed + round * 1000);
      const said = rounds > 1 ? `round ${round + 1}/${rounds}, ` : '';
      const times = await timeRound(all, harness, bare, (done) => {
        if (done % 10 === 0) progress(`${name}: ${said}${done}/${all.length} cases`);
      });
      measured.push({ times, cases: all.length });
    }
  } finally {
    await bare.close();
    await dispose();
  }
  const byRatio = [...measured].sort((a, b) => a.times.harnessMs / a.times.floorMs - b.times.harnessMs / b.times.floorMs);
  const { times, cases: n } = byRatio[Math.floor((byRatio.length - 1) / 2)]!;
  return {
    target: name,
    cases: n,
    harnessSeconds: times.harnessMs / 1000,
    bareSeconds: times.bareMs / 1000,
    floorSeconds: times.floorMs / 1000,
    harnessCasesPerSecond: n / (times.harnessMs / 1000),
    bareCasesPerSecond: n / (times.bareMs / 1000),
    ratio: times.harnessMs / times.bareMs,
    floorRatio: times.floorMs / times.bareMs,
    harnessOverFloor: times.harnessMs / times.floorMs,
    rounds: measured.map((m) => m.times.harnessMs / m.times.floorMs),
  };
}

export async function benchThroughput(
  output: Output,
  options: { cases: number; seed: number; targets: readonly string[] | null; rounds: number },
): Promise<number> {
  const available = await availableTargets(process.env);
  const results: ThroughputResult[] = [];
  for (const a of available) {
    if (options.targets !== null && !options.targets.includes(a.name)) continue;
    if (a.spec === null) {
      output.err(`bench throughput: skipping ${a.name}: ${a.reason}`);
      continue;
    }
    // The target as the nightly run opens it (SQLite's clones in memory, as the bare work's database is).
    const target = resolveTarget(harnessSpec(a)!, { reuseClones: true });
    try {
      results.push(
        await measureThroughput(
          target,
          a.name,
          options.cases,
          options.seed,
          (line) => output.err(`bench throughput: ${line}`),
          options.rounds,
        ),
      );
    } finally {
      await target.close();
    }
  }
  const rounds = options.rounds > 1 ? `, ${options.rounds} rounds (the median round's figures)` : '';
  output.out(
    `throughput of ${PROPERTY}, ${options.cases} cases per target (seed ${options.seed})${rounds}, harness, bare and floor in turn`,
  );
  output.out('target     harness cases/s   bare cases/s   ratio   overhead   floor ratio (5 captures, no harness)   harness / floor');
  for (const r of results) {
    output.out(
      `${r.target.padEnd(10)} ${r.harnessCasesPerSecond.toFixed(1).padStart(15)}  ${r.bareCasesPerSecond.toFixed(1).padStart(13)}  ${r.ratio.toFixed(2).padStart(6)}  ${`${Math.round((r.ratio - 1) * 100)} %`.padStart(9)}   ${r.floorRatio.toFixed(2).padStart(11)}   ${r.harnessOverFloor.toFixed(2).padStart(40)}`,
    );
  }
  if (options.rounds > 1)
    for (const r of results) output.out(`${r.target}: harness / floor by round: ${r.rounds.map((x) => x.toFixed(2)).join(', ')}`);
  return 0;
}
