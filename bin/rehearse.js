#!/usr/bin/env node
// Runs the CLI: the compiled JavaScript in dist/ (made by `npm install`, scripts/build.mjs) when
// it is newer than every TypeScript source, so nothing is compiled at start-up; otherwise the
// TypeScript sources through tsx, which compiles on load (a checkout edited since its build, or
// one installed without dev dependencies). REHEARSE_FROM_SOURCES=1 always takes the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function builtAt() {
  try {
    return statSync(join(root, 'dist', '.built')).mtimeMs;
  } catch {
    return null;
  }
}

function newestSource() {
  let newest = 0;
  for (const dir of ['src', 'cli', 'properties', 'generators', 'bench']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|json)$/.test(entry.name))
        newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const built = builtAt();
// An installed package holds the compiled code and, of the sources, only the data it reads: nothing to compile.
const installed = !existsSync(join(root, 'cli', 'main.ts'));
let main;
if (process.env.REHEARSE_FROM_SOURCES !== '1' && built !== null && (installed || built >= newestSource())) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
