import { existsSync } from 'node:fs';
import { realEngine } from '../../properties/engineApi.ts';
import { fixtureTargetResolver } from '../../properties/fixtureTargets.ts';
import { replayFixture } from '../../properties/replayFixture.ts';
import { DirectoryCorpus, readOnlyCorpus } from '../../src/fixtures/corpusStore.ts';
import { UsageError, type Output } from '../output.ts';

/** `rehearse regress [DIR]`: replay every fixture; exit 0 when all pass, 1 when any fails or cannot be read. */
export async function regressCommand(output: Output, dir: string): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such corpus directory`);
  const entries = readOnlyCorpus(new DirectoryCorpus(dir)).entries();
  const resolver = await fixtureTargetResolver(process.env);
  const counts = { passes: 0, fails: 0, skipped: 0, unreadable: 0 };
  try {
    for (const entry of entries) {
      if (!entry.read.ok) {
        counts.unreadable++;
        output.out(`unreadable  ${entry.path}: ${entry.read.problem}`);
        continue;
      }
      const { fixture, value } = entry.read;
      output.err(`regress: replaying ${entry.path}`);
      const outcome = await replayFixture(fixture, value, realEngine, resolver.targetFor);
      counts[outcome.status]++;
      const why = outcome.status === 'fails' ? ` — ${outcome.message}` : outcome.status === 'skipped' ? ` — ${outcome.reason}` : '';
      output.out(`${outcome.status.padEnd(10)}  ${fixture.property} ${fixture.signature.slice(7, 19)} [${fixture.target}]${why}`);
    }
  } finally {
    await resolver.close();
  }
  output.out(`regress: ${entries.length} fixture${entries.length === 1 ? '' : 's'}; passing now: ${counts.passes}, failing: ${counts.fails}, skipped: ${counts.skipped}, unreadable: ${counts.unreadable}`);
  return counts.fails + counts.unreadable > 0 ? 1 : 0;
}
