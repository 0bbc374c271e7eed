/** The snapshots one clone has taken and not released: only its own are restored or released, and all are closed with it. */
import type { Snapshot } from './target.ts';

export class SnapshotSet<S extends Snapshot> {
  private readonly held: S[] = [];

  constructor(
    /** How a snapshot of this kind of clone is told apart (`instanceof` its class). */
    private readonly ofKind: (snapshot: Snapshot) => snapshot is S,
    /** What the clone is, for the error on a snapshot that is not one of its own. */
    private readonly clone: string,
    private readonly close: (snapshot: S) => Promise<void>,
  ) {}

  add(snapshot: S): S {
    this.held.push(snapshot);
    return snapshot;
  }

  /** The snapshot, if it is one this clone took and has not released; throws otherwise. */
  own(snapshot: Snapshot): S {
    if (!this.ofKind(snapshot) || !this.held.includes(snapshot)) throw new Error(`not a snapshot of this ${this.clone}`);
    return snapshot;
  }

  /** Closes the snapshot and forgets it; one the clone does not hold is left alone. */
  async release(snapshot: Snapshot): Promise<void> {
    const at = this.held.indexOf(snapshot as S);
    if (at === -1) return;
    const [released] = this.held.splice(at, 1);
    if (released) await this.close(released);
  }

  /** Closes every snapshot still held (when the clone is disposed). */
  async closeAll(): Promise<void> {
    for (const snapshot of this.held) await this.close(snapshot);
  }
}
