/**
 * One case of one property, run and described: held, or which invariant failed with which error
 * class and message. The fuzz run, replay and the regression gate all describe failures here, so
 * a failure found at night and replayed in CI gets the same signature.
 */
import type { FailureDescription } from '../corpus/fixture.ts';
import type { PropertyContext, SuiteProperty } from './property.ts';

/**
 * Thrown by a property that knows which of its invariants failed and why. It counts as the
 * property returning false (`PropertyFalse`), with the invariant and message it names.
 */
export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
  constructor(
    readonly invariant: string,
    message: string,
  ) {
    super(message);
  }
}

export type CaseOutcome = { readonly held: true } | { readonly held: false; readonly failure: FailureDescription };

/**
 * An error message with what varies between occurrences of one failure taken out: numbers,
 * hex digests, quoted names and random scratch names. Two runs of one bug normalize alike.
 */
export function normalizeMessage(message: string): string {
  return (message.split('\n')[0] ?? '')
    .replace(/rehearse_[0-9a-f]{16}|case_\d+_\d+/g, '<scratch>')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '<quoted>')
    .replace(/\b(?:0x)?[0-9a-f]{8,}\b/gi, '<hex>')
    .replace(/-?\d+(?:\.\d+)?/g, '<n>')
    .slice(0, 200);
}

export function describeFailure(property: Pick<SuiteProperty<unknown>, 'sentence'>, error: unknown): FailureDescription {
  if (error === false) return { invariant: property.sentence, errorClass: 'PropertyFalse', message: property.sentence };
  if (error instanceof InvariantViolation) return { invariant: error.invariant, errorClass: 'PropertyFalse', message: error.message };
  const name = error instanceof Error ? error.name || error.constructor.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return { invariant: normalizeMessage(message), errorClass: name, message: message.split('\n')[0] ?? '' };
}

export async function runCase<T>(property: SuiteProperty<T>, value: T, context: PropertyContext): Promise<CaseOutcome> {
  try {
    const held = await property.check(value, context);
    return held === false ? { held: false, failure: describeFailure(property, false) } : { held: true };
  } catch (error) {
    return { held: false, failure: describeFailure(property, error) };
  }
}
