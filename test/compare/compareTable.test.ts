import { describe, expect, it } from 'vitest';
import type { Fingerprint } from '../../src/capture/fingerprint.ts';
import { compareFingerprints, renderFingerprintDiff } from '../../src/compare/compareFingerprints.ts';
import { describeStateDifference } from '../../src/compare/describeStateDifference.ts';
import { DEFAULT_LOCATE_OPTIONS, locateRowDifferences, renderRow } from '../../src/compare/locateRowDifferences.ts';
import { MemoryState, memoryTable, type MemoryRow } from '../support/memoryState.ts';

const fp = (parts: Partial<Fingerprint>): Fingerprint => ({
  format: 'fingerprint/v1',
  backend: 'sqlite',
  tables: {},
  schema_objects: {},
  schema_hash: 'sha256:s',
  sequences: {},
  top_hash: 'sha256:same',
  ...parts,
});
const t = (rows: number, hash: string) => ({ rows, content_hash: `sha256:${hash}`, key: ['id'] });

describe('compareFingerprints: the exact diff', () => {
  const before = fp({
    tables: { a: t(1, 'a'), b: t(2, 'b'), c: t(3, 'c') },
    schema_objects: { 'table a': 'CREATE TABLE a (id int)', 'table b': 'CREATE TABLE b (id int)' },
    sequences: {
      s1: { last_value: '5', is_called: true },
      s2: { last_value: '1', is_called: false },
      s3: { last_value: '9', is_called: true },
    },
  });
  const after = fp({
    tables: { a: t(1, 'a'), c: t(4, 'c2'), d: t(0, 'd') },
    schema_objects: { 'table a': 'CREATE TABLE a (id int, x int)', 'table c': 'CREATE TABLE c (id int)' },
    sequences: {
      s1: { last_value: '6', is_called: true },
      s2: { last_value: '1', is_called: true },
      s3: { last_value: '9', is_called: true },
      s4: { last_value: '1', is_called: false },
    },
    top_hash: 'sha256:other',
  });

  it('names each changed table, object and sequence, sorted, and nothing else', () => {
    expect(compareFingerprints(before, after)).toEqual({
      equal: false,
      tables: [
        { id: 'b', change: 'removed', before: t(2, 'b'), after: null },
        { id: 'c', change: 'changed', before: t(3, 'c'), after: t(4, 'c2') },
        { id: 'd', change: 'added', before: null, after: t(0, 'd') },
      ],
      schemaObjects: [
        { id: 'table a', before: 'CREATE TABLE a (id int)', after: 'CREATE TABLE a (id int, x int)' },
        { id: 'table b', before: 'CREATE TABLE b (id int)', after: null },
        { id: 'table c', before: null, after: 'CREATE TABLE c (id int)' },
      ],
      sequences: [
        { id: 's1', before: { last_value: '5', is_called: true }, after: { last_value: '6', is_called: true } },
        { id: 's2', before: { last_value: '1', is_called: false }, after: { last_value: '1', is_called: true } },
        { id: 's4', before: null, after: { last_value: '1', is_called: false } },
      ],
    });
  });

  it('renders it: tables summarized, objects and sequences as unified diffs', () => {
    expect(renderFingerprintDiff(compareFingerprints(before, after))).toMatchSnapshot();
    expect(renderFingerprintDiff(compareFingerprints(before, before))).toBe('no difference\n');
  });

  it('refuses two backends, and a top hash that disagrees with the parts', () => {
    expect(() => compareFingerprints(before, { ...before, backend: 'postgres' })).toThrow(
      new Error('cannot compare a sqlite capture with a postgres capture'),
    );
    expect(() => compareFingerprints(before, { ...before, top_hash: 'sha256:x' })).toThrow(
      new Error('fingerprints are inconsistent: the top hash disagrees with their parts'),
    );
    expect(() => compareFingerprints(before, { ...after, top_hash: before.top_hash })).toThrow(/inconsistent/);
    expect(compareFingerprints(before, structuredClone(before))).toEqual({ equal: true, tables: [], schemaObjects: [], sequences: [] });
  });
});

