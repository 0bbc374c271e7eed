import { existsSync } from 'node:fs';
import { parseStrictJson } from '../../src/json/strictJson.ts';
import { runValidatorSelftest } from '../../src/validator/selftest.ts';
import { checkEvidence } from '../../src/evidence/checkEvidence.ts';
import { validateRollbackProof, type Finding } from '../../src/validator/validateRollbackProof.ts';
import type { ValidatorCode } from '../../src/codes.ts';
import { UsageError, type Output } from '../output.ts';
import { readLimited } from '../readLimited.ts';

const PROOF_LIMITS = { maxBytes: 16 * 1024 * 1024, maxDepth: 64 };

/** `rehearse validate PROOF`: prints the codes found; exit 0 clean, 1 codes found. */
export async function validateCommand(output: Output, source: string, json: boolean, evidence: string | null): Promise<number> {
  const read = await readLimited(source, PROOF_LIMITS.maxBytes);
  if (!read.ok) throw new UsageError(read.reason);
  const parsed = read.truncated
    ? { ok: false as const, detail: `more than ${PROOF_LIMITS.maxBytes} bytes` }
    : parseStrictJson(read.bytes, PROOF_LIMITS);
  if (evidence !== null && !existsSync(evidence)) throw new UsageError(`--evidence ${evidence}: no such directory`);
  const findings: Finding[] = parsed.ok
    ? [...validateRollbackProof(parsed.value).findings, ...(evidence === null ? [] : checkEvidence(parsed.value, evidence))]
    : [{ code: 'PROOF_MALFORMED', message: `${source} is ${parsed.detail}` }];
  const codes: ValidatorCode[] = [...new Set(findings.map((f) => f.code))];
  const result = { verdict: codes.length === 0 ? 'PASS' : 'FAIL', codes, findings };
  if (json) {
    output.out(JSON.stringify({ format: 'validation-result/v1', ...result }, null, 2));
  } else {
    for (const f of result.findings) output.out(`${f.code.padEnd(30)} ${f.message}`);
    output.out(
      result.verdict === 'PASS'
        ? 'verdict: PASS (no codes)'
        : `verdict: FAIL (${result.codes.length} code${result.codes.length === 1 ? '' : 's'}: ${result.codes.join(', ')})`,
    );
  }
  return result.verdict === 'PASS' ? 0 : 1;
}

/** `rehearse validate --selftest`: genuine proofs pass and each forgery fails with exactly its code. */
export function validateSelftest(output: Output): number {
  const cases = runValidatorSelftest();
  for (const c of cases) {
    const got = c.actual.length === 0 ? 'no codes' : c.actual.join(', ');
    output.out(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(42)} -> ${got}`);
  }
  const failed = cases.filter((c) => !c.ok).length;
  output.out(failed === 0 ? `selftest: PASS (${cases.length} cases)` : `selftest: FAIL (${failed} of ${cases.length} cases wrong)`);
  return failed === 0 ? 0 : 1;
}
