import fc from 'fast-check';
import { forgedProofs } from '../../generators/proofs.ts';
import { describe, expect, it } from 'vitest';
import { VALIDATOR_CODES } from '../../src/codes.ts';
import { FORGERIES, forgedProof, genuineProof, runValidatorSelftest } from '../../src/validator/selftest.ts';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { parseStrictJson } from '../../src/json/strictJson.ts';

const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `sha256:${Buffer.from(b).toString('hex')}`);

describe('validateRollbackProof', () => {
  it('passes genuine proofs', () => {
    expect(validateRollbackProof(genuineProof())).toEqual({ verdict: 'PASS', codes: [], findings: [] });
  });

  it.each(Object.keys(FORGERIES) as (keyof typeof FORGERIES)[])('fails a proof forged for %s with exactly that code', (code) => {
    const result = validateRollbackProof(forgedProof(code));
    expect(result.verdict).toBe('FAIL');
    expect(result.codes).toEqual([code]);
  });

  it('has a forgery for every validator code but EVIDENCE_MISMATCH, which needs an evidence packet', () => {
    expect(Object.keys(FORGERIES).sort()).toEqual(VALIDATOR_CODES.filter((c) => c !== 'EVIDENCE_MISMATCH').sort());
  });

  it('reports every broken rule, not just the first', () => {
    const proof = genuineProof();
    const entry = proof.entries[0]!;
    entry.after_apply_hash = entry.before_hash;
    entry.production_rollback_status = 'DONE';
    entry.after_rollback_rows = {};
    expect([...validateRollbackProof(proof).codes].sort()).toEqual([
      'PRODUCTION_ROLLBACK_CLAIMED',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
      'ROW_COUNT_DIVERGED',
    ]);
  });

  it("compares the row counts of a table named __proto__ like any other (an attacker's review: they were dropped)", () => {
    const strict = (text: string) => {
      const parsed = parseStrictJson(Buffer.from(text), { maxBytes: 1024, maxDepth: 8 });
      if (!parsed.ok) throw new Error(parsed.detail);
      return parsed.value;
    };
    for (const parse of [JSON.parse, strict]) {
      const proof = genuineProof();
      const entry = proof.entries[0]!;
      entry.before_rows = parse('{"__proto__": 1, "t": 2}') as Record<string, number>;
      entry.after_rollback_rows = parse('{"__proto__": 999999, "t": 2}') as Record<string, number>;
      expect(validateRollbackProof(JSON.parse(JSON.stringify(proof))).codes).toEqual(['ROW_COUNT_DIVERGED']);
      expect(validateRollbackProof(proof).codes).toEqual(['ROW_COUNT_DIVERGED']);
      entry.after_rollback_rows = parse('{"__proto__": 1, "t": 2}') as Record<string, number>;
      expect(validateRollbackProof(proof).verdict).toBe('PASS');
    }
  });

  it('treats a non-clone or production target as a production rollback claim', () => {
    const production = genuineProof();
    production.target.is_production = true;
    expect(validateRollbackProof(production).codes).toEqual(['PRODUCTION_ROLLBACK_CLAIMED']);
    const notClone = genuineProof();
    notClone.target.kind = 'primary';
    expect(validateRollbackProof(notClone).codes).toEqual(['PRODUCTION_ROLLBACK_CLAIMED']);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'rollback-proof/v1'],
    ['a wrong format', { ...genuineProof(), format: 'rollback-proof/v2' }],
    [
      'restored_match as a string',
      (() => {
        const p = genuineProof();
        p.entries[0]!.restored_match = 'true';
        return p;
      })(),
    ],
    [
      'a negative row count',
      (() => {
        const p = genuineProof();
        p.entries[0]!.before_rows = { t: -1 };
        return p;
      })(),
    ],
    [
      'an unknown entry mode',
      (() => {
        const p = genuineProof();
        p.entries[0]!.mode = 'pray';
        return p;
      })(),
    ],
  ])('refuses %s as PROOF_MALFORMED', (_name, proof) => {
    expect(validateRollbackProof(proof).codes).toEqual(['PROOF_MALFORMED']);
  });

  it('never throws and never passes anything but a well-formed, consistent proof (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) => {
        expect(validateRollbackProof(value).verdict).toBe('FAIL');
      }),
      { numRuns: 300 },
    );
  });

  it('passes every genuine proof, whatever its hashes, ids and row counts (property)', () => {
    const entry = fc
      .record({
        before: hash,
        applied: hash,
        id: fc.string({ minLength: 1 }),
        mode: fc.constantFrom('txn', 'snapshot'),
        rows: fc.dictionary(fc.string(), fc.nat()),
      })
      .filter((e) => e.before !== e.applied);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 5, selector: (e) => e.id }), (entries) => {
        const proof = {
          format: 'rollback-proof/v1',
          target: { kind: 'clone', is_production: false },
          entries: entries.map((e) => ({
            id: e.id,
            mode: e.mode,
            before_hash: e.before,
            after_apply_hash: e.applied,
            after_rollback_hash: e.before,
            expected_hash: e.before,
            before_rows: e.rows,
            after_rollback_rows: { ...e.rows },
            restored_match: true,
            production_rollback_status: 'NOT_APPLICABLE',
          })),
        };
        expect(validateRollbackProof(proof).codes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never repeats input values in its messages', () => {
    const proof = genuineProof();
    proof.entries[0]!.id = 'SECRET-ENTRY-NAME';
    proof.entries[1]!.id = 'SECRET-ENTRY-NAME';
    proof.entries[0]!.production_rollback_status = 'SECRET-STATUS';
    const text = JSON.stringify(validateRollbackProof(proof));
    expect(text).not.toContain('SECRET');
  });
});

describe('validator selftest', () => {
  it('passes: genuine proofs clean, each forgery caught with exactly its code', () => {
    const cases = runValidatorSelftest();
    expect(cases.length).toBe(2 + Object.keys(FORGERIES).length);
    expect(cases.filter((c) => !c.ok)).toEqual([]);
    // What `rehearse validate --selftest` prints: one named line per case.
    expect(cases.map((c) => c.name)).toEqual([
      'genuine proof (txn and snapshot entries)',
      'genuine proof (one snapshot entry)',
      ...Object.keys(FORGERIES).map((code) => `forged: ${code}`),
    ]);
    for (const c of cases.slice(2)) expect(c.expected).toEqual([c.name.slice('forged: '.length)]);
  });
});

describe('every finding says why', () => {
  it('each code has a finding whose message has content', () => {
    fc.assert(
      fc.property(forgedProofs, ({ proof }) => {
        const result = validateRollbackProof(proof);
        expect(result.verdict).toBe('FAIL');
        expect(new Set(result.findings.map((f) => f.code))).toEqual(new Set(result.codes));
        for (const finding of result.findings) expect(finding.message).toMatch(/\p{L}{3}.*\s.*\p{L}{3}/u);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
