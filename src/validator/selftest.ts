/**
 * `rehearse validate --selftest`: genuine proofs must pass, and for every validator code a
 * proof forged to break exactly that rule must fail with exactly that code (the negative
 * control). EVIDENCE_MISMATCH needs an evidence packet and is checked with `--evidence`.
 */
import { sha256Tagged } from '../capture/hashing.ts';
import type { ValidatorCode } from '../codes.ts';
import { validateRollbackProof } from './validateRollbackProof.ts';
import { defined } from '../util/defined.ts';

type Entry = Record<string, unknown>;
type Proof = { format: string; target: Record<string, unknown>; entries: Entry[] } & Record<string, unknown>;

const BEFORE = sha256Tagged('selftest: before');
const AFTER_APPLY = sha256Tagged('selftest: after apply');

function genuineEntry(id: string, mode: 'txn' | 'snapshot'): Entry {
  return {
    id,
    mode,
    before_hash: BEFORE,
    after_apply_hash: AFTER_APPLY,
    after_rollback_hash: BEFORE,
    expected_hash: BEFORE,
    before_rows: { birth_registry: 3 },
    after_rollback_rows: { birth_registry: 3 },
    restored_match: true,
    production_rollback_status: 'NOT_APPLICABLE',
  };
}

export function genuineProof(): Proof {
  return {
    format: 'rollback-proof/v1',
    target: { kind: 'clone', is_production: false },
    entries: [genuineEntry('RB-CLONE-TXN', 'txn'), genuineEntry('RB-CLONE-SNAPSHOT', 'snapshot')],
  };
}

const entryOf = (p: Proof, i: number): Entry => defined(p.entries[i], `entry ${i + 1} of the genuine proof`);
const withFirstEntry = (change: (e: Entry) => void) => (p: Proof) => change(entryOf(p, 0));

/** One forgery per code: a genuine proof with exactly one rule broken. */
export const FORGERIES: Readonly<Record<Exclude<ValidatorCode, 'EVIDENCE_MISMATCH'>, (p: Proof) => void>> = {
  PROOF_MALFORMED: (p) => {
    p.unexpected = true;
  },
  PROOF_NO_ENTRIES: (p) => {
    p.entries = [];
  },
  BEFORE_HASH_MISSING: withFirstEntry((e) => {
    delete e.before_hash;
    e.restored_match = false;
  }),
  HASH_MALFORMED: withFirstEntry((e) => {
    e.after_apply_hash = String(e.after_apply_hash).toUpperCase().replace('SHA256:', 'sha256:');
  }),
  ROLLBACK_APPLY_DID_NOT_MUTATE: withFirstEntry((e) => {
    e.after_apply_hash = e.before_hash;
  }),
  ROLLBACK_NOT_RESTORED: withFirstEntry((e) => {
    e.after_rollback_hash = AFTER_APPLY;
    e.restored_match = false;
  }),
  EXPECTED_HASH_MISMATCH: withFirstEntry((e) => {
    e.expected_hash = AFTER_APPLY;
  }),
  RESTORED_MATCH_INCONSISTENT: withFirstEntry((e) => {
    e.restored_match = false;
  }),
  ROW_COUNT_DIVERGED: withFirstEntry((e) => {
    e.after_rollback_rows = { birth_registry: 4 };
  }),
  PRODUCTION_ROLLBACK_CLAIMED: withFirstEntry((e) => {
    e.production_rollback_status = 'ROLLED_BACK';
  }),
  DUPLICATE_ENTRY_ID: (p) => {
    entryOf(p, 1).id = entryOf(p, 0).id;
  },
};

export function forgedProof(code: keyof typeof FORGERIES): Proof {
  const proof = genuineProof();
  FORGERIES[code](proof);
  return proof;
}

export interface SelftestCase {
  readonly name: string;
  readonly expected: readonly ValidatorCode[];
  readonly actual: readonly ValidatorCode[];
  readonly ok: boolean;
}

export function runValidatorSelftest(): SelftestCase[] {
  const cases: SelftestCase[] = [];
  const check = (name: string, proof: unknown, expected: readonly ValidatorCode[]) => {
    const actual: readonly ValidatorCode[] = validateRollbackProof(proof).codes;
    cases.push({ name, expected, actual, ok: actual.length === expected.length && expected.every((c) => actual.includes(c)) });
  };
  check('genuine proof (txn and snapshot entries)', genuineProof(), []);
  const single = genuineProof();
  single.entries = [entryOf(single, 1)];
  check('genuine proof (one snapshot entry)', single, []);
  for (const code of Object.keys(FORGERIES) as (keyof typeof FORGERIES)[]) {
    check(`forged: ${code}`, forgedProof(code), [code]);
  }
  return cases;
}
