/**
 * A scratch area for one test case: a schema of its own in a shared clone where the backend has
 * schemas (a fresh clone per case costs seconds on PGlite), a fresh clone otherwise.
 */
import { captureFingerprint, type Clone, type CloneOptions, type Fingerprint, type Target } from '../../src/index.ts';
import type { CaptureScope } from '../../src/capture/stateReader.ts';

export interface Scratch {
  readonly clone: Clone;
  readonly scope: CaptureScope;
  exec(sql: string): Promise<void>;
  /** Captures the scratch area, with the engine's capture when one is given (a property checks the engine it was handed). */
  capture(using?: typeof captureFingerprint): Promise<Fingerprint>;
}

export class ScratchPool {
  private shared: Promise<Clone> | null = null;
  private counter = 0;

  /** `cloneOptions`: how every clone is made (e.g. the extensions a PGlite clone starts with). */
  constructor(
    private readonly target: () => Target,
    private readonly cloneOptions: CloneOptions = {},
  ) {}

  async withScratch<T>(use: (scratch: Scratch) => Promise<T>): Promise<T> {
    const target = this.target();
    if (target.capabilities.schemas) {
      this.shared ??= target.createClone(this.cloneOptions);
      const clone = await this.shared;
      const schema = `case_${process.pid}_${++this.counter}`;
      await clone.ownerSession.exec(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
      const scope = { schemas: [schema] };
      return use({
        clone,
        scope,
        exec: (sql) => clone.ownerSession.exec(sql),
        capture: (using = captureFingerprint) => using(clone.state, scope),
      });
    }
    const clone = await target.createClone(this.cloneOptions);
    try {
      const scope = { schemas: null };
      return await use({
        clone,
        scope,
        exec: (sql) => clone.ownerSession.exec(sql),
        capture: (using = captureFingerprint) => using(clone.state, scope),
      });
    } finally {
      await clone.dispose();
    }
  }

  async close(): Promise<void> {
    if (this.shared) await (await this.shared).dispose();
    this.shared = null;
  }
}
