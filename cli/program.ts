/**
 * The command line's commands, their arguments, options and help: one function each adds a
 * command to the program. Each command's module (and the engine, the parser, the targets it loads)
 * is imported when the command runs, not before: `--help` and `gate` load only what they use.
 */
import { Command, Option } from 'commander';
import { TOOL_VERSION } from '../src/version.ts';
import { DEFAULT_RUN_TARGET } from './arguments.ts';
import { CLONE_SKIPS, type CloneSkip } from '../src/source/cloneSkips.ts';
import { UsageError, type Output } from './output.ts';
import type { RehearsalCode } from '../src/codes.ts';
import { commaList, duration, positiveInteger, rehearsalCodes, rowCounts, seed, shard, skipKinds } from './optionParsers.ts';

const commands = {
  benchCapture: () => import('./commands/benchCapture.ts'),
  benchGate: () => import('./commands/benchGate.ts'),
  benchThroughput: () => import('../bench/throughput.ts'),
  benchPlanFuzz: () => import('../bench/planFuzz.ts'),
  benchRun: () => import('./commands/benchRun.ts'),
  benchScale: () => import('./commands/benchScale.ts'),
  corpora: () => import('./commands/corpora.ts'),
  fuzz: () => import('./commands/fuzz.ts'),
  fuzzPlan: () => import('./commands/fuzzPlan.ts'),
  gate: () => import('./commands/gate.ts'),
  regress: () => import('./commands/regress.ts'),
  replay: () => import('./commands/replay.ts'),
  run: () => import('./commands/run.ts'),
  targets: () => import('./commands/targets.ts'),
  validate: () => import('./commands/validate.ts'),
};

const BENCH_KINDS = ['capture', 'gate', 'throughput', 'run', 'plan-fuzz', 'scale'] as const;

export function buildProgram(output: Output, setExit: (code: number) => void): Command {
  const program = new Command('rehearse')
    .description('Prove, on a disposable clone, that a database change can be rolled back exactly.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run rehearse --help for usage)');

  addTargetsCommand(program, output, setExit);
  addBenchCommand(program, output, setExit);
  addRunCommand(program, output, setExit);
  addFuzzCommand(program, output, setExit);
  addReplayCommand(program, output, setExit);
  addCorporaCommand(program, output, setExit);
  addRegressCommand(program, output, setExit);
  addGateCommand(program, output, setExit);
  addValidateCommand(program, output, setExit);
  return program;
}

function addTargetsCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('targets')
    .description('list the database targets available here (sqlite, pglite, postgres) and why any is not')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => setExit(await (await commands.targets()).listTargets(output, opts.json === true)));
}

function addBenchCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('bench')
    .description('benchmarks, measured as ratios within one run')
    .argument('[kind]', `which benchmark: ${BENCH_KINDS.join(', ')} (default: all but run)`)
    .argument('[plan]', 'run: the plan to rehearse and time step by step; plan-fuzz: the plan to fuzz')
    .addOption(new Option('--rows <n>', 'capture: rows in the benchmark table').argParser(positiveInteger).default(1_000_000, '1_000_000'))
    .option('--repeats <n>', 'capture, throughput, scale: interleaved timing rounds (the median counts)', positiveInteger, 3)
    .option(
      '--targets <list>',
      'comma-separated target strings (default: every available target; plan-fuzz: pglite and postgres)',
      commaList,
    )
    .option('--seconds <n>', 'gate: seconds per measured mix', positiveInteger, 2)
    .option('--json <file>', 'capture: also write the results as JSON to this file')
    .option('--cases <n>', 'throughput, plan-fuzz: generated cases per target', positiveInteger, 40)
    .option('--seed <n>', 'throughput: the seed of the generated cases', seed, 1)
    .option('--target <target>', "run: the target (default: the plan's, else pglite:)")
    .addOption(
      new Option('--sizes <list>', 'scale: rows of the generated databases, comma-separated (10M is opt-in: a rung takes about 10 minutes)')
        .argParser(rowCounts)
        .default([10_000, 100_000, 1_000_000], '10k,100k,1M'),
    )
    .action(async (kind: string | undefined, plan: string | undefined, opts: BenchOptions) =>
      setExit(await runBench(output, kind, plan, opts)),
    );
}

