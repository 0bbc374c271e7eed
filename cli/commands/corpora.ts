import { existsSync, statSync } from 'node:fs';
import { DirectoryCorpus, readOnlyCorpus } from '../../properties/corpus/corpusStore.ts';
import { UsageError, type Output } from '../output.ts';

/**
 * `rehearse corpora merge INTO FROM…`: the corpora of n fuzz shards into one, deduplicated by
 * signature (the first fixture of a signature stays). Exit 1 when an input fixture could not be
 * read (it is named and left out), else 0.
 */
export function corporaMerge(output: Output, into: string, from: readonly string[]): number {
  for (const dir of from) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such corpus directory`);
  }
  const target = new DirectoryCorpus(into);
  const counts = { written: 0, duplicate: 0, unreadable: 0 };
  for (const dir of from) {
    for (const entry of readOnlyCorpus(new DirectoryCorpus(dir)).entries()) {
      if (!entry.read.ok) {
        counts.unreadable++;
        output.err(`corpora merge: left out ${entry.path}: ${entry.read.problem}`);
        continue;
      }
      const saved = target.save(entry.read.fixture);
      counts[saved.outcome]++;
      if (saved.outcome === 'written') output.out(`added      ${saved.path}  (from ${entry.path})`);
    }
  }
  output.out(
    `corpora merge: ${counts.written} added, ${counts.duplicate} already there (same signature), ${counts.unreadable} unreadable; ${target.entries().length} fixtures in ${into}`,
  );
  return counts.unreadable > 0 ? 1 : 0;
}
