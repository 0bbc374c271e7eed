/**
 * The CI regression gate: every fixture in corpora/ replayed as its own named test. An unreadable
 * fixture fails with its path and reason; the others still run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { fixtureTargetResolver } from '../../properties/harness/fixtureTargets.ts';
import { replayFixture } from '../../properties/corpus/replayFixture.ts';
import { DirectoryCorpus, readOnlyCorpus } from '../../properties/corpus/corpusStore.ts';
import { PROPERTY_TIMEOUT } from '../support/properties.ts';
import { planFixtureFile, readPlanFixtureFile } from '../../properties/planFuzz/planFixture.ts';
import { replayPlanFixture } from '../../properties/planFuzz/replayPlanFixture.ts';

const entries = readOnlyCorpus(new DirectoryCorpus('corpora')).entries();
const resolver = await fixtureTargetResolver(process.env);
afterAll(() => resolver.close());

describe('regression gate: every fixture in corpora/', () => {
  it('holds the counterexamples found while the project was built', () => {
    expect(entries.length).toBeGreaterThanOrEqual(1);
  });

  for (const entry of entries) {
    const read = entry.read;
    if (!read.ok && planFixtureFile(entry.path)) {
      // A before-state of a plan (rehearse fuzz --plan): it holds once the plan rehearses on it as declared.
      it(
        `plan fixture ${entry.path}`,
        async () => {
          const plan = readPlanFixtureFile(entry.path);
          if (!plan.ok) throw new Error(`${entry.path}: ${plan.problem}`);
          const lines: string[] = [];
          expect(await replayPlanFixture(entry.path, plan.fixture, (l) => lines.push(l)), lines.join('\n')).toBe('passes');
        },
        PROPERTY_TIMEOUT,
      );
      continue;
    }
    if (!read.ok) {
      it(`unreadable fixture ${entry.path}`, () => {
        throw new Error(`${entry.path}: ${read.problem}`);
      });
      continue;
    }
    const { fixture, value } = read;
    it(
      `${fixture.property} ${fixture.signature.slice(7, 19)} [${fixture.target}]`,
      async (context) => {
        const outcome = await replayFixture(fixture, value, realEngine, resolver.targetFor);
        if (outcome.status === 'skipped') {
          if (process.env.REHEARSE_REQUIRE_PG === '1') throw new Error(`REHEARSE_REQUIRE_PG=1 but ${outcome.reason}`);
          return context.skip(outcome.reason);
        }
        expect(outcome).toEqual({ status: 'passes' });
      },
      PROPERTY_TIMEOUT,
    );
  }
});
