#!/usr/bin/env node
// Two builds of the harness side by side in one process: `rollback.txn-restores-before` on the same
// generated cases (bench throughput's: 40 of each of seeds 1, 1001, 2001, after 20 warm-up cases),
// build A, build B and the floor (five captures, the load and the apply on a bare in-memory
// connection, with build B's code) in turn case by case, so machine noise falls on all three.
//
//   node scripts/harnessSideBySide.mjs OLD_DIST NEW_DIST [SPEC_A] [SPEC_B]
//
// OLD_DIST and NEW_DIST are `dist/` directories (`npm run build`; an older commit built in a
// worktree: `git worktree add /tmp/old REV && cd /tmp/old && ln -s $PWD/../main/node_modules . &&
// npm run build`); SPEC_A and SPEC_B the SQLite target strings each opens (default `sqlite:`).
// REPEATS (default 8) times over the 120 cases. Prints ms a case each way and the ratios.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';

const [dirA, dirB, specA = 'sqlite:', specB = specA] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node scripts/harnessSideBySide.mjs OLD_DIST NEW_DIST [SPEC_A] [SPEC_B]');
  process.exit(2);
}
const from = (dir, path) => import(pathToFileURL(resolve(dir, path)).href);
const build = async (dir) => ({
  engine: (await from(dir, 'properties/harness/engineApi.js')).realEngine,
  registry: (await from(dir, 'properties/registry.js')).PROPERTY_REGISTRY,
  api: await from(dir, 'src/index.js'),
  Reader: (await from(dir, 'src/capture/sqliteState.js')).SqliteStateReader,
  renderState: (await from(dir, 'generators/render.js')).renderState,
  renderBatch: (await from(dir, 'generators/applyBatch.js')).renderBatch,
});
const A = await build(dirA);
const B = await build(dirB);
const PROPERTY = 'rollback.txn-restores-before';
const harness = (X, spec) => {
  const target = X.api.resolveTarget(spec, { reuseClones: true });
  const { property } = X.registry[PROPERTY](target);
  return {
    target,
    run: async (c) => {
      if (!(await property.check(c, { engine: X.engine, target }))) throw new Error(`${PROPERTY} failed`);
    },
  };
};
const a = harness(A, specA);
const b = harness(B, specB);
const floor = async (c) => {
  const db = new Database(':memory:');
  const reader = new B.Reader(() => db);
  const capture = () => B.api.captureFingerprint(reader);
  db.exec(B.renderState(c.state, 'sqlite'));
  await capture();
  await capture();
  db.exec('BEGIN');
  db.exec(B.renderBatch(c.state, c.batch, 'sqlite'));
  await capture();
  db.exec('ROLLBACK');
  await capture();
  await capture();
  db.close();
};
const { property } = B.registry[PROPERTY](null);
const cases = (count, seed) =>
  fc
    .sample(property.arbitrary({ engine: B.engine, target: null }), { numRuns: count * 3, seed })
    .filter((c) => !c.batch.failsMidway)
    .slice(0, count);
const all = [1, 1001, 2001].flatMap((seed) => cases(40, seed));
for (const c of cases(20, 2)) {
  await a.run(c);
  await b.run(c);
  await floor(c);
}
const ways = { A: a.run, B: b.run, floor };
const ms = { A: 0, B: 0, floor: 0 };
const orders = [
  ['A', 'B', 'floor'],
  ['B', 'floor', 'A'],
  ['floor', 'A', 'B'],
];
const repeats = Number(process.env.REPEATS ?? 8);
for (let k = 0; k < repeats; k++) {
  for (const [i, c] of all.entries()) {
    for (const way of orders[(i + k) % 3]) {
      const began = performance.now();
      await ways[way](c);
      ms[way] += performance.now() - began;
    }
  }
}
const n = all.length * repeats;
console.log(
  `A ${(ms.A / n).toFixed(3)} ms  B ${(ms.B / n).toFixed(3)} ms  floor ${(ms.floor / n).toFixed(3)} ms a case (${n} each)   A/floor ${(ms.A / ms.floor).toFixed(3)}  B/floor ${(ms.B / ms.floor).toFixed(3)}  B/A ${(ms.B / ms.A).toFixed(3)}`,
);
await a.target.close();
await b.target.close();
