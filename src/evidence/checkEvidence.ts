/**
 * `rehearse validate PROOF --evidence DIR`: recomputes what it can from the packet and fails
 * EVIDENCE_MISMATCH on any claim it cannot reproduce — a file that no longer matches the packet
 * tree, a fingerprint whose hashes do not follow from its parts, a proof hash or row count that
 * is not the captured one.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Fingerprint } from '../capture/fingerprint.ts';
import { canonicalJson, hashCanonical, sha256Tagged } from '../capture/hashing.ts';
import { FINGERPRINTS_FILE, PROOF_FILE, RESTORE_FILE, TREE_FILE, treeListing } from './evidencePacket.ts';
import { isJsonObject, parseStrictJson } from '../json/strictJson.ts';
import type { Finding } from '../validator/validateRollbackProof.ts';

/**
 * Which captures each proof entry's hashes must equal: the first of the labels the packet holds
 * (a dry-run executor's snapshot entry is backed by its capture before its own ROLLBACK).
 */
const ENTRY_CAPTURES: Record<string, { after_apply_hash: readonly string[]; after_rollback_hash: readonly string[] }> = {
  txn: { after_apply_hash: ['txn_after_apply'], after_rollback_hash: ['txn_after_rollback'] },
  snapshot: { after_apply_hash: ['snapshot_after_commit', 'snapshot_after_apply'], after_rollback_hash: ['snapshot_after_restore'] },
  restore_script: { after_apply_hash: ['restore_script_after_commit'], after_rollback_hash: ['restore_script_after'] },
};

const mismatch = (message: string): Finding => ({ code: 'EVIDENCE_MISMATCH', message });

function recomputedTop(fp: Fingerprint): { schema: string; top: string } {
  const schema = hashCanonical(fp.schema_objects);
  return { schema, top: hashCanonical({ backend: fp.backend, tables: fp.tables, schema_hash: schema, sequences: fp.sequences }) };
}

const firstCapture = (fingerprints: Record<string, Fingerprint>, labels: readonly string[]) =>
  labels.map((l) => fingerprints[l]).find((fp) => fp !== undefined);

