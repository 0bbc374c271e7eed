/**
 * rehearsal-plan/v1 (docs/formats.md) and v2, read once at the edge into a typed, fully resolved plan.
 * v2 is v1 plus `clone_from.skip` (statements of a SQL clone source to leave out, recorded in
 * RX-0) and `scope.tables`. Every refusal is one line naming the file and the field.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { keyedRecord } from '../json/keyedRecord.ts';
import { EXTENSIONS_OUTSIDE } from '../boundary/allowList.ts';
import { DML_KINDS, type DmlKind } from '../boundary/dmlKinds.ts';
import { parseStrictJson } from '../json/strictJson.ts';
import { PlanError } from './planError.ts';
import { DELTA_RULE_HINT, parseDeltaRule, type DeltaRule } from './deltaRule.ts';

const hash64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected the sha256 as 64 lowercase hex digits');
const dmlKind = z.enum(DML_KINDS);

import { CLONE_SKIPS, type CloneSkip } from '../source/cloneSkips.ts';
import { defined } from '../util/defined.ts';

const cloneFromV1 = [
  z.strictObject({ sqlite_file: z.string().min(1) }),
  z.strictObject({ template_database: z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]*$/, 'expected a plain database name') }),
] as const;
const tableNames = z.array(z.string().min(1)).min(1);

const planFields = {
  target: z.string().min(1).optional(),
  source_database: z.string().min(1).optional(),
  apply: z.strictObject({ file: z.string().min(1), sha256: hash64 }),
  expected_delta: keyedRecord(z.number().int()).optional(),
  policy: z
    .strictObject({
      allow: z.array(dmlKind).optional(),
      justified: z
        .array(
          z.union([
            z.strictObject({ statement: z.number().int().positive(), kind: dmlKind, reason: z.string().min(1) }),
            z.strictObject({
              statement: z.number().int().positive(),
              kind: z.literal('FUNCTION'),
              function: z.string().min(1),
              reason: z.string().min(1),
            }),
            z.strictObject({
              statement: z.number().int().positive(),
              kind: z.literal('VIEW'),
              view: z.string().min(1),
              reason: z.string().min(1),
            }),
          ]),
        )
        .optional(),
    })
    .optional(),
  preflight: z
    .strictObject({
      database: z.string().min(1),
      min_approvals: z.number().int().nonnegative(),
      approvals_table: z.string().min(1).optional(),
    })
    .optional(),
  modes: z
    .array(z.enum(['txn', 'snapshot']))
    .min(1)
    .optional(),
};

const planV1 = z.strictObject({
  format: z.literal('rehearsal-plan/v1'),
  clone_from: z.union([z.strictObject({ sql: z.string().min(1) }), ...cloneFromV1]),
  scope: z.union([z.literal('all'), z.strictObject({ schemas: tableNames })]).optional(),
  ...planFields,
});

const planV2 = z.strictObject({
  format: z.literal('rehearsal-plan/v2'),
  clone_from: z.union([
    z.strictObject({
      // Addition: a list of files, read one after the other in one session (a schema and its data).
      sql: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(64)]),
      skip: z.array(z.enum(CLONE_SKIPS)).optional(),
      // Addition: extensions only a superuser may create, created by the engine before the load (docs/boundary.md).
      extensions: z
        .array(
          z
            .string()
            .regex(/^[a-z_][a-z0-9_-]*$/, 'expected an extension name')
            .refine((name) => !Object.hasOwn(EXTENSIONS_OUTSIDE, name), {
              error: (issue) =>
                `extension ${String(issue.input)} ${EXTENSIONS_OUTSIDE[String(issue.input)]}: the engine creates none that reaches outside the clone (docs/boundary.md)`,
            }),
        )
        .optional(),
    }),
    ...cloneFromV1,
  ]),
  scope: z
    .union([
      z.literal('all'),
      z
        .strictObject({ schemas: tableNames.optional(), tables: tableNames.optional() })
        .refine((s) => s.schemas !== undefined || s.tables !== undefined, 'expected schemas, tables or both'),
    ])
    .optional(),
  ...planFields,
});

/** v3: v2 with `expected_delta` entries that may be rules (deltaRule.ts): `"+1"`, `">=0"`, `"0"`. */
const planV3 = planV2.extend({
  format: z.literal('rehearsal-plan/v3'),
  expected_delta: keyedRecord(
    z.union([z.number().int(), z.string()]).refine((v) => parseDeltaRule(v) !== null, DELTA_RULE_HINT),
  ).optional(),
});

/** Where an invariant is checked: before the change, after it (inside its transaction), after the rollback, after a restore. */
export const INVARIANT_POINTS = ['before', 'after_apply', 'after_rollback', 'after_restore'] as const;
export type InvariantPoint = (typeof INVARIANT_POINTS)[number];

