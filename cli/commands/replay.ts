/**
 * `rehearse replay FIXTURE… [--reshrink]`: run one stored counterexample and show what was
 * expected, what happens now and — for state mismatches — a unified diff of the differing rows,
 * sequences and schema objects, with the seed and path it was found with.
 */
import { realEngine, type EngineApi } from '../../properties/harness/engineApi.ts';
import { fixtureTargetResolver } from '../../properties/harness/fixtureTargets.ts';
import { replayValue, withFixtureProperty, type TargetFor } from '../../properties/corpus/replayFixture.ts';
import { reshrink } from '../../properties/corpus/reshrink.ts';
import { readFixtureFile, replaceWithSmaller } from '../../properties/corpus/corpusStore.ts';
import { failureSignature, makeFixture, type Fixture } from '../../properties/corpus/fixture.ts';
import { encodeValue } from '../../properties/corpus/valueCodec.ts';
import { TOOL_VERSION } from '../../src/version.ts';
import { UsageError, type Output } from '../output.ts';
import { planFixtureFile, readPlanFixtureFile } from '../../properties/planFuzz/planFixture.ts';
import { replayPlanFixture } from '../../properties/planFuzz/replayPlanFixture.ts';

export interface ReplayOptions {
  readonly reshrink: boolean;
  readonly maxAttempts: number;
  readonly reshrinkBudgetMs: number;
  /** The server a fixture recorded on a Postgres server is replayed on (`--target`); `null`: REHEARSE_PG_URL. */
  readonly target: string | null;
}

type Verdict = 'passes' | 'fails' | 'unreadable' | 'skipped';

const indent = (text: string) => text.trimEnd().replace(/^/gm, '    ');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The stored value in one line, bytes shown as text where they are UTF-8. */
function valueText(value: unknown): string {
  const text = JSON.stringify(
    encodeValue(value),
    (_key, v: unknown) => {
      const tagged = v as { $?: string; hex?: string } | null;
      if (tagged?.$ !== 'bytes' || typeof tagged.hex !== 'string') return v;
      try {
        return { $: 'bytes', utf8: utf8.decode(Buffer.from(tagged.hex, 'hex')) };
      } catch {
        return v;
      }
    },
    1,
  ).replace(/\n\s*/g, ' ');
  return text.length > 3000 ? `${text.slice(0, 3000)} … (${text.length} characters; the whole value is in the fixture)` : text;
}

async function replayOne(
  output: Output,
  file: string,
  options: ReplayOptions,
  engine: EngineApi,
  targetFor: TargetFor,
  env: NodeJS.ProcessEnv,
): Promise<Verdict> {
  if (planFixtureFile(file)) {
    const read = readPlanFixtureFile(file);
    if (!read.ok) {
      output.err(`rehearse replay: ${file}: ${read.problem}`);
      return 'unreadable';
    }
    output.out(`fixture   ${file} (a before-state of a plan, from rehearse fuzz --plan)`);
    if (options.reshrink) output.out('reshrink  not for a plan fixture: it was shrunk when found (rehearse fuzz --plan)');
    return await replayPlanFixture(file, read.fixture, (line) => output.out(line), env);
  }
  const read = readFixtureFile(file);
  if (!read.ok) {
    output.err(`rehearse replay: ${file}: ${read.problem}`);
    return 'unreadable';
  }
  const { fixture, value } = read;
  output.out(`fixture   ${file}`);
  output.out(`property  ${fixture.property} on ${fixture.target}`);
  output.out(
    `found     ${fixture.date} with tool ${fixture.tool_version}, seed ${fixture.found_with.seed} path ${fixture.found_with.path} (a hint only: the stored value is what replays)`,
  );
  output.out(`recorded  ${fixture.failure.error_class}: ${fixture.failure.message}`);
  const result = await withFixtureProperty(fixture, engine, targetFor, async (property, context): Promise<Verdict> => {
    output.out(`expected  ${property.sentence}`);
    const outcome = await replayValue(fixture, value, property, context);
    if (outcome.status === 'out-of-domain') {
      output.out(`now       OUT OF DOMAIN: today's generator cannot produce this value (${outcome.reason}); update or retire the fixture`);
      return 'fails';
    }
    if (outcome.status === 'passes') {
      output.out('now       passes: the failure no longer reproduces');
      return 'passes';
    }
    const { failure } = outcome;
    const signature = failureSignature(fixture.property, failure);
    const same = signature === fixture.signature;
    output.out(`now       still fails — ${failure.errorClass}: ${failure.message}`);
    if (!same)
      output.out(
        `          (a different failure from the recorded one: signature ${signature.slice(7, 19)}, recorded ${fixture.signature.slice(7, 19)})`,
      );
    output.out('happened');
    output.out(indent(property.explain ? await property.explain(value, context) : `counterexample: ${valueText(value)}`));
    if (options.reshrink) await reshrinkInPlace(output, file, fixture, value, property, context, same, options);
    return 'fails';
  });
  if (typeof result === 'object') {
    if (result.status === 'skipped') {
      output.out(`now       not replayed: ${result.reason}`);
      return 'skipped';
    }
    output.out(`now       fails: ${result.message}`);
    return 'fails';
  }
  return result;
}

