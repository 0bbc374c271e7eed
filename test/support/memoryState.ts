/**
 * A StateReader over rows held in memory: one table, integer keys in column 0 (or no key), so
 * a test sets exactly how many rows each side of a range holds and sees every call the compare
 * code makes (which side was asked to split a range, how many digests were taken).
 */
import { createHash } from 'node:crypto';
import type { KeyRange, KeyValue, RowImage, StateReader, TableDigest, TableInfo } from '../../src/capture/stateReader.ts';

export type MemoryRow = readonly (string | null)[];

export function memoryTable(id: string, columns: readonly string[], keyed = true): TableInfo {
  return {
    id,
    sqlName: id,
    columns: columns.map((name) => ({ name, sqlName: name, type: 'text', collatable: true })),
    key: keyed ? [0] : null,
    populated: true,
  };
}

export class MemoryState implements StateReader {
  readonly backend = 'sqlite' as const;
  readonly calls: string[] = [];
  constructor(
    readonly table: TableInfo,
    readonly data: readonly MemoryRow[],
  ) {}

  private inRange(range: KeyRange): MemoryRow[] {
    const k = (row: MemoryRow) => Number(row[0]);
    return this.data
      .filter(
        (r) =>
          this.table.key === null ||
          ((range.after === null || k(r) > Number(range.after[0])) && (range.upTo === null || k(r) <= Number(range.upTo[0]))),
      )
      .sort((a, b) => (this.table.key === null ? 0 : k(a) - k(b)));
  }

  readOnly<T>(read: () => Promise<T>): Promise<T> {
    return read();
  }
  async listTables(): Promise<TableInfo[]> {
    return [this.table];
  }
  async relations(): Promise<never[]> {
    return [];
  }
  async schemaObjects(): Promise<never[]> {
    return [];
  }
  async sequences(): Promise<never[]> {
    return [];
  }
  async tableDigest(_table: TableInfo, range: KeyRange): Promise<TableDigest> {
    this.calls.push(`digest ${range.after?.[0] ?? '-'}..${range.upTo?.[0] ?? '-'}`);
    const rows = this.inRange(range);
    const sorted = rows.map((r) => JSON.stringify(r)).sort();
    return { rows: rows.length, digest: `sha256:${createHash('sha256').update(sorted.join('\n')).digest('hex')}` };
  }
  async keySplits(_table: TableInfo, range: KeyRange, parts: number): Promise<KeyValue[]> {
    this.calls.push(`split ${range.after?.[0] ?? '-'}..${range.upTo?.[0] ?? '-'}`);
    const rows = this.inRange(range);
    const out: KeyValue[] = [];
    for (let i = 1; i < parts; i++) {
      const row = rows[Math.floor((i * rows.length) / parts) - 1];
      if (row && !out.some((k) => k[0] === row[0])) out.push([row[0]]);
    }
    return out;
  }
  async rows(_table: TableInfo, range: KeyRange): Promise<RowImage[]> {
    this.calls.push(`rows ${range.after?.[0] ?? '-'}..${range.upTo?.[0] ?? '-'}`);
    return this.inRange(range).map((cells) => ({ key: this.table.key ? [cells[0]] : [], cells }));
  }
  async streamRowsBare(): Promise<number> {
    return this.data.length;
  }
}
