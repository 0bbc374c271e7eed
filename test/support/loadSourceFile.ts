/**
 * Child process of test/source/streamedLoad.test.ts: loads one clone source file into a
 * fresh clone of the server at argv[2], as RX-0 does (checked, then loaded), and prints the rows
 * of table `big` and the process's peak resident memory (VmHWM) as JSON.
 */
import { readFileSync } from 'node:fs';
import { loadParser } from '../../src/sql/parser.ts';
import { resolveTarget } from '../../src/targets/resolveTarget.ts';
import { checkCloneSourceFiles } from '../../src/source/cloneSource.ts';

const [url, file] = process.argv.slice(2) as [string, string];
await loadParser();
const target = resolveTarget(url);
try {
  const checked = checkCloneSourceFiles([{ file }], 'postgres', []);
  const clone = await target.createClone({ extensions: [] });
  try {
    const report = await clone.loadSource(checked, [], []);
    const [{ rows }] = (await clone.session.query<{ rows: string }>('SELECT count(*)::text AS rows FROM big')) as [{ rows: string }];
    const peak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) * 1024;
    process.stdout.write(`${JSON.stringify({ rows: Number(rows), copies: report.copies, peakRssBytes: peak })}\n`);
  } finally {
    await clone.dispose();
  }
} finally {
  await target.close();
}
