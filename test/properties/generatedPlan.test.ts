/** Generated plans: a directory per case while it is held, kept for the next case, and gone when the process exits. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { writeGeneratedPlan } from '../../properties/harness/generatedPlan.ts';

const STATE = { tables: [], sequences: [] };

it('gives each held case a directory of its own, writes the next case over a released one, and leaves no stale file', () => {
  const first = writeGeneratedPlan(realEngine, STATE, 'SELECT 1;\n', 'sqlite');
  const second = writeGeneratedPlan(realEngine, STATE, 'SELECT 2;\n', 'sqlite');
  expect(second.dir).not.toBe(first.dir);
  first.remove();
  first.remove(); // twice is once
  const third = writeGeneratedPlan(realEngine, STATE, 'SELECT 3;\n', 'sqlite');
  expect(third.dir).toBe(first.dir);
  expect(readFileSync(join(third.dir, 'apply.sql'), 'utf8')).toBe('SELECT 3;\n');
  // The plan is read from its bytes, as rehearse run reads plan.json: the directory holds the files it names.
  expect(readdirSync(third.dir).sort()).toEqual(['apply.sql', 'before.sql']);
  second.remove();
  third.remove();
});

it('removes every directory it made when the process exits', () => {
  const script = `import { realEngine } from './properties/harness/engineApi.ts';
import { writeGeneratedPlan } from './properties/harness/generatedPlan.ts';
const kept = writeGeneratedPlan(realEngine, { tables: [], sequences: [] }, 'SELECT 1;\\n', 'sqlite');
const held = writeGeneratedPlan(realEngine, { tables: [], sequences: [] }, 'SELECT 2;\\n', 'sqlite');
kept.remove();
console.log(JSON.stringify([kept.dir, held.dir]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: join(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
  });
  const dirs = JSON.parse(out.trim().split('\n').at(-1)!) as string[];
  expect(dirs).toHaveLength(2);
  for (const dir of dirs) expect(existsSync(dir)).toBe(false);
});
