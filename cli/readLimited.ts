import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ReadOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly truncated: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads at most `limit + 1` bytes of a file or of standard input (`-`), so that an input over
 * the limit is known to be over it without ever being read whole.
 */
export async function readLimited(source: string, limit: number): Promise<ReadOutcome> {
  if (source === '-') return readStdin(limit);
  let fd: number;
  try {
    fd = openSync(source, 'r');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : 'it cannot be opened';
    return { ok: false, reason: `cannot read ${source}: ${why}` };
  }
  try {
    if (fstatSync(fd).isDirectory()) return { ok: false, reason: `cannot read ${source}: it is a directory` };
    const buffer = Buffer.alloc(limit + 1);
    let filled = 0;
    for (;;) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) break;
      filled += n;
      if (filled === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, filled), truncated: filled > limit };
  } catch (error) {
    return { ok: false, reason: `cannot read ${source}: ${(error as { code?: string }).code ?? 'read failed'}` };
  } finally {
    closeSync(fd);
  }
}

async function readStdin(limit: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total > limit) break; // leaves the rest unread
    }
  } catch (error) {
    return { ok: false, reason: `cannot read standard input: ${(error as { code?: string }).code ?? 'read failed'}` };
  } finally {
    process.stdin.destroy();
  }
  const bytes = Buffer.concat(chunks, total).subarray(0, limit + 1);
  return { ok: true, bytes, truncated: total > limit };
}
