/**
 * Whether a clone source fits a PGlite clone. PGlite holds the whole database in this process's
 * memory — its data files in an in-memory file system, its WebAssembly heap, the image of the
 * before-state RX-4 restores from, and a second instance started from that image — so what a
 * rehearsal needs grows with the dump, several times over: measured (docs/measurements.md,
 * "PGlite and the size of the dump"), a rehearsal's peak is about 0.9 GiB plus 14 times the
 * dump's size. A dump whose estimate exceeds the memory there is (three quarters of the machine's
 * or the container's, or REHEARSE_PGLITE_MEMORY) is refused before anything loads.
 */
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';

/** A rehearsal's peak on PGlite: this much, plus `PER_DUMP_BYTE` times the dump (measured, rounded up). */
export const PGLITE_FLOOR_BYTES = 0.9 * 2 ** 30;
export const PGLITE_PER_DUMP_BYTE = 14;

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** `REHEARSE_PGLITE_MEMORY` (`4GiB`, `512M`, bytes): the memory a PGlite rehearsal may take; `null` when unset. */
export function parseMemory(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  const unit = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : null;
}

/** The container's memory limit (cgroup v2), if it has one. */
function cgroupLimit(): number | null {
  try {
    const text = readFileSync('/sys/fs/cgroup/memory.max', 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  } catch {
    return null;
  }
}

/** The memory a PGlite rehearsal may take here, and where that figure comes from. */
export function pgliteMemoryBudget(env: NodeJS.ProcessEnv = process.env): { bytes: number; from: string } {
  const set = env.REHEARSE_PGLITE_MEMORY;
  if (set !== undefined && set !== '') {
    const bytes = parseMemory(set);
    if (bytes !== null) return { bytes, from: `REHEARSE_PGLITE_MEMORY=${set}` };
  }
  const machine = Math.min(totalmem(), cgroupLimit() ?? Number.POSITIVE_INFINITY);
  return { bytes: machine * 0.75, from: 'three quarters of the memory here' };
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const mb = (bytes: number) => (bytes >= 2 ** 30 ? gib(bytes) : `${Math.max(1, Math.round(bytes / 2 ** 20))} MiB`);

/** Why a dump of `bytes` does not fit a PGlite rehearsal here (`null`: it fits). */
export function pgliteFitProblem(bytes: number, env: NodeJS.ProcessEnv = process.env): string | null {
  const need = PGLITE_FLOOR_BYTES + PGLITE_PER_DUMP_BYTE * bytes;
  const budget = pgliteMemoryBudget(env);
  if (need <= budget.bytes) return null;
  return `the clone source is ${mb(bytes)}: a PGlite rehearsal holds the whole database in this process's memory and would need about ${gib(need)} (${gib(PGLITE_FLOOR_BYTES)} + ${PGLITE_PER_DUMP_BYTE} × the dump, measured), more than the ${gib(budget.bytes)} it may take (${budget.from}); rehearse it on a Postgres server instead (--target postgres://USER@HOST/DB), where the dump is streamed and memory stays flat`;
}
