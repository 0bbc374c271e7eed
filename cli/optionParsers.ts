/** The command line's option values, read and checked: a bad one is one line naming what was expected (exit 2). */
import { InvalidArgumentError } from 'commander';
import { parseDuration } from './arguments.ts';
import { parseShard } from '../properties/fuzz/shard.ts';
import { CLONE_SKIPS, type CloneSkip } from '../src/source/cloneSkips.ts';
import { REHEARSAL_CODES, type RehearsalCode } from '../src/codes.ts';

export function positiveInteger(value: string): number {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function duration(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function shard(value: string) {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function seed(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 31) throw new InvalidArgumentError('expected a whole number from 0 to 2147483647');
  return n;
}

export function skipKinds(value: string): CloneSkip[] {
  const kinds = commaList(value);
  const unknown = kinds.filter((k) => !(CLONE_SKIPS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown kind ${unknown.join(', ')}: expected some of ${CLONE_SKIPS.join(', ')}`);
  return kinds as CloneSkip[];
}

/** Rehearsal codes a fuzzed plan may be BLOCKED with; a code saying a state was not restored is never acceptable. */
export function rehearsalCodes(value: string): RehearsalCode[] {
  const codes = commaList(value);
  const unknown = codes.filter((c) => !(REHEARSAL_CODES as readonly string[]).includes(c));
  if (unknown.length > 0)
    throw new InvalidArgumentError(`unknown code ${unknown.join(', ')}: expected rehearsal codes such as APPLY_FAILED, DELTA_MISMATCH`);
  const never = codes.filter((c) => /NOT_RESTORED$/.test(c));
  if (never.length > 0) throw new InvalidArgumentError(`${never.join(', ')} cannot be expected: a state not restored always fails`);
  return codes as RehearsalCode[];
}

/** Row counts: `10k,100k,1M,10M` (k and M: thousands and millions). */
export function rowCounts(value: string): number[] {
  return commaList(value).map((item) => {
    const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(item);
    const n = m ? Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]!) ? 1e3 : 1e6)) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 1)
      throw new InvalidArgumentError(`"${item}" is not a row count: expected sizes such as 10k,100k,1M`);
    return n;
  });
}

export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
