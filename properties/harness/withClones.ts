import type { Clone, Target } from '../../src/index.ts';

/** The same target, with every clone it makes passed through `change` (to watch it, or to break one part of it). */
export function withClones(target: Target, change: (clone: Clone) => Clone): Target {
  return {
    id: target.id,
    kind: target.kind,
    capabilities: target.capabilities,
    createClone: async (options) => change(await target.createClone(options)),
    missingExtensions: (names) => target.missingExtensions(names),
    ...(target.census ? { census: () => target.census!() } : {}),
    close: () => target.close(),
  };
}

/** The clone's session with every `exec` first rewritten by `rewrite` (to break one statement, or to map one). */
export function rewritingExec(clone: Clone, rewrite: (sql: string) => string): Clone['session'] {
  const session = clone.session;
  return {
    ...session,
    query: session.query.bind(session),
    inTransaction: () => session.inTransaction(),
    runStatement: (sql: string) => session.runStatement(sql),
    exec: (sql: string) => session.exec(rewrite(sql)),
  };
}
