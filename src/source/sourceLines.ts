/**
 * A clone source read a line at a time, never whole: a dump larger than memory (or than the
 * longest string Node can make, ~512 MiB) is split, checked and loaded as it is read. The file's
 * bytes are hashed as they go by, so a second reading can tell that the file is the one checked.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Lines of a source, as `text.split('\n')` gives them (a last newline ends in an empty line). */
export interface SourceLines extends Iterator<string, undefined> {
  /** Lines handed out so far. */
  readonly count: number;
  /**
   * The data lines of a `COPY … FROM stdin` that ends the line read last, up to its `\.` line (read
   * too, not handed on), in chunks of whole lines of about 1 MiB, a CR before a line's end dropped.
   * Returns whether the `\.` line was found before the end of the source.
   */
  copyData(): Generator<Buffer, boolean>;
}

/** How much of a file is read at a time, and about how much COPY data a chunk holds. */
const CHUNK_BYTES = 1 << 20;
/** The least read: a small file is read in a buffer of its size (a megabyte a read was most of a small source's check). */
const LEAST_READ = 4096;

/** The lines of a text held in memory; its COPY data is its lines encoded as UTF-8 again. */
export function textLines(text: string): SourceLines {
  let at = 0;
  let count = 0;
  const lines: SourceLines = {
    get count() {
      return count;
    },
    next() {
      if (at > text.length) return { done: true, value: undefined };
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end === -1 ? text.length : end);
      at = end === -1 ? text.length + 1 : end + 1;
      count++;
      return { done: false, value: line };
    },
    *copyData() {
      let part: string[] = [];
      let size = 0;
      for (let next = lines.next(); ; next = lines.next()) {
        const line = next.done ? undefined : next.value.replace(/\r$/, '');
        if (line === undefined || line === '\\.') {
          if (size > 0) yield Buffer.from(part.join(''), 'utf8');
          return line !== undefined;
        }
        part.push(line, '\n');
        size += line.length + 1;
        if (size >= CHUNK_BYTES) {
          yield Buffer.from(part.join(''), 'utf8');
          part = [];
          size = 0;
        }
      }
    },
  };
  return lines;
}

/**
 * The lines of a file, read in chunks of 1 MiB. A line is decoded as UTF-8 when it is handed out
 * (a malformed byte becomes U+FFFD, as `readFileSync(file, 'utf8')` makes it); COPY data is handed
 * on as the file's own bytes (`copyData`), as psql sends it, never decoded. `digest()` is the
 * SHA-256 of the bytes read, once the last line has been read. The file is closed at its end, or
 * by `close()`. A byte-order mark before the first line is no part of it.
 */
export class FileLines implements SourceLines {
  private fd: number | null;
  private readonly hash = createHash('sha256');
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private eof = false;
  private done = false;
  private sha: string | null = null;
  /** Bytes the file held when opened, less those read since: what the next read asks for, up to a chunk. */
  private unread: number;
  count = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    this.unread = fstatSync(this.fd).size;
  }

  next(): IteratorResult<string, undefined> {
    if (this.done) return { done: true, value: undefined };
    let nl = this.buf.indexOf(10, this.pos);
    while (nl === -1 && this.more()) nl = this.buf.indexOf(10, this.pos);
    let line: string;
    if (nl === -1) {
      // The text after the last newline is a line too (empty when the file ends with one).
      line = this.buf.toString('utf8', this.pos);
      this.pos = this.buf.length;
      this.done = true;
      this.close();
    } else {
      line = this.buf.toString('utf8', this.pos, nl);
      this.pos = nl + 1;
    }
    if (this.count++ === 0) line = line.replace(/^\uFEFF/, '');
    return { done: false, value: line };
  }

  /** COPY data as views of the file's bytes, never decoded (SourceLines.copyData). */
  *copyData(): Generator<Buffer, boolean> {
    let start = this.pos;
    for (;;) {
      const nl = this.buf.indexOf(10, this.pos);
      if (nl === -1) {
        if (this.pos > start) yield this.data(start, this.pos);
        if (!this.more()) {
          // A `\.` without a newline after it ends the file.
          const last = this.buf.subarray(this.pos);
          this.done = true;
          this.close();
          if (last.length === 0) return false;
          this.count++;
          return last.toString('latin1').replace(/\r$/, '') === '\\.';
        }
        start = this.pos;
        continue;
      }
      const end = nl > this.pos && this.buf[nl - 1] === 13 ? nl - 1 : nl;
      const terminator = end - this.pos === 2 && this.buf[this.pos] === 0x5c && this.buf[this.pos + 1] === 0x2e;
      if (terminator && this.pos > start) yield this.data(start, this.pos);
      this.pos = nl + 1;
      this.count++;
      if (terminator) return true;
      if (this.pos - start >= CHUNK_BYTES) {
        yield this.data(start, this.pos);
        start = this.pos;
      }
    }
  }

  /** The file's SHA-256 (hex), once every line has been read. */
  digest(): string | null {
    return this.sha;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Whole lines of data as they are in the file, but that a line ends in LF alone (as psql reads it). */
  private data(from: number, to: number): Buffer {
    const bytes = this.buf.subarray(from, to);
    if (!bytes.includes(13)) return bytes;
    return Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
  }

  /** Reads the next chunk after what is left unread; `false` at the end of the file. */
  private more(): boolean {
    if (this.eof || this.fd === null) return false;
    // One byte more than is left, so a file that has not grown is read to its end in one read (a file that grew is read on).
    const size = Math.min(CHUNK_BYTES, Math.max(LEAST_READ, this.unread + 1));
    const chunk = Buffer.allocUnsafe(size);
    const read = readSync(this.fd, chunk, 0, size, null);
    this.unread = Math.max(0, this.unread - read);
    if (read === 0) {
      this.eof = true;
      this.sha = this.hash.digest('hex');
      return false;
    }
    this.hash.update(chunk.subarray(0, read));
    const rest = this.buf.subarray(this.pos);
    this.buf = rest.length === 0 ? chunk.subarray(0, read) : Buffer.concat([rest, chunk.subarray(0, read)]);
    this.pos = 0;
    return true;
  }
}
