/**
 * The public API of rollback-rehearsal (the package's main entry): rehearse a plan on a target,
 * the plan, proof and evidence types, the validator, the gate, capture and compare. What the
 * CLI, the properties and the benchmarks use besides is `suite.ts`, which the package does not
 * export; everything else under src/ is internal.
 */
export type { Capabilities, Clone, CloneOptions, IsolationRecord, Snapshot, Target, TargetKind } from './targets/target.ts';
export type { CopyOutSession, Session } from './session/session.ts';
export { TargetError } from './targets/target.ts';
export {
  availableTargets,
  harnessSpec,
  resolveTarget,
  TARGET_FORMS,
  TARGET_NAMES,
  type TargetAvailability,
  type TargetEnvironment,
  type TargetName,
} from './targets/resolveTarget.ts';
export type { TargetOptions } from './targets/target.ts';
export type { Fingerprint, SequenceFingerprint, TableFingerprint } from './capture/fingerprint.ts';
export type { CaptureScope, StateReader, TableInfo, RowImage } from './capture/stateReader.ts';
export { WHOLE_DATABASE } from './capture/stateReader.ts';
export { captureFingerprint } from './capture/captureFingerprint.ts';
export {
  compareFingerprints,
  renderFingerprintDiff,
  type FingerprintDiff,
  type SchemaObjectChange,
  type SequenceChange,
  type TableChange,
} from './compare/compareFingerprints.ts';
export { decideRequest, type GateDecision } from './gate/decideRequest.ts';
export { validateRollbackProof, type Finding, type ValidationResult } from './validator/validateRollbackProof.ts';
export { runValidatorSelftest } from './validator/selftest.ts';
export { checkEvidence } from './evidence/checkEvidence.ts';
export { containsSealToken, redactSealTokens } from './guard/sealTokens.ts';
export { parsePlan, parsePlanValue, type RehearsalPlan } from './plan/parsePlan.ts';
export { PlanError } from './plan/planError.ts';
export { CLONE_SKIPS, type CloneSkip } from './source/cloneSkips.ts';
export { REAL_PARTS, runRehearsal, type RehearsalResult, type RunOptions } from './engine/runRehearsal.ts';
export { writeEvidencePacket } from './evidence/evidencePacket.ts';
export { CloneSourceError } from './source/cloneSourceError.ts';
export {
  GATE_CODES,
  REHEARSAL_CODE_MEANINGS,
  REHEARSAL_CODES,
  VALIDATOR_CODES,
  type GateCode,
  type RehearsalCode,
  type ValidatorCode,
} from './codes.ts';
export { TOOL_VERSION } from './version.ts';
