/**
 * The catalog reads the reach graph is built from: the relations a level writes or reads (their
 * triggers, rules, constraints, defaults, indexes, columns, foreign keys, children, policies), what
 * pg_depend says stored expressions use, the types met on the way, and what functions use.
 */
import { TYPE_BY_VALUE } from './allowList.ts';
/** A kind of write, as triggers, rules and policies are chosen by it. */
export type WriteEvent = 'insert' | 'update' | 'delete';

// Trigger type bits (pg_trigger.tgtype) and rule events (pg_rewrite.ev_type).
export const TRIGGER_EVENT: Readonly<Record<WriteEvent, number>> = { insert: 4, delete: 8, update: 16 };
export const RULE_EVENT: Readonly<Record<WriteEvent, string>> = { update: '2', insert: '3', delete: '4' };
export const POLICY_EVENT: Readonly<Record<WriteEvent, string>> = { insert: 'a', update: 'w', delete: 'd' };

/**
 * The operators an operator stands for — itself, its negator and its commutator, and theirs in turn:
 * the planner puts a negator in place of `NOT (a op b)` and a commutator in place of `b op a`, and
 * pg_depend records neither link. A recursive CTE `linked(k, op)` over `from(k, op)`.
 */
export const LINKED_OPERATORS = (from: string) => `linked(k, op) AS (
  SELECT k, op FROM ${from}
  UNION
  SELECT linked.k, x.op FROM linked JOIN pg_operator lo ON lo.oid = linked.op
    CROSS JOIN LATERAL (VALUES (lo.oprnegate), (lo.oprcom)) AS x(op) WHERE x.op <> 0)`;

/** The functions an operator runs (`code`, with a `label` naming the operator it stands for): as `LINKED_OPERATORS`, for one operator of the outer query (`oid`; a lateral subquery). */
export function operatorFunctions(oid: string): string {
  return `WITH RECURSIVE one(k, op) AS (SELECT 0, ${oid}), ${LINKED_OPERATORS('one')}
    SELECT o.oprcode::oid::text AS code,
           'operator ' || o.oid::regoperator::text || CASE WHEN o.oid = ${oid} THEN ''
             ELSE ', the negator or commutator of operator ' || (${oid})::regoperator::text END AS label
      FROM linked JOIN pg_operator o ON o.oid = linked.op`;
}

export interface RelationRow {
  oid: string;
  name: string;
  schema: string;
  relname: string;
  kind: string;
  rls: boolean;
  triggers: { name: string; type: number; oid: string }[];
  /** `notify`: pg_notify's oid where the rule's action is a NOTIFY (which names no function pg_depend could record). */
  rules: { name: string; oid: string; event: string; notify: string | null }[];
  checks: { name: string; oid: string; classid: string }[];
  defaults: { column: string; oid: string; generated: boolean }[];
  indexes: { name: string; oid: string }[];
  columns: { column: string; type: string }[];
  referencing: { name: string; oid: string; child: string; on_delete: string; on_update: string }[];
  references: { name: string; oid: string; parent: string }[];
  reltype: string;
  children: string[];
  /** A partition's ancestors (the table it is a partition of, and up): a row written to it is checked against each one's partition key. */
  ancestors: { oid: string; name: string }[];
  policies: { name: string; oid: string; cmd: string }[];
  view_rule: string | null;
}

