import { describe, expect, it } from 'vitest';
import { bestEffort, takeLeftBehind } from '../../src/util/bestEffort.ts';
import { firstLine } from '../../src/util/errors.ts';

describe('best-effort clean-up', () => {
  it("does what it can, and keeps what it could not do with the error's first line", async () => {
    takeLeftBehind();
    let closed = false;
    expect(
      await bestEffort('closing a thing', async () => {
        closed = true;
      }),
    ).toBeNull();
    expect(closed).toBe(true);
    expect(
      await bestEffort('dropping scratch database rehearse_x', async () => {
        throw new Error('database is in use\nDETAIL: 1 session');
      }),
    ).toBe('dropping scratch database rehearse_x: database is in use');
    expect(await bestEffort('closing nothing', () => undefined)).toBeNull();
    expect(takeLeftBehind()).toEqual(['dropping scratch database rehearse_x: database is in use']);
    expect(takeLeftBehind()).toEqual([]);
  });

  it('reads the first line of anything thrown', () => {
    expect(firstLine(new Error('one\ntwo'))).toBe('one');
    expect(firstLine('plain')).toBe('plain');
    expect(firstLine({ message: 'from an object' })).toBe('from an object');
    expect(firstLine(new Error(''))).toBe('error');
    expect(firstLine(undefined)).toBe('undefined');
  });
});

describe('small helpers', () => {
  it('quotes an identifier the same way for Postgres and SQLite', async () => {
    const { quoteIdent } = await import('../../src/util/quoteIdent.ts');
    expect(quoteIdent('Order Details')).toBe('"Order Details"');
    expect(quoteIdent('a"b""c')).toBe('"a""b""""c"');
    expect(quoteIdent('')).toBe('""');
  });

  it('redacts seal-like tokens from the first line only', async () => {
    const { redactedFirstLine } = await import('../../src/util/errors.ts');
    const line = redactedFirstLine(new Error('got ROLLBACK_PASS here\nsecond'));
    expect(line).not.toMatch(/ROLLBACK_PASS/);
    expect(line).toBe('[redacted]');
  });
});

describe('the package root', () => {
  it('is the nearest directory above that holds this package, and a place with none says so', async () => {
    const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { findRoot, PACKAGE_ROOT } = await import('../../src/packageRoot.ts');
    expect(findRoot(join(PACKAGE_ROOT, 'src', 'targets'))).toBe(PACKAGE_ROOT);
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-root-'));
    try {
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'rollback-rehearsal' }));
      writeFileSync(join(dir, 'a', 'package.json'), JSON.stringify({ name: 'another-package' }));
      expect(findRoot(join(dir, 'a', 'b'))).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => findRoot('/')).toThrow('cannot find the rollback-rehearsal package root');
  });
});
