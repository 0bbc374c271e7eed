/** RX-2's mutation boundary: classification, the allow-list resolved in the clone, and the plan's policy. */
import { judgeBatch, parseBatch, wantedBy, type ClassifiedStatement } from './classifyBatch.ts';
import { loadParser } from '../sql/parser.ts';
import { BUILTIN_CATALOG, type BoundaryCatalog, type Wanted } from './catalog.ts';
import type { Need } from './judge.ts';
import { tableInScope, type CaptureScope, type RelationInfo } from '../capture/stateReader.ts';
import type { Justification, RehearsalPlan } from '../plan/parsePlan.ts';
import { readPostgresCatalog, type CatalogReading } from './catalog.ts';
import { readSqliteCatalog } from './sqliteCatalog.ts';
import { asciiLower } from './sqliteReadsOtherwise.ts';
import { grammarFor, type Grammar } from '../sql/grammar.ts';
import { writtenName, type QualifiedName } from './references.ts';
import { reading } from '../capture/captureError.ts';
import type { Clone } from '../targets/target.ts';

export interface BoundaryViolation {
  readonly statement: number;
  readonly kind: string;
  readonly reason: string;
}

export interface BoundaryResult {
  readonly statements: readonly ClassifiedStatement[];
  readonly violations: readonly BoundaryViolation[];
  /** Where names were resolved: the clone's catalog, or only the list of built-ins. */
  readonly resolvedIn: BoundaryCatalog['source'];
  /** The grammar it classified with (`null`: the default, no server asked). */
  readonly grammar: string | null;
}

/** What the backend the batch will run on tells the boundary. */
export interface BoundaryBackend {
  /** Resolves what the batch names in the clone's catalog. */
  readonly readCatalog?: (wanted: Wanted) => Promise<BoundaryCatalog>;
  /** The backend's own verdict on whether a statement writes (SQLite's `readonly` flag). */
  readonly isReadOnly?: ((statement: string) => boolean) | null;
  /** The plan's scope and its relations: a write must land on one of its tables. */
  readonly scope?: { readonly scope: CaptureScope; readonly relations: readonly RelationInfo[] };
  /** The backend's own grammar (default: the newest libpg-query has). */
  readonly grammar?: Grammar;
}

const justifies = (j: Justification, index: number, need: Need) =>
  j.statement === index &&
  j.kind === need.kind &&
  [need.name, need.name.split('.').pop()].includes(j.kind === 'FUNCTION' ? j.function : j.kind === 'VIEW' ? j.view : '');

/** Why a write to `t` leaves the scope, or `null` when it stays inside; `via`: how the statement reaches it. */
function outsideScope(t: QualifiedName, scope: NonNullable<BoundaryBackend['scope']>, via = ''): string | null {
  const id = writtenName(t);
  const through = via ? ` through ${via}` : '';
  // An unqualified name (SQLite's) compares as SQLite compares names: ASCII letters folded, nothing else.
  const same = (a: string, b: string) => (t.schema === null ? asciiLower(a) === asciiLower(b) : a === b);
  const relation = scope.relations.find((r) => r.schema === t.schema && same(r.name, t.name));
  if (!relation) return `writes ${id}${through}, outside the plan's scope`;
  const listed = tableInScope(scope.scope, relation.id) || relation.holds.some((h) => tableInScope(scope.scope, h));
  return listed ? null : `writes ${id}${through}, a table the plan's scope does not list`;
}

/**
 * INSERT is allowed when the policy allows it (the default); UPDATE, DELETE, UPSERT and REPLACE
 * only when the plan justifies that statement by its position and kind; reads always; anything
 * else never. Every call, operator and cast must be on the allow-list; a volatile function of the
 * database's own and a write to a view need a justification too. A write must land in the scope.
 * `isReadOnly` (SQLite's own `readonly` flag) must agree with the classification.
 */
export async function checkBoundary(
  sql: string,
  dialect: 'postgres' | 'sqlite',
  policy: RehearsalPlan['policy'],
  backend: BoundaryBackend = {},
): Promise<BoundaryResult> {
  await loadParser();
  const parse = backend.grammar?.parse;
  const parsed = parseBatch(sql, dialect, parse);
  if ('unreadable' in parsed)
    return {
      statements: [],
      violations: [{ statement: 0, kind: 'UNREADABLE', reason: parsed.unreadable }],
      resolvedIn: 'built-in',
      grammar: backend.grammar?.label ?? null,
    };
  const catalog = backend.readCatalog ? await backend.readCatalog(wantedBy(parsed)) : BUILTIN_CATALOG;
  const classified = judgeBatch(parsed, catalog, dialect);
  const violations = [...classified.flatMap((s) => statementViolations(s, policy, backend)), ...staleJustifications(policy, classified)];
  return { statements: classified, violations, resolvedIn: catalog.source, grammar: backend.grammar?.label ?? null };
}

type Judged = ReturnType<typeof judgeBatch>[number];

