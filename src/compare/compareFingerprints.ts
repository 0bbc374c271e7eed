import { createTwoFilesPatch } from 'diff';
import type { Fingerprint, SequenceFingerprint, TableFingerprint } from '../capture/fingerprint.ts';

export interface TableChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before: TableFingerprint | null;
  readonly after: TableFingerprint | null;
}

export interface SchemaObjectChange {
  readonly id: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface SequenceChange {
  readonly id: string;
  readonly before: SequenceFingerprint | null;
  readonly after: SequenceFingerprint | null;
}

export interface FingerprintDiff {
  readonly equal: boolean;
  readonly tables: readonly TableChange[];
  readonly schemaObjects: readonly SchemaObjectChange[];
  readonly sequences: readonly SequenceChange[];
}

function changedKeys<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, same: (x: T, y: T) => boolean): string[] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return ids.filter((id) => {
    const [x, y] = [a[id], b[id]];
    return x === undefined || y === undefined || !same(x, y);
  });
}

/** Names every table, schema object and sequence whose state differs between two captures. */
export function compareFingerprints(before: Fingerprint, after: Fingerprint): FingerprintDiff {
  if (before.backend !== after.backend) {
    throw new Error(`cannot compare a ${before.backend} capture with a ${after.backend} capture`);
  }
  const tables = changedKeys(before.tables, after.tables, (x, y) => x.content_hash === y.content_hash).map((id) => {
    const b = before.tables[id] ?? null;
    const a = after.tables[id] ?? null;
    return { id, change: b === null ? 'added' : a === null ? 'removed' : 'changed', before: b, after: a } as const;
  });
  const schemaObjects = changedKeys(before.schema_objects, after.schema_objects, (x, y) => x === y).map((id) => ({
    id,
    before: before.schema_objects[id] ?? null,
    after: after.schema_objects[id] ?? null,
  }));
  const sequences = changedKeys(
    before.sequences,
    after.sequences,
    (x, y) => x.last_value === y.last_value && x.is_called === y.is_called,
  ).map((id) => ({
    id,
    before: before.sequences[id] ?? null,
    after: after.sequences[id] ?? null,
  }));
  const equal = before.top_hash === after.top_hash;
  const listed = tables.length + schemaObjects.length + sequences.length;
  if (equal !== (listed === 0)) {
    throw new Error('fingerprints are inconsistent: the top hash disagrees with their parts');
  }
  return { equal, tables, schemaObjects, sequences };
}

const sequenceLine = (s: SequenceFingerprint | null) => (s === null ? '' : `last_value=${s.last_value} is_called=${s.is_called}\n`);

/** A readable account of a diff: tables summarized, schema objects and sequences as unified diffs. */
export function renderFingerprintDiff(diff: FingerprintDiff): string {
  if (diff.equal) return 'no difference\n';
  const out: string[] = [];
  for (const t of diff.tables) {
    const rows = t.change === 'changed' && t.before && t.after ? ` (rows ${t.before.rows} -> ${t.after.rows})` : '';
    out.push(`table ${t.id}: ${t.change}${rows}\n`);
  }
  for (const o of diff.schemaObjects) {
    out.push(
      createTwoFilesPatch(
        `before/${o.id}`,
        `after/${o.id}`,
        o.before === null ? '' : `${o.before}\n`,
        o.after === null ? '' : `${o.after}\n`,
        '',
        '',
        { context: 0 },
      ),
    );
  }
  for (const s of diff.sequences) {
    out.push(
      createTwoFilesPatch(`before/sequence ${s.id}`, `after/sequence ${s.id}`, sequenceLine(s.before), sequenceLine(s.after), '', '', {
        context: 0,
      }),
    );
  }
  return out.join('');
}
