/**
 * The README is the front door and docs/ the manual: both stay true to the repository. Every
 * link resolves, every file a command names exists, every command shown is one the tool has,
 * and the codes docs/formats.md lists are the ones src/codes.ts defines.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandPaths } from '../../cli/main.ts';
import { GATE_CODES, REHEARSAL_CODES, VALIDATOR_CODES } from '../../src/codes.ts';
import { checkDocs, documents, slug, type KnownCommands } from './checkDocs.ts';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const known: KnownCommands = { rehearse: commandPaths().map((p) => p.join(' ')), npmScripts: Object.keys(pkg.scripts) };

describe('README and docs/', () => {
  it('have every link, named file and command right', () => {
    expect(documents(root).length).toBeGreaterThan(10);
    expect(checkDocs(root, known)).toEqual([]);
  });

  it('keep the README a front door: at most 250 lines, the set-up commands first, a link to every docs/ file', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    expect(readme.slice(0, 400)).toMatch(/npm install[\s\S]*npm test/);
    for (const doc of documents(root).filter((f) => f.startsWith('docs/'))) expect(readme).toContain(`](${doc})`);
  });

  it('list in docs/formats.md exactly the codes src/codes.ts defines', () => {
    const formats = readFileSync(join(root, 'docs/formats.md'), 'utf8');
    const listed = (label: string) => {
      const paragraph = new RegExp(`\\*\\*${label}\\*\\*[^:]*:([\\s\\S]*?)\\n\\n`).exec(formats)![1]!;
      return [...paragraph.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    };
    expect(listed('Gate')).toEqual([...GATE_CODES]);
    expect(listed('Validator')).toEqual([...VALIDATOR_CODES]);
    expect(listed('Rehearsal')).toEqual([...REHEARSAL_CODES]);
  });
});

describe('the docs checker', () => {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-docs-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('makes anchors as GitHub does', () => {
    expect(slug('Rehearsing a change: `rehearse run`')).toBe('rehearsing-a-change-rehearse-run');
    expect(slug('rehearsal-plan/v2')).toBe('rehearsal-planv2');
    expect(slug('Clone reuse (many rehearsals in one process)')).toBe('clone-reuse-many-rehearsals-in-one-process');
  });

  it('finds a broken link, a missing anchor, a missing file, an unknown command and an unknown script', () => {
    mkdirSync(join(work, 'docs'), { recursive: true });
    mkdirSync(join(work, 'examples'), { recursive: true });
    writeFileSync(join(work, 'examples', 'plan.json'), '{}');
    writeFileSync(join(work, 'docs', 'a.md'), '# A\n\n## Known heading\n\nSee [b](b.md), [here](#known-heading), [there](#nowhere).\n');
    writeFileSync(
      join(work, 'README.md'),
      [
        '# R',
        '',
        '[a](docs/a.md) [gone](docs/gone.md) [a, anchored](docs/a.md#known-heading) [a, wrongly](docs/a.md#unknown)',
        '',
        '```sh',
        'npx rehearse run examples/plan.json',
        'npx rehearse run examples/missing.json',
        'npx rehearse frobnicate',
        'npm run fuzz',
        'npm run nope',
        '```',
        '',
        'In prose, `src/missing.ts` and `corpora/<property>/<signature>.json` (a placeholder).',
        '',
      ].join('\n'),
    );
    const problems = checkDocs(work, { rehearse: ['', 'run'], npmScripts: ['fuzz'] }).map((p) => `${p.file}:${p.line}: ${p.problem}`);
    expect(problems).toEqual([
      'README.md:3: link to docs/gone.md: no such file',
      'README.md:3: link to docs/a.md#unknown: no heading #unknown in docs/a.md',
      'README.md:7: names examples/missing.json, which does not exist',
      'README.md:8: shows "npx rehearse frobnicate", which is no command',
      'README.md:10: shows "npm run nope", which package.json does not have',
      'README.md:13: names src/missing.ts, which does not exist',
      'docs/a.md:5: link to b.md: no such file',
      'docs/a.md:5: link to #nowhere: no heading #nowhere in docs/a.md',
    ]);
  });
});
