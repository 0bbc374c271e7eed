#!/usr/bin/env node
// `npm install` (prepare) compiles the TypeScript to dist/, so `rehearse` starts without compiling
// anything (bin/rehearse.js uses dist/ while it is newer than every source file, else the sources
// through tsx). Without TypeScript installed (an install without dev dependencies) it does
// nothing: the sources still run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error('build: TypeScript is not installed; rehearse will run from the sources');
  process.exit(0);
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
// Written last: dist/ counts as built only when the whole build finished.
writeFileSync(join(root, 'dist', '.built'), `${new Date().toISOString()}\n`);
