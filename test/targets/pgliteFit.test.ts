/**
 * PGlite holds the whole database in the process's memory: a clone source whose estimated need
 * exceeds the memory there is refused before it is read — exit 2, naming its size, the memory it
 * would need and the server target as the way forward — and one that fits is not.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import {
  parseMemory,
  PGLITE_FLOOR_BYTES,
  PGLITE_PER_DUMP_BYTE,
  pgliteFitProblem,
  pgliteMemoryBudget,
} from '../../src/targets/pgliteFit.ts';

describe('whether a clone source fits PGlite', () => {
  it('reads a memory size as REHEARSE_PGLITE_MEMORY takes it', () => {
    expect(parseMemory('8GiB')).toBe(8 * 2 ** 30);
    expect(parseMemory('512M')).toBe(512 * 2 ** 20);
    expect(parseMemory('1.5g')).toBe(1.5 * 2 ** 30);
    expect(parseMemory('4096')).toBe(4096);
    expect(parseMemory('lots')).toBeNull();
    expect(pgliteMemoryBudget({ REHEARSE_PGLITE_MEMORY: '2GiB' })).toEqual({ bytes: 2 * 2 ** 30, from: 'REHEARSE_PGLITE_MEMORY=2GiB' });
    // Unset or unreadable: three quarters of the machine's memory, never nothing.
    expect(pgliteMemoryBudget({ REHEARSE_PGLITE_MEMORY: 'lots' }).bytes).toBeGreaterThan(0);
  });

  it('refuses a dump whose estimate is over the budget, and takes one under it', () => {
    const env = { REHEARSE_PGLITE_MEMORY: '2GiB' };
    const largest = (2 * 2 ** 30 - PGLITE_FLOOR_BYTES) / PGLITE_PER_DUMP_BYTE;
    expect(pgliteFitProblem(Math.floor(largest), env)).toBeNull();
    const problem = pgliteFitProblem(Math.ceil(largest) + 2 ** 20, env);
    expect(problem).toMatch(
      /^the clone source is \d+ MiB: .* would need about 2\.0 GiB .* more than the 2\.0 GiB it may take \(REHEARSE_PGLITE_MEMORY=2GiB\); rehearse it on a Postgres server instead \(--target postgres:\/\//,
    );
  });

  it('rehearse run exits 2 before reading a source that does not fit, and says what to do', async () => {
    const previous = process.env.REHEARSE_PGLITE_MEMORY;
    process.env.REHEARSE_PGLITE_MEMORY = '900MiB';
    try {
      const output = memoryOutput();
      const code = await main(['run', 'examples/real-world/pagila/ready/plan.json', '--target', 'pglite:'], output);
      const err = output.stderr.join('');
      expect(code).toBe(2);
      expect(err).toMatch(
        /pagila\.sql: the clone source is 3 MiB: a PGlite rehearsal holds the whole database in this process's memory and would need about 0\.9 GiB/,
      );
      expect(err).toMatch(/--target postgres:\/\//);
      expect(err).not.toMatch(/loading the clone source|internal error/);
    } finally {
      if (previous === undefined) delete process.env.REHEARSE_PGLITE_MEMORY;
      else process.env.REHEARSE_PGLITE_MEMORY = previous;
    }
  });
});
