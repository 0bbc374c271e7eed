/**
 * `value`, which its caller knows is there — an index into an array it holds, a key it has just
 * set, the one row an aggregate returns. A missing one is a bug in the engine: an error naming it,
 * never a value made up in its place.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`internal error: ${what} is missing`);
  return value;
}
