/** A fuzz run's share of the work: the `index`-th of `count` deterministic parts (`--shard i/n`). */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`--shard ${JSON.stringify(text)}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  return { index, count };
}
