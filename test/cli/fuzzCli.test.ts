/**
 * `rehearse fuzz` as a user runs it: a short real run writes a valid report directory; Ctrl-C
 * stops it, still writes the report of what ran and leaves every fixture intact; bad arguments
 * are one line and exit 2.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzReportSchema } from '../../properties/fuzz/fuzzReport.ts';

const root = mkdtempSync(join(tmpdir(), 'rehearse-fuzz-cli-'));
const children: ChildProcess[] = [];
// A test that fails or times out must not leave a fuzz run behind.
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});
const bin = resolve('bin/rehearse.js');
const env = { ...process.env, REHEARSE_PG_URL: '' };

function reportIn(dir: string) {
  const [run] = readdirSync(dir);
  expect(run).toMatch(/^fuzz-\d{8}T\d{6}Z-seed\d+$/);
  expect(readdirSync(join(dir, run!)).sort()).toEqual(['report.html', 'report.json', 'report.md']);
  return { dir: join(dir, run!), report: fuzzReportSchema.parse(JSON.parse(readFileSync(join(dir, run!, 'report.json'), 'utf8'))) };
}

describe('rehearse fuzz', () => {
  it('runs the chosen properties until the budget ends, logs its seed, and writes the report directory', () => {
    const reports = join(root, 'reports-a');
    const run = spawnSync(
      process.execPath,
      [
        bin,
        'fuzz',
        '--budget',
        '10s',
        '--targets',
        'sqlite',
        '--properties',
        'gate.,capture.entry-equals-exit',
        '--seed',
        '42',
        '--corpus',
        join(root, 'corpus-a'),
        '--reports',
        reports,
        '--junit',
        join(root, 'fuzz-a.xml'),
      ],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).toContain("fuzz: seed 42 (rerun this run's cases with --seed 42)");
    expect(run.status).toBe(0);
    const { report } = reportIn(reports);
    expect(report.seed).toBe(42);
    expect(report.targets).toEqual(['sqlite']);
    expect(report.results.map((r) => `${r.property}@${r.target}`)).toEqual([
      'capture.entry-equals-exit@sqlite',
      'gate.control-allowed@pure',
      'gate.fail-closed@pure',
    ]);
    // Each unit has a 2-second turn: in 10 s every one of the three has run.
    expect(report.results.map((r) => r.runs > 0)).toEqual([true, true, true]);
    expect(report.totals.new_signatures).toBe(0);
    expect(report.interrupted).toBe(false);
    expect(run.stdout).toMatch(/gate\.fail-closed \[pure\] +runs +\d+/);
    expect(run.stdout).toContain('fuzz: report ');
    // JUnit XML: one test case per unit, none failing.
    const junit = readFileSync(join(root, 'fuzz-a.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="rehearse fuzz \(seed 42, shard 1\/1\)" tests="3" failures="0" errors="0" skipped="0"/);
    expect([...junit.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]}@${m[2]}`)).toEqual([
      'capture.entry-equals-exit@sqlite',
      'gate.control-allowed@pure',
      'gate.fail-closed@pure',
    ]);
  }, 180_000);

  it('Ctrl-C stops the run, writes the report of what ran, and leaves every fixture intact', async () => {
    const corpus = join(root, 'corpus-b');
    cpSync('corpora', corpus, { recursive: true });
    const fixtures = () =>
      readdirSync(corpus, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [f, readFileSync(join(corpus, f), 'utf8')]);
    const fixturesBefore = fixtures();
    expect(fixturesBefore.length).toBeGreaterThan(0);
    const reports = join(root, 'reports-b');
    const child = spawn(
      process.execPath,
      [
        bin,
        'fuzz',
        '--budget',
        '10m',
        '--targets',
        'sqlite',
        '--properties',
        'gate.fail-closed,rollback.',
        '--progress-every',
        '1s',
        '--corpus',
        corpus,
        '--reports',
        reports,
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((done) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        // Once progress shows cases have run, interrupt.
        if (/runs [1-9]/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', done);
    });
    expect(stderr).toContain('interrupted: finishing the case in hand');
    expect(code).toBe(130);
    const { report } = reportIn(reports);
    expect(report.interrupted).toBe(true);
    expect(report.totals.runs).toBeGreaterThan(0);
    expect(report.elapsed_seconds).toBeLessThan(120);
    expect(stdout).toContain('interrupted after');
    const fixturesAfter = fixtures();
    expect(fixturesAfter).toEqual(fixturesBefore);
  }, 180_000);

  it.each([
    [['--shard', '3/2'], /--shard "3\/2": expected i\/n/],
    [['--budget', '0s'], /the budget must be more than zero/],
    [['--budget', 'soon'], /expected a duration such as 90s/],
    [['--targets', 'oracle'], /no target "oracle"; the targets are: sqlite, pglite, postgres/],
    [['--targets', 'postgres'], /postgres is not available here: REHEARSE_PG_URL is not set/],
    [['--properties', 'gate.nope'], /no property "gate\.nope"/],
    [['--seed', '-1'], /expected a whole number/],
  ])(
    'refuses %j in one line, exit 2',
    (args, message) => {
      const run = spawnSync(process.execPath, [bin, 'fuzz', ...args, '--corpus', join(root, 'never'), '--reports', join(root, 'never')], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
