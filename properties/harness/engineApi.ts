/**
 * What a property may use of the engine: its public API, passed in. Pointing the same property
 * at a deliberately broken engine means passing another `EngineApi`.
 */
import {
  captureFingerprint,
  compareFingerprints,
  decideRequest,
  REAL_PARTS,
  runRehearsal,
  validateRollbackProof,
  writeEvidencePacket,
  classifyBatch,
  loadParser,
  parsePlan,
  grammarFor,
} from '../../src/index.ts';

export interface EngineApi {
  readonly captureFingerprint: typeof captureFingerprint;
  readonly compareFingerprints: typeof compareFingerprints;
  readonly decideRequest: typeof decideRequest;
  readonly validateRollbackProof: typeof validateRollbackProof;
  readonly runRehearsal: typeof runRehearsal;
  readonly writeEvidencePacket: typeof writeEvidencePacket;
  readonly classifyBatch: typeof classifyBatch;
  readonly loadParser: typeof loadParser;
  readonly parsePlan: typeof parsePlan;
  /** The grammar the boundary reads a server's statements with. */
  readonly grammarFor: typeof grammarFor;
  /** The parts `runRehearsal` is run with. */
  readonly parts: typeof REAL_PARTS;
}

export const realEngine: EngineApi = Object.freeze({
  captureFingerprint,
  compareFingerprints,
  decideRequest,
  validateRollbackProof,
  runRehearsal,
  writeEvidencePacket,
  classifyBatch,
  loadParser,
  parsePlan,
  grammarFor,
  parts: REAL_PARTS,
});
