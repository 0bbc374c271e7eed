/**
 * From a stored failure to a readable local reproduction: `rehearse replay` (with --reshrink),
 * `rehearse regress` and `rehearse corpora merge`, run in-process against a deliberately broken
 * engine (a ROLLBACK that silently commits), so the failure is real and reproducible.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { corporaMerge } from '../../cli/commands/corpora.ts';
import { regressCommand } from '../../cli/commands/regress.ts';
import { replayCommand } from '../../cli/commands/replay.ts';
import { memoryOutput } from '../../cli/output.ts';
import { realEngine, type EngineApi } from '../../properties/harness/engineApi.ts';
import { runCase } from '../../properties/harness/outcome.ts';
import { PROPERTY_REGISTRY } from '../../properties/registry.ts';
import { rewritingExec, withClones } from '../../properties/harness/withClones.ts';
import { DirectoryCorpus, readFixtureFile } from '../../properties/corpus/corpusStore.ts';
import { makeFixture } from '../../properties/corpus/fixture.ts';
import { resolveTarget } from '../../src/index.ts';
import type { StateAndBatch } from '../../properties/harness/stateAndBatch.ts';

const root = mkdtempSync(join(tmpdir(), 'rehearse-replay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The real engine, except that every clone's ROLLBACK silently commits. */
const committingRollback: EngineApi = {
  ...realEngine,
  runRehearsal: (plan, target, options) =>
    realEngine.runRehearsal(
      plan,
      withClones(target, (clone) => ({
        ...clone,
        session: rewritingExec(clone, (sql) => (sql === 'ROLLBACK' ? 'COMMIT' : sql)),
      })),
      options,
    ),
};

const PROPERTY = 'rollback.txn-restores-before';
const options = { reshrink: false, maxAttempts: 80, reshrinkBudgetMs: 60_000, target: null };

/** A generated case with an UPDATE of an existing row (so there is a row diff to show), stored the way a fuzz run stores it. */
async function storedFailure(dir: string): Promise<string> {
  const sqlite = resolveTarget('sqlite:');
  const { property, dispose } = PROPERTY_REGISTRY[PROPERTY]!(sqlite);
  try {
    const value = fc.sample(property.arbitrary({ engine: realEngine, target: sqlite }), { numRuns: 200, seed: 3 }).find((v) => {
      const { batch } = v as StateAndBatch;
      return !batch.failsMidway && batch.statements.length > 1 && batch.statements.some((s) => s.op === 'update');
    });
    expect(value, 'a batch with an UPDATE among 200 samples').toBeDefined();
    const outcome = await runCase(property, value, { engine: committingRollback, target: sqlite });
    expect(outcome.held).toBe(false);
    const fixture = makeFixture({
      property: PROPERTY,
      target: 'sqlite',
      counterexample: value,
      seed: 3,
      path: '7:1',
      failure: !outcome.held ? outcome.failure : null!,
      toolVersion: '0.1.0',
      date: new Date(),
    });
    return new DirectoryCorpus(dir).save(fixture).path;
  } finally {
    await dispose();
    await sqlite.close();
  }
}

