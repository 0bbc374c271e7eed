/** The run's failures: each counted, its signature checked against the corpus and the run, a new one kept as a fixture, and reported. */
import { failureSignature, makeFixture, type FailureDescription } from '../corpus/fixture.ts';
import { encodedSize } from '../corpus/valueCodec.ts';
import type { FuzzOptions } from './fuzzRun.ts';
import type { OpenUnit } from './openUnits.ts';
import type { RunClock } from './runClock.ts';

/** One failure as a round found it: its description, the shrunk value, and how to draw it again. */
export interface RoundFailure {
  readonly failure: FailureDescription;
  readonly counterexample: unknown;
  readonly seed: number;
  readonly shrinkPath: string;
  /** When its first failing case ran (before shrinking), in ms since the epoch. */
  readonly detectedAt: number;
}

export class FailureRecord {
  /** Signatures in the corpus and found by this run. */
  private readonly known: Set<string>;
  readonly knownAtStart: number;

  constructor(
    private readonly options: Pick<FuzzOptions, 'corpus' | 'toolVersion' | 'onEvent'>,
    private readonly clock: RunClock,
  ) {
    this.known = new Set(options.corpus.entries().flatMap((e) => (e.read.ok ? [e.read.fixture.signature] : [])));
    this.knownAtStart = this.known.size;
  }

  record(u: OpenUnit, found: RoundFailure): void {
    u.stats.failures++;
    this.clock.failed = true;
    const signature = failureSignature(u.unit.property, found.failure);
    const isNew = !this.known.has(signature);
    const path = this.keep(u, found, signature, isNew);
    const detectedAfterMs = found.detectedAt - this.clock.started.getTime();
    const counterexampleSize = encodedSize(found.counterexample);
    const message = found.failure.message;
    u.stats.found.push({ signature, isNew, path, message, counterexampleSize, detectedAfterMs });
    this.options.onEvent({
      kind: 'failure',
      unit: u.stats,
      sweep: this.clock.sweep,
      signature,
      isNew,
      path,
      message,
      detectedAfterMs,
      counterexampleSize,
    });
  }

  /** The fixture's path: written now when the signature is new, or where the corpus already holds it (`null`: it cannot say). */
  private keep(u: OpenUnit, found: RoundFailure, signature: string, isNew: boolean): string | null {
    const fixture = makeFixture({
      property: u.unit.property,
      target: u.unit.target,
      counterexample: found.counterexample,
      seed: found.seed,
      path: found.shrinkPath,
      failure: found.failure,
      toolVersion: this.options.toolVersion,
      date: new Date(),
    });
    if (!isNew) {
      // Already in the corpus: saving it again keeps the fixture there and says where it is.
      try {
        return this.options.corpus.save(fixture).path;
      } catch {
        return null;
      }
    }
    this.known.add(signature);
    u.stats.newSignatures.push(signature);
    const saved = this.options.corpus.save(fixture);
    if (saved.outcome === 'written') u.stats.fixturesWritten.push(saved.path);
    return saved.path;
  }
}
