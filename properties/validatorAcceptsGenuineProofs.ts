import fc from 'fast-check';
import { domainOf, genuineProofSchema } from '../generators/domains.ts';
import { genuineProofs } from '../generators/proofs.ts';
import type { SuiteProperty } from './harness/property.ts';

/** Every genuine proof passes the validator: synthesized ones, and those real rehearsals wrote. */
export function validatorAcceptsGenuineProofs(realProofs: readonly unknown[]): SuiteProperty<unknown> {
  return {
    id: 'validator.accepts-genuine-proofs',
    sentence: 'Every genuine proof passes the validator: synthesized ones, and those real rehearsals wrote.',
    cost: 'pure',
    arbitrary: () => (realProofs.length ? fc.oneof(genuineProofs, fc.constantFrom(...realProofs)) : genuineProofs),
    domain: (value) => {
      const synthesized = domainOf(genuineProofSchema)(value);
      const real = JSON.stringify(value);
      return synthesized === null || realProofs.some((p) => JSON.stringify(p) === real) ? null : synthesized;
    },
    check: async (proof, { engine }) => engine.validateRollbackProof(proof).verdict === 'PASS',
  };
}
