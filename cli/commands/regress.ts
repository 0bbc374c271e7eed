import { existsSync, statSync } from 'node:fs';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { fixtureTargetResolver } from '../../properties/harness/fixtureTargets.ts';
import { replayFixture } from '../../properties/corpus/replayFixture.ts';
import { DirectoryCorpus, readOnlyCorpus } from '../../properties/corpus/corpusStore.ts';
import { writeJunit, type JunitCase } from '../junit.ts';
import { planFixtureFile, readPlanFixtureFile } from '../../properties/planFuzz/planFixture.ts';
import { replayPlanFixture } from '../../properties/planFuzz/replayPlanFixture.ts';
import { UsageError, type Output } from '../output.ts';

/**
 * `rehearse regress [DIR]`: replay every fixture; exit 0 when every fixture passes, 1 when any
 * fails, is out of domain or cannot be read. `junit`: also write a JUnit XML file, one test case
 * per fixture, a failure carrying the command that reproduces it.
 */
export async function regressCommand(output: Output, dir: string, junit: string | null = null): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such corpus directory`);
  if (!statSync(dir).isDirectory())
    throw new UsageError(`${dir}: not a directory (regress replays a corpus directory; replay FIXTURE replays one file)`);
  const entries = readOnlyCorpus(new DirectoryCorpus(dir)).entries();
  const resolver = await fixtureTargetResolver(process.env);
  const counts = { passes: 0, fails: 0, 'out-of-domain': 0, skipped: 0, unreadable: 0 };
  const cases: JunitCase[] = [];
  const started = performance.now();
  try {
    for (const entry of entries) {
      if (!entry.read.ok && planFixtureFile(entry.path)) {
        // A before-state of a plan (rehearse fuzz --plan): it passes once the plan rehearses on it as declared.
        const read = readPlanFixtureFile(entry.path);
        output.err(`regress: replaying ${entry.path}`);
        const caseStarted = performance.now();
        const lines: string[] = [];
        const status = read.ok ? await replayPlanFixture(entry.path, read.fixture, (l) => lines.push(l)) : 'unreadable';
        counts[status]++;
        const why = read.ok ? (lines.find((l) => l.startsWith('now')) ?? '').replace(/^now\s+/, '') : read.problem;
        cases.push({
          classname: 'plan-fixture',
          name: entry.path,
          seconds: (performance.now() - caseStarted) / 1000,
          ...(status === 'passes'
            ? {}
            : { failure: { message: status, text: `${why}\nreproduce with: npx rehearse replay ${entry.path}` } }),
        });
        output.out(`${status.padEnd(13)}  plan fixture ${entry.path}${status === 'passes' ? '' : ` — ${why}`}`);
        continue;
      }
      if (!entry.read.ok) {
        counts.unreadable++;
        output.out(`${'unreadable'.padEnd(13)}  ${entry.path}: ${entry.read.problem}`);
        cases.push({
          classname: 'unreadable',
          name: entry.path,
          failure: { message: 'the fixture cannot be read', text: `${entry.path}: ${entry.read.problem}` },
        });
        continue;
      }
      const { fixture, value } = entry.read;
      output.err(`regress: replaying ${entry.path}`);
      const caseStarted = performance.now();
      const outcome = await replayFixture(fixture, value, realEngine, resolver.targetFor);
      counts[outcome.status]++;
      const testCase = {
        classname: fixture.property,
        name: `${fixture.signature.slice(7, 19)} [${fixture.target}]`,
        seconds: (performance.now() - caseStarted) / 1000,
      };
      const reproduce = `reproduce with: npx rehearse replay ${entry.path}`;
      cases.push(
        outcome.status === 'passes'
          ? testCase
          : outcome.status === 'skipped'
            ? { ...testCase, skipped: outcome.reason }
            : {
                ...testCase,
                failure: { message: outcome.status === 'fails' ? 'fails' : 'out of domain', text: `${outcome.message}\n${reproduce}` },
              },
      );
      const why = outcome.status === 'skipped' ? ` — ${outcome.reason}` : outcome.status === 'passes' ? '' : ` — ${outcome.message}`;
      output.out(`${outcome.status.padEnd(13)}  ${fixture.property} ${fixture.signature.slice(7, 19)} [${fixture.target}]${why}`);
    }
  } finally {
    await resolver.close();
  }
  output.out(
    `regress: ${entries.length} fixture${entries.length === 1 ? '' : 's'}; passing now: ${counts.passes}, failing: ${counts.fails}, out of domain: ${counts['out-of-domain']}, skipped: ${counts.skipped}, unreadable: ${counts.unreadable}`,
  );
  if (junit !== null) {
    writeJunit(junit, `rehearse regress ${dir}`, cases, (performance.now() - started) / 1000);
    output.out(`regress: JUnit XML ${junit}`);
  }
  return counts.fails + counts['out-of-domain'] + counts.unreadable > 0 ? 1 : 0;
}
