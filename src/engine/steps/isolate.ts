/** RX-0: a fresh clone the engine made, provably not production, holding the clone source and nothing beyond it. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256Hex } from '../../capture/hashing.ts';
import { reading } from '../../capture/captureError.ts';
import type { RehearsalPlan } from '../../plan/parsePlan.ts';
import { resolvePlanNames, type ResolvedNames } from '../../plan/resolveNames.ts';
import { WHOLE_DATABASE, type CaptureScope, type RelationInfo } from '../../capture/stateReader.ts';
import type { Clone } from '../../targets/target.ts';
import { checkPlanSource, cloneOptions, type PlanSource } from '../planClone.ts';
import type { LoadReport } from '../../source/cloneSource.ts';
import { type Rehearsal, type Isolated, canonicalNames } from './rehearsal.ts';

export async function isolate(r: Rehearsal): Promise<Isolated | null> {
  const { plan, target, options } = r;
  // The apply file is checked before anything loads: a dump of gigabytes is not loaded to rehearse the wrong change.
  const applySha = sha256Hex(readFileSync(plan.applyFile));
  if (applySha !== plan.applySha256) {
    r.ledger.block('APPLY_FILE_HASH_MISMATCH', {
      apply_sha256: applySha,
      pinned_sha256: plan.applySha256,
      reason: `${basename(plan.applyFile)} is not the file the plan pins: its sha256 is ${applySha}, apply.sha256 in the plan is ${plan.applySha256}; nothing was loaded`,
    });
    return null;
  }
  // A clone the caller made from the plan's source and loaded with a before-state of its own (rehearse fuzz --plan).
  const source = options.provideClone ? null : await checkPlanSource(plan, target, options.progress);
  options.progress('RX-0 isolation lock: creating the clone');
  const clone = (r.made = options.provideClone ? await options.provideClone() : await target.createClone(cloneOptions(plan, source)));
  options.onClone(() => clone.dispose(), clone.isolation.location);
  const lock = clone.isolation;
  const inspected = await loadAndInspect(plan, clone, source, options.progress);
  Object.assign(r.ledger.details, {
    isolation_lock: { ...lock, location: '<clone>' },
    clone_source: plan.cloneFrom.kind,
    target_kind: clone.kind,
    engine_version: await engineVersion(clone),
    ...(clone.roles ? { clone_owner: clone.roles.owner.record, apply_role: clone.roles.apply.record } : {}),
    ...(inspected.loaded ? { clone_source_load: inspected.loaded } : {}),
    names: canonicalNames(inspected.names),
  });
  if (lock.kind !== 'clone' || lock.is_production !== false || lock.created_by_engine !== true) r.ledger.block('ISOLATION_NOT_PROVEN');
  // Compared again in RX-5: whatever changed outside the clone meanwhile, by whomever.
  const atRx0 = clone.census ? await clone.census('outside') : null;
  // Addition: what the census reads, as the connecting role may (pg_file_settings only as a superuser).
  if (atRx0) r.ledger.details.cluster_census = [...atRx0.keys()];
  // A foreign table's rows live outside the clone: nothing done to them can be captured or restored.
  if (inspected.foreign.length > 0) {
    const ids = inspected.foreign.map((rel) => rel.id);
    r.ledger.block('ISOLATION_NOT_PROVEN', {
      foreign_tables: ids,
      reason: `foreign table ${ids.join(', ')} reads its rows from outside the clone: they can be neither captured nor restored`,
    });
  }
  return { clone, names: inspected.names, atRx0 };
}

/**
 * The database engine that ran the rehearsal, as it names itself (`SQLite 3.53.2`, `PostgreSQL
 * 15.19 …`): a batch whose result depends on the engine (SQLite's number-to-text conversion, a
 * server's defaults) may do otherwise on production's; the evidence says which one was rehearsed.
 */
async function engineVersion(clone: Clone): Promise<string> {
  const sql = clone.capabilities.dialect === 'sqlite' ? "SELECT 'SQLite ' || sqlite_version() AS v" : 'SELECT pg_catalog.version() AS v';
  const [row] = await reading(null, () => clone.session.query<{ v: string }>(sql));
  return row?.v ?? 'unknown';
}

/** RX-0 once the clone exists: its source loaded, the plan's names resolved against it, its foreign tables in scope. */
async function loadAndInspect(
  plan: RehearsalPlan,
  clone: Clone,
  source: PlanSource | null,
  progress: (line: string) => void,
): Promise<{ loaded: LoadReport | null; names: ResolvedNames; foreign: RelationInfo[] }> {
  let loaded: LoadReport | null = null;
  if (source) {
    progress('RX-0 isolation lock: loading the clone source');
    loaded = await clone.loadSource(source.checked, source.skip, source.extensions);
  }
  const state = clone.state;
  const relations = await reading(null, () => state.readOnly(() => state.relations(WHOLE_DATABASE)));
  const names = resolvePlanNames(plan, relations);
  return { loaded, names, foreign: relations.filter((rel) => rel.kind === 'foreign table' && inScopeSchemas(names.scope, rel)) };
}

function inScopeSchemas(scope: CaptureScope, relation: RelationInfo): boolean {
  return scope.schemas === null || relation.schema === null || scope.schemas.includes(relation.schema);
}
