/**
 * The fuzz runner with stand-in properties whose failures we know: units and shards, budgets,
 * shrinking into fixtures, deduplication against the corpus, interruption (the report is still
 * made and a failure found before it is kept), and two runs writing one corpus at once.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { buildReport, compareReports, readReport, renderHtml, renderMarkdown } from '../../properties/fuzz/report.ts';
import { fuzzReportSchema, type FuzzReport } from '../../properties/fuzz/fuzzReport.ts';
import { parseShard } from '../../properties/fuzz/shard.ts';
import { planUnits, unitName, type FuzzOptions } from '../../properties/fuzz/fuzzRun.ts';
import { runFuzz } from '../../properties/fuzz/runner.ts';
import { InvariantViolation } from '../../properties/harness/outcome.ts';
import type { SuiteProperty } from '../../properties/harness/property.ts';
import type { PropertyInstance } from '../../properties/registry.ts';
import { DirectoryCorpus } from '../../properties/corpus/corpusStore.ts';

const root = mkdtempSync(join(tmpdir(), 'rehearse-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Fails for every n >= 500; shrinks to exactly 500. */
const above: SuiteProperty<number> = {
  id: 'fake.below-limit',
  sentence: 'Every n is below 500.',
  cost: 'pure',
  arbitrary: () => fc.nat({ max: 10_000 }),
  domain: (v) => (typeof v === 'number' ? null : 'not a number'),
  check: async (n) => n < 500,
};
const holds: SuiteProperty<number> = { ...above, id: 'fake.holds', sentence: 'Always.', check: async () => true };

const registryOf = (...properties: SuiteProperty<any>[]) =>
  Object.fromEntries(properties.map((p) => [p.id, (): PropertyInstance => ({ property: p, dispose: async () => {} })]));

function options(overrides: Partial<FuzzOptions> & Pick<FuzzOptions, 'corpus'>): FuzzOptions {
  return {
    units: [
      { property: 'fake.below-limit', target: 'pure' },
      { property: 'fake.holds', target: 'pure' },
    ],
    seed: 1,
    budgetMs: 400,
    roundRuns: { pure: 50, database: 5, rehearsal: 2 },
    registry: registryOf(above, holds),
    engine: realEngine,
    openTarget: () => {
      throw new Error('no targets here');
    },
    toolVersion: '0.0.0-test',
    interrupted: () => false,
    onEvent: () => {},
    ...overrides,
  };
}

describe('units and shards', () => {
  const properties = [
    { id: 'a.pure', pure: true },
    { id: 'b.db', pure: false },
    { id: 'c.db', pure: false },
    { id: 'd.pure', pure: true },
  ];
  const targets = ['sqlite', 'pglite', 'postgres'];

  it('runs pure properties once and database properties once per target', () => {
    expect(planUnits(properties, targets, { index: 1, count: 1 }).map(unitName)).toEqual([
      'a.pure@pure',
      'b.db@pglite',
      'b.db@postgres',
      'b.db@sqlite',
      'c.db@pglite',
      'c.db@postgres',
      'c.db@sqlite',
      'd.pure@pure',
    ]);
  });

  it.each([2, 3, 5, 8, 11])('%i shards cover every unit exactly once, the same way every time', (count) => {
    const all = planUnits(properties, targets, { index: 1, count: 1 }).map(unitName);
    const dealt = Array.from({ length: count }, (_, i) => planUnits(properties, targets, { index: i + 1, count }).map(unitName));
    expect(dealt.flat().sort()).toEqual([...all].sort());
    expect(Array.from({ length: count }, (_, i) => planUnits(properties, targets, { index: i + 1, count }).map(unitName))).toEqual(dealt);
  });

  it.each(['0/2', '3/2', '1/0', 'x', '1/2/3', ''])('refuses the shard %j', (text) => {
    expect(() => parseShard(text)).toThrow(/expected i\/n/);
  });
});

