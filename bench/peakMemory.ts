/**
 * Samples the process's resident memory from a worker thread, so the peak is seen even while
 * the main thread is busy in synchronous work (better-sqlite3 iterates synchronously).
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 5);
`;

export class PeakMemorySampler {
  private readonly shared = new SharedArrayBuffer(8);
  private readonly peak = new Float64Array(this.shared);
  private readonly worker = new Worker(SAMPLER, { eval: true, workerData: this.shared });

  /** Runs `work` and returns its result with the peak RSS growth over the RSS at its start. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; peakGrowthBytes: number; seconds: number }> {
    const start = process.memoryUsage.rss();
    this.peak[0] = start;
    const t0 = process.hrtime.bigint();
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { result, seconds, peakGrowthBytes: Math.max(0, (this.peak[0] ?? start) - start) };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
