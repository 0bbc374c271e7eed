import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeScratchDir } from '../../src/util/removeScratchDir.ts';

it('removes a directory of files, one with a subdirectory, and one already gone, leaving its parent', () => {
  const parent = mkdtempSync(join(tmpdir(), 'rehearse-remove-test-'));
  const flat = join(parent, 'flat');
  mkdirSync(flat);
  writeFileSync(join(flat, 'clone.sqlite'), 'x');
  writeFileSync(join(flat, 'clone.sqlite-journal'), 'y');
  removeScratchDir(flat);
  expect(existsSync(flat)).toBe(false);
  const nested = join(parent, 'nested');
  mkdirSync(join(nested, 'inner'), { recursive: true });
  writeFileSync(join(nested, 'inner', 'f'), 'z');
  writeFileSync(join(nested, 'g'), 'z');
  removeScratchDir(nested);
  expect(existsSync(nested)).toBe(false);
  expect(() => removeScratchDir(join(parent, 'never-made'))).not.toThrow();
  expect(existsSync(parent)).toBe(true);
  removeScratchDir(parent);
  expect(existsSync(parent)).toBe(false);
});