interface BenchOptions {
  rows: number;
  repeats: number;
  seconds: number;
  targets?: string[];
  json?: string;
  cases: number;
  seed: number;
  target?: string;
  sizes: number[];
}

/** `rehearse bench [kind] [plan]`: one benchmark, or all but run; the exit code. */
async function runBench(output: Output, kind: string | undefined, plan: string | undefined, opts: BenchOptions): Promise<number> {
  if (kind !== undefined && !(BENCH_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown benchmark "${kind}": expected one of ${BENCH_KINDS.join(', ')}`);
  }
  if (kind === 'run') {
    if (plan === undefined) throw new UsageError('bench run needs a PLAN file');
    return (await commands.benchRun()).benchRun(output, plan, {
      target: opts.target ?? null,
      repeats: opts.repeats,
      json: opts.json ?? null,
    });
  }
  if (kind === 'scale') {
    if (plan !== undefined) throw new UsageError('bench scale takes no plan: it generates its databases');
    const targets = opts.targets ?? ['pglite:', ...(process.env.REHEARSE_PG_URL ? [process.env.REHEARSE_PG_URL] : [])];
    return (await commands.benchScale()).benchScale(output, { sizes: opts.sizes, targets, repeats: opts.repeats, json: opts.json ?? null });
  }
  if (kind === 'plan-fuzz') {
    if (plan === undefined) throw new UsageError('bench plan-fuzz needs a PLAN file');
    const { availableTargets } = await import('../src/targets/resolveTarget.ts');
    const specs =
      opts.targets ?? (await availableTargets(process.env)).filter((t) => t.name !== 'sqlite' && t.spec !== null).map((t) => t.spec!);
    await (await commands.benchPlanFuzz()).benchPlanFuzz(output, plan, { cases: opts.cases, seed: opts.seed, targets: specs });
    return 0;
  }
  if (plan !== undefined) throw new UsageError(`bench ${kind ?? ''} takes no plan (only bench run does)`.replace('  ', ' '));
  let code = 0;
  if (kind === undefined || kind === 'gate') code = Math.max(code, (await commands.benchGate()).benchGate(output, opts.seconds));
  if (kind === undefined || kind === 'capture') {
    const capture = { rows: opts.rows, repeats: opts.repeats, targets: opts.targets ?? null, json: opts.json ?? null };
    code = Math.max(code, await (await commands.benchCapture()).benchCapture(output, capture));
  }
  if (kind === undefined || kind === 'throughput') {
    const names = opts.targets?.map((t) => t.replace(/:.*$/, '')) ?? null;
    code = Math.max(
      code,
      await (await commands.benchThroughput()).benchThroughput(output, {
        cases: opts.cases,
        seed: opts.seed,
        targets: names,
        rounds: opts.repeats,
      }),
    );
  }
  return code;
}

function addRunCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('run')
    .description('rehearse a rehearsal-plan/v1 on a disposable clone; exit 0 READY, 1 BLOCKED, 2 usage or input error')
    .argument('<plan>', 'the plan file')
    .option('--out <dir>', 'write the evidence packet to this (new or empty) directory')
    .option('--target <target>', `override the plan's target (default: the plan's, else ${DEFAULT_RUN_TARGET})`)
    .option(
      '--skip <kinds>',
      `leave these statements of a SQL clone source out, as clone_from.skip does: ${CLONE_SKIPS.join(', ')} (comma-separated)`,
      skipKinds,
    )
    .action(async (plan: string, opts: { out?: string; target?: string; skip?: CloneSkip[] }) => {
      setExit(
        await (await commands.run()).runCommand(output, plan, {
          out: opts.out ?? null,
          target: opts.target ?? null,
          skip: opts.skip ?? [],
        }),
      );
    });
}

function addFuzzCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('fuzz')
    .description(
      'the nightly fuzz run: every property on every available target until the budget ends; exit 0 nothing new failed, 1 new failures, 130 interrupted; with --plan, your own change fuzzed on states of your schema',
    )
    .optionsGroup('Both:')
    .addOption(new Option('--budget <duration>', 'how long to run: 90s, 10m, 1h30m').argParser(duration).default(10 * 60_000, '10m'))
    .option('--seed <n>', 'the run seed (default: random, and logged)', seed)
    .option('--corpus <dir>', 'where new fixtures are written', 'corpora')
    .addOption(
      new Option('--progress-every <duration>', 'without a terminal: a progress line this often')
        .argParser(duration)
        .default(30_000, '30s'),
    )
    .optionsGroup('The nightly run of the properties:')
    .option('--targets <list>', 'comma-separated target names: sqlite, pglite, postgres (default: every available one)', commaList)
    .option('--properties <list>', 'comma-separated property ids, or prefixes ending in "." such as gate. (default: all)', commaList)
    .addOption(
      new Option('--shard <i/n>', 'run the i-th of n deterministic parts of the work (a CI matrix)')
        .argParser(shard)
        .default({ index: 1, count: 1 }, '1/1'),
    )
    .option('--reports <dir>', 'where the report directory is written', 'reports')
    .option('--junit <file>', 'also write a JUnit XML report: one test case per unit (property × target)')
    .optionsGroup('Your own change (--plan):')
    .option(
      '--plan <plan>',
      "fuzz this plan's own change: before-states drawn from its clone source's schema and rows, around the rows its batch names; each failure of a distinct kind shrunk and kept in --corpus; exit 0 none failed, 1 a failing state found",
    )
    .option('--target <target>', `the target (default: the plan's, else ${DEFAULT_RUN_TARGET})`)
    .addOption(
      new Option('--expect-blocked <codes>', 'BLOCKED with only these codes is acceptable (e.g. APPLY_FAILED); still counted by outcome')
        .argParser(rehearsalCodes)
        .default([], 'none'),
    )
    .option('--max-rows <n>', 'most rows drawn per table', positiveInteger, 4)
    .option('--shrink-attempts <n>', 'most rehearsals spent shrinking a failure', positiveInteger, 300)
    .option('--max-failures <n>', 'stop once this many failures of distinct kinds are found and shrunk', positiveInteger, 3)
    .optionsGroup('The nightly run of the properties:')
    .addOption(
      new Option(
        '--schedule <how>',
        'which unit runs next: progress (where new branch coverage of src/ and new failures are found, every unit kept above a floor) or round-robin',
      )
        .choices(['progress', 'round-robin'])
        .default('progress'),
    )
    .option(
      '--previous <dir>',
      'compare with an earlier run: its report directory (or report.json); the report lists new, fixed and still-failing signatures and rate changes',
    )
    .action(async (opts: FuzzOptions) => setExit(await runFuzz(output, opts)));
}

type FuzzOptions = {
  budget: number;
  targets?: string[];
  properties?: string[];
  seed?: number;
  shard: { index: number; count: number };
  corpus: string;
  reports: string;
  progressEvery: number;
  junit?: string;
  previous?: string;
  schedule: 'progress' | 'round-robin';
  plan?: string;
  target?: string;
  expectBlocked: RehearsalCode[];
  maxRows: number;
  shrinkAttempts: number;
  maxFailures: number;
};

/** `rehearse fuzz`: the nightly run of the properties, or with `--plan` the user's own change; the exit code. */
async function runFuzz(output: Output, opts: FuzzOptions): Promise<number> {
  if (opts.plan !== undefined) {
    for (const [flag, given] of [
      ['--targets', opts.targets],
      ['--properties', opts.properties],
      ['--junit', opts.junit],
      ['--previous', opts.previous],
      ['--shard', opts.shard.count > 1 ? 'x' : undefined],
    ] as const)
      if (given !== undefined)
        throw new UsageError(`${flag} is for the fuzz run of the properties, not with --plan (--target names the one target)`);
    return await (await commands.fuzzPlan()).fuzzPlanCommand(output, opts.plan, {
      budgetMs: opts.budget,
      target: opts.target ?? null,
      seed: opts.seed ?? null,
      expectBlocked: opts.expectBlocked,
      corpus: opts.corpus,
      maxRows: opts.maxRows,
      shrinkAttempts: opts.shrinkAttempts,
      maxFailures: opts.maxFailures,
      progressEveryMs: opts.progressEvery,
    });
  }
  for (const [flag, given] of [
    ['--target', opts.target],
    ['--expect-blocked', opts.expectBlocked.length > 0 ? 'x' : undefined],
  ] as const)
    if (given !== undefined) throw new UsageError(`${flag} goes with --plan`);
  return await (await commands.fuzz()).fuzzCommand(output, {
    budgetMs: opts.budget,
    targets: opts.targets ?? null,
    properties: opts.properties ?? null,
    seed: opts.seed ?? null,
    shard: opts.shard,
    corpus: opts.corpus,
    reports: opts.reports,
    progressEveryMs: opts.progressEvery,
    junit: opts.junit ?? null,
    previous: opts.previous ?? null,
    schedule: opts.schedule,
  });
}

function addReplayCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('replay')
    .description('reproduce stored counterexamples with what was expected, what happens now and a diff; exit 0 passes now, 1 still fails')
    .argument('<fixture...>', 'fixture files (corpora/<property>/<signature>.json)')
    .option('--reshrink', "shrink a still-failing counterexample again with today's generators; write it if it got smaller")
    .option('--max-attempts <n>', 'reshrink: at most this many runs of the property', positiveInteger, 500)
    .addOption(new Option('--reshrink-budget <duration>', 'reshrink: at most this long').argParser(duration).default(5 * 60_000, '5m'))
    .option(
      '--target <postgres-url>',
      "the server to replay a fixture recorded on a Postgres server (fixtures keep no credentials): postgres://USER@HOST:PORT/DB; default REHEARSE_PG_URL; libpq's PGUSER, PGPASSWORD … fill in what the URL leaves out",
    )
    .action(async (files: string[], opts: { reshrink?: boolean; maxAttempts: number; reshrinkBudget: number; target?: string }) => {
      setExit(
        await (await commands.replay()).replayCommand(output, files, {
          reshrink: opts.reshrink === true,
          maxAttempts: opts.maxAttempts,
          reshrinkBudgetMs: opts.reshrinkBudget,
          target: opts.target ?? null,
        }),
      );
    });
}

function addCorporaCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  const corpora = program.command('corpora').description('manage fixture corpora');
  corpora
    .command('merge')
    .description('merge corpora (e.g. from fuzz shards) into one, deduplicating by signature; exit 1 if an input fixture was unreadable')
    .argument('<into>', 'the corpus to merge into (created if missing)')
    .argument('<from...>', 'corpora to merge from')
    .action(async (into: string, from: string[]) => setExit((await commands.corpora()).corporaMerge(output, into, from)));
}

function addRegressCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('regress')
    .description('the CI regression gate: replay every fixture of a corpus; exit 0 when every fixture passes, 1 when any fails')
    .argument('[dir]', 'the corpus directory', 'corpora')
    .option('--junit <file>', 'also write a JUnit XML report: one test case per fixture')
    .action(async (dir: string, opts: { junit?: string }) =>
      setExit(await (await commands.regress()).regressCommand(output, dir, opts.junit ?? null)),
    );
}

function addGateCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('gate')
    .description('decide one rehearsal-request/v1 (a file, or - for stdin); prints gate-decision/v1; exit 0 ALLOW, 1 DENY')
    .argument('[file]', 'the request file, or - for standard input', '-')
    .action(async (file: string) => setExit(await (await commands.gate()).gateCommand(output, file)));
}

function addValidateCommand(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check a rollback-proof/v1 with the hardened validator; exit 0 clean, 1 codes found')
    .argument('[proof]', 'the proof file, or - for standard input')
    .option('--selftest', 'check the validator itself: every genuine proof accepted, each forgery refused with exactly its code')
    .option('--json', 'print a validation-result/v1 JSON')
    .option('--evidence <dir>', "recompute the proof's hashes from this evidence packet")
    .action(async (proof: string | undefined, opts: { selftest?: boolean; json?: boolean; evidence?: string }) => {
      if (opts.selftest) return setExit((await commands.validate()).validateSelftest(output));
      if (proof === undefined) throw new UsageError('validate needs a PROOF file (or --selftest)');
      setExit(await (await commands.validate()).validateCommand(output, proof, opts.json === true, opts.evidence ?? null));
    });
}