const table = memoryTable('t', ['id', 'note']);
const rowsOf = (n: number, note = (i: number): string | null => `n${i}`): MemoryRow[] =>
  Array.from({ length: n }, (_, i) => [String(i + 1), note(i + 1)]);
const locate = (b: MemoryRow[], a: MemoryRow[], options: Partial<typeof DEFAULT_LOCATE_OPTIONS> = {}) => {
  const before = new MemoryState(table, b);
  const after = new MemoryState(table, a);
  return { before, after, found: locateRowDifferences(table, before, after, { ...DEFAULT_LOCATE_OPTIONS, ...options }) };
};
const ids = (found: Awaited<ReturnType<typeof locateRowDifferences>>) =>
  found.differences.map((d) => `${d.before?.cells[0] ?? '-'}>${d.after?.cells[0] ?? '-'}`);

describe('locateRowDifferences: bisection at its bounds', () => {
  it('fetches rows at once when both sides hold at most leafRows, splits when either holds more', async () => {
    const atLimit = locate(
      rowsOf(4),
      rowsOf(4, (i) => (i === 2 ? 'x' : `n${i}`)),
      { leafRows: 4, fanout: 2 },
    );
    expect(await atLimit.found).toMatchObject({ truncated: false, rangesCompared: 1 });
    expect(atLimit.before.calls).toEqual(['digest -..-', 'rows -..-']);
    const oneMoreBefore = locate(rowsOf(5), rowsOf(4), { leafRows: 4, fanout: 2 });
    expect(ids(await oneMoreBefore.found)).toEqual(['5>-']);
    expect(oneMoreBefore.before.calls).toContain('split -..-');
    const oneMoreAfter = locate(rowsOf(4), rowsOf(5), { leafRows: 4, fanout: 2 });
    expect(ids(await oneMoreAfter.found)).toEqual(['->5']);
    expect(oneMoreAfter.after.calls).toContain('split -..-');
    expect(oneMoreAfter.before.calls).not.toContain('split -..-');
  });

  it('splits on the side with more rows, the before side on a tie', async () => {
    const tie = locate(
      rowsOf(6),
      rowsOf(6, (i) => (i === 6 ? 'x' : `n${i}`)),
      { leafRows: 2, fanout: 2 },
    );
    expect(ids(await tie.found)).toEqual(['6>6']);
    expect(tie.before.calls.filter((c) => c.startsWith('split'))).toEqual(['split -..-', 'split 3..-']);
    expect(tie.after.calls.filter((c) => c.startsWith('split'))).toEqual([]);
    const more = locate(rowsOf(5), rowsOf(8), { leafRows: 2, fanout: 2 });
    expect(ids(await more.found)).toEqual(['->6', '->7', '->8']);
    expect(more.after.calls).toContain('split -..-');
    expect(more.before.calls.filter((c) => c.startsWith('split'))).toEqual([]);
  });

  it('stops at maxDifferences: within a leaf, and before walking another range', async () => {
    const exact = await locate(
      rowsOf(4),
      rowsOf(4, () => 'x'),
      { leafRows: 8, maxDifferences: 4 },
    ).found;
    expect(exact).toMatchObject({ truncated: false });
    expect(ids(exact)).toEqual(['1>1', '2>2', '3>3', '4>4']);
    const over = await locate(
      rowsOf(4),
      rowsOf(4, () => 'x'),
      { leafRows: 8, maxDifferences: 3 },
    ).found;
    expect(over).toMatchObject({ truncated: true });
    expect(ids(over)).toEqual(['1>1', '2>2', '3>3']);
    // Leaves of two rows: the first holds both allowed differences, the second is never hashed.
    const walk = locate(
      rowsOf(4),
      rowsOf(4, () => 'x'),
      { leafRows: 2, fanout: 2, maxDifferences: 2 },
    );
    const found = await walk.found;
    expect(found).toMatchObject({ truncated: true, rangesCompared: 2 });
    expect(ids(found)).toEqual(['1>1', '2>2']);
  });

  it('renders the differing rows as a unified diff, NULL spelled out', async () => {
    const found = await locate(
      rowsOf(3),
      rowsOf(3, (i) => (i === 2 ? null : i === 3 ? 'changed' : `n${i}`)),
    ).found;
    expect(found.rendered).toMatchSnapshot();
    expect(renderRow(table, { key: ['1'], cells: ['1', null] })).toBe('id=1, note=NULL');
  });
});

