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

describe("what an attacker's review (stop 40) got through", () => {
  // Format characters and characters Unicode ignores in display: invisible, so `APP_P\u{E0041}ASS` shows as APP_PASS.
  const INVISIBLES = [
    0xe0041, 0xe0001, 0xe0100, 0xe01ef, 0xfff0, 0xfffb, 0x1d173, 0x1bca0, 0x13430, 0x0600, 0x06dd, 0x070f, 0x0890, 0x08e2, 0x110bd, 0x110cd,
  ];
  it.each(INVISIBLES.map((c) => [c.toString(16), String.fromCodePoint(c)]))('detects and redacts a token with U+%s inside', (_hex, c) => {
    for (const text of [`APP_P${c}ASS`, `DEPLOY${c}_AUTHORIZED`, `x_GRAN${c}TED`]) {
      expect(containsSealToken(text)).toBe(true);
      expect(containsSealToken(redactSealTokens(`table ${text} (2 rows)`))).toBe(false);
    }
  });

  it.each([
    'APP\u2017PASS',
    'APP\u02cdPASS',
    'APP\u0332PASS',
    'APP\u0331PASS',
    'APP_ᴘᴀꜱꜱ',
    'DEPLOY_ᴀᴜᴛʜᴏʀɪᴢᴇᴅ',
    'APP_PAŚS',
    'APP_PA\u0301SS',
    'x·PASS',
    'APP\u203fGRANTED',
    'APP\uff3fPASS',
  ])('detects and redacts the look-alike %j', (text) => {
    expect(containsSealToken(text)).toBe(true);
    expect(containsSealToken(redactSealTokens(`the table ${text} (2 rows)`))).toBe(false);
  });

  it("redacts a token running from one line into the next: the second line's first word goes", () => {
    const text = 'RX-3 transactional rollback | BLOCKED | DELTA_MISMATCH\n     pass: expected +2 rows, the change made +3';
    expect(containsSealToken(text)).toBe(true);
    const redacted = redactSealTokens(text);
    expect(containsSealToken(redacted)).toBe(false);
    expect(redacted).toBe('RX-3 transactional rollback | BLOCKED | DELTA_MISMATCH\n     [redacted]: expected +2 rows, the change made +3');
    // Across blank lines too, and given what the stream printed before.
    expect(containsSealToken(redactSealTokens('CUTOVER\n\n  \nauthorized by nobody'))).toBe(false);
    const before = 'status: DELTA_MISMATCH\n';
    const next = redactSealTokens('authorized: 2 rows\n', before);
    expect(containsSealToken(`${before}${next}`)).toBe(false);
    expect(next).toBe('[redacted]: 2 rows\n');
  });

  it('never lets a token through across lines, wherever the break falls (property)', () => {
    const variant = fc.constantFrom(...tokenVariants(), ...tokenVariants('DEPLOY', 'AUTHORIZED'));
    fc.assert(
      fc.property(fc.string(), variant, fc.nat(), fc.string(), (head, token, at, tail) => {
        const cut = at % (token.length + 1);
        const text = `${head}${token.slice(0, cut)}\n${token.slice(cut)}${tail}`;
        expect(containsSealToken(redactSealTokens(text))).toBe(false);
        const [first, ...rest] = text.split('\n');
        const printed = redactSealTokens(`${first}\n`);
        expect(containsSealToken(`${printed}${redactSealTokens(rest.join('\n'), printed)}`)).toBe(false);
      }),
      { numRuns: 1000 },
    );
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
