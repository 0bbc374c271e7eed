#!/usr/bin/env node
// PGlite's own memory floor for a dump, with none of rehearse but its starting image: an instance
// started from rehearse's pristine image (made once and cached: its WAL settings keep an image
// small) loads the dump — its statements one by one, each COPY's
// data in 16 MiB parts, as rehearse streams it — then takes an image of itself and starts a second
// instance from that image while holding it, which is the least a rehearsal that restores a
// before-state needs. Prints the process's peak resident memory after each stage. Linux only.
//   npm run build && node scripts/pgliteFloor.mjs DUMP.sql
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { pristineDataDir } from '../dist/src/targets/pglitePristine.js';

const dump = process.argv[2];
if (!dump) {
  console.error('usage: node scripts/pgliteFloor.mjs DUMP.sql');
  process.exit(2);
}
const PART = 16 * 1024 * 1024;
const peak = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`;
const started = Date.now();
const at = (stage) => console.log(`${stage.padEnd(44)} peak ${peak().padStart(9)}  ${((Date.now() - started) / 1000).toFixed(1)} s`);

const pristine = await pristineDataDir();
at('node with PGlite loaded, the pristine image read');
const db = await PGlite.create({ loadDataDir: pristine });
at('one instance');

// Statements end at a line ending in `;` (a pg_dump's do); a COPY's data runs to its `\.` line.
let statement = '';
let copy = null;
let parts = [];
let size = 0;
const flush = async () => {
  if (parts.length === 0) return;
  await db.query(copy, [], { blob: new Blob(parts) });
  parts = [];
  size = 0;
};
for await (const line of createInterface({ input: createReadStream(dump), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (copy !== null) {
    if (line === '\\.') {
      await flush();
      copy = null;
      continue;
    }
    parts.push(`${line}\n`);
    size += line.length + 1;
    if (size >= PART) await flush();
    continue;
  }
  if (statement === '' && (line === '' || line.startsWith('--'))) continue;
  statement += `${line}\n`;
  if (!line.trimEnd().endsWith(';')) continue;
  const copyFrom = /^COPY\s+(.+?)\s+FROM\s+stdin;\s*$/i.exec(statement.trim());
  if (copyFrom) copy = `COPY ${copyFrom[1]} FROM '/dev/blob'`;
  else await db.exec(statement);
  statement = '';
}
at('the dump loaded');

await db.exec('CHECKPOINT');
const image = await db.dumpDataDir('none');
at(`an image of it (${Math.round(image.size / 1024 / 1024)} MiB)`);
await db.close();
const second = await PGlite.create({ loadDataDir: image });
await second.query('SELECT 1');
at('a second instance from the image, image held');
const [{ n }] = (await second.query('SELECT count(*)::int AS n FROM public.pgbench_accounts').catch(() => ({ rows: [{ n: '-' }] }))).rows;
console.log(`rows in pgbench_accounts: ${n}`);
await second.close();
