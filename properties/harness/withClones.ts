import type { Clone, Target } from '../../src/index.ts';

/** The same target, with every clone it makes passed through `change` (to watch it, or to break one part of it). */
export function withClones(target: Target, change: (clone: Clone) => Clone): Target {
  return {
    id: target.id,
    kind: target.kind,
    capabilities: target.capabilities,
    createClone: async (options) => change(await target.createClone(options)),
    missingExtensions: (names) => target.missingExtensions(names),
    close: () => target.close(),
  };
}
