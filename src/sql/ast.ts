/** Walking libpg-query's parse trees: shared by the mutation boundary and the clone-source check. */

export type Node = Record<string, unknown>;

/** Every node of the AST below `root`, with its type name. */
export function* walk(value: unknown, type = ''): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* walk(v);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Node)) {
      if (/^[A-Z]/.test(key) && child && typeof child === 'object' && !Array.isArray(child)) {
        yield [key, child as Node];
        yield* walk(child, key);
      } else {
        yield* walk(child, type);
      }
    }
  }
}

/** A function call's name, unqualified and lower-cased. */
export function functionName(call: Node): string {
  const parts = (call.funcname as { String?: { sval?: string } }[] | undefined) ?? [];
  return (parts[parts.length - 1]?.String?.sval ?? '').toLowerCase();
}
