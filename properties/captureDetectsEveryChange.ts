import { domainOf, stateAndChangeSchema } from '../generators/domains.ts';
import { shiftPair, stateAndChange, type Change } from '../generators/change.ts';
import type { BeforeStateModel, TableModel } from '../generators/beforeState.ts';
import { insertSql, keyPredicate, literal, quoteIdent, renderState, type Dialect } from '../generators/render.ts';
import type { Session } from '../src/index.ts';
import { actionIsSchemaChange, renderObjectAction } from '../generators/worldObjects.ts';
import { readObject } from './captureSeesEveryObjectChange.ts';
import { dialectOf } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import type { ScratchPool } from './harness/scratch.ts';

function changeSql(state: BeforeStateModel, change: Change, dialect: Dialect): string {
  if (change.kind === 'object') {
    // In one transaction, as a batch runs (a deferred foreign key is checked at COMMIT).
    const parts = renderObjectAction(state.objects![change.object]!, change.object, change, dialect);
    return ['BEGIN;', ...parts.map((p) => p.sql), 'COMMIT;'].join('\n');
  }
  if (change.kind === 'nextval') return `SELECT nextval('${quoteIdent(state.sequences[0]!.name).replaceAll("'", "''")}')`;
  const t = state.tables[change.table]!;
  const table = quoteIdent(t.name);
  switch (change.kind) {
    case 'update':
      return `UPDATE ${table} SET ${quoteIdent(t.columns[change.column]!.name)} = ${literal(change.value, dialect)} WHERE ${keyPredicate(t, t.rows[change.row]!, dialect)}`;
    case 'insert':
      return insertSql(t, [change.row], dialect);
    case 'delete':
      return `DELETE FROM ${table} WHERE ${keyPredicate(t, t.rows[change.row]!, dialect)}`;
    case 'shift':
      return shiftSql(t, change, 1, dialect);
    case 'index':
      return `CREATE INDEX ${quoteIdent(`probe_index_${change.column}`)} ON ${table} (${quoteIdent(t.columns[change.column]!.name)})`;
  }
}

function shiftSql(t: TableModel, change: Extract<Change, { kind: 'shift' }>, which: 0 | 1, dialect: Dialect): string {
  const [left, right] = [t.columns[change.column]!, t.columns[change.column + 1]!];
  const values = shiftPair(left.type, right.type)![which];
  return `UPDATE ${quoteIdent(t.name)} SET ${quoteIdent(left.name)} = ${literal(values[0], dialect)}, ${quoteIdent(right.name)} = ${literal(values[1], dialect)} WHERE ${keyPredicate(t, t.rows[change.row]!, dialect)}`;
}

/** What a change sets up before the first capture: the first value of a look-alike pair, or a shift's first values. */
function setupSql(state: BeforeStateModel, change: Change, dialect: Dialect): string | null {
  if (change.kind === 'shift') return shiftSql(state.tables[change.table]!, change, 0, dialect);
  // The pair's first value, written as the same update.
  if (change.kind === 'update' && change.from) return changeSql(state, { ...change, value: change.from }, dialect);
  return null;
}

/** The oracle: every row of the changed table, read back as the database spells it. */
async function readBack(session: Session, state: BeforeStateModel, change: Change, dialect: Dialect): Promise<string> {
  if (change.kind === 'nextval' || change.kind === 'index') return '';
  if (change.kind === 'object') return readObject(session, state.objects![change.object]!, change.object, dialect === 'postgres');
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
    check: ({ state, change }, { engine, target }) =>
      pool.withScratch(async (scratch) => {
        const dialect = dialectOf(target!);
        if (change.kind === 'nextval' && dialect === 'sqlite') return true; // no standalone sequences on SQLite
        await scratch.exec(renderState(state, dialect));
        const setup = setupSql(state, change, dialect);
        if (setup) await scratch.exec(setup);
        const before = await scratch.capture(engine.captureFingerprint);
        const seenBefore = await readBack(scratch.clone.ownerSession, state, change, dialect);
        await scratch.exec(changeSql(state, change, dialect));
        const after = await scratch.capture(engine.captureFingerprint);
        const seenAfter = await readBack(scratch.clone.ownerSession, state, change, dialect);
        const definitionChanged =
          change.kind === 'object' &&
          actionIsSchemaChange(state.objects![change.object]!, change.action) &&
          renderObjectAction(state.objects![change.object]!, change.object, change, dialect).length > 0;
        const databaseSeesAChange = change.kind === 'nextval' || change.kind === 'index' || definitionChanged || seenBefore !== seenAfter;
        return !databaseSeesAChange || after.top_hash !== before.top_hash;
      }),
  };
}
