/** The public API of the rollback-rehearsal engine. Everything else under src/ is internal. */
export type { Capabilities, Clone, CloneOptions, IsolationRecord, Snapshot, Target, TargetKind } from './targets/target.ts';
export type { CopyOutSession, Session } from './session/session.ts';
export { TargetError } from './targets/target.ts';
export {
  availableTargets,
  resolveTarget,
  selectedTargetNames,
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
export {
  DEFAULT_LOCATE_OPTIONS,
  type KnownDifference,
  locateRowDifferences,
  type LocateOptions,
  type RowDifference,
  type RowLocation,
} from './compare/locateRowDifferences.ts';
export { describeStateDifference } from './compare/describeStateDifference.ts';
export { decideRequest, GATE_LIMITS, malformedRequest, type GateDecision } from './gate/decideRequest.ts';
export { PROBES, probeBytes, runProbeSet } from './gate/probeSet.ts';
export { validateRollbackProof, type Finding, type ValidationResult } from './validator/validateRollbackProof.ts';
export { genuineProof, FORGERIES, runValidatorSelftest } from './validator/selftest.ts';
export { checkEvidence } from './evidence/checkEvidence.ts';
export { containsSealToken, redactSealTokens } from './guard/sealTokens.ts';
export { classifyBatch } from './boundary/classifyBatch.ts';
export { loadParser } from './sql/parser.ts';
export { readExecutor } from './boundary/executor.ts';
export { grammarFor, type Grammar } from './sql/grammar.ts';
export { checkCloneSourceFits, parsePlan, type RehearsalPlan } from './plan/parsePlan.ts';
export { PlanError } from './plan/planError.ts';
export { CLONE_SKIPS, type CloneSkip } from './source/cloneSkips.ts';
export { REAL_PARTS, runRehearsal, type RehearsalResult, type RunOptions } from './engine/runRehearsal.ts';
export { censusChanges, type Census } from './targets/clusterCensus.ts';
export { NO_RESTORE_SCRIPT, writeEvidencePacket } from './evidence/evidencePacket.ts';
export { loadCloneSourceText } from './source/loadSource.ts';
export { type LoadReport } from './source/cloneSource.ts';
export { checkCloneSource, checkCloneSourceFiles, loadStatements, planLoad, type CloneStatement } from './source/cloneSource.ts';
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
export { parseStrictJson } from './json/strictJson.ts';
export { guardText, writeGuardedFile } from './guard/guardedOutput.ts';
export { TOOL_VERSION } from './version.ts';
export { PACKAGE_ROOT } from './packageRoot.ts';
export { SqliteStateReader } from './capture/sqliteState.ts';
export { removeScratchDir } from './util/removeScratchDir.ts';
export { firstLine } from './util/errors.ts';
export { hashCanonical, sha256Hex } from './capture/hashing.ts';
export { bestEffort, takeLeftBehind } from './util/bestEffort.ts';
export { cloneOfPlanSource } from './engine/planClone.ts';
export { describeDeltaRule, parseDeltaRule, deltaHolds, type DeltaRule } from './plan/deltaRule.ts';
export {
  referenceOrder,
  stateRows,
  type ColumnModel,
  type DataRow,
  type DataState,
  type ForeignKeyModel,
  type SchemaModel,
  type TableModel,
  type ValueCategory,
} from './schema/schemaModel.ts';
export { introspectPostgres } from './schema/introspectPostgres.ts';
export { introspectSqlite } from './schema/introspectSqlite.ts';
export { loadState, readSequences, sampleRows, writableColumns, type LoadResult } from './schema/stateLoad.ts';
export { pruneDangling } from './schema/pruneDangling.ts';
export { quoteIdent } from './util/quoteIdent.ts';
export { rowDiff, rowLine } from './compare/rowDiff.ts';
