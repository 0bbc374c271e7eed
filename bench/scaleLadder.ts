/**
 * `rehearse bench scale`: how the cost of a rehearsal grows with the data. For each size a
 * pgbench-shaped database (`pgbench -i` at that many accounts, written as `pg_dump` writes it:
 * tables, COPY data, then keys) and a plan of one INSERT and one justified UPDATE are generated,
 * and `bench run`'s measure is taken on each target: the rehearsal against the bare load and
 * reads of the same dump in the same run (the ratio), and the peak memory of a whole
 * `rehearse run` in a process of its own. A size a PGlite target cannot hold is reported as such
 * (the check `rehearse run` makes before loading), not run.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { measureRehearsalCost, type RehearsalCostResult } from './rehearsalCost.ts';
import { sha256Hex } from '../src/capture/hashing.ts';
import { parsePlan } from '../src/plan/parsePlan.ts';
import { resolveTarget } from '../src/targets/resolveTarget.ts';

/** Accounts per branch, and tellers per branch, as pgbench makes them. */
const ACCOUNTS_PER_BRANCH = 100_000;
const TELLERS_PER_BRANCH = 10;

const APPLY = `-- A new branch, and a transfer into an account.
INSERT INTO pgbench_branches (bid, bbalance) VALUES (1000000, 0);
UPDATE pgbench_accounts SET abalance = abalance + 100 WHERE aid = 1;
`;

/** Writes the dump, the apply file and the plan of one rung into `dir`; returns the plan's path. */
export function writeScaleRung(dir: string, rows: number): string {
  mkdirSync(dir, { recursive: true });
  const dump = join(dir, 'pgbench.sql');
  const fd = openSync(dump, 'w');
  const write = (text: string) => writeSync(fd, text);
  try {
    const branches = Math.max(1, Math.ceil(rows / ACCOUNTS_PER_BRANCH));
    write(`-- A pgbench-shaped database of ${rows} accounts, as pg_dump --no-owner --no-acl writes one.
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.pgbench_accounts (aid integer NOT NULL, bid integer, abalance integer, filler character(84)) WITH (fillfactor='100');
CREATE TABLE public.pgbench_branches (bid integer NOT NULL, bbalance integer, filler character(88)) WITH (fillfactor='100');
CREATE TABLE public.pgbench_history (tid integer, bid integer, aid integer, delta integer, mtime timestamp without time zone, filler character(22));
CREATE TABLE public.pgbench_tellers (tid integer NOT NULL, bid integer, tbalance integer, filler character(84)) WITH (fillfactor='100');
COPY public.pgbench_accounts (aid, bid, abalance, filler) FROM stdin;
`);
    const filler = ' '.repeat(84);
    for (let start = 1; start <= rows; start += 10_000) {
      const lines: string[] = [];
      for (let aid = start; aid < Math.min(rows + 1, start + 10_000); aid++)
        lines.push(`${aid}\t${Math.floor((aid - 1) / ACCOUNTS_PER_BRANCH) + 1}\t0\t${filler}\n`);
      write(lines.join(''));
    }
    write('\\.\n\nCOPY public.pgbench_branches (bid, bbalance, filler) FROM stdin;\n');
    for (let bid = 1; bid <= branches; bid++) write(`${bid}\t0\t\\N\n`);
    write('\\.\n\nCOPY public.pgbench_history (tid, bid, aid, delta, mtime, filler) FROM stdin;\n\\.\n\n');
    write('COPY public.pgbench_tellers (tid, bid, tbalance, filler) FROM stdin;\n');
    for (let tid = 1; tid <= branches * TELLERS_PER_BRANCH; tid++)
      write(`${tid}\t${Math.floor((tid - 1) / TELLERS_PER_BRANCH) + 1}\t0\t\\N\n`);
    write(`\\.

ALTER TABLE ONLY public.pgbench_accounts ADD CONSTRAINT pgbench_accounts_pkey PRIMARY KEY (aid);
ALTER TABLE ONLY public.pgbench_branches ADD CONSTRAINT pgbench_branches_pkey PRIMARY KEY (bid);
ALTER TABLE ONLY public.pgbench_tellers ADD CONSTRAINT pgbench_tellers_pkey PRIMARY KEY (tid);
`);
  } finally {
    closeSync(fd);
  }
  writeFileSync(join(dir, 'apply.sql'), APPLY);
  const plan = {
    format: 'rehearsal-plan/v4',
    clone_from: { sql: 'pgbench.sql' },
    apply: { file: 'apply.sql', sha256: sha256Hex(APPLY) },
    expected_delta: { pgbench_branches: 1 },
    policy: { justified: [{ statement: 2, kind: 'UPDATE', reason: 'the transfer credits the account' }] },
  };
  writeFileSync(join(dir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  return join(dir, 'plan.json');
}

export interface ScaleRung {
  readonly target: string;
  readonly rows: number;
  readonly dumpBytes: number;
  /** `bench run`'s measure; `null` where the target cannot hold the dump (`refused` says why). */
  readonly cost: RehearsalCostResult | null;
  readonly refused: string | null;
}

export interface ScaleOptions {
  readonly sizes: readonly number[];
  readonly targets: readonly string[];
  /** Timing rounds below 1M rows; one round at 1M and above (a round there takes minutes). */
  readonly rounds: number;
  readonly work: string;
  readonly progress: (line: string) => void;
  readonly rung: (rung: ScaleRung) => void;
}

export async function measureScale(options: ScaleOptions): Promise<ScaleRung[]> {
  const rungs: ScaleRung[] = [];
  for (const rows of options.sizes) {
    options.progress(`${rows} rows: writing the dump`);
    const planFile = writeScaleRung(join(options.work, String(rows)), rows);
    const dumpBytes = statSync(join(options.work, String(rows), 'pgbench.sql')).size;
    for (const spec of options.targets) {
      const target = resolveTarget(spec);
      try {
        const refused = target.sourceSizeProblem?.(dumpBytes) ?? null;
        const plan = parsePlan(planFile, readFileSync(planFile));
        const cost = refused
          ? null
          : await measureRehearsalCost(plan, target, {
              rounds: rows >= 1_000_000 ? 1 : options.rounds,
              targetSpec: spec,
              planFile,
              progress: (line) => options.progress(`${rows} rows on ${target.id}: ${line}`),
            });
        const rung = { target: target.id, rows, dumpBytes, cost, refused };
        rungs.push(rung);
        options.rung(rung);
      } finally {
        await target.close();
      }
    }
  }
  return rungs;
}
