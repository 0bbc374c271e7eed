/**
 * The allow-list applied to what one statement names (see allowList.ts for the rule). A call,
 * operator or cast that may resolve to a volatile function of the database's own (not the
 * server's, not an extension's) is no violation but a need: the plan must justify it, as it
 * justifies an UPDATE; so must a write to a view, naming what the view runs instead.
 */
import { extensionRefusal, runsSqlText, SQLITE_REFUSED, TYPE_BY_VALUE, volatileAllowed, type FunctionInfo } from './allowList.ts';
import type { BoundaryCatalog, WriteTarget } from './catalog.ts';
import { constantText, writtenName, type CallReference, type QualifiedName, type StatementReferences } from './references.ts';

/** What a plan must justify before the statement may run. */
export interface Need {
  readonly kind: 'FUNCTION' | 'VIEW';
  /** `schema.name` of the function or view. */
  readonly name: string;
  readonly why: string;
}

export interface Judgement {
  readonly violation: string | null;
  readonly needs: readonly Need[];
  /** The relation the statement writes, where the catalog could tell. */
  readonly target: WriteTarget | null | undefined;
  /** Tables written on the way to it, which must be in the plan's scope too. */
  readonly alsoWrites: readonly AlsoWritten[];
}

/** A table written on the way to the statement's own target (a cascade, a partition, a rule). */
export interface AlsoWritten {
  readonly schema: string | null;
  readonly name: string;
  readonly via: string;
}

type Verdict = { readonly violation: string } | { readonly need: Need } | { readonly write: AlsoWritten } | null;

const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_toast']);

/** How a function's volatility is said. */
const DECLARED: Readonly<Record<string, string>> = { i: 'an immutable', s: 'a stable', v: 'a volatile' };

/** How a statement runs a function, in words: `calls f(integer)`, `runs f() through trigger t of public.x`. */
type Said = (signature: string) => string;

/** The verdict on one function a statement runs. */
export function functionVerdict(f: FunctionInfo, said: Said): Verdict {
  const runs = said(f.signature);
  if (f.origin.kind === 'user') {
    if (f.securityDefiner) {
      return { violation: `${runs}, a SECURITY DEFINER function of the database's own: it runs as its owner, not as the batch's role` };
    }
    // Any function of the database's own, whatever it declares: a declaration is its author's promise, not a fact.
    const what = f.trigger
      ? "a trigger of the database's own (its statements run with the write)"
      : `${DECLARED[f.volatility]} function of the database's own`;
    return { need: { kind: 'FUNCTION', name: `${f.schema}.${f.name}`, why: `${runs}, ${what}` } };
  }
  if (f.origin.kind === 'extension') {
    const refused = extensionRefusal(f.origin.name);
    if (refused) return { violation: `${runs}, a function of extension ${f.origin.name}, which ${refused}` };
  }
  if (f.volatility !== 'v' || volatileAllowed(f)) return null;
  const from = f.origin.kind === 'extension' ? `extension ${f.origin.name}'s` : 'built-in';
  return { violation: `${runs}, a volatile ${from} function not on the allow-list` };
}

/** A server function that makes a value of a type named by a value (allowList.ts), called or reached. */
const typeByValue = (runs: string): Verdict => ({
  violation: `${runs}, which makes a value of a type named by a value: what that type's domain CHECKs run is not in the batch`,
});

/** Every function a name may resolve to, first violation wins; otherwise the first need. */
function functionsVerdict(fns: readonly FunctionInfo[], said: Said): Verdict {
  const verdicts = fns.map((f) => functionVerdict(f, said)).filter((v) => v !== null);
  return verdicts.find((v) => 'violation' in v) ?? verdicts[0] ?? null;
}

function callVerdict(
  call: CallReference,
  catalog: BoundaryCatalog,
  dialect: 'postgres' | 'sqlite',
  target: WriteTarget | null | undefined,
): Verdict {
  const fns = catalog.functions(call);
  const name = writtenName(call);
  if (dialect === 'sqlite') {
    // SQLite's function names are one whatever their case, quoted or not.
    if (SQLITE_REFUSED.has(call.name.toLowerCase())) return { violation: `calls ${call.name}(), which reaches outside the database` };
    if (fns.length === 0) return catalog.source === 'clone' ? { violation: `calls ${name}(), which SQLite does not have` } : null;
    return fns.some((f) => f.origin.kind === 'user')
      ? { need: { kind: 'FUNCTION', name: call.name, why: `calls ${call.name}(), a function the connection defines` } }
      : null;
  }
  if (runsSqlText(call.name, call.args.length) && (fns.length === 0 || fns.some((f) => f.origin.kind === 'builtin'))) {
    return { violation: `calls ${call.name}(), which runs SQL given as text: what it runs is not in the batch` };
  }
  if (TYPE_BY_VALUE.has(call.name) && fns.some((f) => f.origin.kind === 'builtin')) return typeByValue(`calls ${call.name}()`);
  if (fns.length === 0) {
    return {
      violation:
        catalog.source === 'clone'
          ? `calls ${name}(), which resolves to no function in the clone`
          : `calls ${name}(), which is not a built-in function`,
    };
  }
  if (call.name === 'nextval' && fns.every((f) => f.origin.kind === 'builtin')) {
    const text = constantText(call.args[0]);
    const tables = text === null ? undefined : catalog.sequenceTables(text);
    if (tables && target && tables.includes(target.key)) return null;
    const sequence = text === null ? 'a sequence named by an expression' : `'${text}'`;
    return {
      violation: `calls nextval() on ${sequence}: only a sequence of the table the statement writes (owned by it, or called by its column defaults) may move`,
    };
  }
  return functionsVerdict(fns, (sig) => `calls ${sig}`);
}