describe('locateRowDifferences: keyless tables as multisets', () => {
  const bag = memoryTable('bag', ['v'], false);
  const multiset = (b: string[], a: string[], options: Partial<typeof DEFAULT_LOCATE_OPTIONS> = {}) =>
    locateRowDifferences(
      bag,
      new MemoryState(
        bag,
        b.map((v) => [v]),
      ),
      new MemoryState(
        bag,
        a.map((v) => [v]),
      ),
      {
        ...DEFAULT_LOCATE_OPTIONS,
        ...options,
      },
    );
  const signed = (found: Awaited<ReturnType<typeof locateRowDifferences>>) =>
    found.differences.map((d) => (d.before ? `-${d.before.cells[0]}` : `+${d.after!.cells[0]}`));

  it('counts duplicates on both sides', async () => {
    expect(signed(await multiset(['x', 'x', 'y'], ['x', 'y', 'y', 'z']))).toEqual(['-x', '+y', '+z']);
    expect(await multiset(['x'], ['x'])).toMatchObject({ differences: [], truncated: false, rangesCompared: 1 });
  });

  it('diffs up to maxKeylessRows rows a side, and reports a larger table truncated', async () => {
    expect(signed(await multiset(['a', 'b', 'c'], ['a', 'b', 'd'], { maxKeylessRows: 3 }))).toEqual(['-c', '+d']);
    expect(await multiset(['a', 'b', 'c', 'd'], ['a'], { maxKeylessRows: 3 })).toMatchObject({ differences: [], truncated: true });
    expect(await multiset(['a'], ['a', 'b', 'c', 'd'], { maxKeylessRows: 3 })).toMatchObject({ differences: [], truncated: true });
  });

  it('keeps maxDifferences of them, truncated only when there were more', async () => {
    const exact = await multiset(['a', 'b'], [], { maxDifferences: 2 });
    expect(exact).toMatchObject({ truncated: false });
    expect(signed(exact)).toEqual(['-a', '-b']);
    const over = await multiset(['a', 'b', 'c'], [], { maxDifferences: 2 });
    expect(over).toMatchObject({ truncated: true });
    expect(signed(over)).toEqual(['-a', '-b']);
  });
});

describe('describeStateDifference', () => {
  it('renders the fingerprint diff, then each changed table’s rows, and says when rows were left out', async () => {
    const before = new MemoryState(table, rowsOf(60));
    const after = new MemoryState(
      table,
      rowsOf(60, (i) => `m${i}`),
    );
    const fpBefore = fp({ tables: { t: t(60, 'b') }, sequences: { s: { last_value: '1', is_called: false } } });
    const fpAfter = fp({ tables: { t: t(60, 'a'), gone: t(1, 'g') }, sequences: {}, top_hash: 'sha256:after' });
    const text = await describeStateDifference({ state: before, fingerprint: fpBefore }, { state: after, fingerprint: fpAfter });
    expect(text).toMatchSnapshot();
    expect(text).toContain('(table t: more differing rows than shown)\n');
    const same = await describeStateDifference({ state: before, fingerprint: fpBefore }, { state: before, fingerprint: fpBefore });
    expect(same).toBe('no difference\n');
    expect(before.calls.filter((c) => c.startsWith('digest')).length).toBeGreaterThan(0);
  });
});