describe('rehearse replay', () => {
  it('shows what was expected, what happened, the differing rows as a unified diff, and the seed and path', async () => {
    const path = await storedFailure(join(root, 'a'));
    const output = memoryOutput();
    expect(await replayCommand(output, [path], options, committingRollback)).toBe(1);
    const text = output.stdout.join('');
    expect(text).not.toContain('[redacted]');
    expect(text).toContain(`property  ${PROPERTY} on sqlite`);
    expect(text).toContain('seed 3 path 7:1');
    expect(text).toMatch(/expected {2}After BEGIN, apply, ROLLBACK and the sequence reset, the state equals the before-state\./);
    expect(text).toMatch(/now {7}still fails — PropertyFalse: RX-3 BLOCKED with ROLLBACK_NOT_RESTORED/);
    expect(text).toContain('txn_after_rollback differs from the before-state');
    // A unified diff of rows: a file header, and at least one removed and one added row.
    expect(text).toMatch(/--- before\/[^\n]+\n\s*\+\+\+ after\//);
    expect(text).toMatch(/\n\s+-[^-\n][^\n]*=/);
    expect(text).toMatch(/\n\s+\+[^+\n][^\n]*=/);
  }, 120_000);

  it('passes now with the real engine: exit 0', async () => {
    const path = await storedFailure(join(root, 'b'));
    const output = memoryOutput();
    expect(await replayCommand(output, [path], options)).toBe(0);
    expect(output.stdout.join('')).toContain('now       passes: the failure no longer reproduces');
  }, 120_000);

  it('--reshrink writes a smaller fixture of the same failure, in place', async () => {
    const path = await storedFailure(join(root, 'c'));
    const before = readFixtureFile(path);
    const output = memoryOutput();
    expect(await replayCommand(output, [path], { ...options, reshrink: true }, committingRollback)).toBe(1);
    expect(output.stdout.join('')).toMatch(/reshrink {2}shrank from (\d+) to (\d+) characters/);
    const after = readFixtureFile(path);
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.fixture.signature).toBe(before.fixture.signature);
    expect(JSON.stringify(after.fixture.counterexample).length).toBeLessThan(JSON.stringify(before.fixture.counterexample).length);
    // The smaller value still reproduces the failure, and is still one today's generator can make.
    const output2 = memoryOutput();
    expect(await replayCommand(output2, [path], options, committingRollback)).toBe(1);
    expect(output2.stdout.join('')).not.toContain('OUT OF DOMAIN');
  }, 180_000);

  it('an unreadable fixture is named with the reason: exit 2', async () => {
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{"format": "rehearsal-fixture/v0"}');
    const output = memoryOutput();
    expect(await replayCommand(output, [bad, join(root, 'missing.json')], options)).toBe(2);
    expect(output.stderr.join('')).toMatch(/bad\.json: not a rehearsal-fixture\/v1: field format/);
    expect(output.stderr.join('')).toMatch(/missing\.json: cannot read it: ENOENT/);
  });
});

describe('out of domain', () => {
  it("a fixture today's generator cannot produce is reported as out of domain, by replay and by regress, not passed", async () => {
    const dir = join(root, 'ood');
    const path = await storedFailure(dir);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    stored.counterexample.state.tables[0].columns[0].type = 'money';
    writeFileSync(path, JSON.stringify(stored));
    const output = memoryOutput();
    expect(await replayCommand(output, [path], options)).toBe(1);
    expect(output.stdout.join('')).toMatch(
      /OUT OF DOMAIN: today's generator cannot produce this value \(state\.tables\.0\.columns\.0\.type: /,
    );
    const regress = memoryOutput();
    const junit = join(root, 'ood.xml');
    expect(await regressCommand(regress, dir, junit)).toBe(1);
    expect(regress.stdout.join('')).toMatch(/out-of-domain +rollback\.txn-restores-before/);
    expect(regress.stdout.join('')).toContain('out of domain: 1');
    // JUnit XML: the fixture is a failing test case that says how to reproduce it.
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuite name="rehearse regress [^"]*" tests="1" failures="1"/);
    expect(xml).toMatch(
      /<testcase classname="rollback\.txn-restores-before" name="[0-9a-f]{12} \[[a-z]+\]" time="[\d.]+">\n {4}<failure message="out of domain">[^<]*reproduce with: npx rehearse replay [^<]+\.json<\/failure>/,
    );
  }, 120_000);
});

describe('rehearse corpora merge', () => {
  it('merges shard corpora, one fixture per signature, and names an unreadable input', async () => {
    const [a, b, into] = ['shard-a', 'shard-b', 'merged'].map((d) => join(root, d));
    const first = await storedFailure(a!);
    mkdirSync(join(b!, PROPERTY), { recursive: true });
    copyFileSync(first, join(b!, PROPERTY, first.split('/').pop()!));
    const other = new DirectoryCorpus(b!).save(
      makeFixture({
        property: 'gate.fail-closed',
        target: 'pure',
        counterexample: { mutation: 'x', bytes: new Uint8Array([1]) },
        seed: 1,
        path: '0',
        failure: { invariant: 'another', errorClass: 'PropertyFalse', message: '' },
        toolVersion: '0.1.0',
        date: new Date(),
      }),
    );
    expect(other.outcome).toBe('written');
    const output = memoryOutput();
    expect(corporaMerge(output, into!, [a!, b!])).toBe(0);
    expect(output.stdout.join('')).toContain('2 added, 1 already there (same signature), 0 unreadable; 2 fixtures');
    writeFileSync(join(b!, PROPERTY, 'torn.json'), '{"format":');
    const again = memoryOutput();
    expect(corporaMerge(again, into!, [a!, b!])).toBe(1);
    expect(again.stderr.join('')).toMatch(/left out .*torn\.json: not JSON/);
    expect(again.stdout.join('')).toContain('0 added, 3 already there');
  }, 120_000);
});
