/**
 * `rehearse bench capture`: what capture costs next to streaming the same rows out bare, and
 * whether its memory stays flat as the table grows. Measured in one run, as ratios.
 */
import type { StateReader, TableInfo } from '../src/capture/stateReader.ts';
import { captureFingerprint } from '../src/capture/captureFingerprint.ts';
import type { Clone, Target } from '../src/targets/target.ts';
import { PeakMemorySampler } from './peakMemory.ts';

export interface CaptureCostOptions {
  readonly rows: number;
  /** Timed repetitions of each of capture and bare streaming (interleaved; the median counts). */
  readonly repeats: number;
  readonly progress: (line: string) => void;
}

export interface CaptureCostResult {
  readonly target: string;
  readonly rows: number;
  readonly bareSeconds: number;
  readonly captureSeconds: number;
  /** captureSeconds / bareSeconds. */
  readonly ratio: number;
  /** Peak RSS growth of this process while capturing, at a tenth of the rows and at all of them. */
  readonly captureMemoryTenthBytes: number;
  readonly captureMemoryFullBytes: number;
  readonly bareMemoryFullBytes: number;
}

const TABLE_SQL = `CREATE TABLE bench (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12, 2), score float8,
  flag boolean, created timestamptz, payload bytea)`;

function populateSql(state: StateReader, from: number, to: number): string {
  if (state.backend === 'sqlite') {
    return `WITH RECURSIVE g(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM g WHERE i < ${to})
      INSERT INTO bench SELECT i, 'name-' || i, (i % 100000) / 100.0, i * 0.0015, i % 2 = 0,
        '2024-01-01 00:00:00.' || printf('%06d', i % 1000000), randomblob(16) FROM g`;
  }
  return `INSERT INTO bench SELECT i, 'name-' || i, (i % 100000) / 100.0, i * 0.0015, i % 2 = 0,
      timestamptz '2024-01-01 00:00:00+00' + i * interval '1 microsecond', decode(md5(i::text), 'hex')
    FROM generate_series(${from}, ${to}) AS g(i)`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureCaptureCost(target: Target, options: CaptureCostOptions): Promise<CaptureCostResult> {
  const sampler = new PeakMemorySampler();
  let clone: Clone | null = null;
  try {
    clone = await target.createClone();
    // The table is the clone's own, as a loaded source's are: made by its owner (the apply role may not create it on a server).
    const { state, ownerSession: session } = clone;
    const tenth = Math.max(1, Math.floor(options.rows / 10));
    options.progress(`${target.id}: loading ${tenth} rows`);
    await session.exec(TABLE_SQL);
    await session.exec(populateSql(state, 1, tenth));
    await captureFingerprint(state); // warm up caches and code paths before anything is timed
    const tenthMemory = await sampler.measure(() => captureFingerprint(state));

    options.progress(`${target.id}: loading ${options.rows - tenth} more rows`);
    await session.exec(populateSql(state, tenth + 1, options.rows));
    if (state.backend === 'postgres') await session.exec('VACUUM ANALYZE bench');
    const [table] = (await state.listTables({ schemas: null })) as [TableInfo];

    const bare: number[] = [];
    const capture: number[] = [];
    let captureMemory = 0;
    let bareMemory = 0;
    await state.streamRowsBare(table);
    for (let i = 0; i < options.repeats; i++) {
      options.progress(`${target.id}: timing round ${i + 1} of ${options.repeats}`);
      const b = await sampler.measure(() => state.streamRowsBare(table));
      const c = await sampler.measure(() => captureFingerprint(state));
      const rows = c.result.tables[table.id]?.rows;
      if (rows !== options.rows) throw new Error(`capture counted ${rows} rows, expected ${options.rows}`);
      bare.push(b.seconds);
      capture.push(c.seconds);
      bareMemory = Math.max(bareMemory, b.peakGrowthBytes);
      captureMemory = Math.max(captureMemory, c.peakGrowthBytes);
    }
    const bareSeconds = median(bare);
    const captureSeconds = median(capture);
    return {
      target: target.id,
      rows: options.rows,
      bareSeconds,
      captureSeconds,
      ratio: captureSeconds / bareSeconds,
      captureMemoryTenthBytes: tenthMemory.peakGrowthBytes,
      captureMemoryFullBytes: captureMemory,
      bareMemoryFullBytes: bareMemory,
    };
  } finally {
    await clone?.dispose();
    await sampler.close();
  }
}
