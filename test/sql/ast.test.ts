/**
 * `walk` lists every node of a parse tree in document order (a node before the nodes inside it):
 * the classifier and the clone-source check take the first node of a kind, and read every call.
 * Checked against its definition, written as a generator (its old form), on the trees of every
 * statement of PostgreSQL's regression suite the parser reads.
 */
import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Node, walk } from '../../src/sql/ast.ts';
import { loadParser } from '../../src/sql/parser.ts';
import { regressStatements } from '../boundary/regressCorpus.ts';

/** The definition: a field whose name begins with a capital and holds an object is a node; every value is searched. */
function* byDefinition(value: unknown): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* byDefinition(v);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Node)) {
      if (/^[A-Z]/.test(key) && child && typeof child === 'object' && !Array.isArray(child)) yield [key, child as Node];
      yield* byDefinition(child);
    }
  }
}

let trees: unknown[] = [];
beforeAll(async () => {
  await loadParser();
  trees = regressStatements().flatMap((s) => {
    try {
      return [parseSync(s.sql)];
    } catch {
      return [];
    }
  });
}, 120_000);

describe('walk', () => {
  it('lists the same nodes in the same order as its definition, on the regression suite', () => {
    expect(trees.length).toBeGreaterThan(1000);
    let nodes = 0;
    const differing: number[] = [];
    for (const [t, tree] of trees.entries()) {
      const expected = [...byDefinition(tree)];
      const got = walk(tree);
      const same = got.length === expected.length && got.every(([type, node], i) => type === expected[i]![0] && node === expected[i]![1]);
      if (!same) differing.push(t);
      nodes += got.length;
    }
    expect(differing).toEqual([]);
    expect(nodes).toBeGreaterThan(trees.length);
  });

  it('finds nodes inside lists, inside fields that are not nodes, and none in scalars', () => {
    const tree = {
      stmts: [{ stmt: { SelectStmt: { targetList: [{ ResTarget: { val: { A_Const: { ival: 1 } } } }], op: 'SETOP_NONE' } } }],
    };
    expect(walk(tree).map(([t]) => t)).toEqual(['SelectStmt', 'ResTarget', 'A_Const']);
    expect(walk('SelectStmt')).toEqual([]);
    expect(walk(null)).toEqual([]);
  });
});