export const RELATIONS_SQL = `
SELECT json_agg(json_build_object(
  'oid', c.oid::text, 'name', format('%I.%I', n.nspname, c.relname), 'schema', n.nspname, 'relname', c.relname,
  'kind', c.relkind::text, 'rls', c.relrowsecurity,
  'triggers', (SELECT coalesce(json_agg(json_build_object('name', tg.tgname, 'type', tg.tgtype, 'oid', tg.oid::text)), '[]')
                 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal AND tg.tgenabled <> 'D'),
  'rules', (SELECT coalesce(json_agg(json_build_object('name', rw.rulename, 'oid', rw.oid::text, 'event', rw.ev_type::text,
                                                      'notify', CASE WHEN rw.ev_action::text LIKE '%:utilityStmt {NOTIFYSTMT %'
                                                                     THEN 'pg_catalog.pg_notify(text,text)'::regprocedure::oid::text END)), '[]')
              FROM pg_rewrite rw WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN'),
  'checks', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'classid', 'pg_constraint'::regclass::oid::text)), '[]')
               FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('c', 'x')),
  'defaults', (SELECT coalesce(json_agg(json_build_object('column', a.attname, 'oid', ad.oid::text, 'generated', a.attgenerated <> '')), '[]')
                 FROM pg_attrdef ad JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum WHERE ad.adrelid = c.oid),
  'indexes', (SELECT coalesce(json_agg(json_build_object('name', ic.relname, 'oid', i.indexrelid::text)), '[]')
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
               WHERE i.indrelid = c.oid AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)),
  'columns', (SELECT coalesce(json_agg(json_build_object('column', a.attname, 'type', a.atttypid::text)), '[]')
                FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'referencing', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'child', k.conrelid::text,
                                                             'on_delete', k.confdeltype::text, 'on_update', k.confupdtype::text)), '[]')
                    FROM pg_constraint k WHERE k.confrelid = c.oid AND k.contype = 'f'),
  'references', (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text, 'parent', k.confrelid::text)), '[]')
                   FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f'),
  'reltype', c.reltype::text,
  'children', (SELECT coalesce(json_agg(h.inhrelid::text), '[]') FROM pg_inherits h WHERE h.inhparent = c.oid),
  'ancestors', (SELECT coalesce(json_agg(json_build_object('oid', a.relid::oid::text, 'name', format('%I.%I', an.nspname, ac.relname))), '[]')
                  FROM pg_partition_ancestors(c.oid) a JOIN pg_class ac ON ac.oid = a.relid JOIN pg_namespace an ON an.oid = ac.relnamespace
                 WHERE c.relispartition AND a.relid <> c.oid),
  'policies', (SELECT coalesce(json_agg(json_build_object('name', p.polname, 'oid', p.oid::text, 'cmd', p.polcmd::text)), '[]')
                 FROM pg_policy p WHERE p.polrelid = c.oid),
  'view_rule', (SELECT rw.oid::text FROM pg_rewrite rw WHERE rw.ev_class = c.oid AND rw.rulename = '_RETURN')
)) AS doc
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = ANY ($1::oid[])`;

/**
 * The server's functions that make a value of a type named by a value (allowList.ts), where a
 * stored expression calls one: pg_depend records no dependency on a server function (it is
 * pinned), so the expression's node tree is read for its `:funcid`.
 */
const TYPE_BY_VALUE_CALLS = `
SELECT x.c || ':' || x.o AS object, 'f' AS kind, f.oid::text AS ref, '' AS label
  FROM unnest($1::text[], $2::text[]) AS x(c, o)
  CROSS JOIN pg_proc f
 WHERE f.pronamespace = 'pg_catalog'::regnamespace AND f.proname = ANY (ARRAY[${[...TYPE_BY_VALUE].map((n) => `'${n}'`).join(', ')}])
   AND coalesce(CASE x.c::oid
         WHEN 'pg_rewrite'::regclass THEN (SELECT r.ev_action::text || coalesce(r.ev_qual::text, '') FROM pg_rewrite r WHERE r.oid = x.o::oid)
         WHEN 'pg_attrdef'::regclass THEN (SELECT a.adbin::text FROM pg_attrdef a WHERE a.oid = x.o::oid)
         WHEN 'pg_constraint'::regclass THEN (SELECT k.conbin::text FROM pg_constraint k WHERE k.oid = x.o::oid)
         WHEN 'pg_policy'::regclass THEN (SELECT coalesce(p.polqual::text, '') || coalesce(p.polwithcheck::text, '') FROM pg_policy p WHERE p.oid = x.o::oid)
         WHEN 'pg_trigger'::regclass THEN (SELECT t.tgqual::text FROM pg_trigger t WHERE t.oid = x.o::oid)
         WHEN 'pg_class'::regclass THEN coalesce((SELECT coalesce(i.indexprs::text, '') || coalesce(i.indpred::text, '') FROM pg_index i WHERE i.indexrelid = x.o::oid), '')
                                     || coalesce((SELECT pt.partexprs::text FROM pg_partitioned_table pt WHERE pt.partrelid = x.o::oid), '')
       END, '') LIKE '%:funcid ' || f.oid || ' %'`;

