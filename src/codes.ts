/** The stable codes of docs/formats.md, codes. Tests, fixtures and other tools refer to these strings. */

export const GATE_CODES = [
  'TARGET_PRODUCTION',
  'REAL_RUN_FORBIDDEN',
  'APPLY_FORBIDDEN',
  'CUTOVER_FORBIDDEN',
  'CI_DEPLOY_FORBIDDEN',
  'SECRETS_CHANGE_FORBIDDEN',
  'ROLLBACK_PROOF_MISSING',
  'ROLLBACK_PROOF_INVALID',
  'ISOLATION_NOT_PROVEN',
  'PRODUCTION_CLAIM_FROM_REHEARSAL',
  'MALFORMED_REQUEST',
  'UNKNOWN_FIELD',
  'UNKNOWN_ACTION',
  'WRONG_LANE',
] as const;
export type GateCode = (typeof GATE_CODES)[number];

export const VALIDATOR_CODES = [
  'PROOF_MALFORMED',
  'PROOF_NO_ENTRIES',
  'BEFORE_HASH_MISSING',
  'HASH_MALFORMED',
  'ROLLBACK_APPLY_DID_NOT_MUTATE',
  'ROLLBACK_NOT_RESTORED',
  'EXPECTED_HASH_MISMATCH',
  'RESTORED_MATCH_INCONSISTENT',
  'ROW_COUNT_DIVERGED',
  'PRODUCTION_ROLLBACK_CLAIMED',
  'DUPLICATE_ENTRY_ID',
  'EVIDENCE_MISMATCH',
] as const;
export type ValidatorCode = (typeof VALIDATOR_CODES)[number];

/**
 * Why a rehearsal is BLOCKED (docs/formats.md, codes). Each says what was observed: a step that could not
 * look says so (`CAPTURE_FAILED`, `STEP_FAILED`) and never borrows the code of a finding.
 */
export const REHEARSAL_CODES = [
  'ISOLATION_NOT_PROVEN',
  'CAPTURE_FAILED',
  'CAPTURE_MUTATED_STATE',
  'APPLY_FILE_HASH_MISMATCH',
  'PREFLIGHT_FAILED',
  'BOUNDARY_VIOLATION',
  'EXECUTOR_ON_ERROR_STOP_MISSING',
  'APPLY_FAILED',
  'DELTA_MISMATCH',
  'INVARIANT_FAILED',
  'ROLLBACK_NOT_RESTORED',
  'SNAPSHOT_NOT_RESTORED',
  'RESTORE_SCRIPT_UNAVAILABLE',
  'RESTORE_SCRIPT_NOT_RESTORED',
  'RESTORE_SCRIPT_DID_NOT_ABORT',
  'SEQUENCE_NOT_RESTORED',
  'SCHEMA_NOT_RESTORED',
  'OPEN_TRANSACTION_LEFT',
  'SIDE_EFFECT_LEFT',
  'ROLLBACK_APPLY_DID_NOT_MUTATE',
  'VALIDATOR_FAILED',
  'PROBE_FAILED_OPEN',
  'STEP_FAILED',
] as const;
export type RehearsalCode = (typeof REHEARSAL_CODES)[number];

/** `sha256:` followed by 64 lowercase hex digits: the one hash spelling (docs/formats.md). */
export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
