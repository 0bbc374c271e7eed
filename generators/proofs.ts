/**
 * Rollback proofs: genuine ones (synthesized with consistent hashes, or taken from real
 * rehearsals), and forgeries made by every single-field mutation the validator must catch, each
 * with the code it must draw.
 */
import fc from 'fast-check';

const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `sha256:${Buffer.from(b).toString('hex')}`);

export const genuineProofs: fc.Arbitrary<Record<string, any>> = fc
  .record({
    version: fc.constantFrom('v1', 'v2'),
    entries: fc.uniqueArray(
      fc
        .record({
          id: fc.string({ minLength: 1, maxLength: 12 }),
          mode: fc.constantFrom('txn', 'snapshot'),
          before: hash,
          applied: hash,
          rows: fc.dictionary(fc.string({ maxLength: 8 }), fc.nat()),
        })
        .filter((e) => e.before !== e.applied),
      { minLength: 1, maxLength: 3, selector: (e) => e.id },
    ),
  })
  .map(({ version, entries }) => ({
    format: `rollback-proof/${version}`,
    target: { kind: 'clone', is_production: false },
    entries: entries.map((e) => ({
      id: e.id,
      mode: e.mode,
      before_hash: e.before,
      after_apply_hash: e.applied,
      after_rollback_hash: e.before,
      expected_hash: e.before,
      before_rows: e.rows,
      after_rollback_rows: { ...e.rows },
      restored_match: true,
      production_rollback_status: 'NOT_APPLICABLE',
      ...(version === 'v2' ? { sequence_resets: [] } : {}),
    })),
  }));

type Forgery = {
  readonly name: string;
  readonly code: string;
  readonly forge: (proof: Record<string, any>, entry: number, other: string) => boolean;
};

/** Each returns false when it does not apply to this proof (then the case is discarded). */
export const FORGERY_KINDS: readonly Forgery[] = [
  {
    name: 'before_hash removed',
    code: 'BEFORE_HASH_MISSING',
    forge: (p, i) => {
      delete p.entries[i].before_hash;
      p.entries[i].restored_match = false;
      return true;
    },
  },
  {
    name: 'a hash in upper case',
    code: 'HASH_MALFORMED',
    forge: (p, i) => {
      const was = p.entries[i].after_apply_hash;
      p.entries[i].after_apply_hash = `sha256:${was.slice(7).toUpperCase()}`;
      return p.entries[i].after_apply_hash !== was;
    },
  },
  {
    name: 'after_apply equals before',
    code: 'ROLLBACK_APPLY_DID_NOT_MUTATE',
    forge: (p, i) => {
      p.entries[i].after_apply_hash = p.entries[i].before_hash;
      return true;
    },
  },
  {
    name: 'after_rollback replaced',
    code: 'ROLLBACK_NOT_RESTORED',
    forge: (p, i, other) => {
      p.entries[i].after_rollback_hash = other;
      return other !== p.entries[i].before_hash;
    },
  },
  {
    name: 'expected_hash replaced',
    code: 'EXPECTED_HASH_MISMATCH',
    forge: (p, i, other) => {
      p.entries[i].expected_hash = other;
      return other !== p.entries[i].before_hash;
    },
  },
  {
    name: 'restored_match flipped',
    code: 'RESTORED_MATCH_INCONSISTENT',
    forge: (p, i) => {
      p.entries[i].restored_match = false;
      return true;
    },
  },
  {
    name: 'a row count changed',
    code: 'ROW_COUNT_DIVERGED',
    forge: (p, i) => {
      p.entries[i].after_rollback_rows = { ...p.entries[i].after_rollback_rows, __extra_table: 1 };
      return true;
    },
  },
  {
    name: 'a production status',
    code: 'PRODUCTION_ROLLBACK_CLAIMED',
    forge: (p, i) => {
      p.entries[i].production_rollback_status = 'ROLLED_BACK';
      return true;
    },
  },
  {
    name: 'a production target',
    code: 'PRODUCTION_ROLLBACK_CLAIMED',
    forge: (p) => {
      p.target.is_production = true;
      return true;
    },
  },
  {
    name: 'an id repeated',
    code: 'DUPLICATE_ENTRY_ID',
    forge: (p, i) => {
      if (p.entries.length < 2) return false;
      p.entries[(i + 1) % p.entries.length].id = p.entries[i].id;
      return true;
    },
  },
  {
    name: 'no entries',
    code: 'PROOF_NO_ENTRIES',
    forge: (p) => {
      p.entries = [];
      return true;
    },
  },
  {
    name: 'an unknown key',
    code: 'PROOF_MALFORMED',
    forge: (p, i) => {
      p.entries[i].note = 'x';
      return true;
    },
  },
  {
    name: 'another format',
    code: 'PROOF_MALFORMED',
    forge: (p) => {
      p.format = 'rollback-proof/v9';
      return true;
    },
  },
];

export const forgedProofs: fc.Arbitrary<{ readonly proof: Record<string, any>; readonly forgery: string; readonly code: string }> = fc
  .tuple(genuineProofs, fc.constantFrom(...FORGERY_KINDS), fc.nat(), hash)
  .map(([proof, kind, n, other]) => {
    const forged = structuredClone(proof);
    const applies = kind.forge(forged, n % proof.entries.length, other);
    return { proof: forged, forgery: kind.name, code: kind.code, applies };
  })
  .filter((f) => f.applies)
  .map(({ proof, forgery, code }) => ({ proof, forgery, code }));