describe('runFuzz', () => {
  it('finds a failure, shrinks it, writes one fixture, and runs round-robin until the budget ends', async () => {
    const corpus = new DirectoryCorpus(join(root, 'one'));
    const events: string[] = [];
    const result = await runFuzz(
      options({ corpus, onEvent: (e) => events.push(e.kind === 'start' ? `start:${e.knownSignatures}` : `${e.kind}:${unitName(e.unit)}`) }),
    );
    const [failing, holding] = result.units;
    expect(failing!.failures).toBeGreaterThanOrEqual(1);
    expect(failing!.newSignatures).toHaveLength(1);
    expect(failing!.fixturesWritten).toHaveLength(1);
    expect(holding!.runs).toBeGreaterThan(0);
    expect(holding!.rounds).toBeGreaterThan(1);
    expect(events[0]).toBe('start:0');
    expect(events.filter((e) => e.startsWith('failure:'))[0]).toBe('failure:fake.below-limit@pure');
    const [entry] = corpus.entries();
    expect(entry!.read.ok && entry!.read.value).toBe(500);
    expect(entry!.read.ok && entry!.read.fixture.failure).toEqual({
      invariant: 'Every n is below 500.',
      error_class: 'PropertyFalse',
      message: 'Every n is below 500.',
    });
    expect(result.finished.getTime() - result.started.getTime()).toBeLessThan(5_000);
  });

  it("gives every unit a first look of one round before any unit's timed turn", async () => {
    const order: string[] = [];
    const result = await runFuzz(
      options({
        corpus: new DirectoryCorpus(join(root, 'first-look')),
        registry: registryOf({ ...holds, id: 'fake.a' }, { ...holds, id: 'fake.b' }),
        units: [
          { property: 'fake.a', target: 'pure' },
          { property: 'fake.b', target: 'pure' },
        ],
        sliceMs: 150,
        maxSweeps: 2,
        budgetMs: 60_000,
        onEvent: (e) => {
          if (e.kind === 'round') order.push(e.unit.property.slice(-1));
        },
      }),
    );
    // Sweep 1: one round each; sweep 2: rounds for 150 ms each.
    expect(order.slice(0, 3)).toEqual(['a', 'b', 'a']);
    expect(order.indexOf('b', 2)).toBeGreaterThan(3);
    expect(result.units.map((u) => u.rounds)).toEqual([order.filter((x) => x === 'a').length, order.filter((x) => x === 'b').length]);
    expect(Math.min(...result.units.map((u) => u.rounds))).toBeGreaterThan(2);
  });

  it('counts a failure whose signature the corpus holds as known, not new', async () => {
    const corpus = new DirectoryCorpus(join(root, 'one'));
    const result = await runFuzz(options({ corpus, seed: 2 }));
    expect(result.knownSignatures).toBe(1);
    expect(result.units[0]!.failures).toBeGreaterThanOrEqual(1);
    expect(result.units[0]!.newSignatures).toEqual([]);
    expect(corpus.entries()).toHaveLength(1);
  });

  it('tells failures apart by invariant and error class, not by value', async () => {
    const split: SuiteProperty<number> = {
      ...above,
      id: 'fake.split',
      check: async (n) => {
        if (n >= 500 && n % 2 === 0) throw new InvariantViolation('even', `n=${n}`);
        if (n >= 500) throw new RangeError(`odd ${n}`);
        return true;
      },
      arbitrary: () => fc.noShrink(fc.nat({ max: 10_000 })),
    };
    const corpus = new DirectoryCorpus(join(root, 'split'));
    const result = await runFuzz(
      options({ corpus, units: [{ property: 'fake.split', target: 'pure' }], registry: registryOf(split), budgetMs: 600 }),
    );
    const failures = corpus
      .entries()
      .map((e) => (e.read.ok ? `${e.read.fixture.failure.error_class}:${e.read.fixture.failure.invariant}` : 'unreadable'))
      .sort();
    expect(failures).toEqual(['PropertyFalse:even', 'RangeError:odd <n>']);
    expect(result.units[0]!.failures).toBeGreaterThan(2);
  });

  it('stops when interrupted, keeps the failure found before, and its report says interrupted', async () => {
    let cases = 0;
    const counting: SuiteProperty<number> = {
      ...above,
      id: 'fake.counting',
      check: async (n) => {
        cases++;
        return n < 500;
      },
    };
    const corpus = new DirectoryCorpus(join(root, 'interrupted'));
    const result = await runFuzz(
      options({
        corpus,
        units: [{ property: 'fake.counting', target: 'pure' }],
        registry: registryOf(counting),
        budgetMs: 60_000,
        // Interrupt in the middle of shrinking the first failure.
        interrupted: () => cases > 60,
      }),
    );
    expect(result.interrupted).toBe(true);
    expect(result.finished.getTime() - result.started.getTime()).toBeLessThan(10_000);
    const entries = corpus.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.read.ok && (entries[0]!.read.value as number) >= 500).toBe(true);
    const report = buildReport(result, {
      budgetMs: 60_000,
      seed: 1,
      targets: [],
      shard: { index: 1, count: 1 },
      unavailable: [],
      toolVersion: 'test',
    });
    expect(report.interrupted).toBe(true);
    expect(report.totals.fixtures_written).toBe(1);
  });

  it('a target that will not open stops its unit with the reason, and the others run on', async () => {
    const db: SuiteProperty<number> = { ...holds, id: 'fake.db', cost: 'database' };
    const corpus = new DirectoryCorpus(join(root, 'down'));
    const result = await runFuzz(
      options({
        corpus,
        units: [
          { property: 'fake.db', target: 'postgres' },
          { property: 'fake.holds', target: 'pure' },
        ],
        registry: registryOf(db, holds),
        budgetMs: 200,
        openTarget: () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        },
      }),
    );
    expect(result.units[0]!.error).toMatch(/ECONNREFUSED/);
    expect(result.units[1]!.runs).toBeGreaterThan(0);
  });

  it('two fuzz processes writing into one corpus at once lose nothing', async () => {
    const dir = join(root, 'shared');
    const script = resolve(root, 'fuzzer.mts');
    writeFileSync(
      script,
      `
      import fc from '${createRequire(import.meta.url).resolve('fast-check')}';
      import { runFuzz } from '${resolve('properties/fuzz/runner.ts')}';
      import { realEngine } from '${resolve('properties/harness/engineApi.ts')}';
      import { InvariantViolation } from '${resolve('properties/harness/outcome.ts')}';
      import { DirectoryCorpus } from '${resolve('properties/corpus/corpusStore.ts')}';
      // Twelve distinct failures, none shrinking into another: both processes find most of them at once.
      const labels = fc.noShrink(fc.constantFrom(...'abcdefghijkl'.split('')));
      const property = { id: 'fake.labels', sentence: 'never', cost: 'pure', arbitrary: () => labels, domain: () => null,
        check: async (l) => { throw new InvariantViolation('label ' + l, l); } };
      const result = await runFuzz({ units: [{ property: 'fake.labels', target: 'pure' }], seed: Number(process.argv[2]), budgetMs: 1500,
        roundRuns: { pure: 5, database: 1, rehearsal: 1 }, registry: { 'fake.labels': () => ({ property, dispose: async () => {} }) },
        engine: realEngine, openTarget: () => { throw new Error('none'); }, corpus: new DirectoryCorpus(${JSON.stringify(dir)}),
        toolVersion: 'test', interrupted: () => false, onEvent: () => {} });
      process.stdout.write(JSON.stringify(result.units[0]));
    `,
    );
    const run = (seed: number) =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => done({ code, out }));
      });
    const [a, b] = await Promise.all([run(1), run(2)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const found = [a, b].map((r) => JSON.parse(r.out) as { newSignatures: string[]; fixturesWritten: string[] });
    const union = new Set(found.flatMap((f) => f.newSignatures));
    expect(union.size).toBeGreaterThanOrEqual(8);
    const files = readdirSync(join(dir, 'fake.labels'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Every failure either process found is on disk, once, readable.
    expect(files.sort()).toEqual([...union].map((s) => `${s.slice(7)}.json`).sort());
    expect(found[0]!.fixturesWritten.length + found[1]!.fixturesWritten.length).toBe(union.size);
    expect(new DirectoryCorpus(dir).entries().every((e) => e.read.ok)).toBe(true);
  }, 60_000);
});

