/**
 * Shrinks a stored counterexample again with today's code. fast-check runs it first as an
 * `examples` entry (which also shrinks it, for arbitraries that can shrink a value without its
 * generation context). Our generators are chained, and fast-check cannot shrink a chained value
 * without that context, so a value-level shrinker follows: it removes array elements, empties
 * strings and bytes, and zeroes numbers, keeping a candidate only when it is inside the
 * property's domain and still fails with the same signature.
 */
import fc from 'fast-check';
import { failureSignature, type FailureDescription } from './fixture.ts';
import { encodedSize } from './valueCodec.ts';
import { runCase } from '../harness/outcome.ts';
import type { PropertyContext, SuiteProperty } from '../harness/property.ts';

export interface ReshrinkResult {
  readonly value: unknown;
  readonly failure: FailureDescription | null;
  /** Candidates tried (each one a run of the property). */
  readonly attempts: number;
  readonly sizeBefore: number;
  readonly sizeAfter: number;
}

/** Smaller variants of `value`, the boldest first: whole subtrees before single leaves. */
export function* smallerVariants(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let size = Math.floor(value.length / 2); size >= 1; size = Math.floor(size / 2)) {
      for (let start = 0; start + size <= value.length; start += size) yield [...value.slice(0, start), ...value.slice(start + size)];
    }
    for (const [i, item] of value.entries()) {
      for (const smaller of smallerVariants(item)) yield value.map((v, j) => (j === i ? smaller : v));
    }
    return;
  }
  if (value instanceof Uint8Array) {
    if (value.length > 0) yield value.slice(0, Math.floor(value.length / 2));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      for (const smaller of smallerVariants((value as Record<string, unknown>)[key])) yield { ...value, [key]: smaller };
    }
    return;
  }
  if (typeof value === 'string' && value.length > 0) {
    yield '';
    if (value.length > 1) yield value.slice(0, Math.ceil(value.length / 2));
  }
  if (typeof value === 'number' && value !== 0 && !Number.isNaN(value)) {
    yield 0;
    if (Number.isFinite(value) && Math.trunc(value / 2) !== value && Math.trunc(value / 2) !== 0) yield Math.trunc(value / 2);
  }
  if (typeof value === 'bigint' && value !== 0n) {
    yield 0n;
    if (value / 2n !== 0n) yield value / 2n;
  }
  if (value === true) yield false;
}

export async function reshrink<T>(
  property: SuiteProperty<T>,
  value: T,
  context: PropertyContext,
  options: { readonly maxAttempts: number; readonly deadline: number; readonly onStep?: (size: number, attempts: number) => void },
): Promise<ReshrinkResult> {
  const sizeBefore = encodedSize(value);
  let attempts = 0;
  let lastFailure: { value: T; failure: FailureDescription } | null = null;
  // First through fast-check itself: the stored value as its one example.
  const details = await fc.check(
    fc.asyncProperty(property.arbitrary(context), async (candidate) => {
      attempts++;
      const outcome = await runCase(property, candidate, context);
      if (outcome.held) return true;
      lastFailure = { value: candidate, failure: outcome.failure };
      return false;
    }),
    { examples: [[value]], numRuns: 1, interruptAfterTimeLimit: Math.max(1, options.deadline - Date.now()) },
  );
  if (!details.failed || lastFailure === null) return { value, failure: null, attempts, sizeBefore, sizeAfter: sizeBefore };
  let current: { value: T; failure: FailureDescription } = lastFailure;
  const signature = failureSignature(property.id, current.failure);
  // Then value by value, greedily: restart from the first smaller variant that still fails alike.
  let improved = true;
  while (improved && attempts < options.maxAttempts && Date.now() < options.deadline) {
    improved = false;
    for (const candidate of smallerVariants(current.value) as Generator<T>) {
      if (attempts >= options.maxAttempts || Date.now() >= options.deadline) break;
      if (property.domain(candidate) !== null) continue;
      attempts++;
      const outcome = await runCase(property, candidate, context);
      if (!outcome.held && failureSignature(property.id, outcome.failure) === signature) {
        current = { value: candidate, failure: outcome.failure };
        options.onStep?.(encodedSize(candidate), attempts);
        improved = true;
        break;
      }
    }
  }
  return { value: current.value, failure: current.failure, attempts, sizeBefore, sizeAfter: encodedSize(current.value) };
}