/** Every call, operator and cast of `refs`, first violation wins; needs collected. */
function referencesVerdicts(
  refs: StatementReferences,
  catalog: BoundaryCatalog,
  dialect: 'postgres' | 'sqlite',
  target: WriteTarget | null | undefined,
): Verdict[] {
  return [
    ...refs.calls.map((c) => callVerdict(c, catalog, dialect, target)),
    ...refs.operators.map((o) => functionsVerdict(catalog.operators(o), (sig) => `applies operator ${writtenName(o)}, which runs ${sig}`)),
    ...refs.casts.map((t) => functionsVerdict(catalog.casts(t), (sig) => `casts to ${writtenName(t)}, which runs ${sig}`)),
  ];
}

function targetVerdict(ref: QualifiedName, target: WriteTarget | null | undefined): Verdict {
  if (target === undefined) {
    // No catalog: only what the name says.
    const system = ref.schema !== null ? SYSTEM_SCHEMAS.has(ref.schema) : ref.name.startsWith('pg_');
    return system ? { violation: `writes ${writtenName(ref)}, a system catalog` } : null;
  }
  if (target === null) return null; // the server refuses a write to a relation it does not have
  const id = writtenName(target);
  if (target.schema !== null && (SYSTEM_SCHEMAS.has(target.schema) || target.schema.startsWith('pg_toast')))
    return { violation: `writes ${id}, a system catalog` };
  if (target.kind === 'view') {
    const runs =
      target.rewrites.length > 0 ? target.rewrites.join('; ') : 'a write to the table under it (an automatically updatable view)';
    return { need: { kind: 'VIEW', name: id, why: `writes the view ${id}, which runs ${runs}` } };
  }
  if (target.kind !== 'table' && target.kind !== 'partitioned table') return { violation: `writes ${id}, a ${target.kind}` };
  return null;
}

/**
 * What a statement runs besides what it names (reach.ts): each function judged as a call would be
 * (a default's `nextval` aside: it moves a sequence of the table written, which the reset after a
 * rollback puts back); each table written on the way in the scope, no foreign table on the way.
 */
function reachVerdicts(refs: StatementReferences, catalog: BoundaryCatalog, named: ReadonlySet<string>): Verdict[] {
  const reach = catalog.reach?.(refs);
  if (!reach) return [];
  const verdicts: Verdict[] = reach.foreign.map((f) => ({
    violation: `reaches the foreign table ${f.name}${f.via ? ` (through ${f.via})` : ''}, whose rows are outside the clone`,
  }));
  for (const f of reach.functions) {
    // Named by the statement itself: judged as a call, operator or cast above.
    if (f.via === '' || (f.oid && named.has(f.oid))) continue;
    if (f.inDefault && f.name === 'nextval' && f.origin.kind === 'builtin') continue;
    const runs = `runs ${f.signature} through ${f.via}`;
    verdicts.push(f.origin.kind === 'builtin' && TYPE_BY_VALUE.has(f.name) ? typeByValue(runs) : functionVerdict(f, () => runs));
  }
  return verdicts.concat(reach.writes.map((w) => ({ write: { schema: w.schema, name: w.name, via: w.via } })));
}

/** Judges one statement's references, and what they run besides. */
export function judgeReferences(refs: StatementReferences, catalog: BoundaryCatalog, dialect: 'postgres' | 'sqlite'): Judgement {
  const target = refs.target ? catalog.target(refs.target) : undefined;
  const verdicts: Verdict[] = refs.target ? [targetVerdict(refs.target, target)] : [];
  verdicts.push(...referencesVerdicts(refs, catalog, dialect, target));
  const named = new Set(
    [
      ...refs.calls.flatMap((c) => catalog.functions(c)),
      ...refs.operators.flatMap((o) => catalog.operators(o)),
      ...refs.casts.flatMap((t) => catalog.casts(t)),
    ].flatMap((f) => (f.oid ? [f.oid] : [])),
  );
  verdicts.push(...reachVerdicts(refs, catalog, named));
  const violation = verdicts.find((v) => v !== null && 'violation' in v) as { violation: string } | undefined;
  const needs = verdicts.filter((v): v is { need: Need } => v !== null && 'need' in v).map((v) => v.need);
  const unique = [...new Map(needs.map((n) => [`${n.kind} ${n.name}`, n])).values()];
  const writes = verdicts.filter((v): v is { write: AlsoWritten } => v !== null && 'write' in v).map((v) => v.write);
  return { violation: violation?.violation ?? null, needs: unique, target, alsoWrites: writes };
}
