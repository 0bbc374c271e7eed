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
  parsePlan,
  parsePlanValue,
} from '../../src/index.ts';
import { classifyBatch, loadParser, grammarFor } from '../../src/suite.ts';

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
  /** A plan built as a value (a generated one), read as parsePlan reads a plan's parsed text. */
  readonly parsePlanValue: typeof parsePlanValue;
  /** The grammar the boundary reads a server's statements with. */
  readonly grammarFor: typeof grammarFor;
  /** The parts `runRehearsal` is run with. */
  readonly parts: typeof REAL_PARTS;
}

/** The engine an implementation of `src/index.ts` offers (the real one, or a copy of it with a defect planted). */
export const engineFrom = (api: Omit<EngineApi, 'parts'> & { readonly REAL_PARTS: EngineApi['parts'] }): EngineApi =>
  Object.freeze({
    captureFingerprint: api.captureFingerprint,
    compareFingerprints: api.compareFingerprints,
    decideRequest: api.decideRequest,
    validateRollbackProof: api.validateRollbackProof,
    runRehearsal: api.runRehearsal,
    writeEvidencePacket: api.writeEvidencePacket,
    classifyBatch: api.classifyBatch,
    loadParser: api.loadParser,
    parsePlan: api.parsePlan,
    parsePlanValue: api.parsePlanValue,
    grammarFor: api.grammarFor,
    parts: api.REAL_PARTS,
  });

export const realEngine: EngineApi = engineFrom({
  captureFingerprint,
  compareFingerprints,
  decideRequest,
  validateRollbackProof,
  runRehearsal,
  writeEvidencePacket,
  classifyBatch,
  loadParser,
  parsePlan,
  parsePlanValue,
  grammarFor,
  REAL_PARTS,
});
