/**
 * The gate's exact answer — codes and reasons — for one request per clause it checks: each row is
 * the control with one thing changed. Pinned in `__snapshots__/decisionTable.test.ts.snap`,
 * reviewed by hand; a change to any code or reason fails here and must be looked at.
 */
import { expect, it } from 'vitest';
import { decideRequest } from '../../src/gate/decideRequest.ts';
import { PROBES, probeBytes } from '../../src/gate/probeSet.ts';

type Request = Record<string, any>;
const control = (): Request => JSON.parse(Buffer.from(probeBytes(PROBES[0]!)).toString('utf8'));
const changed = (change: (r: Request) => void): Request => {
  const r = control();
  change(r);
  return r;
};

const TABLE: [string, Request | string][] = [
  ['the control', control()],
  ['not JSON', '{"format": '],
  ['a JSON list', '[]'],
  ['format missing', changed((r) => delete r.format)],
  [
    'format another version',
    changed((r) => {
      r.format = 'rehearsal-request/v2';
    }),
  ],
  ['lane missing', changed((r) => delete r.lane)],
  [
    'lane in lower case',
    changed((r) => {
      r.lane = 'rehearsal_only';
    }),
  ],
  [
    'lane naming production',
    changed((r) => {
      r.lane = 'PRODUCTION';
    }),
  ],
  [
    'an unknown top-level field',
    changed((r) => {
      r.extra = 1;
    }),
  ],
  [
    'an unknown target field',
    changed((r) => {
      r.target.region = 'eu';
    }),
  ],
  [
    'a field named like a seal',
    changed((r) => {
      r.target.APPLY_AUTHORIZED = true;
    }),
  ],
  [
    'a seal word deep in a list',
    changed((r) => {
      r.actions.push('CUTOVER_GRANTED');
    }),
  ],
  ['target missing', changed((r) => delete r.target)],
  [
    'target a string',
    changed((r) => {
      r.target = 'clone';
    }),
  ],
  [
    'target.kind production',
    changed((r) => {
      r.target.kind = 'production';
    }),
  ],
  [
    'target.kind something else',
    changed((r) => {
      r.target.kind = 'replica';
    }),
  ],
  ['target.kind missing', changed((r) => delete r.target.kind)],
  [
    'is_production true',
    changed((r) => {
      r.target.is_production = true;
    }),
  ],
  [
    'is_production "false"',
    changed((r) => {
      r.target.is_production = 'false';
    }),
  ],
  ['is_production missing', changed((r) => delete r.target.is_production)],
  [
    'isolation_proven false',
    changed((r) => {
      r.target.isolation_proven = false;
    }),
  ],
  [
    'isolation_proven "true"',
    changed((r) => {
      r.target.isolation_proven = 'true';
    }),
  ],
  ['actions missing', changed((r) => delete r.actions)],
  [
    'actions empty',
    changed((r) => {
      r.actions = [];
    }),
  ],
  [
    'actions a string',
    changed((r) => {
      r.actions = 'capture';
    }),
  ],
  [
    'an action a number',
    changed((r) => {
      r.actions[1] = 7;
    }),
  ],
  [
    'an unknown action',
    changed((r) => {
      r.actions[2] = 'vacuum';
    }),
  ],
  [
    'an action that applies',
    changed((r) => {
      r.actions[0] = 'apply';
    }),
  ],
  [
    'an action that deploys',
    changed((r) => {
      r.actions[0] = 'ci_deploy';
    }),
  ],
  [
    'an action that changes secrets',
    changed((r) => {
      r.actions[0] = 'rotate_secrets';
    }),
  ],
  [
    'an action that runs for real',
    changed((r) => {
      r.actions[0] = 'REAL_RUN';
    }),
  ],
  ['rollback_proof missing', changed((r) => delete r.rollback_proof)],
  [
    'rollback_proof null',
    changed((r) => {
      r.rollback_proof = null;
    }),
  ],
  [
    'rollback_proof forged: restored but hashes differ',
    changed((r) => {
      r.rollback_proof.entries[0].after_rollback_hash = r.rollback_proof.entries[0].after_apply_hash;
    }),
  ],
  ['claimed_status missing', changed((r) => delete r.claimed_status)],
  [
    'claimed_status BLOCKED',
    changed((r) => {
      r.claimed_status = 'REHEARSAL_BLOCKED';
    }),
  ],
  [
    'claimed_status production ready',
    changed((r) => {
      r.claimed_status = 'PRODUCTION_READY';
    }),
  ],
  [
    'claimed_status approved',
    changed((r) => {
      r.claimed_status = 'approved';
    }),
  ],
  [
    'claimed_status something else',
    changed((r) => {
      r.claimed_status = 'DONE';
    }),
  ],
  [
    'claimed_status a number',
    changed((r) => {
      r.claimed_status = 1;
    }),
  ],
];

it.each(TABLE)('%s', (_name, request) => {
  const decision = decideRequest(Buffer.from(typeof request === 'string' ? request : JSON.stringify(request)));
  expect(decision).toMatchSnapshot();
});
