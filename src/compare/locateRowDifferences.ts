/**
 * Finds the rows that differ in one table between two live states, by key-range bisection as
 * data-diff does: hash key ranges on both sides, descend only into ranges whose hashes differ,
 * and fetch rows only for small ranges. Keyless tables are compared as multisets.
 */
import { createTwoFilesPatch } from 'diff';
import { FULL_RANGE, type KeyRange, type KeyValue, type RowImage, type StateReader, type TableInfo } from '../capture/stateReader.ts';

export interface LocateOptions {
  /** Fetch rows once both sides of a range hold at most this many. */
  readonly leafRows: number;
  /** Ranges a differing range is split into. */
  readonly fanout: number;
  /** Stop after this many differing rows. */
  readonly maxDifferences: number;
  /** Keyless tables larger than this on either side are not diffed row by row. */
  readonly maxKeylessRows: number;
}

export const DEFAULT_LOCATE_OPTIONS: LocateOptions = Object.freeze({
  leafRows: 64,
  fanout: 16,
  maxDifferences: 50,
  maxKeylessRows: 200_000,
});

export interface RowDifference {
  readonly before: RowImage | null;
  readonly after: RowImage | null;
}

export interface RowLocation {
  readonly table: string;
  readonly differences: readonly RowDifference[];
  /** More differences exist than were collected, or the table was too large to diff. */
  readonly truncated: boolean;
  /** How many key ranges were hashed on both sides. */
  readonly rangesCompared: number;
  /** How the rows were found: from the rows the change wrote, by key ranges hashed on both sides, or every row read. */
  readonly foundBy: 'written rows' | 'key ranges' | 'whole table';
  /** A unified diff of the differing rows. */
  readonly rendered: string;
}

/** What the caller knows already of a table that differs: its rows on each side, from the captures that found it. */
export interface KnownDifference {
  readonly beforeRows: number;
  readonly afterRows: number;
  /**
   * Marks of the after side's transaction counter around the change (StateReader.writeMark):
   * where the after side names the rows written between them, those rows and their keys' rows
   * before are the differences — when no row left (the counts add up), nothing else is read.
   */
  readonly window?: { readonly since: string; readonly until: string };
}

/** A known difference with the change's window. */
export type WrittenWindow = KnownDifference & { readonly window: NonNullable<KnownDifference['window']> };

/** Whether the change's window is known (its rows can then be named by what wrote them). */
export function hasWindow(known: KnownDifference | undefined): known is WrittenWindow {
  return known?.window !== undefined;
}

export async function locateRowDifferences(
  table: TableInfo,
  before: StateReader,
  after: StateReader,
  options: LocateOptions = DEFAULT_LOCATE_OPTIONS,
  known?: KnownDifference,
): Promise<RowLocation> {
  return before.readOnly(() =>
    after.readOnly(async () => {
      const rowsWithKeys = before.rowsWithKeys?.bind(before);
      const written =
        table.key && hasWindow(known) && rowsWithKeys
          ? await fromWrittenRows(table, (keys) => rowsWithKeys(table, keys), after, known, options)
          : null;
      const found = table.key
        ? (written ?? (await bisect(table, before, after, options, known)))
        : await multisetDiff(table, before, after, options);
      return { table: table.id, ...found, rendered: renderRows(table, found.differences) };
    }),
  );
}

type Found = Omit<RowLocation, 'table' | 'rendered'>;

/**
 * The differences of a keyed table from the rows the after side wrote in the change's window
 * alone, where the rows before are known only by key: `rowsBefore` gives the rows before of the
 * keys asked (`null`: keys it does not know). `null` where that cannot be the whole of them.
 */
export async function locateWrittenRows(
  table: TableInfo,
  rowsBefore: (keys: readonly KeyValue[]) => Promise<readonly RowImage[] | null>,
  after: StateReader,
  known: WrittenWindow,
  options: LocateOptions,
): Promise<RowLocation | null> {
  if (!table.key) return null;
  const found = await after.readOnly(() => fromWrittenRows(table, rowsBefore, after, known, options));
  return found && { table: table.id, ...found, rendered: renderRows(table, found.differences) };
}

/**
 * The differences from the rows the after side wrote in the window, against the rows of their
 * keys before; `null` where that cannot be the whole of them — the side cannot name the rows it
 * wrote, too many were written, the rows before of a key are not known, or rows left (the counts
 * say so: a delete, a key changed).
 */
async function fromWrittenRows(
  table: TableInfo,
  rowsBefore: (keys: readonly KeyValue[]) => Promise<readonly RowImage[] | null>,
  after: StateReader,
  known: WrittenWindow,
  options: LocateOptions,
): Promise<Found | null> {
  if (!after.rowsWritten) return null;
  const written = await after.rowsWritten(table, known.window.since, known.window.until, options.maxDifferences);
  if (written === null || written.length > options.maxDifferences) return null;
  const before = await rowsBefore(written.map((r) => r.key));
  if (before === null) return null;
  const was = new Map(before.map((r) => [keyText(table, r), r]));
  const differences: RowDifference[] = [];
  let inserted = 0;
  for (const now of written) {
    const then = was.get(keyText(table, now)) ?? null;
    if (then === null) inserted++;
    if (then === null || JSON.stringify(then.cells) !== JSON.stringify(now.cells)) differences.push({ before: then, after: now });
  }
  // Every row before is still there (after = before + inserted) and each written key matched at most one row before.
  if (known.afterRows !== known.beforeRows + inserted || was.size + inserted !== written.length) return null;
  return { differences, truncated: false, rangesCompared: 0, foundBy: 'written rows' };
}

