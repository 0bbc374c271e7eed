import fc from 'fast-check';
import { domainOf, sealTokenCaseSchema } from '../generators/domains.ts';
import { genuineProofs } from '../generators/proofs.ts';
import { controlText, SEAL_TOKENS } from '../generators/requests.ts';
import { containsSealToken } from '../src/index.ts';
import type { SuiteProperty } from './harness/property.ts';

/** Replaces every string and adds a key carrying the token at every object: the whole input is tainted. */
function taint(value: unknown, token: string): unknown {
  if (typeof value === 'string') return token;
  if (Array.isArray(value)) return value.map((v) => taint(v, token));
  if (value && typeof value === 'object')
    return { ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taint(v, token)])), [token]: token };
  return value;
}

/** No seal-like token comes out of the gate or the validator, whatever the input carried. */
export const outputNoSealToken: SuiteProperty<{ token: string; proof: unknown; whole: boolean }> = {
  id: 'output.no-seal-token',
  sentence: 'No seal-like token comes out of the gate or the validator, whatever the input carried.',
  cost: 'pure',
  arbitrary: () => fc.record({ token: fc.constantFrom(...SEAL_TOKENS), proof: genuineProofs, whole: fc.boolean() }),
  domain: domainOf(sealTokenCaseSchema),
  check: async ({ token, proof, whole }, { engine }) => {
    const request = JSON.parse(controlText());
    request.rollback_proof = proof;
    const input = whole ? taint(request, token) : { ...request, claimed_status: token };
    const decision = engine.decideRequest(Buffer.from(JSON.stringify(input)));
    const validation = engine.validateRollbackProof(taint(proof, token));
    return decision.decision === 'DENY' && !containsSealToken(JSON.stringify(decision)) && !containsSealToken(JSON.stringify(validation));
  },
};
