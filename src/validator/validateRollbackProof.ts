/**
 * The hardened rollback-proof validator (rollback-proof/v1, docs/formats.md; v2, which adds each
 * entry's sequence resets; v3, which adds the restore_script mode and its script's sha256). It returns every code
 * that applies; a proof is clean only when none does. Messages name entries by position and
 * never repeat input values.
 */
import { z } from 'zod';
import { HASH_PATTERN, type ValidatorCode } from '../codes.ts';
import { keyedRecord } from '../json/keyedRecord.ts';

const rowCounts = keyedRecord(z.number().int().nonnegative());

const entrySchema = z.strictObject({
  id: z.string().min(1),
  mode: z.enum(['txn', 'snapshot']),
  // Hashes are checked one by one below, so that a bad hash is HASH_MALFORMED, not PROOF_MALFORMED.
  before_hash: z.unknown().optional(),
  after_apply_hash: z.unknown().optional(),
  after_rollback_hash: z.unknown().optional(),
  expected_hash: z.unknown().optional(),
  before_rows: rowCounts,
  after_rollback_rows: rowCounts,
  restored_match: z.boolean(),
  production_rollback_status: z.string(),
});

const sequenceState = z.strictObject({ last_value: z.string().regex(/^-?\d+$/), is_called: z.boolean() });

/** v2 adds, per entry, the sequences the engine set back after ROLLBACK (sequences are not transactional). */
const sequenceReset = z.strictObject({ sequence: z.string().min(1), from: sequenceState, to: sequenceState });
const entrySchemaV2 = entrySchema.extend({ sequence_resets: z.array(sequenceReset) });

/**
 * v3 adds a mode: `restore_script`, an entry proving the script that puts back the rows a committed
 * change touched, with the sha256 of that script (rehearse validate --evidence checks the file).
 */
const entrySchemaV3 = entrySchemaV2
  .extend({ mode: z.enum(['txn', 'snapshot', 'restore_script']), script_sha256: z.string().regex(HASH_PATTERN).optional() })
  .refine((e) => (e.mode === 'restore_script') === (e.script_sha256 !== undefined), {
    message: 'a restore_script entry, and only one, names its script_sha256',
    path: ['script_sha256'],
  });

const target = z.strictObject({ kind: z.string(), is_production: z.boolean() });
// Discriminated by format, so that a problem is reported where it is in the version the proof names.
const proofV1 = z.strictObject({ format: z.literal('rollback-proof/v1'), target, entries: z.array(entrySchema) });
const proofV2 = z.strictObject({ format: z.literal('rollback-proof/v2'), target, entries: z.array(entrySchemaV2) });
const proofV3 = z.strictObject({ format: z.literal('rollback-proof/v3'), target, entries: z.array(entrySchemaV3) });
const proofSchema = z.discriminatedUnion('format', [proofV1, proofV2, proofV3]);

export type RollbackProof = z.infer<typeof proofSchema>;

export interface Finding {
  readonly code: ValidatorCode;
  readonly message: string;
}

export type ValidationResult =
  | { readonly verdict: 'PASS'; readonly codes: readonly []; readonly findings: readonly [] }
  | { readonly verdict: 'FAIL'; readonly codes: readonly ValidatorCode[]; readonly findings: readonly Finding[] };

const HASH_FIELDS = ['before_hash', 'after_apply_hash', 'after_rollback_hash', 'expected_hash'] as const;

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!Object.hasOwn(a, k) || !Object.hasOwn(b, k) || a[k] !== b[k]) return false;
  return true;
}

/** Field names the formats define; any other key in a path (a table name) is the input's own and is not repeated. */
const FIELD_NAMES = new Set(
  [proofV2, target, entrySchemaV2, sequenceReset, sequenceState].flatMap((schema) => Object.keys(schema.shape)).concat('script_sha256'),
);

