/**
 * The package as a user installs it: `npm pack` of this checkout (its compiled dist/, as `npm
 * install` built it), installed into an empty project beside vitest — from npm's cache where it
 * holds them, the registry otherwise — then `rehearse --version`, `rehearse run` on an example
 * plan, and a property of a user's own (examples/own-property/) against the exported API and
 * arbitraries.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  allowScripts: Record<string, boolean>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

function run(command: string, args: readonly string[], cwd: string, timeout = 240_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });
}

const said = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`.slice(-3000);

/** Whether dist/ was built after the last change to any source (what bin/rehearse.js itself asks). */
function distIsFresh(): boolean {
  const built = join(root, 'dist', '.built');
  if (!existsSync(built)) return false;
  const at = statSync(built).mtimeMs;
  return ['src', 'cli', 'properties', 'generators', 'bench'].every((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name))
      .every((e) => statSync(join(e.parentPath, e.name)).mtimeMs <= at),
  );
}

describe('the package a user installs', () => {
  let work: string;
  let project: string;
  let tarball: string;

  beforeAll(() => {
    if (!distIsFresh()) throw new Error('dist/ is older than the sources: run `npm run build` (npm install does) before this test');
    work = mkdtempSync(join(tmpdir(), 'rehearse-package-'));
    // The compiled code as it is: no build while other tests run it.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    if (packed.status !== 0) throw new Error(`npm pack: ${said(packed)}`);
    const [info] = JSON.parse(packed.stdout) as { filename: string }[];
    tarball = join(work, info!.filename);
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'own-project', version: '1.0.0', private: true, type: 'module', allowScripts: manifest.allowScripts }),
    );
    const installed = run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `vitest@${manifest.devDependencies.vitest}`],
      project,
    );
    if (installed.status !== 0) throw new Error(`npm install: ${said(installed)}`);
  }, 300_000);

  afterAll(() => {
    if (work) removeScratchDir(work);
  });

  it('ships what runs and nothing else: the compiled code, the data it reads, README and LICENSE', () => {
    const files = run('tar', ['-tzf', tarball], work)
      .stdout.split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/generators/index.js');
    expect(files).toContain('LICENSE');
    const stray = files.filter(
      (f) => f !== 'package.json' && !manifest.files.some((allowed) => (allowed.endsWith('/') ? f.startsWith(allowed) : f === allowed)),
    );
    expect(stray).toEqual([]);
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('dist/test/') || /\.test\.[jt]s$/.test(f))).toEqual([]);
  });

  it('runs `rehearse --version` and `rehearse run` on an example plan', () => {
    const version = run('npx', ['rehearse', '--version'], project, 60_000);
    expect(version.stdout.trim(), said(version)).toBe(manifest.version);
    cpSync(join(root, 'examples', 'ready'), join(project, 'plan', 'ready'), { recursive: true });
    cpSync(join(root, 'examples', 'before.sql'), join(project, 'plan', 'before.sql'));
    const rehearsal = run('npx', ['rehearse', 'run', 'plan/ready/plan.json', '--target', 'sqlite:'], project, 120_000);
    expect(rehearsal.status, said(rehearsal)).toBe(0);
    expect(rehearsal.stdout).toMatch(/REHEARSAL_ROLLBACK_READY/);
  });

  it('runs a property of the user’s own against the exported API and arbitraries', () => {
    cpSync(join(root, 'examples', 'own-property', 'rollback.test.ts'), join(project, 'rollback.test.ts'));
    const result = run('npx', ['vitest', 'run', '--reporter', 'verbose', 'rollback.test.ts'], project, 180_000);
    expect(result.status, said(result)).toBe(0);
    expect(result.stdout).toMatch(/2 passed/);
  });
});