export function checkEvidence(proof: unknown, dir: string): Finding[] {
  try {
    return packetFindings(proof, dir);
  } catch (error) {
    // Whatever the packet holds, a finding, never a crash: nothing unreadable backs a claim.
    return [mismatch(`${dir} cannot be read as an evidence packet (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)];
  }
}

/** A regular file (not a directory, a link or a pipe a read would wait on). */
const isRegularFile = (path: string) => existsSync(path) && lstatSync(path).isFile();

function packetFindings(proof: unknown, dir: string): Finding[] {
  const findings: Finding[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [mismatch(`${dir} is not a directory: not an evidence packet`)];
  const tree = join(dir, TREE_FILE);
  if (!isRegularFile(tree)) return [mismatch(`${dir} has no ${TREE_FILE} file: not an evidence packet`)];
  const recorded = readFileSync(tree, 'utf8');
  const actual = treeListing(dir);
  if (recorded !== actual) {
    const recordedLines = new Set(recorded.split('\n'));
    const changed = actual
      .split('\n')
      .filter((l) => l && !recordedLines.has(l))
      .map((l) => l.split('  ')[1]);
    findings.push(mismatch(`the packet was changed after it was written: ${changed.join(', ') || 'files removed'}`));
  }
  findings.push(...ownProof(proof, dir));
  const parsed = isRegularFile(join(dir, FINGERPRINTS_FILE))
    ? parseStrictJson(readFileSync(join(dir, FINGERPRINTS_FILE)), { maxBytes: 256 * 1024 * 1024, maxDepth: 64 })
    : null;
  if (!parsed?.ok || !isJsonObject(parsed.value) || !isJsonObject(parsed.value.fingerprints)) {
    return [...findings, mismatch(`${FINGERPRINTS_FILE} is missing or unreadable`)];
  }
  const fingerprints = parsed.value.fingerprints as unknown as Record<string, Fingerprint>;
  for (const [label, fp] of Object.entries(fingerprints)) {
    try {
      const { schema, top } = recomputedTop(fp);
      if (schema !== fp.schema_hash || top !== fp.top_hash)
        findings.push(mismatch(`capture "${label}" does not hash to its recorded top hash`));
    } catch {
      findings.push(mismatch(`capture "${label}" is not a fingerprint`));
    }
  }
  const before = fingerprints.before;
  const entries = isJsonObject(proof) && Array.isArray(proof.entries) ? proof.entries : [];
  if (!before) return [...findings, mismatch('the packet holds no before capture')];
  for (const [i, raw] of entries.entries()) {
    if (!isJsonObject(raw)) continue;
    try {
      findings.push(...entryFindings(raw, `entry #${i + 1}`, fingerprints, before, dir));
    } catch {
      findings.push(mismatch(`entry #${i + 1}: the packet's captures are not fingerprints that could back it`));
    }
  }
  return findings;
}

/**
 * The proof checked against a packet must be the packet's own rollback-proof.json: another (an entry
 * left out, a sequence reset made up, a proof of another rehearsal) is not what the packet backs.
 */
function ownProof(proof: unknown, dir: string): Finding[] {
  const file = join(dir, PROOF_FILE);
  if (!isRegularFile(file)) return [mismatch(`the packet holds no ${PROOF_FILE} file`)];
  const own = parseStrictJson(readFileSync(file), { maxBytes: 64 * 1024 * 1024, maxDepth: 64 });
  if (!own.ok) return [mismatch(`the packet's ${PROOF_FILE} is unreadable`)];
  return canonicalJson(own.value) === canonicalJson(proof) ? [] : [mismatch(`the proof is not the packet's own ${PROOF_FILE}`)];
}

/** What of one proof entry the packet does not back: its hashes and row counts against the captures, its restore script. */
function entryFindings(
  raw: Record<string, unknown>,
  at: string,
  fingerprints: Record<string, Fingerprint>,
  before: Fingerprint,
  dir: string,
): Finding[] {
  const captures = Object.hasOwn(ENTRY_CAPTURES, String(raw.mode)) ? ENTRY_CAPTURES[String(raw.mode)] : undefined;
  if (!captures) return [mismatch(`${at}: no capture in the packet backs this mode`)];
  const findings: Finding[] = [];
  const expected: Record<string, string | undefined> = {
    before_hash: before.top_hash,
    expected_hash: before.top_hash,
    after_apply_hash: firstCapture(fingerprints, captures.after_apply_hash)?.top_hash,
    after_rollback_hash: firstCapture(fingerprints, captures.after_rollback_hash)?.top_hash,
  };
  for (const [field, hash] of Object.entries(expected)) {
    if (hash === undefined || raw[field] !== hash) findings.push(mismatch(`${at}: ${field} is not the captured hash`));
  }
  const rows = (fp: Fingerprint | undefined) =>
    JSON.stringify(
      Object.entries(fp?.tables ?? {})
        .map(([id, t]) => [id, t.rows])
        .sort(),
    );
  const claimed = (value: unknown) => JSON.stringify(Object.entries(isJsonObject(value) ? value : {}).sort());
  if (claimed(raw.before_rows) !== rows(before)) findings.push(mismatch(`${at}: before_rows are not the captured row counts`));
  if (claimed(raw.after_rollback_rows) !== rows(firstCapture(fingerprints, captures.after_rollback_hash))) {
    findings.push(mismatch(`${at}: after_rollback_rows are not the captured row counts`));
  }
  // The script the entry proved is the packet's restore.sql, byte for byte.
  if (raw.mode === 'restore_script') {
    const script = join(dir, RESTORE_FILE);
    if (!isRegularFile(script)) findings.push(mismatch(`${at}: the packet holds no ${RESTORE_FILE}`));
    else if (sha256Tagged(readFileSync(script)) !== raw.script_sha256)
      findings.push(mismatch(`${at}: ${RESTORE_FILE} is not the script it proved`));
  }
  return findings;
}