/** What each stored expression (a rule, a constraint, a default, an index, a policy, a trigger's WHEN) uses. */
export const DEPENDS_SQL = `
SELECT d.classid::text || ':' || d.objid::text AS object,
       CASE d.refclassid WHEN 'pg_proc'::regclass THEN 'f' WHEN 'pg_operator'::regclass THEN 'f'
                         WHEN 'pg_type'::regclass THEN 't' ELSE 'r' END AS kind,
       coalesce(op.code, d.refobjid::text) AS ref,
       coalesce(op.label, '') AS label
  FROM pg_depend d
  LEFT JOIN LATERAL (${operatorFunctions('d.refobjid')}) AS op ON d.refclassid = 'pg_operator'::regclass
 WHERE (d.classid, d.objid) IN (SELECT x.c::oid, x.o::oid FROM unnest($1::text[], $2::text[]) AS x(c, o))
   AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass, 'pg_type'::regclass, 'pg_class'::regclass)
   AND d.deptype = 'n'
UNION ALL
${TYPE_BY_VALUE_CALLS}`;

/**
 * A type's domain CHECKs, the types under it, the implicit and assignment casts a user may have
 * added to or from it (and any cast to json or jsonb, which `to_json` and its kin use whatever its
 * context), a range type's own functions — its canonical function (run on every value made) and
 * its subtype_diff (run by a GiST index on it as rows go in) — and what else the type itself
 * uses: a domain's DEFAULT.
 */
export const TYPES_SQL = `
SELECT t.oid::text AS oid, format_type(t.oid, NULL) AS name,
       (SELECT coalesce(json_agg(json_build_object('name', k.conname, 'oid', k.oid::text)), '[]')
          FROM pg_constraint k WHERE k.contypid = t.oid) AS checks,
       (SELECT coalesce(json_agg(json_build_object('fn', f.fn::text, 'label', format('the %s of %s', f.what, format_type(t.oid, NULL)))), '[]')
          FROM pg_range r, LATERAL (VALUES (r.rngcanonical::oid, 'canonical function'), (r.rngsubdiff::oid, 'subtype_diff')) AS f(fn, what)
         WHERE r.rngtypid = t.oid AND f.fn <> 0) AS range_functions,
       (SELECT coalesce(json_agg(coalesce(op.code, d.refobjid::text)), '[]')
          FROM pg_depend d
          LEFT JOIN LATERAL (${operatorFunctions('d.refobjid')}) AS op ON d.refclassid = 'pg_operator'::regclass
         WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'n'
           AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass)) AS uses,
       t.typtype::text AS kind,
       array_remove(ARRAY[nullif(t.typbasetype, 0)::text, nullif(t.typelem, 0)::text,
                          (SELECT r.rngsubtype::text FROM pg_range r WHERE r.rngtypid = t.oid),
                          (SELECT r.rngtypid::text FROM pg_range r WHERE r.rngmultitypid = t.oid)]
                    || ARRAY(SELECT a.atttypid::text FROM pg_attribute a WHERE a.attrelid = t.typrelid AND t.typrelid <> 0
                               AND a.attnum > 0 AND NOT a.attisdropped), NULL) AS under,
       (SELECT coalesce(json_agg(json_build_object('fn', ca.castfunc::text,
                                                   'label', format('the %s cast from %s to %s', CASE ca.castcontext WHEN 'i' THEN 'implicit' WHEN 'a' THEN 'assignment' ELSE 'explicit' END,
                                                                   format_type(ca.castsource, NULL), format_type(ca.casttarget, NULL)))), '[]')
          FROM pg_cast ca WHERE (ca.castsource = t.oid OR ca.casttarget = t.oid) AND ca.castfunc >= 16384
                            AND (ca.castcontext IN ('i', 'a') OR ca.casttarget IN ('json'::regtype, 'jsonb'::regtype))) AS casts
  FROM pg_type t WHERE t.oid = ANY ($1::oid[]) AND t.oid >= 16384`;

/** The functions a function of the database's own uses (an aggregate's support functions, a SQL-standard body's calls). */
export const FUNCTION_DEPENDS_SQL = `
SELECT d.objid::text AS fn,
       coalesce(op.code, d.refobjid::text) AS ref,
       d.objid::regprocedure::text AS name
  FROM pg_depend d
  LEFT JOIN LATERAL (${operatorFunctions('d.refobjid')}) AS op ON d.refclassid = 'pg_operator'::regclass
 WHERE d.classid = 'pg_proc'::regclass AND d.objid = ANY ($1::oid[]) AND d.objid >= 16384
   AND d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass) AND d.deptype = 'n'`;
