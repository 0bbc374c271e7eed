/**
 * The allow-list applied to what one statement names (see allowList.ts for the rule). A call,
 * operator or cast that may resolve to a volatile function of the database's own (not the
 * server's, not an extension's) is no violation but a need: the plan must justify it, as it
 * justifies an UPDATE; so must a write to a view, naming what the view runs instead.
 */
import { runsSqlText, SQLITE_REFUSED, volatileAllowed, type FunctionInfo } from './allowList.ts';
import type { BoundaryCatalog, WriteTarget } from './catalog.ts';
import {
  constantText,
  expressionReferences,
  writtenName,
  type CallReference,
  type QualifiedName,
  type StatementReferences,
} from './references.ts';

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
}

type Verdict = { readonly violation: string } | { readonly need: Need } | null;

const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_toast']);

/** Volatile functions a name may run that the allow-list does not cover: a need for the user's own, else a violation. */
function volatileVerdict(fns: readonly FunctionInfo[], what: string): Verdict {
  const volatile = fns.filter((f) => f.volatility === 'v' && !volatileAllowed(f));
  if (volatile.length === 0) return null;
  const builtin = volatile.find((f) => f.origin.kind !== 'user');
  if (builtin) {
    const from = builtin.origin.kind === 'extension' ? `extension ${builtin.origin.name}'s` : 'built-in';
    return { violation: `${what} ${builtin.signature}, a volatile ${from} function not on the allow-list` };
  }
  const f = volatile[0]!;
  return {
    need: { kind: 'FUNCTION', name: `${f.schema}.${f.name}`, why: `${what} ${f.signature}, a volatile function of the database's own` },
  };
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
    if (SQLITE_REFUSED.has(call.name)) return { violation: `calls ${call.name}(), which reaches outside the database` };
    if (fns.length === 0) return catalog.source === 'clone' ? { violation: `calls ${name}(), which SQLite does not have` } : null;
    return fns.some((f) => f.origin.kind === 'user')
      ? { need: { kind: 'FUNCTION', name: call.name, why: `calls ${call.name}(), a function the connection defines` } }
      : null;
  }
  if (runsSqlText(call.name, call.args.length) && (fns.length === 0 || fns.some((f) => f.origin.kind === 'builtin'))) {
    return { violation: `calls ${call.name}(), which runs SQL given as text: what it runs is not in the batch` };
  }
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
  return volatileVerdict(fns, `calls`);
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
    ...refs.operators.map((o) => volatileVerdict(catalog.operators(o), `applies operator ${writtenName(o)}, which runs`)),
    ...refs.casts.map((t) => volatileVerdict(catalog.casts(t), `casts to ${writtenName(t)}, which runs`)),
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
 * Judges one statement's references. `parse` reads a column default of the written table
 * (an INSERT or UPDATE may run it).
 */
export function judgeReferences(
  refs: StatementReferences,
  catalog: BoundaryCatalog,
  dialect: 'postgres' | 'sqlite',
  parse: (sql: string) => unknown,
): Judgement {
  const target = refs.target ? catalog.target(refs.target) : undefined;
  const verdicts: Verdict[] = refs.target ? [targetVerdict(refs.target, target)] : [];
  verdicts.push(...referencesVerdicts(refs, catalog, dialect, target));
  for (const expression of refs.runsDefaults ? (target?.defaults ?? []) : []) {
    const inDefault = expressionReferences(expression, parse);
    const found = inDefault
      ? referencesVerdicts(inDefault, catalog, dialect, target)
      : [{ violation: `a column default the parser cannot read: ${expression}` }];
    verdicts.push(
      ...found.map(
        (v): Verdict => (v && 'violation' in v ? { violation: `a column default of ${target!.name} (${expression}) ${v.violation}` } : v),
      ),
    );
  }
  const violation = verdicts.find((v) => v !== null && 'violation' in v) as { violation: string } | undefined;
  const needs = verdicts.filter((v): v is { need: Need } => v !== null && 'need' in v).map((v) => v.need);
  const unique = [...new Map(needs.map((n) => [`${n.kind} ${n.name}`, n])).values()];
  return { violation: violation?.violation ?? null, needs: unique, target };
}
