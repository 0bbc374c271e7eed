import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { captureFingerprint, type Clone } from '../../src/index.ts';
import { loadPgDump } from '../../src/clone/loadPgDump.ts';
import { describeEachTarget } from '../support/targets.ts';

/** Written by pg_dump 15.20 --no-owner --no-privileges: \restrict, set_config, COPY blocks, partitions, a trigger, a view. */
const DUMP = readFileSync('test/data/registry.pg_dump.sql', 'utf8');

describeEachTarget('a plain pg_dump loads as pg_dump wrote it', (target) => {
  const clones: Clone[] = [];
  afterAll(async () => {
    for (const c of clones) await c.dispose();
  });

  it('loads 35,000 rows into partitioned tables with the trigger, view and sequence', async () => {
    const clone = await target().createClone();
    clones.push(clone);
    await clone.loadSqlDump(DUMP, 'registry.pg_dump.sql');
    const fp = await captureFingerprint(clone.state);
    expect(Object.fromEntries(Object.entries(fp.tables).map(([id, t]) => [id, t.rows]))).toEqual({
      'public.audit': 1, 'public.events_2024': 7986, 'public.events_2025': 7014, 'public.registry': 20000,
    });
    expect(fp.sequences['public.registry_id_seq']).toEqual({ last_value: '20000', is_called: true });
    expect(Object.keys(fp.schema_objects)).toEqual(expect.arrayContaining([
      'trigger public.registry.registry_audit', 'view public.recent_events', 'relation public.events', 'function public.audit_registry()',
    ]));
    // COPY's escapes came through: a tab, a newline and a backslash in one value.
    const [row] = await clone.session.query<{ note: string }>('SELECT note FROM registry WHERE id = 7');
    expect(row!.note).toBe('tab\there\nnewline \\ backslash');
    // The dump emptied search_path; the clone's session is clean again for the apply batch.
    expect(await clone.session.query('SELECT count(*)::int AS n FROM registry')).toEqual([{ n: 20000 }]);
  });
}, ['pglite', 'postgres']);

describe('the dump reader', () => {
  it('skips the psql meta-commands pg_dump emits and passes COPY data through untouched', async () => {
    const calls: string[] = [];
    const dump = ['\\restrict abc', 'SET statement_timeout = 0;', "SELECT pg_catalog.set_config('search_path', '', false);", '\\connect registry',
      'CREATE TABLE public.t (a text);', 'COPY public.t (a) FROM stdin;', 'x\\ty', '\\N', '\\.', 'CREATE INDEX t_a ON public.t (a);', '\\unrestrict abc', ''].join('\n');
    const result = await loadPgDump(dump, {
      exec: async (sql) => void calls.push(`exec:${sql}`),
      copyIn: async (sql, data) => void calls.push(`copy:${sql}:${Buffer.from(data).toString('utf8')}`),
    }, 'inline');
    expect(calls).toEqual([
      "exec:SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.t (a text);",
      'copy:COPY public.t (a) FROM stdin:x\\ty\n\\N\n',
      'exec:CREATE INDEX t_a ON public.t (a);',
    ]);
    expect(result).toEqual({ statements: 2, copies: 1 });
  });

  it('refuses a COPY block without its terminator, naming the line', async () => {
    await expect(loadPgDump('COPY public.t (a) FROM stdin;\nx\n', { exec: async () => {}, copyIn: async () => {} }, 'cut.sql'))
      .rejects.toThrow('cut.sql:1: COPY data has no terminating \\. line');
  });
});
