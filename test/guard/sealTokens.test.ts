import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFUSABLES, containsSealToken, redactSealTokens } from '../../src/guard/sealTokens.ts';
import { tokenVariants } from '../support/tokenVariants.ts';

describe('seal-like token detector', () => {
  it.each([
    // Spaces count as `_`, so ordinary prose can be seal-like too: "a pass" reads as A_PASS.
    'a pass through the table',
    ...tokenVariants(),
    ...tokenVariants('REAL_RUN', 'AUTHORIZED'),
    ...tokenVariants('CUTOVER', 'GRANTED'),
    'ok then PRODUCTION_PASS.',
    '"x":"deploy-granted"',
  ])('detects %j', (text) => {
    expect(containsSealToken(text)).toBe(true);
  });

  it.each([
    'PASS',
    'FAIL',
    'ALLOW',
    'DENY',
    'REHEARSAL_ROLLBACK_READY',
    'REHEARSAL_BLOCKED',
    'HOLD_PRODUCTION',
    'selftest: PASS (13 cases)',
    'verdict: PASS (no codes)',
    'bypass',
    'the selftest passes',
    'production_password',
    'PASSED',
    'authorized',
    'GRANTED',
    '_PASS',
    'granted_by',
  ])('leaves %j alone', (text) => {
    expect(containsSealToken(text)).toBe(false);
  });
});

describe('seal-like token redactor', () => {
  it('never lets a token through, wherever it is planted (property)', () => {
    const variant = fc.constantFrom(...tokenVariants(), ...tokenVariants('APPLY', 'GRANTED'));
    fc.assert(
      fc.property(fc.string(), variant, fc.string(), (before, token, after) => {
        const redacted = redactSealTokens(`${before}${token}${after}`);
        expect(containsSealToken(redacted)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('changes nothing in text without a token (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!containsSealToken(text));
        expect(redactSealTokens(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every line of a text, redacting only the segment (up to punctuation) that carries a token', () => {
    // Spaces join words (the detector reads "APPLY PASS" as a token), so a segment runs to punctuation.
    expect(redactSealTokens('line one\nthe verdict is APPLY_PASS, done\nline three')).toBe('line one\n[redacted], done\nline three');
    expect(redactSealTokens('a\n\nb: APPLY_GRANTED')).toBe('a\n\nb:[redacted]');
  });

  it('redacts only the part that carries the token', () => {
    expect(redactSealTokens('reason: "PRODUCTION_PASS", lane ok')).toBe('reason: "[redacted]", lane ok');
  });
});

describe('every look-alike letter the detector folds', () => {
  // Each confusable whose Latin letter occurs in a seal word, put in that word's place: still a token.
  const words = ['PASS', 'AUTHORIZED', 'GRANTED'];
  const cases = Object.entries(CONFUSABLES).flatMap(([glyph, latin]) => {
    const word = words.find((w) => w.toLowerCase().includes(latin));
    return word ? [[glyph, latin, `RUN_${word.toLowerCase().replace(latin, glyph)}`] as const] : [];
  });

  it('covers a look-alike for every letter of the seal words', () => {
    const covered = new Set(cases.map(([, latin]) => latin));
    for (const letter of new Set('passauthorizedgranted')) expect(covered, letter).toContain(letter);
  });

  it.each(cases)('%s (for %s) is folded: %s is a seal-like token', (_glyph, _latin, text) => {
    expect(containsSealToken(text)).toBe(true);
    expect(redactSealTokens(text)).toBe('[redacted]');
  });
});