/** Where in the document a problem is: `entries.#2.before_rows.<key>`, or "the document" itself. */
function describePath(path: readonly PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? `#${p + 1}` : typeof p === 'string' && FIELD_NAMES.has(p) ? p : '<key>'));
  return parts.length > 0 ? parts.join('.') : 'the document';
}

/** Checks a parsed rollback proof; any thrown error is itself a finding, never a pass. */
export function validateRollbackProof(proof: unknown): ValidationResult {
  const findings: Finding[] = [];
  const add = (code: ValidatorCode, message: string) => findings.push({ code, message });
  try {
    const parsed = proofSchema.safeParse(proof);
    if (!parsed.success) {
      add('PROOF_MALFORMED', `not a rollback-proof/v1 document: problem at ${describePath(parsed.error.issues[0]?.path ?? [])}`);
    } else {
      checkProof(parsed.data, add);
    }
  } catch {
    add('PROOF_MALFORMED', 'the proof could not be checked');
  }
  if (findings.length === 0) return { verdict: 'PASS', codes: [], findings: [] };
  const codes = [...new Set(findings.map((f) => f.code))];
  return { verdict: 'FAIL', codes, findings };
}

function checkProof(proof: RollbackProof, add: (code: ValidatorCode, message: string) => void): void {
  if (proof.target.is_production || proof.target.kind !== 'clone') {
    add('PRODUCTION_ROLLBACK_CLAIMED', 'the proof is not about a disposable clone');
  }
  if (proof.entries.length === 0) add('PROOF_NO_ENTRIES', 'the proof has no entries');
  const seen = new Set<string>();
  proof.entries.forEach((entry, index) => {
    const at = `entry #${index + 1}`;
    if (seen.has(entry.id)) add('DUPLICATE_ENTRY_ID', `${at} repeats the id of an earlier entry`);
    seen.add(entry.id);
    if (entry.production_rollback_status !== 'NOT_APPLICABLE') {
      add('PRODUCTION_ROLLBACK_CLAIMED', `${at} claims a production rollback status`);
    }
    if (!sameCounts(entry.before_rows, entry.after_rollback_rows)) {
      add('ROW_COUNT_DIVERGED', `${at}: row counts after rollback differ from before`);
    }
    const hashes: Partial<Record<(typeof HASH_FIELDS)[number], string>> = {};
    for (const field of HASH_FIELDS) {
      const value = entry[field];
      if (field === 'before_hash' && (value === undefined || value === null || value === '')) {
        add('BEFORE_HASH_MISSING', `${at} has no before_hash`);
      } else if (typeof value !== 'string' || !HASH_PATTERN.test(value)) {
        add('HASH_MALFORMED', `${at}: ${field} is not sha256: followed by 64 lowercase hex digits`);
      } else {
        hashes[field] = value;
      }
    }
    const { before_hash: before, after_apply_hash: afterApply, after_rollback_hash: afterRollback, expected_hash: expected } = hashes;
    if (before !== undefined && afterApply !== undefined && afterApply === before) {
      add('ROLLBACK_APPLY_DID_NOT_MUTATE', `${at}: the apply left the state unchanged, so it proves no rollback`);
    }
    if (before !== undefined && afterRollback !== undefined) {
      const restored = afterRollback === before;
      if (!restored) add('ROLLBACK_NOT_RESTORED', `${at}: the state after rollback differs from before`);
      if (entry.restored_match !== restored) add('RESTORED_MATCH_INCONSISTENT', `${at}: restored_match disagrees with the hashes`);
    } else if (entry.restored_match) {
      // A claim of restoration with nothing to back it is itself inconsistent.
      add('RESTORED_MATCH_INCONSISTENT', `${at}: restored_match is claimed without the hashes to show it`);
    }
    if (before !== undefined && expected !== undefined && expected !== before) {
      add('EXPECTED_HASH_MISMATCH', `${at}: expected_hash is not the before state`);
    }
  });
}
