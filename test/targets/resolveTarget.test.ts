import { describe, expect, it } from 'vitest';
import { availableTargets, harnessSpec, resolveTarget, selectedTargetNames, TARGET_FORMS } from '../../src/targets/resolveTarget.ts';
import { TargetError } from '../../src/targets/target.ts';

describe('resolveTarget: each form to its target', () => {
  it.each([
    ['pglite:', 'pglite', 'pglite:'],
    ['pglite', 'pglite', 'pglite:'],
    ['sqlite', 'sqlite', 'sqlite:'],
    ['sqlite:', 'sqlite', 'sqlite:'],
    ['sqlite::memory:', 'sqlite', 'sqlite::memory:'],
    ['postgres://u:pw@127.0.0.1:5999/app', 'postgres', 'postgres://127.0.0.1:5999/app'],
    ['postgresql://u@localhost/app', 'postgres', 'postgres://localhost:5432/app'],
  ])('%s', async (spec, kind, id) => {
    const target = resolveTarget(spec);
    expect(target.kind).toBe(kind);
    expect(target.id).toBe(id);
    await target.close();
  });

  it('refuses what it cannot read, in one line naming it', () => {
    expect(() => resolveTarget('mysql://x')).toThrow(new TargetError(`unknown target "mysql://x": expected one of ${TARGET_FORMS}`));
    expect(() => resolveTarget('postgres://[bad')).toThrow(new TargetError('target "postgres://[bad" is not a valid postgres:// URL'));
    expect(() => resolveTarget('sqlit')).toThrow(TargetError);
    expect(TARGET_FORMS).toBe('sqlite:, sqlite:DIR, sqlite::memory:, pglite:, postgres://USER@HOST:PORT/DB, testcontainers');
  });
});

describe('which targets the suite runs on', () => {
  it('reads REHEARSE_TARGETS in the suite’s own order, trimmed, empty meaning all', () => {
    expect(selectedTargetNames({})).toEqual(['sqlite', 'pglite', 'postgres']);
    expect(selectedTargetNames({ REHEARSE_TARGETS: ' , ' })).toEqual(['sqlite', 'pglite', 'postgres']);
    expect(selectedTargetNames({ REHEARSE_TARGETS: 'postgres, sqlite' })).toEqual(['sqlite', 'postgres']);
    expect(() => selectedTargetNames({ REHEARSE_TARGETS: 'sqlite,mysql' })).toThrow(
      new TargetError('REHEARSE_TARGETS names unknown target "mysql": expected some of sqlite, pglite, postgres'),
    );
  });

  it('says how each was chosen, and the server by the URL it was given (no password)', async () => {
    expect(await availableTargets({ REHEARSE_TARGETS: 'sqlite,pglite,postgres', REHEARSE_PG_URL: 'postgres://u:pw@db:6000/x' })).toEqual([
      { name: 'sqlite', spec: 'sqlite:', reason: 'embedded (better-sqlite3)' },
      { name: 'pglite', spec: 'pglite:', reason: 'embedded Postgres (PGlite)' },
      { name: 'postgres', spec: 'postgres://u:pw@db:6000/x', reason: 'server from REHEARSE_PG_URL (db:6000/x)' },
    ]);
  });

  it('opens SQLite in memory for a harness run (fuzz, the corpus replay, bench throughput), every other target as it is', async () => {
    const available = await availableTargets({ REHEARSE_TARGETS: 'sqlite,pglite,postgres', REHEARSE_PG_URL: 'postgres://u@db:6000/x' });
    expect(available.map(harnessSpec)).toEqual(['sqlite::memory:', 'pglite:', 'postgres://u@db:6000/x']);
    expect(harnessSpec({ name: 'postgres', spec: null, reason: 'no server' })).toBeNull();
    const target = resolveTarget(harnessSpec(available[0]!)!);
    const clone = await target.createClone();
    expect(clone.isolation.method).toBe('fresh in-memory SQLite database');
    await clone.dispose();
    await target.close();
  });
});
