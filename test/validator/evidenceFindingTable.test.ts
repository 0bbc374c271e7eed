/**
 * `checkEvidence`'s exact findings for a real packet (a READY rehearsal on SQLite, both modes)
 * tampered with one way per row. Where a row aims past the packet-tree check, the tree is sealed
 * again after the edit, as a forger would. Pinned in `__snapshots__/evidenceFindingTable.test.ts.snap`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  FINGERPRINTS_FILE,
  PROOF_FILE,
  RESTORE_FILE,
  TREE_FILE,
  treeListing,
  writeEvidencePacket,
} from '../../src/evidence/evidencePacket.ts';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { resolveTarget } from '../../src/index.ts';
import { checkEvidence } from '../../src/evidence/checkEvidence.ts';
import { loadExample } from '../support/examples.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-evidence-table-'));
const packet = join(work, 'packet');
let proof: Record<string, any>;
beforeAll(async () => {
  const plan = loadExample('ready');
  const target = resolveTarget('sqlite::memory:');
  writeEvidencePacket(packet, plan, await runRehearsal(plan, target, { parts: REAL_PARTS, progress: () => {}, onClone: () => {} }));
  proof = JSON.parse(readFileSync(join(packet, 'rollback-proof.json'), 'utf8'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Tamper = (dir: string, proof: Record<string, any>) => void;
const seal = (dir: string) => writeFileSync(join(dir, TREE_FILE), treeListing(dir));
const editFingerprints =
  (change: (doc: Record<string, any>) => void, sealed = true): Tamper =>
  (dir) => {
    const file = join(dir, FINGERPRINTS_FILE);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    change(doc);
    writeFileSync(file, JSON.stringify(doc));
    if (sealed) seal(dir);
  };
const firstTable = (fp: Record<string, any>) => fp.tables[Object.keys(fp.tables)[0]!];
/** The proof edited, written into the packet and the tree sealed again, as a forger would. */
const forgeProof =
  (change: (proof: Record<string, any>) => void): Tamper =>
  (dir, p) => {
    change(p);
    writeFileSync(join(dir, PROOF_FILE), `${JSON.stringify(p, null, 2)}\n`);
    seal(dir);
  };

