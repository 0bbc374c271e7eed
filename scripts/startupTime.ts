/**
 * How long `rehearse` takes to start and answer, as a user runs it: each command 10 times, the
 * median wall time of the whole process (node, the TypeScript loader, the command). Run from the
 * checkout:
 *
 *   npx tsx scripts/startupTime.ts [runs] [checkout…]
 *
 * This checkout is measured twice: as installed (the compiled dist/, when fresh) and from the
 * TypeScript sources (REHEARSE_FROM_SOURCES=1, what runs without a build). With checkouts (other
 * working trees of this repository, e.g. `git worktree add ../before HEAD~1` with node_modules
 * linked in), each is measured too, in the same run, case by case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { genuineProof } from '../src/validator/selftest.ts';

const runs = Number(process.argv[2] ?? 10);
const work = mkdtempSync(join(tmpdir(), 'rehearse-startup-'));
const proof = join(work, 'proof.json');
writeFileSync(proof, JSON.stringify(genuineProof()));
const here = join(import.meta.dirname, '..');
const variants: { label: string; dir: string; env: NodeJS.ProcessEnv }[] = [
  { label: 'dist/', dir: here, env: { ...process.env, REHEARSE_FROM_SOURCES: '0' } },
  { label: 'sources', dir: here, env: { ...process.env, REHEARSE_FROM_SOURCES: '1' } },
  ...process.argv.slice(3).map((dir) => ({ label: dir, dir, env: process.env })),
];
const cases: [string, string[]][] = [
  ['rehearse --help', ['--help']],
  ['rehearse --version', ['--version']],
  ['rehearse gate (the control request)', ['gate', join(import.meta.dirname, '..', 'src', 'gate', 'probes', 'control.json')]],
  ['rehearse validate (a genuine proof)', ['validate', proof]],
];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
try {
  for (const [name, args] of cases) {
    for (const variant of variants) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = spawnSync(process.execPath, [join(variant.dir, 'bin', 'rehearse.js'), ...args], {
          encoding: 'utf8',
          env: variant.env,
        });
        times.push(performance.now() - start);
        if (result.status !== 0) throw new Error(`${name}: exit ${result.status}: ${result.stderr.split('\n')[0]}`);
      }
      const label = `${name} [${variant.label}]`;
      console.log(
        `${label.padEnd(56)} median ${median(times).toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${runs} runs)`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