async function bisect(
  table: TableInfo,
  before: StateReader,
  after: StateReader,
  options: LocateOptions,
  known?: KnownDifference,
): Promise<Found> {
  const differences: RowDifference[] = [];
  let rangesCompared = 0;
  let truncated = false;

  /** `differs`: the range's rows on each side, where it is known to differ (the whole table, from the captures). */
  const walk = async (range: KeyRange, differs?: { readonly before: number; readonly after: number }): Promise<void> => {
    if (differences.length >= options.maxDifferences) {
      truncated = true;
      return;
    }
    let rows = differs;
    if (!rows) {
      const b = await before.tableDigest(table, range);
      const a = await after.tableDigest(table, range);
      rangesCompared++;
      if (b.digest === a.digest) return;
      rows = { before: b.rows, after: a.rows };
    }
    if (rows.before <= options.leafRows && rows.after <= options.leafRows) {
      for (const d of diffLeaf(table, await before.rows(table, range), await after.rows(table, range))) {
        if (differences.length >= options.maxDifferences) {
          truncated = true;
          return;
        }
        differences.push(d);
      }
      return;
    }
    // Split on the side with more rows: each part then holds at most 1/fanout of them.
    const splits = await (rows.before >= rows.after ? before : after).keySplits(table, range, options.fanout);
    let lower = range.after;
    for (const split of splits) {
      await walk({ after: lower, upTo: split });
      lower = split;
    }
    await walk({ after: lower, upTo: range.upTo });
  };

  await walk(FULL_RANGE, known && { before: known.beforeRows, after: known.afterRows });
  return { differences, truncated, rangesCompared, foundBy: 'key ranges' };
}

function keyText(table: TableInfo, row: RowImage): string {
  return JSON.stringify((table.key ?? []).map((p) => row.cells[p]));
}

function diffLeaf(table: TableInfo, beforeRows: RowImage[], afterRows: RowImage[]): RowDifference[] {
  const afterByKey = new Map(afterRows.map((r) => [keyText(table, r), r]));
  const out: RowDifference[] = [];
  for (const b of beforeRows) {
    const k = keyText(table, b);
    const a = afterByKey.get(k) ?? null;
    afterByKey.delete(k);
    if (a === null || JSON.stringify(a.cells) !== JSON.stringify(b.cells)) out.push({ before: b, after: a });
  }
  for (const a of afterByKey.values()) out.push({ before: null, after: a });
  return out;
}

async function multisetDiff(table: TableInfo, before: StateReader, after: StateReader, options: LocateOptions): Promise<Found> {
  const b = await before.tableDigest(table, FULL_RANGE);
  const a = await after.tableDigest(table, FULL_RANGE);
  if (b.digest === a.digest) return { differences: [], truncated: false, rangesCompared: 1, foundBy: 'whole table' };
  if (b.rows > options.maxKeylessRows || a.rows > options.maxKeylessRows) {
    return { differences: [], truncated: true, rangesCompared: 1, foundBy: 'whole table' };
  }
  // Count each distinct row on both sides; what is left over differs.
  const counts = new Map<string, { row: RowImage; n: number }>();
  for (const row of await before.rows(table, FULL_RANGE)) {
    const k = JSON.stringify(row.cells);
    const entry = counts.get(k) ?? { row, n: 0 };
    entry.n++;
    counts.set(k, entry);
  }
  for (const row of await after.rows(table, FULL_RANGE)) {
    const k = JSON.stringify(row.cells);
    const entry = counts.get(k) ?? { row, n: 0 };
    entry.n--;
    counts.set(k, entry);
  }
  const differences: RowDifference[] = [];
  for (const { row, n } of counts.values()) {
    for (let i = 0; i < Math.abs(n); i++) differences.push(n > 0 ? { before: row, after: null } : { before: null, after: row });
  }
  const truncated = differences.length > options.maxDifferences;
  return { differences: differences.slice(0, options.maxDifferences), truncated, rangesCompared: 1, foundBy: 'whole table' };
}

/** One line per row: `col=value, …`, NULL spelled out. */
export function renderRow(table: TableInfo, row: RowImage): string {
  return table.columns.map((c, i) => `${c.name}=${row.cells[i] ?? 'NULL'}`).join(', ');
}

function renderRows(table: TableInfo, differences: readonly RowDifference[]): string {
  const beforeText = differences.flatMap((d) => (d.before ? [`${renderRow(table, d.before)}\n`] : [])).join('');
  const afterText = differences.flatMap((d) => (d.after ? [`${renderRow(table, d.after)}\n`] : [])).join('');
  return createTwoFilesPatch(`before/${table.id}`, `after/${table.id}`, beforeText, afterText, '', '', { context: 0 });
}
