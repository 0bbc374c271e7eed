import { forgedProofs } from '../generators/proofs.ts';
import { domainOf, forgedProofSchema } from '../generators/domains.ts';
import type { SuiteProperty } from './harness/property.ts';

/** A genuine proof with any single field forged fails the validator with that forgery's code. */
export const validatorRejectsForgedProofs: SuiteProperty<{ proof: Record<string, unknown>; forgery: string; code: string }> = {
  id: 'validator.rejects-forged-proofs',
  sentence: "A genuine proof with any single field forged fails the validator with that forgery's code.",
  cost: 'pure',
  arbitrary: () => forgedProofs,
  domain: domainOf(forgedProofSchema),
  check: async ({ proof, code }, { engine }) => {
    const result = engine.validateRollbackProof(proof);
    return result.verdict === 'FAIL' && (result.codes as readonly string[]).includes(code);
  },
};