/** What keeps one statement out: its class's own violation, a kind the plan does not allow or justify, a need unjustified, a write outside the scope, SQLite's disagreement. */
function statementViolations(s: Judged, policy: RehearsalPlan['policy'], backend: BoundaryBackend): BoundaryViolation[] {
  const { kind, violation } = s.class;
  const violations: BoundaryViolation[] = [];
  const refuse = (reason: string) => violations.push({ statement: s.index, kind, reason });
  if (violation !== null) {
    refuse(violation);
    return violations;
  }
  if (kind === 'INSERT' && !policy.allow.includes('INSERT')) {
    refuse('the policy does not allow INSERT');
  } else if (kind !== 'INSERT' && kind !== 'READ' && !policy.justified.some((j) => j.statement === s.index && j.kind === kind)) {
    const other = policy.justified.find((j) => j.statement === s.index && !['FUNCTION', 'VIEW'].includes(j.kind));
    refuse(
      other
        ? `${kind} needs a justification for statement ${s.index} in the plan: policy.justified names statement ${s.index} as ${other.kind}, and it is ${article(kind)} ${kind}`
        : `${kind} needs a justification for statement ${s.index} in the plan: add { "statement": ${s.index}, "kind": "${kind}", "reason": "…" } to policy.justified`,
    );
  }
  for (const need of s.needs) {
    if (!policy.justified.some((j) => justifies(j, s.index, need))) {
      refuse(
        `${need.why}: it needs a justification for statement ${s.index} in the plan (kind ${need.kind}, ${need.kind === 'FUNCTION' ? 'function' : 'view'} ${need.name})`,
      );
    }
  }
  if (backend.scope) {
    const scope = backend.scope;
    for (const outside of [s.target ? outsideScope(s.target, scope) : null, ...s.alsoWrites.map((w) => outsideScope(w, scope, w.via))]) {
      if (outside) refuse(outside);
    }
  }
  if (backend.isReadOnly) {
    let readOnly: boolean;
    try {
      readOnly = backend.isReadOnly(s.sql);
    } catch {
      refuse('SQLite cannot prepare this statement');
      return violations;
    }
    if (readOnly !== (kind === 'READ')) refuse(`SQLite's readonly flag (${readOnly}) disagrees with the classification`);
  }
  return violations;
}

/**
 * A justification of a statement the batch lacks, or of one of another kind, is a plan that no longer
 * says what the batch does. (One naming a function or view the boundary did not see the statement run
 * is left alone: the boundary may see less than its author expects, and that is no finding.)
 */
function staleJustifications(policy: RehearsalPlan['policy'], classified: readonly Judged[]): BoundaryViolation[] {
  const violations: BoundaryViolation[] = [];
  for (const j of policy.justified) {
    const s = classified.find((c) => c.index === j.statement);
    const used = s && (j.kind === 'FUNCTION' || j.kind === 'VIEW' || s.class.kind === j.kind);
    if (used) continue;
    const what = j.kind === 'FUNCTION' ? ` (function ${j.function})` : j.kind === 'VIEW' ? ` (view ${j.view})` : '';
    violations.push({
      statement: j.statement,
      kind: 'JUSTIFICATION',
      reason: s
        ? `policy.justified names statement ${j.statement} as ${j.kind}${what}, which it is not (it is ${article(s.class.kind)} ${s.class.kind}): fix or remove the justification`
        : `policy.justified names statement ${j.statement} as ${j.kind}${what}, but the batch has ${classified.length} statement${classified.length === 1 ? '' : 's'}: fix or remove the justification`,
    });
  }
  return violations;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/**
 * The clone as the boundary sees it: its catalog (read on the session the batch runs on, with
 * the search path it runs with: `searchPath`), its scope's relations, SQLite's readonly flag.
 */
export async function boundaryBackend(
  clone: Clone,
  scope: CaptureScope,
  searchPath: string | null = null,
  /** How the SQL judged runs where it is not the batch (a restore script): over the batch role's own. */
  how: Partial<Omit<CatalogReading, 'searchPath'>> = {},
): Promise<BoundaryBackend> {
  const state = clone.state;
  const relations = await reading(null, () => state.readOnly(() => state.relations(scope)));
  const session = clone.session;
  if (clone.capabilities.dialect === 'sqlite') {
    return {
      readCatalog: () => reading(null, () => readSqliteCatalog(session)),
      isReadOnly: clone.isReadOnlyStatement ?? null,
      scope: { scope, relations },
    };
  }
  const [version] = await reading(null, () => session.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version_num') AS v"));
  const grammar = await grammarFor(Number(version?.v ?? 0));
  return {
    grammar,
    readCatalog: (wanted) =>
      reading(null, () =>
        readPostgresCatalog(session, wanted, { searchPath, bypassRls: clone.roles?.apply.record.bypassrls ?? true, ...how }),
      ),
    isReadOnly: clone.isReadOnlyStatement ?? null,
    scope: { scope, relations },
  };
}
