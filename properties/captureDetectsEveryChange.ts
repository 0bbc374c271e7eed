import fc from 'fast-check';
import { domainOf, stateAndChangeSchema } from '../generators/domains.ts';
import { changeValue } from '../generators/applyBatch.ts';
import { beforeState, keyText, type BeforeStateModel, type ModelValue } from '../generators/beforeState.ts';
import { insertSql, keyPredicate, literal, quoteIdent, renderState, type Dialect } from '../generators/render.ts';
import type { Session } from '../src/index.ts';
import { dialectOf } from './generatedPlan.ts';
import type { SuiteProperty } from './property.ts';
import { ScratchPool } from './scratch.ts';

type Change =
  | { kind: 'update'; table: number; row: number; column: number; value: ModelValue }
  | { kind: 'insert'; table: number; row: readonly ModelValue[] }
  | { kind: 'delete'; table: number; row: number }
  | { kind: 'index'; table: number; column: number }
  | { kind: 'nextval' };

const stateAndChange = beforeState.chain((state) => {
  const changes: fc.Arbitrary<Change>[] = [];
  state.tables.forEach((t, table) => {
    // Postgres refuses a btree index on json (no equality operator): the one legitimate refusal, left out.
    const indexable = t.columns.map((c, i) => (c.type === 'json' ? -1 : i)).filter((i) => i >= 0);
    if (indexable.length > 0) changes.push(fc.constantFrom(...indexable).map((column) => ({ kind: 'index', table, column }) as const));
    // One more row is a change for keyed and keyless tables alike (a multiset gains an element).
    const existing = new Set(t.rows.map((r) => keyText(r.slice(0, t.keyColumns))));
    changes.push(fc.tuple(...t.columns.map((_, i) => changeValue(t, i))).filter((r) => t.keyColumns === 0 || !existing.has(keyText(r.slice(0, t.keyColumns))))
      .map((row) => ({ kind: 'insert', table, row }) as const));
    if (t.keyColumns > 0) {
      if (t.rows.length > 0) {
        changes.push(fc.nat({ max: t.rows.length - 1 }).map((row) => ({ kind: 'delete', table, row }) as const));
        if (t.columns.length > t.keyColumns) {
          changes.push(fc.record({ row: fc.nat({ max: t.rows.length - 1 }), column: fc.integer({ min: t.keyColumns, max: t.columns.length - 1 }) })
            .chain(({ row, column }) => changeValue(t, column).map((value) => ({ kind: 'update', table, row, column, value }) as const)));
        }
      }
    }
  });
  if (state.sequences.length > 0) changes.push(fc.constant({ kind: 'nextval' } as const));
  return fc.oneof(...changes).map((change) => ({ state, change }));
});

function changeSql(state: BeforeStateModel, change: Change, dialect: Dialect): string {
  if (change.kind === 'nextval') return `SELECT nextval('${quoteIdent(state.sequences[0]!.name).replaceAll("'", "''")}')`;
  const t = state.tables[change.table]!;
  const table = quoteIdent(t.name);
  switch (change.kind) {
    case 'update': return `UPDATE ${table} SET ${quoteIdent(t.columns[change.column]!.name)} = ${literal(change.value, dialect)} WHERE ${keyPredicate(t, t.rows[change.row]!, dialect)}`;
    case 'insert': return insertSql(t, [change.row], dialect);
    case 'delete': return `DELETE FROM ${table} WHERE ${keyPredicate(t, t.rows[change.row]!, dialect)}`;
    case 'index': return `CREATE INDEX ${quoteIdent(`probe_index_${change.column}`)} ON ${table} (${quoteIdent(t.columns[change.column]!.name)})`;
  }
}

/** The oracle: every row of the changed table, read back as the database spells it. */
async function readBack(session: Session, state: BeforeStateModel, change: Change, dialect: Dialect): Promise<string> {
  if (change.kind === 'nextval' || change.kind === 'index') return '';
  const t = state.tables[change.table]!;
  const cells = t.columns.map((c) => (dialect === 'sqlite' ? `quote(${quoteIdent(c.name)})` : `${quoteIdent(c.name)}::text`));
  const rows = await session.query(`SELECT ${cells.join(', ')} FROM ${quoteIdent(t.name)}`);
  return JSON.stringify(rows.map((r) => JSON.stringify(Object.values(r as object))).sort());
}

/** A single minimal change of any kind — a value, a row, a sequence, an index — changes the fingerprint, whenever the database itself reads the state back differently. */
export function captureDetectsEveryChange(pool: ScratchPool): SuiteProperty<{ state: BeforeStateModel; change: Change }> {
  return {
    id: 'capture.detects-every-change',
    sentence: 'A single minimal change of any kind changes the fingerprint, whenever the database itself reads the state back differently.',
    cost: 'database',
    arbitrary: () => stateAndChange,
    domain: domainOf(stateAndChangeSchema),
    check: ({ state, change }, { target }) => pool.withScratch(async (scratch) => {
      const dialect = dialectOf(target!);
      if (change.kind === 'nextval' && dialect === 'sqlite') return true; // no standalone sequences on SQLite
      await scratch.exec(renderState(state, dialect));
      const before = await scratch.capture();
      const seenBefore = await readBack(scratch.clone.session, state, change, dialect);
      await scratch.exec(changeSql(state, change, dialect));
      const after = await scratch.capture();
      const seenAfter = await readBack(scratch.clone.session, state, change, dialect);
      const databaseSeesAChange = change.kind === 'nextval' || change.kind === 'index' || seenBefore !== seenAfter;
      return !databaseSeesAChange || after.top_hash !== before.top_hash;
    }),
  };
}
