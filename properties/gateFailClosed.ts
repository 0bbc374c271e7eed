import { mutatedRequest } from '../generators/requests.ts';
import { domainOf, mutatedRequestSchema } from '../generators/domains.ts';
import { explainDecision } from './harness/explainDecision.ts';
import type { SuiteProperty } from './harness/property.ts';

/** Every mutation of the well-formed control request — any field, any disguise — is denied. */
export const gateFailClosed: SuiteProperty<{ mutation: string; bytes: Uint8Array }> = {
  id: 'gate.fail-closed',
  sentence: 'Every mutation of the well-formed control request — any field, any disguise — is denied.',
  cost: 'pure',
  arbitrary: () => mutatedRequest,
  domain: domainOf(mutatedRequestSchema),
  explain: async ({ bytes }, { engine }) => explainDecision(engine, bytes),
  check: async ({ bytes }, { engine }) => {
    const decision = engine.decideRequest(bytes);
    return decision.decision === 'DENY' && decision.codes.length > 0;
  },
};
