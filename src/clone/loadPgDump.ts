/**
 * Loads a plain-format dump exactly as pg_dump writes it: SQL (including `SET` and
 * `set_config` lines), `COPY … FROM stdin;` followed by its data up to `\.`, and the psql
 * meta-commands pg_dump emits (`\connect`, `\restrict`, `\unrestrict`), which address psql and
 * are skipped. SQL between COPY blocks goes to the server whole, so dollar-quoted bodies are
 * never cut.
 */

export interface DumpSink {
  exec(sql: string): Promise<void>;
  /** Runs `COPY … FROM STDIN` with the given data block (text format, without the `\.` line). */
  copyIn(copyFromStdin: string, data: Uint8Array): Promise<void>;
}

const COPY_FROM_STDIN = /^COPY\s.+\sFROM\s+stdin\s*(?:\(.*\)|WITH\s.*)?;\s*$/i;
const SKIPPED_META = /^\\(connect|c|restrict|unrestrict)(\s|$)/;

export class DumpError extends Error {
  override readonly name = 'DumpError';
}

export async function loadPgDump(text: string, sink: DumpSink, source: string): Promise<{ statements: number; copies: number }> {
  const lines = text.split('\n');
  let sql: string[] = [];
  let copies = 0;
  let batches = 0;
  const flush = async () => {
    const chunk = sql.join('\n').trim();
    sql = [];
    if (chunk) {
      batches++;
      await sink.exec(chunk);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (SKIPPED_META.test(line)) continue;
    if (COPY_FROM_STDIN.test(line)) {
      await flush();
      const end = lines.indexOf('\\.', i + 1);
      if (end === -1) throw new DumpError(`${source}:${i + 1}: COPY data has no terminating \\. line`);
      const data = Buffer.from(lines.slice(i + 1, end).map((l) => `${l.replace(/\r$/, '')}\n`).join(''), 'utf8');
      await sink.copyIn(line.replace(/;\s*$/, ''), data);
      copies++;
      i = end;
      continue;
    }
    sql.push(line);
  }
  await flush();
  return { statements: batches, copies };
}