/** `--reshrink`: the value shrunk again with today's generators; a smaller one that fails alike replaces the fixture. */
async function reshrinkInPlace(
  output: Output,
  file: string,
  fixture: Fixture,
  value: unknown,
  property: Parameters<Parameters<typeof withFixtureProperty>[3]>[0],
  context: Parameters<Parameters<typeof withFixtureProperty>[3]>[1],
  same: boolean,
  options: ReplayOptions,
): Promise<void> {
  if (!same) {
    output.out('reshrink  skipped: it now fails differently, so a smaller value would be another fixture');
  } else {
    output.err(`rehearse replay: reshrinking (at most ${options.maxAttempts} attempts, ${options.reshrinkBudgetMs / 1000} s)…`);
    const shrunk = await reshrink(property, value, context, {
      maxAttempts: options.maxAttempts,
      deadline: Date.now() + options.reshrinkBudgetMs,
      onStep: (size, attempts) => output.err(`rehearse replay: reshrink: ${size} characters after ${attempts} attempts`),
    });
    if (
      shrunk.failure &&
      shrunk.sizeAfter < shrunk.sizeBefore &&
      failureSignature(fixture.property, shrunk.failure) === fixture.signature
    ) {
      const smaller: Fixture = makeFixture({
        property: fixture.property,
        target: fixture.target,
        counterexample: shrunk.value,
        seed: fixture.found_with.seed,
        path: fixture.found_with.path,
        failure: shrunk.failure,
        toolVersion: TOOL_VERSION,
        date: new Date(),
      });
      replaceWithSmaller(file, fixture, smaller);
      output.out(
        `reshrink  shrank from ${shrunk.sizeBefore} to ${shrunk.sizeAfter} characters in ${shrunk.attempts} attempts; wrote ${file}`,
      );
      output.out(`          smaller counterexample: ${valueText(shrunk.value)}`);
    } else {
      output.out(`reshrink  no smaller value fails alike (${shrunk.attempts} attempts); ${file} unchanged`);
    }
  }
}

/** Exit 0 when every fixture passes now, 1 when any still fails (or is out of domain), 2 when one cannot be read or replayed here. */
export async function replayCommand(
  output: Output,
  files: readonly string[],
  options: ReplayOptions,
  engine: EngineApi = realEngine,
): Promise<number> {
  if (options.target !== null && !/^postgres(ql)?:\/\//.test(options.target))
    throw new UsageError(`--target ${options.target}: expected a Postgres server's URL, postgres://USER@HOST:PORT/DB`);
  const env = options.target === null ? process.env : { ...process.env, REHEARSE_PG_URL: options.target };
  const resolver = await fixtureTargetResolver(env);
  const verdicts: Verdict[] = [];
  try {
    for (const [i, file] of files.entries()) {
      if (i > 0) output.out('');
      verdicts.push(await replayOne(output, file, options, engine, resolver.targetFor, env));
    }
  } finally {
    await resolver.close();
  }
  if (verdicts.includes('fails')) return 1;
  return verdicts.some((v) => v === 'unreadable' || v === 'skipped') ? 2 : 0;
}
