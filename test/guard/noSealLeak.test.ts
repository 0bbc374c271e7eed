/**
 * No output path emits a seal-like token, even when every field of the input carries one
 * (docs/formats.md, seal-like tokens): gate decisions, validator messages, CLI stdout and stderr, error messages, files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { decideRequest } from '../../src/gate/decideRequest.ts';
import { PROBES, probeBytes } from '../../src/gate/probeSet.ts';
import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import { containsSealToken } from '../../src/guard/sealTokens.ts';
import { genuineProof } from '../../src/validator/selftest.ts';
import { parsePlan, REAL_PARTS, resolveTarget, runRehearsal } from '../../src/index.ts';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { tokenVariants } from '../support/tokenVariants.ts';

const VARIANTS = [...tokenVariants(), ...tokenVariants('REAL_RUN', 'AUTHORIZED'), ...tokenVariants('CUTOVER', 'GRANTED')];
const variant = fc.constantFrom(...VARIANTS);

/** Replaces every string and every key of a JSON value with a token (the whole request is tainted). */
function taintEverything(value: unknown, token: string): unknown {
  if (typeof value === 'string') return token;
  if (Array.isArray(value)) return value.map((v) => taintEverything(v, token));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v], i) => [
        [k, taintEverything(v, token)],
        [`${token}${i}`, token],
      ]),
    );
  }
  return value;
}

/** Plants a token in one string field (by path) of the control. */
function plantAt(token: string, path: (string | number)[]): unknown {
  const request = JSON.parse(Buffer.from(probeBytes(PROBES[0]!)).toString('utf8'));
  let holder = request;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path[path.length - 1]!] = token;
  return request;
}

const STRING_FIELDS: (string | number)[][] = [
  ['format'],
  ['lane'],
  ['target', 'kind'],
  ['actions', 0],
  ['claimed_status'],
  ['rollback_proof', 'format'],
  ['rollback_proof', 'entries', 0, 'id'],
  ['rollback_proof', 'entries', 0, 'mode'],
  ['rollback_proof', 'entries', 0, 'before_hash'],
  ['rollback_proof', 'entries', 0, 'production_rollback_status'],
  ['rollback_proof', 'target', 'kind'],
];

const workDir = mkdtempSync(join(tmpdir(), 'rehearse-leak-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<string> {
  const output = memoryOutput();
  await main(args, output);
  return [...output.stdout, ...output.stderr].join('');
}

describe('no seal-like token leaves any output path', () => {
  it('gate decisions, with a token in any one field', () => {
    fc.assert(
      fc.property(variant, fc.constantFrom(...STRING_FIELDS), (token, path) => {
        const decision = decideRequest(Buffer.from(JSON.stringify(plantAt(token, path))));
        expect(decision.decision).toBe('DENY');
        expect(containsSealToken(JSON.stringify(decision))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gate decisions, with a token in every field and key at once', () => {
    for (const token of VARIANTS) {
      const tainted = taintEverything(JSON.parse(Buffer.from(probeBytes(PROBES[0]!)).toString('utf8')), token);
      const decision = decideRequest(Buffer.from(JSON.stringify(tainted)));
      expect(decision.decision).toBe('DENY');
      expect(containsSealToken(JSON.stringify(decision))).toBe(false);
    }
  });

  it('validator findings, with tokens in every field of the proof', () => {
    for (const token of VARIANTS) {
      const proof = taintEverything(genuineProof(), token);
      const result = validateRollbackProof(proof);
      expect(result.verdict).toBe('FAIL');
      expect(containsSealToken(JSON.stringify(result))).toBe(false);
      const ids = genuineProof();
      ids.entries[0]!.id = token;
      ids.entries[1]!.id = token;
      ids.entries[0]!.before_rows = { [token]: 1 };
      expect(containsSealToken(JSON.stringify(validateRollbackProof(ids)))).toBe(false);
    }
  });

  it('CLI stdout and stderr: gate and validate on tainted files, and on file names that carry tokens', async () => {
    for (const token of VARIANTS.slice(0, 6)) {
      const request = join(workDir, 'request.json');
      writeFileSync(request, JSON.stringify(taintEverything(JSON.parse(Buffer.from(probeBytes(PROBES[0]!)).toString('utf8')), token)));
      const proof = join(workDir, 'proof.json');
      writeFileSync(proof, JSON.stringify(taintEverything(genuineProof(), token)));
      const outputs = [
        await cli('gate', request),
        await cli('validate', proof),
        await cli('validate', '--json', proof),
        await cli('gate', join(workDir, `${token}.json`)),
        await cli('validate', join(workDir, `${token}.json`)),
        await cli('gate', request, token),
      ];
      for (const text of outputs) {
        expect(text.length).toBeGreaterThan(0);
        expect(containsSealToken(text)).toBe(false);
      }
    }
  });

  it('CLI error messages that would echo an input', async () => {
    for (const token of VARIANTS.slice(0, 6)) {
      for (const text of [
        await cli('bench', 'capture', '--targets', token),
        await cli('bench', token),
        await cli(token),
        await cli('bench', 'capture', '--rows', token),
      ]) {
        expect(text).toMatch(/rehearse|error/);
        expect(containsSealToken(text)).toBe(false);
      }
    }
  });

  it('files written through the guard (reports, fixtures, packets, results)', () => {
    const file = join(workDir, 'out.json');
    for (const token of VARIANTS) {
      writeGuardedFile(file, JSON.stringify({ note: token, nested: [`x ${token} y`] }));
      expect(containsSealToken(readFileSync(file, 'utf8'))).toBe(false);
    }
  });

  it('rehearsals: the result, the CLI output and the evidence packet of a plan full of tokens', async () => {
    for (const token of VARIANTS.slice(0, 4)) {
      const dir = join(workDir, `rehearsal ${token}`);
      mkdirSync(dir, { recursive: true });
      const before = `CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, '${token}');`;
      // A comment, a value, and a failing statement whose database error quotes the token.
      const apply = `-- ${token}\nINSERT INTO t VALUES (2, '${token}');\nINSERT INTO "${token}" VALUES (1);\n`;
      writeFileSync(join(dir, 'before.sql'), before);
      writeFileSync(join(dir, `${token}.sql`), apply);
      const plan = {
        format: 'rehearsal-plan/v1',
        target: 'sqlite::memory:',
        clone_from: { sql: 'before.sql' },
        apply: { file: `${token}.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
      };
      writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
      const out = join(dir, 'packet');
      const text = await cli('run', join(dir, 'plan.json'), '--out', out);
      expect(text).toMatch(/status: REHEARSAL_BLOCKED/);
      expect(containsSealToken(text)).toBe(false);
      for (const name of readdirSync(out)) expect(containsSealToken(readFileSync(join(out, name), 'utf8'))).toBe(false);
      const result = await runRehearsal(
        parsePlan(join(dir, 'plan.json'), readFileSync(join(dir, 'plan.json'))),
        resolveTarget('sqlite::memory:'),
        { parts: REAL_PARTS, progress: () => {}, onClone: () => {} },
      );
      expect(containsSealToken(JSON.stringify(result.steps))).toBe(false);
    }
  });
});
