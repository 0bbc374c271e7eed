/**
 * Our own text never trips the seal-token guard: every command's help, every error the CLI prints
 * for bad input, and the README and docs come out of the guard unchanged. The guard's rule is
 * not relaxed for it: the texts are written so that nothing in them reads as a seal-like token.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandPaths, main } from '../../cli/main.ts';
import { documents } from '../docs/checkDocs.ts';
import { memoryOutput } from '../../cli/output.ts';
import { REDACTED, redactSealTokens } from '../../src/guard/sealTokens.ts';
import { TOOL_VERSION } from '../../src/version.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-own-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = async (argv: string[]) => {
  const output = memoryOutput();
  const code = await main(argv, output);
  return { code, text: [...output.stdout, ...output.stderr].join('') };
};

describe("the CLI's own text", () => {
  const paths = commandPaths();

  it('has every command, nested ones too', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['', 'run', 'fuzz', 'gate', 'validate', 'regress', 'replay', 'corpora merge', 'bench', 'targets']),
    );
  });

  it.each(paths.map((p) => [p.join(' ') || '(top level)', p]))('rehearse %s --help is never redacted', async (_name, path) => {
    const { code, text } = await run([...(path as string[]), '--help']);
    // The gate's exit 0 is ALLOW and nothing else: its help exits 1.
    expect(code).toBe(path[0] === 'gate' ? 1 : 0);
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(REDACTED);
  });

  it('--version and -V print the package version', async () => {
    for (const flag of ['--version', '-V']) expect(await run([flag])).toEqual({ code: 0, text: `${TOOL_VERSION}\n` });
  });

  it('help shows defaults as a user writes them', async () => {
    const { text } = await run(['fuzz', '--help']);
    expect(text).toContain('(default: 10m)');
    expect(text).toContain('(default: 1/1)');
    expect(text).toContain('(default: 30s)');
    expect((await run(['replay', '--help'])).text).toContain('(default: 5m)');
  });

  // Every kind of bad input the CLI answers with a message: a usage error from the parser, or one of ours.
  const missing = join(work, 'missing.json');
  const notJson = join(work, 'not.json');
  writeFileSync(notJson, 'not json');
  const full = join(work, 'full');
  it.each([
    [['nope']],
    [['run']],
    [['run', missing]],
    [['run', notJson]],
    [['run', notJson, '--skip', 'everything']],
    [['run', notJson, '--unknown']],
    [['fuzz', '--budget', 'soon']],
    [['fuzz', '--budget', '0s']],
    [['fuzz', '--seed', '-1']],
    [['fuzz', '--shard', '3/2']],
    [['fuzz', '--targets', 'oracle']],
    [['fuzz', '--properties', 'gate.nope']],
    [['replay']],
    [['replay', missing]],
    [['regress', join(work, 'no-corpus')]],
    [['corpora', 'merge', full, join(work, 'no-corpus')]],
    [['bench', 'nope']],
    [['bench', 'run']],
    [['bench', 'gate', 'plan.json']],
    [['validate']],
    [['validate', missing]],
    [['validate', notJson]],
    [['validate', notJson, '--evidence', missing]],
    [['gate', missing]],
    [['gate', notJson]],
    [['targets', '--nope']],
    [['fuzz', '--previous', missing]],
  ])('rehearse %j: its message is never redacted', async (argv) => {
    const { code, text } = await run(argv as string[]);
    expect(code).not.toBe(0);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toContain(REDACTED);
  });
});

describe('the README and docs', () => {
  const root = join(import.meta.dirname, '..', '..');
  // Every document the docs checker reads, and the vendored corpus's README.
  const files = [...documents(root), 'test/data/postgres-regress/README.md'];
  it.each(files)('%s comes out of the guard unchanged', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const tripped = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => redactSealTokens(line) !== line);
    expect(tripped).toEqual([]);
  });
});
