/**
 * The evidence packet (`rehearse run --out DIR`): one JSON file per step, the rollback proof,
 * the captured fingerprints, `summary.md`, and `packet_tree.sha256` — sha256 over the sorted
 * `sha256  path` lines. Random clone names, temp paths and the plan's location are normalized
 * out, and no time is written, so the same inputs give the same tree hash.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalJson, sha256Hex, sha256Tagged } from '../capture/hashing.ts';
import { writeGuardedFile } from '../guard/guardedOutput.ts';
import type { RehearsalPlan } from '../plan/parsePlan.ts';
import type { RehearsalResult } from '../engine/runRehearsal.ts';
import { STEPS } from '../engine/steps.ts';
import { defined } from '../util/defined.ts';
import { makeDirectory } from '../util/makeDirectory.ts';

export const TREE_FILE = 'packet_tree.sha256';
export const PROOF_FILE = 'rollback-proof.json';
export const FINGERPRINTS_FILE = 'fingerprints.json';
/** The restore script RX-4 proved on the clone (docs/run.md), written as proved: never normalized. */
export const RESTORE_FILE = 'restore.sql';

function normalizer(plan: RehearsalPlan, result: RehearsalResult): (text: string) => string {
  const replacements: [string, string][] = [];
  if (result.cloneLocation) replacements.push([result.cloneLocation, '<clone>']);
  replacements.push([dirname(plan.planFile), '<plan-dir>']);
  return (text) => replacements.reduce((t, [from, to]) => t.split(from).join(to), text);
}

/** The codes with which RX-4 found the restore script wanting (none: it was proved). */
const failedProof = (result: RehearsalResult) =>
  (result.steps.find((s) => s.id === 'RX-4')?.codes ?? []).filter((c) => c.startsWith('RESTORE_SCRIPT_'));

/** Why a packet holds no restore script when the plan did not ask for the snapshot mode. */
export const NO_RESTORE_SCRIPT =
  "restore script: none — the plan's modes leave out snapshot, the mode in which the change is committed and the script that puts its rows back is written and proved";

function summary(plan: RehearsalPlan, result: RehearsalResult): string {
  const lines = [
    '# Rehearsal summary',
    '',
    `- plan: ${plan.planFile}`,
    `- status: **${result.status}**`,
    `- production decision: **${result.production_decision}** (this tool authorizes nothing)`,
    `- codes: ${result.codes.length === 0 ? 'none' : result.codes.join(', ')}`,
    ...(result.restoreScript === null
      ? result.steps.some((s) => s.id === 'RX-4' && s.status === 'NOT_REQUESTED')
        ? [`- ${NO_RESTORE_SCRIPT}`]
        : []
      : [
          failedProof(result).length === 0
            ? `- restore script: ${RESTORE_FILE} (${sha256Tagged(result.restoreScript)}), proved on the clone: it puts back the rows the change touched`
            : `- restore script: ${RESTORE_FILE} (${sha256Tagged(result.restoreScript)}), kept for review, **not proved** (${failedProof(result).join(', ')}): do not run it`,
        ]),
    '',
    '| step | name | status | codes |',
    '|---|---|---|---|',
    ...result.steps.map((s) => `| ${s.id} | ${s.name} | ${s.status} | ${s.codes.join(', ') || '-'} |`),
    '',
    ...whatTheChangeDid(result),
  ];
  return `${lines.join('\n')}\n`;
}

/** The rows the change touched, table by table (RX-4's `changes`), for a reviewer of the packet. */
function whatTheChangeDid(result: RehearsalResult): string[] {
  const changes = result.steps.find((s) => s.id === 'RX-4')?.details.changes as
    | { table: string; inserted: number; deleted: number; changed: number; first_rows: string }[]
    | undefined;
  if (!changes || changes.length === 0) return [];
  return [
    '## What the change did',
    '',
    '| table | inserted | deleted | changed |',
    '|---|---|---|---|',
    ...changes.map((c) => `| ${c.table} | ${c.inserted} | ${c.deleted} | ${c.changed} |`),
    '',
    'The first rows of each kind:',
    '',
    '```diff',
    ...changes.map((c) => c.first_rows),
    '```',
    '',
  ];
}

/** Sorted `sha256  path` lines over every file but the tree file itself. */
/**
 * The packet's files, `sha256  name` sorted. A packet holds regular files only: anything else (a
 * directory, a link, a pipe, which a read would wait on forever) is listed as such, unread, so it
 * never matches a tree the tool wrote.
 */
export function treeListing(dir: string): string {
  const names = readdirSync(dir)
    .filter((n) => n !== TREE_FILE)
    .sort();
  return names
    .map((n) => `${lstatSync(join(dir, n)).isFile() ? sha256Hex(readFileSync(join(dir, n))) : 'not-a-regular-file'}  ${n}\n`)
    .join('');
}

export function writeEvidencePacket(dir: string, plan: RehearsalPlan, result: RehearsalResult): { treeHash: string } {
  makeDirectory(dir);
  const normalize = normalizer(plan, result);
  const json = (value: unknown) => normalize(`${JSON.stringify(value, null, 2)}\n`);
  for (const meta of STEPS) {
    const record = defined(
      result.steps.find((s) => s.id === meta.id),
      `the record of step ${meta.id}`,
    );
    writeGuardedFile(
      join(dir, meta.file),
      json({
        format: 'rehearsal-step/v1',
        step: record.id,
        name: record.name,
        status: record.status,
        codes: record.codes,
        details: record.details,
      }),
    );
  }
  writeGuardedFile(join(dir, PROOF_FILE), json(result.proof));
  if (result.restoreScript !== null) writeGuardedFile(join(dir, RESTORE_FILE), result.restoreScript);
  // Keys in canonical order: the file's bytes do not depend on the order a capture listed tables,
  // schema objects or sequences in (a reused clone's catalog lists them in another order).
  writeGuardedFile(
    join(dir, FINGERPRINTS_FILE),
    json(JSON.parse(canonicalJson({ format: 'fingerprints/v1', fingerprints: result.fingerprints }))),
  );
  writeGuardedFile(join(dir, 'summary.md'), normalize(summary(plan, result)));
  const listing = treeListing(dir);
  writeGuardedFile(join(dir, TREE_FILE), listing);
  return { treeHash: sha256Tagged(listing) };
}
