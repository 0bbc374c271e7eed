/**
 * A reader that goes away is no failure of ours: `rehearse … | head -1` and `| head -0` end with
 * the result's exit code (0 for READY, 1 for BLOCKED), and no stack trace, whatever happened to
 * the output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const env = { ...process.env };
delete env.REHEARSE_PG_URL;

/** Runs `rehearse args | head -n lines` in bash; the CLI's own exit code and what it wrote to stderr. */
function piped(args: string, lines: number): { status: number; stderr: string; stdout: string } {
  const result = spawnSync(
    'bash',
    [
      '-c',
      `node bin/rehearse.js ${args} 2>stderr.$$ | head -n ${lines}; status=\${PIPESTATUS[0]}; cat stderr.$$ >&2; rm -f stderr.$$; exit $status`,
    ],
    { cwd: root, encoding: 'utf8', env },
  );
  return { status: result.status ?? -1, stderr: result.stderr, stdout: result.stdout };
}

it.each([
  ['targets', 0, 0],
  ['targets', 1, 0],
  ['run examples/real-world/chinook-sqlite/ready/plan.json', 1, 0],
  ['run examples/real-world/chinook-sqlite/ready/plan.json', 0, 0],
  ['run examples/real-world/chinook-sqlite/blocked-duplicate-key/plan.json', 1, 1],
  ['--help', 0, 0],
])(
  'rehearse %s | head -n %i exits %i, with no stack trace',
  (args, lines, status) => {
    const result = piped(args, lines);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.stdout.split('\n').filter(Boolean).length).toBeLessThanOrEqual(lines);
    expect(result.status).toBe(status);
  },
  60_000,
);

it("fuzz --help puts --plan's options in a group of their own, and replay --help names --target", async () => {
  const { main } = await import('../../cli/main.ts');
  const { memoryOutput } = await import('../../cli/output.ts');
  const fuzz = memoryOutput();
  await main(['fuzz', '--help'], fuzz);
  const help = fuzz.stdout.join('');
  const plan = help.indexOf('Your own change (--plan):');
  const nightly = help.indexOf('The nightly run of the properties:');
  expect(plan).toBeGreaterThan(0);
  expect(nightly).toBeGreaterThan(0);
  // Each option once, under its group.
  expect(help.indexOf('--max-failures')).toBeGreaterThan(plan);
  expect(help.indexOf('--shard')).toBeGreaterThan(nightly);
  expect(help.indexOf('--shard')).toBeLessThan(plan);
  const replay = memoryOutput();
  await main(['replay', '--help'], replay);
  expect(replay.stdout.join('').replace(/\s+/g, ' ')).toMatch(
    /--target <postgres-url> the server to replay a fixture recorded on a Postgres server/,
  );
});
