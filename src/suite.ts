/**
 * What the CLI, the properties and the benchmarks take from src/ besides the public API
 * (`index.ts`): engine parts they drive or measure. Not exported by the package.
 */
export { selectedTargetNames } from './targets/resolveTarget.ts';
export {
  DEFAULT_LOCATE_OPTIONS,
  type KnownDifference,
  locateRowDifferences,
  type LocateOptions,
  type RowDifference,
  type RowLocation,
} from './compare/locateRowDifferences.ts';
export { describeStateDifference } from './compare/describeStateDifference.ts';
export { GATE_LIMITS, malformedRequest } from './gate/decideRequest.ts';
export { PROBES, probeBytes, runProbeSet } from './gate/probeSet.ts';
export { genuineProof, FORGERIES } from './validator/selftest.ts';
export { classifyBatch } from './boundary/classifyBatch.ts';
export { loadParser } from './sql/parser.ts';
export { readExecutor } from './boundary/executor.ts';
export { grammarFor, type Grammar } from './sql/grammar.ts';
export { checkCloneSourceFits } from './plan/parsePlan.ts';
export { censusChanges, type Census } from './targets/clusterCensus.ts';
export { NO_RESTORE_SCRIPT } from './evidence/evidencePacket.ts';
export { loadCloneSourceText } from './source/loadSource.ts';
export { type LoadReport } from './source/cloneSource.ts';
export { checkCloneSource, checkCloneSourceFiles, loadStatements, planLoad, type CloneStatement } from './source/cloneSource.ts';
export { parseStrictJson } from './json/strictJson.ts';
export { guardText, writeGuardedFile } from './guard/guardedOutput.ts';
export { PACKAGE_ROOT } from './packageRoot.ts';
export { SqliteStateReader } from './capture/sqliteState.ts';
export { removeScratchDir } from './util/removeScratchDir.ts';
export { makeDirectory } from './util/makeDirectory.ts';
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
