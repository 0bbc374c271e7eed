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

/**
 * What each rehearsal code says happened, and what to check — the line `rehearse run` and `rehearse
 * fuzz --plan` print under each code they report (docs/run.md, what each code means).
 */
export const REHEARSAL_CODE_MEANINGS: Readonly<Record<RehearsalCode, string>> = {
  ISOLATION_NOT_PROVEN:
    'the clone could not be shown to be a disposable copy made by this run (or holds a foreign table whose rows live elsewhere): check the target and RX-0',
  CAPTURE_FAILED:
    'a capture could not read a table or the catalog, so nothing was compared: check the named relation and what role capture needs (RX-0 details)',
  CAPTURE_MUTATED_STATE:
    'two captures in a row differed although nothing ran between them: something else writes to the clone, or a read has side effects (a volatile view?)',
  APPLY_FILE_HASH_MISMATCH:
    'the apply file is not the one the plan pins (apply.sha256): if the change is meant, pin the new hash in the plan; if not, find out who changed the file',
  PREFLIGHT_FAILED:
    "the plan's preflight did not hold (source database name, approvals): check preflight in the plan and the approvals table",
  BOUNDARY_VIOLATION:
    'a statement does more than the plan allows (an UPDATE, DELETE or function not justified, DDL, a write outside the clone): justify it in policy.justified with a reason, or take it out',
  EXECUTOR_ON_ERROR_STOP_MISSING:
    'the executor would go on after an error: put \\set ON_ERROR_STOP on (sqlite3: .bail on) before its BEGIN',
  APPLY_FAILED:
    'a statement of the batch failed on the clone (the database said why, above): a key taken, a row missing, a constraint — the change fails on this data',
  DELTA_MISMATCH:
    "the batch changed a table's row count other than expected_delta says (a table not named there must stay unchanged): fix the batch or the expectation",
  INVARIANT_FAILED: "an invariant of the plan's did not hold where it was checked: see which, where, and the value found",
  ROLLBACK_NOT_RESTORED:
    'after the batch and a ROLLBACK the clone differed from before (rows, schema or sequences): the change cannot be rolled back by its transaction alone',
  SNAPSHOT_NOT_RESTORED:
    'the clone restored from its before-state snapshot differed from before: the restore path is broken for this change',
  RESTORE_SCRIPT_UNAVAILABLE:
    'no restore script could be written for a table the change touched (no key, a rule, a trigger SQLite cannot disable): see the table and why',
  RESTORE_SCRIPT_NOT_RESTORED:
    'the restore script written for the committed change did not bring the clone back to before: it is kept for review, not to be run',
  RESTORE_SCRIPT_DID_NOT_ABORT:
    "with a row the change touched moved since, the restore script did not abort: it would overwrite another session's work",
  SEQUENCE_NOT_RESTORED: 'a sequence was not back where it was before (a rollback does not undo nextval): see which sequence',
  SCHEMA_NOT_RESTORED: 'the schema was not back as it was before: see the object named',
  OPEN_TRANSACTION_LEFT: 'a transaction (or a prepared one) was left open after the batch: the batch must end what it begins',
  SIDE_EFFECT_LEFT:
    'the batch changed state outside the clone (a role, a setting, a file, another database, a replication slot), which no rollback undoes: see what changed',
  ROLLBACK_APPLY_DID_NOT_MUTATE:
    'the batch changed nothing the capture sees (an UPDATE or DELETE that matched no row?): a rollback of nothing proves nothing — check the WHERE clauses against the data',
  VALIDATOR_FAILED:
    'the hardened validator refused the rollback proof this run wrote: a bug of the tool, please report it with the evidence',
  PROBE_FAILED_OPEN: 'the gate allowed a request it must deny: a bug of the tool, please report it',
  STEP_FAILED: 'a step stopped on an error and observed nothing (the error is shown): fix what it names and run again',
};
