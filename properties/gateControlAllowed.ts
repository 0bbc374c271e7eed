import { controlLayouts } from '../generators/requests.ts';
import { domainOf, controlLayoutSchema } from '../generators/domains.ts';
import { explainDecision } from './harness/explainDecision.ts';
import type { SuiteProperty } from './harness/property.ts';

/** The well-formed control request is allowed however its JSON is laid out. */
export const gateControlAllowed: SuiteProperty<Uint8Array> = {
  id: 'gate.control-allowed',
  sentence: 'The well-formed control request is allowed however its JSON is laid out.',
  cost: 'pure',
  arbitrary: () => controlLayouts,
  domain: domainOf(controlLayoutSchema),
  explain: async (bytes, { engine }) => explainDecision(engine, bytes),
  check: async (bytes, { engine }) => {
    const decision = engine.decideRequest(bytes);
    return decision.decision === 'ALLOW' && decision.codes.length === 0;
  },
};
