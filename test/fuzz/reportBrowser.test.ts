/**
 * report.html as a person sees it, in a real browser (headless Chromium, driven by
 * playwright-core). Two real short runs: the real engine as the previous night, then a
 * known-bad engine compared with it (`--previous`), so the page has failures to put first, a
 * comparison and charts of cases over time. Checked with JavaScript off (the page has none), and
 * a screenshot is saved under reports/.
 *
 * Chromium is Debian's package (`.ci/run` installs it); REHEARSE_CHROMIUM names another binary.
 * Without one the test is skipped, with the reason in its name — except in CI, where it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { PROPERTY_REGISTRY } from '../../properties/registry.ts';
import { buildReport, readReport, writeReport } from '../../properties/fuzz/report.ts';
import { planUnits } from '../../properties/fuzz/fuzzRun.ts';
import { runFuzz } from '../../properties/fuzz/runner.ts';
import { DirectoryCorpus } from '../../properties/corpus/corpusStore.ts';
import { resolveTarget } from '../../src/index.ts';
import { KNOWN_BAD_ENGINES } from '../teeth/knownBadEngines.ts';

const executable = process.env.REHEARSE_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(executable);
if (!haveBrowser && process.env.CI) throw new Error(`no Chromium at ${executable}: .ci/run installs Debian's chromium package`);
const work = mkdtempSync(join(tmpdir(), 'rehearse-report-browser-'));
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The flags this machine's closed network needs: no background connections at all. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PROPERTIES = ['gate.fail-closed', 'gate.control-allowed', 'capture.entry-equals-exit', 'capture.detects-every-change'];

async function previousNight(): Promise<string> {
  const reports = join(work, 'reports-previous');
  const output = memoryOutput();
  const code = await main(
    [
      'fuzz',
      '--budget',
      '6s',
      '--targets',
      'sqlite',
      '--properties',
      PROPERTIES.join(','),
      '--seed',
      '7',
      '--corpus',
      join(work, 'corpus'),
      '--reports',
      reports,
    ],
    output,
  );
  expect(code, output.stderr.join('')).toBe(0);
  return join(reports, readdirSync(reports)[0]!);
}

/** Tonight: an engine whose gate compares the lane without regard to case, compared with last night. */
async function tonight(previousDir: string): Promise<string> {
  const bad = KNOWN_BAD_ENGINES.find((e) => e.id === 'gate.lane-any-case')!;
  const sqlite = resolveTarget('sqlite:');
  const corpus = new DirectoryCorpus(join(work, 'corpus'));
  const result = await runFuzz({
    units: planUnits(
      PROPERTIES.map((id) => ({ id, pure: id.startsWith('gate.') })),
      ['sqlite'],
      { index: 1, count: 1 },
    ),
    // Ten sweeps, not a time budget: what it finds does not depend on how busy the machine is.
    seed: 1,
    budgetMs: 60_000,
    maxSweeps: 10,
    roundRuns: { pure: 50, database: 5, rehearsal: 1 },
    sliceMs: 0,
    registry: PROPERTY_REGISTRY,
    engine: bad.engine,
    openTarget: () => sqlite,
    corpus,
    toolVersion: 'test',
    interrupted: () => false,
    onEvent: () => {},
  });
  const dir = join(work, 'reports-tonight');
  writeReport(
    dir,
    buildReport(result, {
      budgetMs: 60_000,
      seed: 1,
      targets: ['sqlite'],
      shard: { index: 1, count: 1 },
      unavailable: [],
      toolVersion: 'test',
      previous: readReport(previousDir),
    }),
  );
  return dir;
}

describe.runIf(haveBrowser)(
  `report.html in headless Chromium${haveBrowser ? '' : ` — skipped: no Chromium at ${executable} (apt-get install -y chromium)`}`,
  () => {
    it("puts failures first with their replay commands, compares with the previous run, and draws every unit's chart", async () => {
      const dir = await tonight(await previousNight());
      const report = readReport(dir);
      const failures = report.results.flatMap((r) => [...new Set((r.found ?? []).map((f) => f.signature))]);
      expect(failures.length).toBeGreaterThan(0);
      expect(report.comparison!.new.length).toBeGreaterThan(0);

      browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`file://${resolve(dir, 'report.html')}`);

      // Failures come first, each with the exact command that reproduces it, naming a file that exists.
      const headings = await page.locator('h2').allInnerTexts();
      expect(headings[0]).toMatch(/^Failures \(\d+\)$/);
      expect(headings[1]).toMatch(/^Compared with the run of /);
      const commands = await page.locator('table.failures code', { hasText: 'npx rehearse replay' }).allInnerTexts();
      expect(commands.length).toBe(failures.length);
      for (const command of commands) expect(existsSync(command.replace('npx rehearse replay ', ''))).toBe(true);
      await expect(page.locator('#comparison + ul').innerText()).resolves.toMatch(
        /New failures: [0-9a-f]{12} \(gate\.fail-closed \[pure\]\)/,
      );

      // One chart per unit, its line drawn, its name visible; the rate chart has a bar per unit.
      const captions = await page.locator('figure figcaption').allInnerTexts();
      expect(captions.map((c) => c.replace(/ — \d+ cases$/, ''))).toEqual(report.results.map((r) => `${r.property} [${r.target}]`));
      const paths = await page
        .locator('figure svg path.line')
        .evaluateAll((nodes) => nodes.map((n) => ({ d: n.getAttribute('d') ?? '', width: (n as SVGGraphicsElement).getBBox().width })));
      expect(paths).toHaveLength(report.results.length);
      for (const p of paths) {
        expect(p.d).toMatch(/^M[\d.]+,[\d.]+ H/);
        expect(p.width).toBeGreaterThan(0);
      }
      for (const r of report.results)
        await expect(page.getByText(`${r.property} [${r.target}]`, { exact: true }).first().isVisible()).resolves.toBe(true);
      expect(await page.locator('svg[aria-label="runs per second"] rect').count()).toBe(report.results.length);

      // Self-contained: nothing but the file itself was fetched, and there is no script to run.
      expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
      expect(await page.locator('script').count()).toBe(0);

      mkdirSync('reports', { recursive: true });
      const shot = join('reports', 'report-screenshot.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot)).toBe(true);
    }, 120_000);
  },
);
