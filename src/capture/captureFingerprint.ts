import { reading } from './captureError.ts';
import type { Fingerprint, SequenceFingerprint, TableFingerprint } from './fingerprint.ts';
import { hashCanonical } from './hashing.ts';
import { FULL_RANGE, WHOLE_DATABASE, type CaptureScope, type StateReader, keyColumns } from './stateReader.ts';

/**
 * A record keyed by the database's own names: without a prototype, a table named `__proto__` is a
 * key like any other (assigned into `{}`, it would set the object's prototype and be in no capture).
 */
export function dataRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Captures the state of a clone: per table its row count and content hash, every schema
 * object, every sequence's `(last_value, is_called)`, and a top hash over all of it.
 * Runs read-only; memory does not grow with table size (the reader hashes in the database or
 * streams). A read that fails is a `CaptureError` naming the relation, never a partial capture.
 * A materialized view that has not been populated is captured as such; its rows are never read.
 */
export async function captureFingerprint(state: StateReader, scope: CaptureScope = WHOLE_DATABASE): Promise<Fingerprint> {
  return reading(null, () =>
    state.readOnly(async () => {
      const tableInfos = await reading(null, () => state.listTables(scope));
      const schemaObjects = await reading(null, () => state.schemaObjects(scope));
      const sequenceStates = await reading(null, () => state.sequences(scope));

      const tables = dataRecord<TableFingerprint>();
      for (const table of tableInfos) {
        const key = table.key ? keyColumns(table).map((c) => c.name) : null;
        if (!table.populated) {
          const columns = table.columns.map((c) => [c.name, c.type]);
          tables[table.id] = { rows: 0, content_hash: hashCanonical({ columns, key, populated: false }), key, populated: false };
          continue;
        }
        const digest = await reading(table.id, () => state.tableDigest(table, FULL_RANGE));
        tables[table.id] = {
          rows: digest.rows,
          // Column names and types are part of the content: the same bytes under another type
          // are a different value.
          content_hash: hashCanonical({
            columns: table.columns.map((c) => [c.name, c.type]),
            key,
            rows: digest.rows,
            digest: digest.digest,
          }),
          key,
        };
      }

      // In id order, whatever order the catalog returned them in (it follows the physical layout).
      const schema_objects = dataRecord<string>();
      for (const object of [...schemaObjects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
        schema_objects[object.id] = object.definition;

      const sequences = dataRecord<SequenceFingerprint>();
      for (const s of sequenceStates) sequences[s.id] = { last_value: s.last_value, is_called: s.is_called };

      const schema_hash = hashCanonical(schema_objects);
      const top_hash = hashCanonical({ backend: state.backend, tables, schema_hash, sequences });
      return { format: 'fingerprint/v1', backend: state.backend, tables, schema_objects, schema_hash, sequences, top_hash };
    }),
  );
}
