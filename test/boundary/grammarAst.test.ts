import { describe, expect, it } from 'vitest';
import { functionName, walk } from '../../src/sql/ast.ts';
import { grammarFor, NEWEST_GRAMMAR } from '../../src/sql/grammar.ts';

describe("the server's grammar", () => {
  it.each([
    [140013, 15, "PostgreSQL 15 (nearest to the server's 14)"],
    [150004, 15, 'PostgreSQL 15'],
    [160010, 16, 'PostgreSQL 16'],
    [170002, 17, 'PostgreSQL 17'],
    [180000, 18, 'PostgreSQL 18'],
    [190001, 18, "PostgreSQL 18 (nearest to the server's 19)"],
  ])('server_version_num %i reads with %i', async (num, major, label) => {
    const grammar = await grammarFor(num);
    expect(grammar.major).toBe(major);
    expect(grammar.label).toBe(label);
  });

  it('parses with that version: a hex literal is one to 18, a column alias to 15', async () => {
    const target = (g: Awaited<ReturnType<typeof grammarFor>>) =>
      JSON.stringify(
        (g.parse('SELECT 0x1F') as { stmts: { stmt: { SelectStmt: { targetList: unknown[] } } }[] }).stmts[0]!.stmt.SelectStmt.targetList,
      );
    expect(target(await grammarFor(150000))).toContain('"name":"x1f"');
    expect(target(await grammarFor(180000))).not.toContain('"name":"x1f"');
    expect(NEWEST_GRAMMAR).toBe(18);
  });
});

describe('walking a parse tree', () => {
  it('yields every node whose key names a node type, in order, through arrays and plain fields', () => {
    const tree = {
      stmts: [{ stmt: { SelectStmt: { targetList: [{ ResTarget: { val: { FuncCall: { funcname: [] } } } }], limitCount: null } } }],
      Lonely: 'not an object',
      Listed: [{ A_Const: { ival: 1 } }],
    };
    expect([...walk(tree)].map(([type]) => type)).toEqual(['SelectStmt', 'ResTarget', 'FuncCall', 'A_Const']);
    expect([...walk(null)]).toEqual([]);
    expect([...walk([[{ X: {} }]])].map(([t]) => t)).toEqual(['X']);
  });

  it("names a call by its last name part, lower-cased, or '' when it has none", () => {
    expect(functionName({ funcname: [{ String: { sval: 'pg_catalog' } }, { String: { sval: 'NextVal' } }] })).toBe('nextval');
    expect(functionName({ funcname: [{ String: { sval: 'f' } }] })).toBe('f');
    expect(functionName({ funcname: [] })).toBe('');
    expect(functionName({})).toBe('');
    expect(functionName({ funcname: [{ A_Star: {} }] })).toBe('');
  });
});