const TABLE: [string, Tamper][] = [
  ['untouched', () => {}],
  ['no packet tree', (dir) => unlinkSync(join(dir, TREE_FILE))],
  ['a file edited after writing', (dir) => writeFileSync(join(dir, 'summary.md'), 'edited\n')],
  ['a file removed', (dir) => unlinkSync(join(dir, 'summary.md'))],
  [
    'two files edited',
    (dir) => {
      writeFileSync(join(dir, 'summary.md'), 'edited\n');
      writeFileSync(join(dir, 'rollback-proof.json'), '{}\n');
    },
  ],
  [
    'a capture edited, tree not sealed again',
    editFingerprints((d) => {
      firstTable(d.fingerprints.before).rows += 1;
    }, false),
  ],
  [
    'fingerprints file missing',
    (dir) => {
      unlinkSync(join(dir, FINGERPRINTS_FILE));
      seal(dir);
    },
  ],
  [
    'fingerprints file not JSON',
    (dir) => {
      writeFileSync(join(dir, FINGERPRINTS_FILE), '{');
      seal(dir);
    },
  ],
  [
    'fingerprints file a list',
    (dir) => {
      writeFileSync(join(dir, FINGERPRINTS_FILE), '[]');
      seal(dir);
    },
  ],
  [
    'fingerprints not an object',
    editFingerprints((d) => {
      d.fingerprints = [1];
    }),
  ],
  [
    'a capture that is not a fingerprint',
    editFingerprints((d) => {
      d.fingerprints.final = 5;
    }),
  ],
  [
    'a capture whose content no longer gives its hash',
    editFingerprints((d) => {
      firstTable(d.fingerprints.final).rows += 1;
    }),
  ],
  [
    'a capture whose schema no longer gives its hash',
    editFingerprints((d) => {
      d.fingerprints.final.schema_objects = {};
    }),
  ],
  [
    'a capture with its hashes recomputed from edited content',
    editFingerprints((d) => {
      // Consistent in itself, but the proof's hash is no longer the captured one.
      d.fingerprints.txn_after_apply.top_hash = d.fingerprints.before.top_hash;
      d.fingerprints.txn_after_apply = structuredClone(d.fingerprints.before);
    }),
  ],
  [
    'no before capture',
    editFingerprints((d) => {
      delete d.fingerprints.before;
    }),
  ],
  [
    'no capture for the snapshot mode',
    editFingerprints((d) => {
      delete d.fingerprints.snapshot_after_commit;
      delete d.fingerprints.snapshot_after_restore;
    }),
  ],
  [
    'the restore script edited, tree sealed again',
    (dir) => {
      writeFileSync(join(dir, RESTORE_FILE), `${readFileSync(join(dir, RESTORE_FILE), 'utf8')}-- edited\n`);
      seal(dir);
    },
  ],
  [
    'the restore script removed, tree sealed again',
    (dir) => {
      unlinkSync(join(dir, RESTORE_FILE));
      seal(dir);
    },
  ],
  [
    'no capture for the restore script',
    editFingerprints((d) => {
      delete d.fingerprints.restore_script_after_commit;
    }),
  ],
  [
    'only the after-rollback capture of txn missing',
    editFingerprints((d) => {
      delete d.fingerprints.txn_after_rollback;
    }),
  ],
  [
    'a proof hash that is not the captured one',
    forgeProof((p) => {
      p.entries[0].after_apply_hash = `sha256:${'f'.repeat(64)}`;
    }),
  ],
  [
    'proof before_rows not the captured counts',
    forgeProof((p) => {
      for (const k of Object.keys(p.entries[0].before_rows)) p.entries[0].before_rows[k] += 1;
    }),
  ],
  [
    'proof after_rollback_rows not the captured counts',
    forgeProof((p) => {
      p.entries[1].after_rollback_rows = {};
    }),
  ],
  [
    'a proof entry that is not an object',
    forgeProof((p) => {
      p.entries[1] = 'RB-CLONE-SNAPSHOT';
    }),
  ],
  [
    'a proof entry of an unknown mode',
    forgeProof((p) => {
      p.entries[0].mode = 'dump';
    }),
  ],
  [
    'a proof without entries',
    forgeProof((p) => {
      delete p.entries;
    }),
  ],
  [
    "a proof that is not the packet's own: an entry left out (an attacker's review)",
    (_dir, p) => {
      p.entries.pop();
    },
  ],
  ['a directory in the packet', (dir) => mkdirSync(join(dir, 'more'))],
  [
    'a pipe in the packet, which a read would wait on',
    (dir) => {
      spawnSync('mkfifo', [join(dir, 'pipe')]);
    },
  ],
  [
    'the packet tree a directory',
    (dir) => {
      unlinkSync(join(dir, TREE_FILE));
      mkdirSync(join(dir, TREE_FILE));
    },
  ],
  [
    'a proof entry of mode constructor',
    forgeProof((p) => {
      p.entries[0].mode = 'constructor';
    }),
  ],
  [
    'a capture whose table is null',
    editFingerprints((d) => {
      d.fingerprints.before.tables.zz = null;
    }),
  ],
  [
    'a proof that is not an object',
    (_dir, p) => {
      for (const k of Object.keys(p)) delete p[k];
    },
  ],
];

it.each(TABLE)('%s', (name, tamper) => {
  const dir = join(work, name.replace(/\W+/g, '-'));
  cpSync(packet, dir, { recursive: true });
  const p = structuredClone(proof);
  tamper(dir, p);
  const findings = checkEvidence(Object.keys(p).length === 0 ? 'not a proof' : p, dir).map((f) => ({
    ...f,
    message: f.message.replaceAll(dir, '<packet>'),
  }));
  if (name === 'untouched') expect(findings).toEqual([]);
  expect(findings).toMatchSnapshot();
});

it('reads a packet reached through a link to its directory (only what is inside must be regular files)', () => {
  const link = join(work, 'linked-packet');
  symlinkSync(packet, link);
  expect(checkEvidence(proof, link)).toEqual([]);
  expect(checkEvidence(proof, join(work, 'no-such-packet'))).toEqual([
    { code: 'EVIDENCE_MISMATCH', message: `${join(work, 'no-such-packet')} is not a directory: not an evidence packet` },
  ]);
});