describe('fuzz-report/v1', () => {
  it('is valid, and renders as Markdown and as HTML with its charts', async () => {
    const corpus = new DirectoryCorpus(join(root, 'report'));
    const result = await runFuzz(options({ corpus, seed: 9, budgetMs: 200 }));
    const report = buildReport(result, {
      budgetMs: 200,
      seed: 9,
      targets: ['sqlite'],
      shard: { index: 2, count: 3 },
      unavailable: [{ target: 'postgres', reason: 'not set' }],
      toolVersion: 't',
    });
    expect(fuzzReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(report.results.map((r) => r.property)).toEqual(['fake.below-limit', 'fake.holds']);
    expect(report.totals.runs).toBe(report.results[0]!.runs + report.results[1]!.runs);
    expect(report.shard).toBe('2/3');
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/\| fake\.below-limit \| pure \| \d+ \|/);
    expect(markdown).toContain('postgres left out: not set');
    expect(markdown).toContain('npx rehearse replay');
    const html = renderHtml(report);
    // A chart of cases over time per result, and one of rates with a bar per result.
    expect(html.match(/<svg /g)).toHaveLength(report.results.length + 1);
    expect(html.match(/<rect /g)).toHaveLength(report.results.length);
    expect(html.indexOf('id="failures"')).toBeLessThan(html.indexOf('id="timeline"'));
    expect(html).not.toMatch(/<script/);
    // Every result has a timeline that starts at 0 and ends with its runs.
    for (const r of report.results) {
      expect(r.timeline![0]).toEqual([0, 0]);
      expect(r.timeline!.at(-1)![1]).toBe(r.runs);
    }
  });
});

