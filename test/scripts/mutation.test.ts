import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS module shared with stryker.config.mjs
import { MUTATION_SHARDS, selectedShards } from '../../scripts/mutationShards.mjs';
import { folderOf, renderSummary, score, summarize } from '../../scripts/mutation.ts';

interface Shard {
  name: string;
  folder: string;
  mutate: string[];
  tests: string[];
  targets: string;
}
const SHARDS: Shard[] = MUTATION_SHARDS;

describe('the mutation shards', () => {
  it('mutate every source file of src/ exactly once', () => {
    const all = globSync('src/**/*.ts').sort();
    const covered = SHARDS.flatMap((s) => s.mutate.flatMap((g) => globSync(g))).sort();
    expect(covered).toEqual(all);
  });

  it('name test files that exist, and only folders of src/ as their report folder', () => {
    for (const shard of SHARDS) {
      for (const t of shard.tests.filter((t) => !t.startsWith('!'))) expect(globSync(t).length, `${shard.name}: ${t}`).toBeGreaterThan(0);
      for (const g of shard.mutate)
        for (const f of globSync(g)) expect(folderOf(f) === shard.folder || folderOf(f) === 'src', `${shard.name}: ${f}`).toBe(true);
      for (const target of shard.targets.split(',').filter(Boolean)) expect(['sqlite', 'pglite', 'postgres']).toContain(target);
    }
  });

  it('are the nightly workflow matrix, one job each', () => {
    const workflow = readFileSync('.github/workflows/nightly-mutation.yml', 'utf8');
    const matrix = /shard:\s*\n\s*\[([^\]]*)\]/.exec(workflow)?.[1];
    expect(matrix?.split(',').map((s) => s.trim())).toEqual(SHARDS.map((s) => s.name));
  });

  it('are picked by REHEARSE_MUTATION_SHARD, and an unknown name is refused', () => {
    expect(selectedShards({}).length).toBe(SHARDS.length);
    expect(selectedShards({ REHEARSE_MUTATION_SHARD: 'engine' }).map((s: Shard) => s.name)).toEqual(['engine']);
    expect(() => selectedShards({ REHEARSE_MUTATION_SHARD: 'nope' })).toThrow(/REHEARSE_MUTATION_SHARD=nope: expected one of gate, /);
  });
});

describe('the merged mutation summary', () => {
  const mutant = (status: string, mutatorName = 'StringLiteral', line = 1) => ({
    id: `${line}`,
    mutatorName,
    replacement: '""',
    status,
    location: { start: { line, column: 1 } },
  });
  const report = (files: Record<string, ReturnType<typeof mutant>[]>) => ({
    schemaVersion: '1',
    thresholds: {},
    files: Object.fromEntries(Object.entries(files).map(([f, mutants]) => [f, { language: 'typescript', source: '', mutants }])),
  });

  it('scores each folder and the whole, ignored and erroring mutants left out', () => {
    const summary = summarize([
      {
        name: 'a',
        report: report({
          'src/gate/x.ts': [mutant('Killed'), mutant('Killed'), mutant('Survived', 'EqualityOperator', 7), mutant('Ignored')],
        }),
      },
      {
        name: 'b',
        report: report({
          'src/targets/source/y.ts': [mutant('Timeout'), mutant('NoCoverage', 'BlockStatement', 3), mutant('CompileError')],
          'src/codes.ts': [mutant('Killed')],
        }),
      },
      { name: 'c', report: null },
    ]);
    expect(summary.folders['src/gate']).toMatchObject({ killed: 2, survived: 1, ignored: 1, score: 66.67 });
    expect(summary.folders['src/targets']).toMatchObject({ timeout: 1, noCoverage: 1, errors: 1, score: 50 });
    expect(summary.folders.src).toMatchObject({ killed: 1, score: 100 });
    expect(summary.overall).toMatchObject({ killed: 3, timeout: 1, survived: 1, noCoverage: 1, errors: 1, ignored: 1, score: 66.67 });
    expect(summary.survivors.map((s) => `${s.kind} ${s.file}:${s.line}`)).toEqual([
      'BlockStatement src/targets/source/y.ts:3',
      'EqualityOperator src/gate/x.ts:7',
    ]);
    const text = renderSummary(summary);
    expect(text).toContain('Shards with no report yet (not counted): c.');
    expect(text).toContain('| src/gate | 66.67 | 2 | 0 | 1 | 0 | 0 | 1 |');
    expect(text).toContain('| **all of src/** | 66.67 | 3 | 1 | 1 | 1 | 1 | 1 |');
    expect(text).toContain('- EqualityOperator src/gate/x.ts:7 → `""`');
    expect(text).toContain('- BlockStatement src/targets/source/y.ts:3 (no coverage)');
  });

  it('counts a folder with no valid mutant as 100 %', () => {
    expect(score({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 2, ignored: 5 })).toBe(100);
    expect(existsSync('scripts/mutation.ts')).toBe(true);
  });
});
