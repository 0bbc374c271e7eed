/**
 * The validator's exact findings — codes and messages — for one proof per rule, and for proofs
 * that break several rules or have the wrong shape. Pinned in
 * `__snapshots__/findingTable.test.ts.snap`, reviewed by hand.
 */
import { expect, it } from 'vitest';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { FORGERIES, forgedProof, genuineProof } from '../../src/validator/selftest.ts';

type Proof = ReturnType<typeof genuineProof>;
const changed = (change: (p: Proof) => void): Proof => {
  const p = genuineProof();
  change(p);
  return p;
};
const OTHER = `sha256:${'e'.repeat(64)}`;
/** The genuine proof as the format named: v2 and v3 entries carry their sequence resets. */
const as = (p: Proof, format: string) => {
  (p as Record<string, unknown>).format = format;
  for (const e of p.entries) (e as Record<string, unknown>).sequence_resets = [];
};
/** The genuine snapshot entry again, as the restore script's entry (with `extra`: its script_sha256, or none). */
const withRestoreEntry = (p: Proof, extra: Record<string, unknown>) =>
  p.entries.push({ ...structuredClone(p.entries[1]!), id: 'RB-CLONE-RESTORE-SCRIPT', mode: 'restore_script', ...extra } as never);

const TABLE: [string, unknown][] = [
  ['genuine', genuineProof()],
  ...(Object.keys(FORGERIES) as (keyof typeof FORGERIES)[]).map((code): [string, unknown] => [`forged: ${code}`, forgedProof(code)]),
  ['not an object', 'rollback-proof/v1'],
  ['null', null],
  [
    'format of another version',
    changed((p) => {
      (p as Record<string, unknown>).format = 'rollback-proof/v4';
    }),
  ],
  [
    'v3: a restore_script entry with its script_sha256',
    changed((p) => {
      as(p, 'rollback-proof/v3');
      withRestoreEntry(p, { script_sha256: OTHER });
    }),
  ],
  [
    'v3: a restore_script entry without its script_sha256',
    changed((p) => {
      as(p, 'rollback-proof/v3');
      withRestoreEntry(p, {});
    }),
  ],
  [
    'v3: a script_sha256 on a txn entry',
    changed((p) => {
      as(p, 'rollback-proof/v3');
      (p.entries[0] as Record<string, unknown>).script_sha256 = OTHER;
    }),
  ],
  [
    'v2: a restore_script entry',
    changed((p) => {
      as(p, 'rollback-proof/v2');
      withRestoreEntry(p, { script_sha256: OTHER });
    }),
  ],
  [
    'an entry with an unknown field',
    changed((p) => {
      (p.entries[1] as Record<string, unknown>).note = 'x';
    }),
  ],
  [
    'an entry that is not an object',
    changed((p) => {
      (p.entries as unknown[])[1] = 'RB-CLONE-SNAPSHOT';
    }),
  ],
  [
    'a row count that is not a number',
    changed((p) => {
      (p.entries[0]!.before_rows as Record<string, unknown>).birth_registry = '3';
    }),
  ],
  [
    'target production',
    changed((p) => {
      p.target.is_production = true as never;
    }),
  ],
  [
    'target not a clone',
    changed((p) => {
      p.target.kind = 'primary' as never;
    }),
  ],
  [
    'before_hash empty, restored claimed',
    changed((p) => {
      p.entries[0]!.before_hash = '';
    }),
  ],
  [
    'before_hash null, restored not claimed',
    changed((p) => {
      p.entries[1]!.before_hash = null as never;
      p.entries[1]!.restored_match = false;
    }),
  ],
  [
    'after_rollback_hash missing, restored not claimed',
    changed((p) => {
      delete p.entries[1]!.after_rollback_hash;
      p.entries[1]!.restored_match = false;
    }),
  ],
  [
    'expected_hash in upper case',
    changed((p) => {
      p.entries[1]!.expected_hash = String(p.entries[1]!.expected_hash).toUpperCase();
    }),
  ],
  [
    'a row count table missing from after',
    changed((p) => {
      p.entries[1]!.after_rollback_rows = {};
    }),
  ],
  [
    'an extra row count table after',
    changed((p) => {
      p.entries[1]!.after_rollback_rows = { birth_registry: 3, other: 0 };
    }),
  ],
  [
    'the same table under another name',
    changed((p) => {
      p.entries[1]!.after_rollback_rows = { births: 3 };
    }),
  ],
  [
    'every hash the same',
    changed((p) => {
      for (const e of p.entries) {
        e.after_apply_hash = e.before_hash;
      }
    }),
  ],
  [
    'second entry not restored, expected another state',
    changed((p) => {
      p.entries[1]!.after_rollback_hash = OTHER;
      p.entries[1]!.expected_hash = OTHER;
      p.entries[1]!.restored_match = false;
    }),
  ],
  [
    'three entries, the third repeating the first',
    changed((p) => {
      p.entries.push({ ...p.entries[0]! });
    }),
  ],
];

it.each(TABLE)('%s', (_name, proof) => {
  expect(validateRollbackProof(proof)).toMatchSnapshot();
});