/** v4: v3 plus `invariants`, read-only queries of the plan's own domain with the value each must have. */
const planV4 = planV3.extend({
  format: z.literal('rehearsal-plan/v4'),
  invariants: z
    .array(
      z
        .strictObject({
          name: z
            .string()
            .min(1)
            .max(80)
            .regex(/^\P{Cc}+$/u, 'expected a name on one line, without control characters'),
          query: z.string().min(1),
          equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
          unchanged: z.literal(true).optional(),
          at: z.array(z.enum(INVARIANT_POINTS)).min(1).optional(),
        })
        .refine((i) => (i.equals !== undefined) !== (i.unchanged !== undefined), 'expected exactly one of equals or "unchanged": true'),
    )
    .optional(),
});

const planSchema = z.discriminatedUnion('format', [planV1, planV2, planV3, planV4]);

/** A read-only query of the plan's own with the value it must have at each point: a fixed one, or the one it had before. */
export interface Invariant {
  readonly name: string;
  readonly query: string;
  /** The value as text (`null` for SQL NULL), or `unchanged`: the value it had before the change. */
  readonly expect: { readonly equals: string | null } | 'unchanged';
  readonly at: readonly InvariantPoint[];
}

export type CloneSource =
  | {
      readonly kind: 'sql';
      /** The first file (the one a plan names when it names one). */
      readonly path: string;
      /** Every file, in the order they load. */
      readonly paths: readonly string[];
      readonly skip: readonly CloneSkip[];
      /** Extensions the engine creates as the connecting role before the load (`clone_from.extensions`). */
      readonly extensions: readonly string[];
    }
  | { readonly kind: 'sqlite_file'; readonly path: string }
  | { readonly kind: 'template_database'; readonly name: string };

/**
 * A statement the plan lets through by its 1-based position: a data change other than INSERT, a
 * call of a volatile function of the database's own (`function`: `schema.name` or `name`), or a
 * write to a view (`view`), each with the reason.
 */
export type Justification =
  | { readonly statement: number; readonly kind: DmlKind; readonly reason: string }
  | { readonly statement: number; readonly kind: 'FUNCTION'; readonly function: string; readonly reason: string }
  | { readonly statement: number; readonly kind: 'VIEW'; readonly view: string; readonly reason: string };

/** A plan with every default applied and every path absolute. */
export interface RehearsalPlan {
  readonly planFile: string;
  readonly target: string | null;
  readonly cloneFrom: CloneSource;
  readonly sourceDatabase: string | null;
  readonly applyFile: string;
  readonly applySha256: string;
  /** Schema and table names as the plan writes them; resolved against the clone (resolveNames.ts). */
  readonly scope: { readonly schemas: readonly string[] | null; readonly tables: readonly string[] | null };
  /** Each entry's rule: a number is an exact change (v1, v2); v3 allows comparisons. */
  readonly expectedDelta: Readonly<Record<string, DeltaRule>> | null;
  readonly policy: { readonly allow: readonly DmlKind[]; readonly justified: readonly Justification[] };
  /** `approvalsTable` as written, or `null` for the default table (`DEFAULT_APPROVALS_TABLE`). */
  readonly preflight: { readonly database: string; readonly minApprovals: number; readonly approvalsTable: string | null } | null;
  readonly modes: readonly ('txn' | 'snapshot')[];
  /** The plan's own invariants (v4), checked at the points each names. */
  readonly invariants: readonly Invariant[];
}

export const DEFAULT_APPROVALS_TABLE = 'os_proposal_approvals';

/**
 * What an apply file must be to be classified at all: UTF-8 text with no NUL byte (a NUL ends a
 * string in C, so the server and the parser may each read a different statement). `null` when it is.
 */
export function applyTextProblem(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `holds a NUL byte at offset ${nul}`;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not UTF-8 text';
  }
  return null;
}

function sqlFiles(planFile: string, files: readonly string[]): { path: string; paths: string[] } {
  const paths = files.map((f, i) => requireFile(planFile, files.length > 1 ? `clone_from.sql[${i}]` : 'clone_from.sql', f));
  return { path: defined(paths[0], 'clone_from.sql'), paths };
}

function requireFile(planFile: string, field: string, path: string): string {
  if (!existsSync(path)) throw new PlanError(`${planFile}: field ${field}: ${path} does not exist`);
  if (!statSync(path).isFile()) throw new PlanError(`${planFile}: field ${field}: ${path} is not a file`);
  return path;
}

/** A SQLite database file: its first 16 bytes are SQLite's own header (an empty file is an empty database to SQLite). */
function requireSqliteFile(planFile: string, path: string): string {
  requireFile(planFile, 'clone_from.sqlite_file', path);
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read > 0 && header.toString('latin1') !== 'SQLite format 3\u0000')
    throw new PlanError(
      `${planFile}: field clone_from.sqlite_file: ${path} is not a SQLite database (its first bytes are not SQLite's header)`,
    );
  return path;
}

function requireApplyText(planFile: string, path: string): string {
  const problem = applyTextProblem(readFileSync(path));
  if (problem) throw new PlanError(`${planFile}: field apply.file: ${path} ${problem}`);
  return path;
}

