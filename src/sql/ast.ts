/** Walking libpg-query's parse trees: shared by the mutation boundary and the clone-source check. */

export type Node = Record<string, unknown>;

/**
 * Every node of the AST below `root`, with its type name, in document order (a node before the
 * nodes inside it). Gathered into an array by plain recursion: a generator delegating level by
 * level costs each node once per level above it, and the classifier walks every statement twice.
 */
export function walk(value: unknown): [string, Node][] {
  const nodes: [string, Node][] = [];
  gather(value, nodes);
  return nodes;
}

function gather(value: unknown, nodes: [string, Node][]): void {
  if (Array.isArray(value)) {
    for (const v of value) gather(v, nodes);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = (value as Node)[key];
      if (isTypeName(key) && child && typeof child === 'object' && !Array.isArray(child)) nodes.push([key, child as Node]);
      gather(child, nodes);
    }
  }
}

/** A node's type name begins with a capital (`SelectStmt`); a field's does not (`targetList`). */
const isTypeName = (key: string) => {
  const first = key.charCodeAt(0);
  return first >= 65 && first <= 90;
};

/** A function call's name, unqualified and lower-cased. */
export function functionName(call: Node): string {
  const parts = (call.funcname as { String?: { sval?: string } }[] | undefined) ?? [];
  return (parts[parts.length - 1]?.String?.sval ?? '').toLowerCase();
}
