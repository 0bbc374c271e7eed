/**
 * captureFingerprint over a reader whose answers the test sets: what goes into each hash, in what
 * order things come out, and what happens to a table without a key.
 */
import { describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/capture/captureFingerprint.ts';
import { CaptureError, describeReadError } from '../../src/capture/captureError.ts';
import { canonicalJson, hashCanonical } from '../../src/capture/hashing.ts';
import {
  FULL_RANGE,
  requireKey,
  type SchemaObject,
  type SequenceState,
  type StateReader,
  type TableInfo,
} from '../../src/capture/stateReader.ts';

interface World {
  tables: TableInfo[];
  digests: Record<string, { rows: number; digest: string }>;
  schema: SchemaObject[];
  sequences: SequenceState[];
}

const world = (): World => ({
  tables: [
    {
      id: 'main.a',
      sqlName: 'a',
      columns: [
        { name: 'id', sqlName: 'id', type: 'INTEGER', collatable: false },
        { name: 'v', sqlName: 'v', type: 'TEXT', collatable: true },
      ],
      key: [0],
      populated: true,
    },
    { id: 'main.k', sqlName: 'k', columns: [{ name: 'v', sqlName: 'v', type: 'TEXT', collatable: true }], key: null, populated: true },
  ],
  digests: { 'main.a': { rows: 2, digest: 'sha256:aa' }, 'main.k': { rows: 1, digest: 'sha256:kk' } },
  schema: [
    { id: 'table main.k', definition: 'CREATE TABLE k (v TEXT)' },
    { id: 'table main.a', definition: 'CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)' },
  ],
  sequences: [{ id: 'a', last_value: '9007199254740993', is_called: true }],
});

function readerOf(w: World): StateReader & { ranges: unknown[] } {
  const ranges: unknown[] = [];
  return {
    backend: 'sqlite',
    ranges,
    readOnly: (read) => read(),
    listTables: async () => w.tables,
    relations: async () =>
      w.tables.map((t) => ({ id: t.id, schema: 'main', name: t.id.slice('main.'.length), kind: 'table', holds: [t.id] })),
    schemaObjects: async () => w.schema,
    sequences: async () => w.sequences,
    tableDigest: async (table, range) => {
      ranges.push(range);
      return w.digests[table.id]!;
    },
    keySplits: async () => [],
    rows: async () => [],
    streamRowsBare: async () => 0,
  };
}

const capture = (w: World) => captureFingerprint(readerOf(w));

describe('captureFingerprint', () => {
  it('records each table (rows, key names, content hash over columns, key, rows and digest), every sequence, schema objects in id order', async () => {
    const w = world();
    const reader = readerOf(w);
    const fp = await captureFingerprint(reader);
    expect(fp.format).toBe('fingerprint/v1');
    expect(fp.backend).toBe('sqlite');
    expect(reader.ranges).toEqual([FULL_RANGE, FULL_RANGE]);
    expect(fp.tables['main.a']).toEqual({
      rows: 2,
      key: ['id'],
      content_hash: hashCanonical({
        columns: [
          ['id', 'INTEGER'],
          ['v', 'TEXT'],
        ],
        key: ['id'],
        rows: 2,
        digest: 'sha256:aa',
      }),
    });
    expect(fp.tables['main.k']).toEqual({
      rows: 1,
      key: null,
      content_hash: hashCanonical({ columns: [['v', 'TEXT']], key: null, rows: 1, digest: 'sha256:kk' }),
    });
    expect(fp.sequences).toEqual({ a: { last_value: '9007199254740993', is_called: true } });
    expect(Object.keys(fp.schema_objects)).toEqual(['table main.a', 'table main.k']);
    expect(fp.schema_hash).toBe(hashCanonical(fp.schema_objects));
    expect(fp.top_hash).toBe(hashCanonical({ backend: 'sqlite', tables: fp.tables, schema_hash: fp.schema_hash, sequences: fp.sequences }));
  });

  it('keeps a table, a schema object and a sequence named __proto__ (assigned into {}, each was in no capture)', async () => {
    const w = world();
    w.tables.push({ ...w.tables[1]!, id: '__proto__', sqlName: '"__proto__"' });
    const digestOf = (rows: number) =>
      Object.defineProperty(w.digests, '__proto__', { value: { rows, digest: 'sha256:pp' }, enumerable: true, configurable: true });
    digestOf(3);
    w.schema.push({ id: '__proto__', definition: 'CREATE TABLE "__proto__" (v TEXT)' });
    w.sequences.push({ id: '__proto__', last_value: '1', is_called: true });
    const fp = await capture(w);
    expect(Object.keys(fp.tables)).toContain('__proto__');
    expect(Object.keys(fp.schema_objects)).toContain('__proto__');
    expect(Object.keys(fp.sequences)).toContain('__proto__');
    expect(Object.hasOwn(fp.tables, '__proto__') && fp.tables.__proto__?.rows).toBe(3);
    // Its rows count in the top hash.
    digestOf(0);
    expect((await capture(w)).top_hash).not.toBe(fp.top_hash);
  });

  it('gives the same top hash whatever order the reader lists schema objects in', async () => {
    const w = world();
    const reversed = { ...world(), schema: [...w.schema].reverse() };
    const [x, y] = [await capture(w), await capture(reversed)];
    expect(y.top_hash).toBe(x.top_hash);
    expect(JSON.stringify(y.schema_objects)).toBe(JSON.stringify(x.schema_objects));
  });

  it('changes the top hash for each kind of change: a column type, a key, a digest, a sequence, a schema object', async () => {
    const base = (await capture(world())).top_hash;
    const variants: ((w: World) => void)[] = [
      (w) => {
        (w.tables[0]!.columns as unknown as { type: string }[])[1]!.type = 'BLOB';
      },
      (w) => {
        (w.tables[0]! as { key: number[] | null }).key = [0, 1];
      },
      (w) => {
        (w.tables[0]! as { key: number[] | null }).key = null;
      },
      (w) => {
        w.digests['main.a'] = { rows: 2, digest: 'sha256:ab' };
      },
      (w) => {
        w.sequences[0] = { id: 'a', last_value: '9007199254740993', is_called: false };
      },
      (w) => {
        w.sequences[0] = { id: 'a', last_value: '9007199254740992', is_called: true };
      },
      (w) => {
        w.schema[0] = { id: 'table main.k', definition: 'CREATE TABLE k (v BLOB)' };
      },
      (w) => {
        (w.tables[1]! as { populated: boolean }).populated = false;
      },
    ];
    const hashes = new Set([base]);
    for (const change of variants) {
      const w = world();
      change(w);
      hashes.add((await capture(w)).top_hash);
    }
    expect(hashes.size).toBe(variants.length + 1);
  });
});

describe('capture of what cannot be read', () => {
  it('records a materialized view that is not populated as such, and never reads its rows', async () => {
    const w = world();
    (w.tables[1]! as { populated: boolean }).populated = false;
    const reader = readerOf(w);
    const fp = await captureFingerprint(reader);
    expect(reader.ranges).toEqual([FULL_RANGE]);
    expect(fp.tables['main.k']).toEqual({
      rows: 0,
      key: null,
      populated: false,
      content_hash: hashCanonical({ columns: [['v', 'TEXT']], key: null, populated: false }),
    });
    // An empty populated table is a different state.
    const empty = world();
    empty.digests['main.k'] = { rows: 0, digest: 'sha256:00' };
    expect((await capture(empty)).tables['main.k']!.content_hash).not.toBe(fp.tables['main.k']!.content_hash);
  });

  it("turns a failed read into a CaptureError naming the relation and keeping the database's words", async () => {
    const reader = readerOf(world());
    const failing: StateReader = {
      ...reader,
      tableDigest: async (table) => {
        if (table.id === 'main.k') throw Object.assign(new Error('permission denied for table k\nDETAIL: more'), { code: '42501' });
        return reader.tableDigest(table, FULL_RANGE);
      },
    };
    const error = await captureFingerprint(failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureError);
    expect(error).toMatchObject({ relation: 'main.k', databaseError: 'permission denied for table k' });
    const catalog = await captureFingerprint({
      ...reader,
      schemaObjects: async () => {
        throw new Error('connection lost');
      },
    }).catch((e: unknown) => e);
    expect(catalog).toMatchObject({ relation: null, message: 'cannot read the catalog: connection lost' });
  });

  it('says what to do when row-level security hides rows from the capturing role', () => {
    const rls = Object.assign(new Error('query would be affected by row-level security policy for table "t"'), { code: '42501' });
    expect(describeReadError(rls)).toMatch(
      /^query would be affected by row-level security policy for table "t" \(row-level security hides rows from this role: capture needs a role that bypasses it/,
    );
    expect(describeReadError(new Error('plain'))).toBe('plain');
  });
});

describe('the helpers capture relies on', () => {
  it('refuses a value with no canonical JSON form, and a key-range operation on a keyless table', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow('value has no canonical JSON form');
    expect(canonicalJson({ b: 1, a: [2, 'x'] })).toBe('{"a":[2,"x"],"b":1}');
    const keyless = world().tables[1]!;
    expect(() => requireKey(keyless)).toThrow('table main.k has no primary key');
    expect(requireKey(world().tables[0]!)).toEqual([0]);
  });
});