/** What a field written for a later version of the plan needs, where the plan names an earlier one. */
function versionHint(value: unknown, path: readonly PropertyKey[]): string {
  const plan = value as { format?: unknown; expected_delta?: Record<string, unknown>; clone_from?: { sql?: unknown } };
  const version = typeof plan?.format === 'string' ? Number(/^rehearsal-plan\/v(\d+)$/.exec(plan.format)?.[1] ?? 0) : 0;
  if (path[0] === 'expected_delta' && version < 3 && typeof plan.expected_delta?.[String(path[1])] === 'string')
    return `; a rule such as "+1" or ">=0" needs "format": "rehearsal-plan/v3" (or later): v${version} counts rows with whole numbers`;
  if (path[0] === 'clone_from' && version === 1 && Array.isArray(plan.clone_from?.sql))
    return '; a list of SQL files needs "format": "rehearsal-plan/v2" (or later)';
  return '';
}

export function parsePlan(planFile: string, bytes: Uint8Array): RehearsalPlan {
  const json = parseStrictJson(bytes, { maxBytes: 4 * 1024 * 1024, maxDepth: 64 });
  if (!json.ok) throw new PlanError(`${planFile}: not a plan: ${json.detail}`);
  return parsePlanValue(planFile, json.value);
}

/**
 * A plan's value as `parsePlan` reads it once its text is parsed: for a caller that builds the plan
 * as a value (the harness), whose JSON text — `JSON.stringify`'s, without a duplicate key, shallow —
 * would pass the text's checks by construction. Paths resolve against `planFile`'s directory.
 */
export function parsePlanValue(planFile: string, value: unknown): RehearsalPlan {
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) {
    const issue = defined(parsed.error.issues[0], 'the first issue of a failed parse');
    const field = issue.path.join('.') || '(top level)';
    const message = issue.code === 'unrecognized_keys' ? `unknown field ${(issue as { keys: string[] }).keys.join(', ')}` : issue.message;
    throw new PlanError(`${planFile}: field ${field}: ${message}${versionHint(value, issue.path)}`);
  }
  const plan = parsed.data;
  const base = dirname(resolve(planFile));
  const at = (p: string) => resolve(base, p);
  const cloneFrom: CloneSource =
    'sql' in plan.clone_from
      ? {
          kind: 'sql',
          ...sqlFiles(planFile, (typeof plan.clone_from.sql === 'string' ? [plan.clone_from.sql] : plan.clone_from.sql).map(at)),
          skip: 'skip' in plan.clone_from ? (plan.clone_from.skip ?? []) : [],
          extensions: 'extensions' in plan.clone_from ? (plan.clone_from.extensions ?? []) : [],
        }
      : 'sqlite_file' in plan.clone_from
        ? { kind: 'sqlite_file', path: requireSqliteFile(planFile, at(plan.clone_from.sqlite_file)) }
        : { kind: 'template_database', name: plan.clone_from.template_database };
  return Object.freeze({
    planFile: resolve(planFile),
    target: plan.target ?? null,
    cloneFrom,
    sourceDatabase: plan.source_database ?? null,
    applyFile: requireApplyText(planFile, requireFile(planFile, 'apply.file', at(plan.apply.file))),
    applySha256: plan.apply.sha256,
    scope:
      plan.scope === undefined || plan.scope === 'all'
        ? { schemas: null, tables: null }
        : { schemas: plan.scope.schemas ?? null, tables: 'tables' in plan.scope ? (plan.scope.tables ?? null) : null },
    expectedDelta:
      plan.expected_delta === undefined
        ? null
        : Object.fromEntries(
            Object.entries(plan.expected_delta).map(([table, written]) => [
              table,
              defined(parseDeltaRule(written), `the rule of expected_delta.${table}`),
            ]),
          ),
    policy: { allow: plan.policy?.allow ?? ['INSERT'], justified: plan.policy?.justified ?? [] },
    preflight: plan.preflight
      ? {
          database: plan.preflight.database,
          minApprovals: plan.preflight.min_approvals,
          approvalsTable: plan.preflight.approvals_table ?? null,
        }
      : null,
    modes: plan.modes ?? (['txn', 'snapshot'] as const),
    invariants: ('invariants' in plan ? (plan.invariants ?? []) : []).map((i) => ({
      name: i.name,
      query: i.query,
      expect: i.unchanged ? ('unchanged' as const) : { equals: i.equals === null || i.equals === undefined ? null : String(i.equals) },
      at: i.at ?? INVARIANT_POINTS,
    })),
  });
}

/** Checks that the clone source fits the target's kind; a one-line refusal otherwise. */
export function checkCloneSourceFits(plan: RehearsalPlan, targetKind: string): void {
  const source = plan.cloneFrom.kind;
  if (source === 'sqlite_file' && targetKind !== 'sqlite') {
    throw new PlanError(`${plan.planFile}: field clone_from: sqlite_file needs a sqlite: target, not ${targetKind}`);
  }
  if (source === 'template_database' && targetKind !== 'postgres' && targetKind !== 'testcontainers') {
    throw new PlanError(`${plan.planFile}: field clone_from: template_database needs a postgres:// target, not ${targetKind}`);
  }
}
