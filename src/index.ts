/** The public API of the rollback-rehearsal engine. Everything else under src/ is internal. */
export type { Capabilities, Clone, IsolationRecord, Session, Target, TargetKind } from './targets/target.ts';
export { TargetError } from './targets/target.ts';
export {
  availableTargets, resolveTarget, selectedTargetNames, TARGET_FORMS, TARGET_NAMES,
  type TargetAvailability, type TargetEnvironment, type TargetName,
} from './targets/resolveTarget.ts';
export type { Fingerprint, SequenceFingerprint, TableFingerprint } from './capture/fingerprint.ts';
export type { CaptureScope, StateReader, TableInfo, RowImage } from './capture/stateReader.ts';
export { WHOLE_DATABASE } from './capture/stateReader.ts';
export { captureFingerprint } from './capture/captureFingerprint.ts';
export {
  compareFingerprints, renderFingerprintDiff,
  type FingerprintDiff, type SchemaObjectChange, type SequenceChange, type TableChange,
} from './compare/compareFingerprints.ts';
export {
  DEFAULT_LOCATE_OPTIONS, locateRowDifferences, type LocateOptions, type RowDifference, type RowLocation,
} from './compare/locateRowDifferences.ts';
