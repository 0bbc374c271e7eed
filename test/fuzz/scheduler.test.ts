/**
 * The progress scheduler: starved units first (fewer than 50 cases, or under the floor share of the
 * run's time), then the unit expected to discover the most per second; and the runner with it —
 * a unit that keeps reaching new blocks gets most of the time, every other unit keeps its floor —
 * and V8 block coverage of src/ really counts what a turn reached.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceCoverage, type CoverageSource } from '../../properties/fuzz/coverage.ts';
import { buildReport, renderHtml, renderMarkdown } from '../../properties/fuzz/report.ts';
import { runFuzz } from '../../properties/fuzz/runner.ts';
import { floorShare, newProgress, pickNext, recordTurn, SCHEDULER, type UnitProgress } from '../../properties/fuzz/scheduler.ts';
import { DirectoryCorpus } from '../../properties/corpus/corpusStore.ts';
import { realEngine } from '../../properties/harness/engineApi.ts';
import type { SuiteProperty } from '../../properties/harness/property.ts';
import type { PropertyInstance } from '../../properties/registry.ts';
import { PACKAGE_ROOT } from '../../src/suite.ts';
import { decideRequest } from '../../src/index.ts';

const root = mkdtempSync(join(tmpdir(), 'rehearse-schedule-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const unit = (over: Partial<UnitProgress>): UnitProgress => ({ ...newProgress(), ...over });

describe('pickNext', () => {
  it('serves a unit under 50 cases first, then the one under its floor share, then the best rate', () => {
    const rich = unit({ runs: 500, busyMs: 5_000, recentFound: 50, recentMs: 1_000 });
    const quiet = unit({ runs: 500, busyMs: 5_000, recentFound: 0, recentMs: 1_000 });
    expect(pickNext([rich, quiet, unit({ runs: 10, busyMs: 1_000 })], 20_000)).toBe(2);
    // Fewer than 50 cases but more than a round-robin share of the time already: not served first.
    expect(pickNext([rich, quiet, unit({ runs: 10, busyMs: 9_000, recentMs: 9_000 })], 20_000)).toBe(0);
    // Under its floor: 5 % of 100 s is 5 s; 1 s is under.
    expect(pickNext([rich, quiet, unit({ runs: 500, busyMs: 1_000 })], 100_000)).toBe(2);
    expect(pickNext([quiet, rich], 20_000)).toBe(1);
  });

  it('skips broken units, and says -1 when every unit is', () => {
    expect(pickNext([unit({ broken: true, runs: 0 }), unit({ runs: 500, busyMs: 5_000 })], 10_000)).toBe(1);
    expect(pickNext([unit({ broken: true })], 10_000)).toBe(-1);
  });

  it('keeps the floor possible: 5 % each, or half a round-robin share when units are many', () => {
    expect(floorShare(4)).toBe(0.05);
    expect(floorShare(34)).toBeCloseTo(0.5 / 34);
    expect(floorShare(34) * 34).toBeLessThanOrEqual(1);
  });

  it('in a simulated run, the unit that keeps discovering gets most of the time, and no unit starves', () => {
    const units = Array.from({ length: 6 }, () => newProgress());
    let elapsed = 0;
    for (let turn = 0; turn < 3_000; turn++) {
      const i = pickNext(units, elapsed);
      // Unit 3 reaches a new block on every second turn; the others find nothing after their first turns.
      const newBlocks = i === 3 ? turn % 2 : units[i]!.runs === 0 ? 20 : 0;
      recordTurn(units[i]!, { ms: 100, runs: 10, newBlocks, newSignatures: 0 });
      elapsed += 100;
    }
    const share = units.map((u) => u.busyMs / elapsed);
    expect(share[3]).toBeGreaterThan(0.5);
    for (const [i, u] of units.entries()) {
      expect(u.runs, `unit ${i}`).toBeGreaterThanOrEqual(SCHEDULER.minCases);
      expect(share[i], `unit ${i}`).toBeGreaterThanOrEqual(floorShare(units.length) * 0.95);
    }
  });
});

/** A stand-in property per unit; the fake coverage credits a new block to every turn of unit `finder`. */
function stand(id: string): SuiteProperty<number> {
  return { id, sentence: 'Always.', cost: 'pure', arbitrary: () => fc.nat(), domain: () => null, check: async () => true };
}

describe('runFuzz with the progress schedule', () => {
  it('spends the time where new blocks are found, keeps every unit above its floor, and reports coverage over time', async () => {
    const ids = ['u.a', 'u.b', 'u.finder', 'u.c'];
    const registry = Object.fromEntries(ids.map((id) => [id, (): PropertyInstance => ({ property: stand(id), dispose: async () => {} })]));
    let lastUnit = '';
    let blocks = 0;
    const coverage: CoverageSource = {
      take: async () => {
        const found = lastUnit === 'u.finder' ? 3 : 0;
        blocks += found;
        return found;
      },
      get blocks() {
        return blocks;
      },
      stop: async () => {},
    };
    const result = await runFuzz({
      units: ids.map((property) => ({ property, target: 'pure' })),
      seed: 4,
      budgetMs: 60_000,
      maxSweeps: 100,
      sliceMs: 0,
      roundRuns: { pure: 10, database: 1, rehearsal: 1 },
      registry,
      engine: realEngine,
      openTarget: () => {
        throw new Error('no targets');
      },
      corpus: new DirectoryCorpus(join(root, 'progress')),
      toolVersion: '0.0.0-test',
      interrupted: () => false,
      onEvent: (e) => {
        if (e.kind === 'round') lastUnit = e.unit.property;
      },
      schedule: 'progress',
      coverage,
    });
    const rounds = Object.fromEntries(result.units.map((u) => [u.property, u.rounds]));
    // 100 sweeps' worth of turns, 400 in all: the finder gets most.
    expect(Object.values(rounds).reduce((a, b) => a + b, 0)).toBe(400);
    expect(rounds['u.finder']).toBeGreaterThan(200);
    for (const u of result.units) expect(u.runs, u.property).toBeGreaterThanOrEqual(SCHEDULER.minCases);
    const finder = result.units.find((u) => u.property === 'u.finder')!;
    expect(finder.blocks).toBe(blocks);
    expect(finder.lastNewCoverageMs).not.toBeNull();
    expect(result.schedule).toBe('progress');
    expect(result.coverage!.blocks).toBe(blocks);

    const report = buildReport(result, {
      budgetMs: 60_000,
      seed: 4,
      targets: [],
      shard: { index: 1, count: 1 },
      unavailable: [],
      toolVersion: '0.0.0-test',
    });
    expect(report.coverage!.blocks).toBe(blocks);
    expect(report.results.find((r) => r.property === 'u.finder')!.blocks).toBe(blocks);
    expect(renderMarkdown(report)).toMatch(/schedule: progress · branch blocks of src\/ reached: \d+/);
    expect(renderHtml(report)).toContain('Branch coverage of src/ over time');
  });
});

describe('V8 block coverage of src/', () => {
  it('counts the blocks a call into src/ reaches first, and nothing for the same call again', async () => {
    const coverage = await SourceCoverage.start(PACKAGE_ROOT);
    try {
      await coverage.take();
      decideRequest(Buffer.from('{"lane":"REHEARSAL"}'));
      const first = await coverage.take();
      decideRequest(Buffer.from('{"lane":"REHEARSAL"}'));
      const again = await coverage.take();
      expect(first).toBeGreaterThan(0);
      expect(again).toBe(0);
      expect(coverage.blocks).toBeGreaterThanOrEqual(first);
    } finally {
      await coverage.stop();
    }
  });
});
