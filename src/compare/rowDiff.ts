/**
 * Rows as people read them, and a diff of two sets of them: what `rehearse replay` shows of a
 * fixture, and what `rehearse run` and `summary.md` show of the rows a change touched.
 */
import { createTwoFilesPatch } from 'diff';
import type { RowImage, TableInfo } from '../capture/stateReader.ts';

/** One row as a line: `(id="1", name=NULL)`, each value as its canonical text (SQLite's already quoted where text). */
export function rowLine(table: TableInfo, row: RowImage, backend: 'postgres' | 'sqlite'): string {
  return `(${table.columns
    .map((c, i) => {
      const cell = row.cells[i] ?? null;
      return `${c.name}=${cell === null ? 'NULL' : backend === 'postgres' ? JSON.stringify(cell) : cell}`;
    })
    .join(', ')})`;
}

/** A unified diff of the tables whose rows differ, one line per row. */
export function rowDiff(before: Record<string, string[]>, after: Record<string, string[]>, afterLabel: string): string {
  const lines = (rows: Record<string, string[]>) =>
    Object.keys({ ...before, ...after })
      .filter((id) => JSON.stringify(before[id] ?? []) !== JSON.stringify(after[id] ?? []))
      .flatMap((id) => (rows[id] ?? []).map((r) => `${id} ${r}`))
      .join('\n');
  const a = lines(before);
  const b = lines(after);
  if (a === b) return '';
  const text = (t: string) => (t === '' ? '' : `${t}\n`);
  return createTwoFilesPatch('before', afterLabel, text(a), text(b), '', '', { context: 2 })
    .split('\n')
    .filter((l) => !l.startsWith('====='))
    .join('\n')
    .trimEnd();
}
