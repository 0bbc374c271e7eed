/**
 * Branch coverage of the engine's own code (`src/`, or `dist/src/` when the CLI runs compiled), as
 * V8 measures it: the inspector's precise block coverage, taken after each turn of a fuzz unit. A
 * block is one range of one function that ran at least once; what a turn adds to the blocks seen
 * so far is what that unit discovered. In-process, nothing written to disk.
 */
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface CoverageSource {
  /** Blocks first reached since the last call. */
  take(): Promise<number>;
  /** Blocks reached so far. */
  readonly blocks: number;
  stop(): Promise<void>;
}

interface Range {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly count: number;
}

export class SourceCoverage implements CoverageSource {
  private readonly seen = new Set<string>();

  private constructor(
    private readonly session: Session,
    private readonly prefixes: readonly string[],
  ) {}

  /** Starts precise block coverage of the code under `root`'s `src/` and `dist/src/`. */
  static async start(root: string): Promise<SourceCoverage> {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    // callCount: each take returns the counts since the last one (and resets them).
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    const prefixes = [join(root, 'src'), join(root, 'dist', 'src')].flatMap((dir) => [`${pathToFileURL(dir).href}/`, `${dir}/`]);
    return new SourceCoverage(session, prefixes);
  }

  get blocks(): number {
    return this.seen.size;
  }

  async take(): Promise<number> {
    const { result } = (await this.session.post('Profiler.takePreciseCoverage')) as {
      result: { url: string; functions: { ranges: Range[] }[] }[];
    };
    const before = this.seen.size;
    for (const script of result) {
      if (!this.prefixes.some((p) => script.url.startsWith(p))) continue;
      const file = script.url.replace(/^file:\/\//, '');
      for (const fn of script.functions)
        for (const r of fn.ranges) if (r.count > 0) this.seen.add(`${file}:${r.startOffset}-${r.endOffset}`);
    }
    return this.seen.size - before;
  }

  async stop(): Promise<void> {
    try {
      await this.session.post('Profiler.stopPreciseCoverage');
      await this.session.post('Profiler.disable');
    } finally {
      this.session.disconnect();
    }
  }
}
