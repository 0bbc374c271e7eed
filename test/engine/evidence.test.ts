import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeEvidencePacket } from '../../src/evidence/evidencePacket.ts';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { checkEvidence } from '../../src/evidence/checkEvidence.ts';
import { validateRollbackProof } from '../../src/validator/validateRollbackProof.ts';
import { describeEachTarget } from '../support/targets.ts';
import { loadExample } from '../support/examples.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-packet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

describeEachTarget('evidence packet', (target, name) => {
  it('is reproducible: the same plan twice gives the same tree hash', async () => {
    const plan = loadExample('ready');
    const a = writeEvidencePacket(join(work, `${name}-a`), plan, await runRehearsal(plan, target(), quiet));
    const b = writeEvidencePacket(join(work, `${name}-b`), plan, await runRehearsal(plan, target(), quiet));
    expect(a.treeHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.treeHash).toBe(a.treeHash);
  });

  it('does not depend on the order a capture listed its tables, schema objects and sequences in', async () => {
    const plan = loadExample('ready');
    const result = await runRehearsal(plan, target(), quiet);
    const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = structuredClone(result);
    for (const f of Object.values(shuffled.fingerprints) as unknown as Record<string, Record<string, unknown>>[]) {
      for (const part of ['tables', 'schema_objects', 'sequences']) f[part] = reversed(f[part]!);
    }
    expect(JSON.stringify(shuffled.fingerprints)).not.toBe(JSON.stringify(result.fingerprints));
    const a = writeEvidencePacket(join(work, `${name}-order-a`), plan, result);
    const b = writeEvidencePacket(join(work, `${name}-order-b`), plan, shuffled);
    expect(b.treeHash).toBe(a.treeHash);
  });

  it('backs its proof, and a packet edited by hand is caught', async () => {
    const plan = loadExample('ready');
    const dir = join(work, `${name}-edit`);
    writeEvidencePacket(dir, plan, await runRehearsal(plan, target(), quiet));
    const proof = JSON.parse(readFileSync(join(dir, 'rollback-proof.json'), 'utf8'));
    expect(validateRollbackProof(proof).verdict).toBe('PASS');
    expect(checkEvidence(proof, dir)).toEqual([]);

    // A forged row count in the proof, consistent with itself, is not what was captured.
    const forged = structuredClone(proof);
    forged.entries[0].before_rows = Object.fromEntries(Object.keys(forged.entries[0].before_rows).map((k) => [k, 1]));
    forged.entries[0].after_rollback_rows = forged.entries[0].before_rows;
    expect(validateRollbackProof(forged).verdict).toBe('PASS');
    expect(checkEvidence(forged, dir).map((f) => f.code)).toContain('EVIDENCE_MISMATCH');

    // An edited capture file breaks the tree and its own hashes.
    const file = join(dir, 'fingerprints.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"rows": 4/, '"rows": 40'));
    const findings = checkEvidence(proof, dir);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/changed after it was written: fingerprints\.json/);
  });
});
