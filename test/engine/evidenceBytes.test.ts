import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { treeListing, writeEvidencePacket } from '../../src/evidence/evidencePacket.ts';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { describeEachTarget } from '../support/targets.ts';
import { loadExample } from '../support/examples.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-packet-bytes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Every example plan: READY, and each way a rehearsal is BLOCKED. */
const EXAMPLES = readdirSync('examples', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('examples', d.name, 'plan.json')))
  .map((d) => d.name)
  .sort();
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

/** Every file of a packet, by name, as text. */
const packetFiles = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

// SQLite: the one target whose captured bytes (schema text, hashes) do not depend on a server version.
describeEachTarget(
  'evidence packet, byte for byte',
  (target) => {
    it.each(EXAMPLES)('%s: every file as reviewed', async (example) => {
      const plan = loadExample(example);
      const result = await runRehearsal(plan, target(), quiet);
      const dir = join(work, example);
      const { treeHash } = writeEvidencePacket(dir, plan, result);
      const files = packetFiles(dir);
      // Where the clone and the plan lived is normalized out of every file, never written.
      for (const [name, text] of Object.entries(files)) {
        if (result.cloneLocation) expect(text, name).not.toContain(result.cloneLocation);
        expect(text, name).not.toContain(dirname(plan.planFile));
      }
      expect(readdirSync(dir).sort()).toEqual(Object.keys(files));
      expect(files['packet_tree.sha256']).toBe(treeListing(dir));
      expect({ treeHash, files }).toMatchSnapshot();
    });

    it('covers every example there is', () => {
      expect(EXAMPLES).toContain('ready');
      expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    });
  },
  ['sqlite'],
);
