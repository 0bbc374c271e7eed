/**
 * Reading a Postgres value without running what a database's users defined: a domain's CHECK
 * runs when a value is cast to the domain, and a cast to text a user added runs when a value of a
 * type that is not the server's own is cast to text. Both are avoided by reading through the
 * base type under the domains, and through that type's output function.
 */
import type { ColumnInfo } from './stateReader.ts';

/**
 * A `CROSS JOIN LATERAL` of the base type under the domains of column `a` (a `pg_attribute`
 * alias): `base.t` its oid, `base.m` its type modifier.
 */
export const BASE_TYPE = (a: string) => `CROSS JOIN LATERAL (WITH RECURSIVE chain(t, m, n) AS (
    SELECT ${a}.atttypid, ${a}.atttypmod, 0
    UNION ALL
    SELECT d.typbasetype, d.typtypmod, chain.n + 1 FROM chain JOIN pg_catalog.pg_type d ON d.oid = chain.t WHERE d.typtype = 'd')
  SELECT chain.t, chain.m FROM chain ORDER BY chain.n DESC LIMIT 1) AS base
  JOIN pg_catalog.pg_type base_type ON base_type.oid = base.t`;

/** The output function of `base` where it is not the server's own type (an oid from 16384 on), else NULL. */
export const BASE_OUTPUT = `CASE WHEN base.t >= 16384 THEN base_type.typoutput::pg_catalog.regproc::text END`;

/** SQL for a value as text: through `output` of its base type `as` where given, else the server's own cast to text. */
export function valueAsText(value: string, read: { readonly bindAs: string; readonly output: string | null } | undefined): string {
  return read?.output ? `pg_catalog.textin(${read.output}(${value}::${read.bindAs}))` : `${value}::text`;
}

/**
 * A column of an object-identifier type (`regproc`, `regoper`, `regclass` …, an array of one, a
 * domain over one): its value's oid too, which the capture reads beside its text. The text names
 * the object as the search path shows it — `abs` for `abs(integer)` and `abs(double precision)`
 * alike (an attacker's review: a change from one to the other was invisible, READY).
 */
export function objectIdOf(c: ColumnInfo): string[] {
  const type = c.read?.bindAs ?? c.type;
  const reg = /^(?:pg_catalog\.)?reg[a-z]+(\[\])?$/.exec(type);
  return reg ? [`t.${c.sqlName}::${type}::pg_catalog.oid${reg[1] ?? ''}`] : [];
}
