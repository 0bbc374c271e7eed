#!/usr/bin/env node
// Runs a rehearse command and samples its resident memory (VmRSS, and VmHWM, the peak so far)
// every few seconds from /proc, printing one line per sample and a summary: whether memory grows
// across the cases of a long run. Linux only.
//   node scripts/rssOverTime.mjs [--every 10] -- fuzz --budget 10m --targets sqlite,pglite
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const own = split === -1 ? [] : argv.slice(0, split);
const args = split === -1 ? argv : argv.slice(split + 1);
const every = Number(own[own.indexOf('--every') + 1] ?? 10) || 10;
if (args.length === 0) {
  console.error('usage: node scripts/rssOverTime.mjs [--every SECONDS] -- REHEARSE-ARGUMENTS…');
  process.exit(2);
}
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'rehearse.js');
const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const started = Date.now();
const samples = [];
const mib = (kb) => (kb / 1024).toFixed(0);
function sample() {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    const s = { t: (Date.now() - started) / 1000, rss: kb('VmRSS'), hwm: kb('VmHWM') };
    samples.push(s);
    console.log(`t=${s.t.toFixed(0).padStart(4)} s  rss ${mib(s.rss).padStart(5)} MiB  peak ${mib(s.hwm).padStart(5)} MiB`);
  } catch {
    // the process has ended
  }
}
const timer = setInterval(sample, every * 1000);
child.on('exit', (code) => {
  clearInterval(timer);
  if (samples.length >= 4) {
    const half = Math.floor(samples.length / 2);
    const avg = (xs) => xs.reduce((a, s) => a + s.rss, 0) / xs.length;
    const first = avg(samples.slice(1, half));
    const second = avg(samples.slice(half));
    console.log(
      `samples ${samples.length}; mean rss first half ${mib(first)} MiB, second half ${mib(second)} MiB (ratio ${(second / first).toFixed(2)}); peak ${mib(Math.max(...samples.map((s) => s.hwm)))} MiB; exit ${code}`,
    );
  }
  process.exit(code ?? 1);
});
