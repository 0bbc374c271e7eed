/**
 * A capture runs none of the code a clone source defines. The source below plants a tripwire in
 * every place a careless read would run user code: a domain's CHECK on a key column (a key value
 * cast back to its type for a range; a domain over an enum, a domain over a domain), casts to text of an enum, a composite and a range (a value
 * read as text), a row-level security policy, a view, and operators and functions named as the
 * server's own in the public schema. The tripwire raises only in a read-only transaction — a
 * capture's — so the source loads, and any capture that trips it fails.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { captureFingerprint, compareFingerprints, type Clone } from '../../src/index.ts';
import { FULL_RANGE } from '../../src/capture/stateReader.ts';
import { loadCloneSourceText } from '../../src/source/loadSource.ts';
import { describeEachTarget } from '../support/targets.ts';

const TRIPWIRE = `
CREATE FUNCTION tripwire(anyelement) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF pg_catalog.current_setting('transaction_read_only') = 'on' THEN RAISE EXCEPTION 'user code ran during a capture'; END IF;
  RETURN true;
END $$;
CREATE FUNCTION tripped_text(anyelement) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.tripwire($1);
  RETURN 'same for every value';
END $$;
`;

const SOURCE = `${TRIPWIRE}
CREATE DOMAIN guarded AS integer CHECK (public.tripwire(VALUE));
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE span AS RANGE (subtype = integer);
CREATE FUNCTION mood_text(mood) RETURNS text LANGUAGE sql AS 'SELECT public.tripped_text($1)';
CREATE FUNCTION pair_text(pair) RETURNS text LANGUAGE sql AS 'SELECT public.tripped_text($1)';
CREATE FUNCTION span_text(span) RETURNS text LANGUAGE sql AS 'SELECT public.tripped_text($1)';
CREATE CAST (mood AS text) WITH FUNCTION mood_text(mood);
CREATE CAST (pair AS text) WITH FUNCTION pair_text(pair);
CREATE CAST (span AS text) WITH FUNCTION span_text(span);
CREATE FUNCTION public.texteq(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT public.tripwire($1) AND $1 OPERATOR(pg_catalog.=) $2';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.texteq);
CREATE FUNCTION public.format(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS 'SELECT public.tripped_text($1)';
CREATE FUNCTION public.concat_ws(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS 'SELECT public.tripped_text($1)';
CREATE FUNCTION public.json_agg(anyelement) RETURNS json LANGUAGE sql AS 'SELECT NULL::json WHERE public.tripwire($1)';
CREATE TABLE keyed (id guarded PRIMARY KEY, m mood, p pair, s span, note text);
INSERT INTO keyed SELECT i, (ARRAY['sad', 'ok', 'happy'])[1 + i % 3]::mood, ROW(i, 'x' || i)::pair, span(i, i + 2), 'n' || i
  FROM generate_series(1, 300) AS g(i);
CREATE TABLE bag (m mood, p pair, s span, moods mood[]);
INSERT INTO bag VALUES ('ok', ROW(1, 'a'), '[1,3)', '{sad,happy}'), ('ok', ROW(1, 'a'), '[1,3)', '{sad,happy}'), (NULL, NULL, NULL, NULL);
CREATE DOMAIN mood_guard AS mood CHECK (public.tripwire(VALUE));
CREATE DOMAIN guarded_twice AS guarded CHECK (public.tripwire(VALUE));
CREATE TABLE by_mood (m mood_guard PRIMARY KEY, n guarded_twice);
INSERT INTO by_mood VALUES ('sad', 1), ('happy', 2);
ALTER TABLE keyed ENABLE ROW LEVEL SECURITY;
ALTER TABLE keyed FORCE ROW LEVEL SECURITY;
CREATE POLICY watched ON keyed USING (tripwire(id));
CREATE VIEW tripped AS SELECT tripwire(1) AS t;
CREATE MATERIALIZED VIEW kept AS SELECT id, m FROM keyed WHERE id <= 3;
CREATE UNIQUE INDEX kept_id ON kept (id);
`;

describeEachTarget(
  'a capture runs no code the clone source defines',
  (target) => {
    let clone: Clone;
    beforeAll(async () => {
      clone = await target().createClone();
      await loadCloneSourceText(clone, SOURCE, 'tripwire.sql');
    });
    afterAll(() => clone?.dispose());

    it('the tripwire is live: the same read as user code would run it trips', async () => {
      const state = clone.state;
      await expect(state.readOnly(() => clone.session.query("SELECT 'ok'::public.mood::text"))).rejects.toThrow(
        'user code ran during a capture',
      );
      await expect(state.readOnly(() => clone.session.query("SELECT '5'::public.guarded"))).rejects.toThrow(
        'user code ran during a capture',
      );
    });

    it('fingerprint, rows, key splits, ranges and digests read every table without tripping it', async () => {
      const state = clone.state;
      const fp = await captureFingerprint(state);
      expect(Object.keys(fp.tables).sort()).toEqual(['public.bag', 'public.by_mood', 'public.kept', 'public.keyed']);
      expect(fp.tables['public.keyed']!.rows).toBe(300);
      await state.readOnly(async () => {
        for (const table of await state.listTables({ schemas: null })) {
          const rows = await state.rows(table, FULL_RANGE);
          expect(rows.every((r) => !r.cells.includes('same for every value'))).toBe(true);
          await state.tableDigest(table, FULL_RANGE);
          if (!table.key || rows.length < 2) continue;
          const splits = await state.keySplits(table, FULL_RANGE, 3);
          expect(splits.length).toBeGreaterThan(0);
          const middle = { after: rows[0]!.key, upTo: rows[rows.length - 1]!.key };
          expect((await state.rows(table, middle)).length).toBe(rows.length - 1);
          await state.tableDigest(table, middle);
        }
      });
      // The values read as the type's own output, the same as before any cast was added.
      const bag = await state.readOnly(async () =>
        state.rows((await state.listTables({ schemas: null })).find((t) => t.id === 'public.bag')!, FULL_RANGE),
      );
      expect(bag.map((r) => r.cells)).toContainEqual(['ok', '(1,a)', '[1,3)', '{sad,happy}']);
    });

    it('a change to a value whose cast to text says the same for every value is still seen', async () => {
      const before = await captureFingerprint(clone.state);
      await clone.ownerSession.exec(
        "UPDATE bag SET p = ROW(2, 'b') WHERE p IS NOT NULL AND (p).a = 1 AND ctid = (SELECT min(ctid) FROM bag WHERE p IS NOT NULL)",
      );
      const after = await captureFingerprint(clone.state);
      expect(compareFingerprints(before, after).tables.map((t) => t.id)).toEqual(['public.bag']);
      await clone.ownerSession.exec("UPDATE bag SET p = ROW(1, 'a') WHERE (p).a = 2");
      expect((await captureFingerprint(clone.state)).top_hash).toBe(before.top_hash);
    });
  },
  ['pglite', 'postgres'],
);