describe('comparison with a previous report', () => {
  const result = (property: string, runs: number, rate: number, signatures: string[]) => ({
    property,
    target: 'sqlite',
    runs,
    runs_per_second: rate,
    failures: signatures.length,
    new_signatures: [],
    fixtures_written: [],
    rounds: 1,
    seconds: 1,
    error: null,
    timeline: [
      [0, 0],
      [1, runs],
    ] as [number, number][],
    found: signatures.map((signature) => ({ signature, new: false, fixture: null, counterexample_chars: 1, seconds: 1, message: 'm' })),
  });
  const report = (results: ReturnType<typeof result>[]): FuzzReport => ({
    format: 'fuzz-report/v1',
    start: '2026-11-28T00:00:00.000Z',
    budget_seconds: 1,
    seed: 1,
    targets: ['sqlite'],
    results,
    totals: { runs: 0, failures: 0, new_signatures: 0, fixtures_written: 0 },
    finish: '2026-11-28T00:00:01.000Z',
    elapsed_seconds: 1,
    interrupted: false,
    shard: '1/1',
    unavailable_targets: [],
    known_signatures_at_start: 0,
    tool_version: 't',
  });

  it("names new, fixed and still-failing signatures, and every unit's rate then and now", () => {
    const before = report([
      result('a', 10, 5, ['sha256:fixed', 'sha256:both']),
      result('b', 10, 5, ['sha256:b-then']),
      result('gone', 1, 1, []),
    ]);
    // b did not run tonight: its failure is not called fixed.
    const now = [result('a', 20, 10, ['sha256:both', 'sha256:new']), result('b', 0, 0, [])];
    expect(compareReports(before, now)).toEqual({
      previous_start: before.start,
      new: ['sha256:new'],
      fixed: ['sha256:fixed'],
      still_failing: ['sha256:both'],
      rates: [
        { property: 'a', target: 'sqlite', before: 5, after: 10 },
        { property: 'b', target: 'sqlite', before: 5, after: 0 },
      ],
    });
  });

  it('reads a report directory or file, and says what is wrong with one it cannot read', () => {
    const dir = join(root, 'previous');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report([])));
    expect(readReport(dir).start).toBe('2026-11-28T00:00:00.000Z');
    expect(readReport(join(dir, 'report.json')).seed).toBe(1);
    expect(() => readReport(join(root, 'nowhere'))).toThrow(/nowhere.*no fuzz report there/);
    writeFileSync(join(dir, 'bad.json'), '{');
    expect(() => readReport(join(dir, 'bad.json'))).toThrow(/bad\.json: not JSON/);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ format: 'rehearsal-plan/v1' }));
    expect(() => readReport(join(dir, 'other.json'))).toThrow(/other\.json: not a fuzz-report\/v1: format/);
  });
});
