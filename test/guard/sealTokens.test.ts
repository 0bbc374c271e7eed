import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsSealToken, redactSealTokens } from '../../src/guard/sealTokens.ts';
import { tokenVariants } from '../support/tokenVariants.ts';

describe('seal-like token detector', () => {
  it.each([
    // Spaces count as `_`, so ordinary prose can be seal-like too: "a pass" reads as A_PASS.
    'a pass through the table',
    ...tokenVariants(), ...tokenVariants('REAL_RUN', 'AUTHORIZED'), ...tokenVariants('CUTOVER', 'GRANTED'),
    'ok then PRODUCTION_PASS.', '"x":"deploy-granted"',
  ])('detects %j', (text) => {
    expect(containsSealToken(text)).toBe(true);
  });

  it.each([
    'PASS', 'FAIL', 'ALLOW', 'DENY', 'REHEARSAL_ROLLBACK_READY', 'REHEARSAL_BLOCKED', 'HOLD_PRODUCTION',
    'selftest: PASS (13 cases)', 'verdict: PASS (no codes)', 'bypass', 'the selftest passes', 'production_password',
    'PASSED', 'authorized', 'GRANTED', '_PASS', 'granted_by',
  ])('leaves %j alone', (text) => {
    expect(containsSealToken(text)).toBe(false);
  });
});

describe('seal-like token redactor', () => {
  it('never lets a token through, wherever it is planted (property)', () => {
    const variant = fc.constantFrom(...tokenVariants(), ...tokenVariants('APPLY', 'GRANTED'));
    fc.assert(fc.property(fc.string(), variant, fc.string(), (before, token, after) => {
      const redacted = redactSealTokens(`${before}${token}${after}`);
      expect(containsSealToken(redacted)).toBe(false);
    }), { numRuns: 1000 });
  });

  it('changes nothing in text without a token (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      fc.pre(!containsSealToken(text));
      expect(redactSealTokens(text)).toBe(text);
    }), { numRuns: 500 });
  });

  it('redacts only the part that carries the token', () => {
    expect(redactSealTokens('reason: "PRODUCTION_PASS", lane ok')).toBe('reason: "[redacted]", lane ok');
  });
});
