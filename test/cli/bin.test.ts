/**
 * `bin/rehearse.js` runs the compiled JavaScript when dist/ is fresh and the TypeScript sources
 * otherwise: both answer alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'rehearse.js');
const run = (args: string[], fromSources: boolean) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, REHEARSE_FROM_SOURCES: fromSources ? '1' : '0' },
  });

describe('bin/rehearse.js', () => {
  it('has a build to run (npm install made dist/)', () => {
    expect(existsSync(join(import.meta.dirname, '..', '..', 'dist', '.built'))).toBe(true);
  });

  it.each([
    [['--help']],
    [['--version']],
    [['fuzz', '--help']],
    [['gate', join('src', 'gate', 'probes', 'control.json')]],
    [['validate', '--selftest']],
  ])(
    'rehearse %j answers the same from dist/ and from the sources',
    (args) => {
      const compiled = run(args, false);
      const sources = run(args, true);
      expect(compiled.status).toBe(sources.status);
      expect(compiled.stdout).toBe(sources.stdout);
      expect(compiled.stdout.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
