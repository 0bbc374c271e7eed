import { beforeAll, describe, it } from 'vitest';
import { boundaryDisguisedWritesRefused } from '../../properties/boundaryDisguisedWritesRefused.ts';
import { boundaryServerGrammar } from '../../properties/boundaryServerGrammar.ts';
import { gateControlAllowed } from '../../properties/gateControlAllowed.ts';
import { gateFailClosed } from '../../properties/gateFailClosed.ts';
import { outputNoSealToken } from '../../properties/outputNoSealToken.ts';
import { validatorAcceptsGenuineProofs } from '../../properties/validatorAcceptsGenuineProofs.ts';
import { validatorRejectsForgedProofs } from '../../properties/validatorRejectsForgedProofs.ts';
import { REAL_PARTS, resolveTarget, runRehearsal } from '../../src/index.ts';
import { loadExample } from '../support/examples.ts';
import { expectPropertyHolds, PROPERTY_TIMEOUT } from '../support/properties.ts';

/** Properties of pure functions: no database, so they run once rather than once per target. */
describe('pure properties', () => {
  const realProofs: unknown[] = [];
  beforeAll(async () => {
    // Genuine proofs taken from real rehearsals, beside the synthesized ones.
    const target = resolveTarget('sqlite::memory:');
    const result = await runRehearsal(loadExample('ready'), target, { parts: REAL_PARTS, progress: () => {}, onClone: () => {} });
    realProofs.push(result.proof);
  });

  it('gate.fail-closed', () => expectPropertyHolds(gateFailClosed), PROPERTY_TIMEOUT);
  it('gate.control-allowed', () => expectPropertyHolds(gateControlAllowed), PROPERTY_TIMEOUT);
  it('validator.rejects-forged-proofs', () => expectPropertyHolds(validatorRejectsForgedProofs), PROPERTY_TIMEOUT);
  it('validator.accepts-genuine-proofs', () => expectPropertyHolds(validatorAcceptsGenuineProofs(realProofs)), PROPERTY_TIMEOUT);
  it('boundary.disguised-writes-refused', () => expectPropertyHolds(boundaryDisguisedWritesRefused), PROPERTY_TIMEOUT);
  it('output.no-seal-token', () => expectPropertyHolds(outputNoSealToken), PROPERTY_TIMEOUT);
  it('boundary.server-grammar', () => expectPropertyHolds(boundaryServerGrammar), PROPERTY_TIMEOUT);
});

describe('properties have teeth', () => {
  it('a gate that compares lane case-insensitively fails gate.fail-closed, with the seed and path to reproduce it', async () => {
    const { checkProperty } = await import('../../properties/harness/property.ts');
    const { realEngine } = await import('../../properties/harness/engineApi.ts');
    const { PROFILE } = await import('../support/properties.ts');
    const lenient = {
      ...realEngine,
      decideRequest: (bytes: Uint8Array) =>
        realEngine.decideRequest(
          Buffer.from(
            Buffer.from(bytes)
              .toString('utf8')
              .replace(/"lane": *"rehearsal_only"/i, '"lane": "REHEARSAL_ONLY"'),
          ),
        ),
    };
    const outcome = await checkProperty(
      gateFailClosed,
      { engine: lenient, target: null },
      { ...PROFILE, runs: { ...PROFILE.runs, pure: 2000 } },
    );
    const { expect } = await import('vitest');
    expect(outcome.failed).toBe(true);
    expect(outcome.report).toMatch(/seed: -?\d+, path: "[\d:]+"/);
  });
});
