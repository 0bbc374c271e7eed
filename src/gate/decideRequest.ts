/**
 * The rehearsal-only gate (rehearsal-request/v1, docs/formats.md). It reads raw bytes and starts from
 * DENY: ALLOW only when every clause is proven and no rule is broken. Any exception is a DENY.
 * Reasons name fields by the schema's own names and never repeat input values.
 */
import type { GateCode, ValidatorCode } from '../codes.ts';
import { containsSealToken, normalizeForSealMatch, redactSealTokens } from '../guard/sealTokens.ts';
import { isJsonObject, parseStrictJson, type JsonValue } from '../json/strictJson.ts';
import { validateRollbackProof } from '../validator/validateRollbackProof.ts';

export const GATE_LIMITS = Object.freeze({ maxBytes: 1024 * 1024, maxDepth: 64 });

export const ALLOWED_ACTIONS = ['capture', 'rehearse', 'rollback', 'restore', 'verify'] as const;
const REQUEST_KEYS = ['format', 'lane', 'target', 'actions', 'rollback_proof', 'claimed_status'];
const TARGET_KEYS = ['kind', 'is_production', 'isolation_proven'];
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const CLAIMABLE_STATUSES = new Set(['REHEARSAL_ROLLBACK_READY', 'REHEARSAL_BLOCKED']);

export interface GateDecision {
  readonly format: 'gate-decision/v1';
  readonly decision: 'ALLOW' | 'DENY';
  /** Gate codes, followed by the validator's codes when the rollback proof failed. */
  readonly codes: readonly (GateCode | ValidatorCode)[];
  readonly reasons: readonly string[];
}

/** The forbidden families a word points at, after normalization (case, Unicode, separators). */
const FAMILIES: readonly [RegExp, GateCode][] = [
  [/real_*run/, 'REAL_RUN_FORBIDDEN'],
  [/prod/, 'TARGET_PRODUCTION'],
  [/apply|qt_*001/, 'APPLY_FORBIDDEN'],
  [/cut_*over|permit|activat|re_*point/, 'CUTOVER_FORBIDDEN'],
  [/deploy|ci_*cd|pipeline/, 'CI_DEPLOY_FORBIDDEN'],
  [/secret|credential|password|api_*key|key_*rotat/, 'SECRETS_CHANGE_FORBIDDEN'],
];

function familiesOf(word: string): GateCode[] {
  const normalized = normalizeForSealMatch(word);
  return FAMILIES.filter(([pattern]) => pattern.test(normalized)).map(([, code]) => code);
}

class Verdict {
  readonly codes = new Set<GateCode | ValidatorCode>();
  readonly reasons: string[] = [];

  deny(code: GateCode | ValidatorCode, reason: string): void {
    this.codes.add(code);
    this.reasons.push(reason);
  }

  denyFamilies(word: unknown, where: string): void {
    if (typeof word !== 'string') return;
    for (const code of familiesOf(word)) this.deny(code, `${where} asks for something a rehearsal may never do (${code})`);
  }
}

function denied(codes: (GateCode | ValidatorCode)[], reasons: string[]): GateDecision {
  return { format: 'gate-decision/v1', decision: 'DENY', codes, reasons: reasons.map((reason) => redactSealTokens(reason)) };
}

/** The DENY for a request that could not even be read: what callers outside the gate answer with. */
export function malformedRequest(reason: string): GateDecision {
  return denied(['MALFORMED_REQUEST'], [reason]);
}

/** Decides one authorization request given as raw bytes. Never throws. */
export function decideRequest(bytes: Uint8Array): GateDecision {
  try {
    return decide(bytes);
  } catch {
    return malformedRequest('the request could not be evaluated');
  }
}

/**
 * Walks the whole request: prototype keys anywhere are unknown fields, and a seal-like token in
 * any key or string is a claim of authorization no rehearsal request may carry.
 */
function scanEverywhere(value: JsonValue, path: string, verdict: Verdict): void {
  if (typeof value === 'string') {
    if (containsSealToken(value)) verdict.deny('PRODUCTION_CLAIM_FROM_REHEARSAL', `${path} carries a seal-like token`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) scanEverywhere(v, `${path}[${i}]`, verdict);
  } else if (isJsonObject(value)) {
    for (const [key, field] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key)) verdict.deny('UNKNOWN_FIELD', `${path} holds a prototype key (__proto__, constructor or prototype)`);
      if (containsSealToken(key)) verdict.deny('PRODUCTION_CLAIM_FROM_REHEARSAL', `${path} has a field name carrying a seal-like token`);
      scanEverywhere(field, `${path}.<field>`, verdict);
    }
  }
}

function checkUnknownKeys(object: { [key: string]: JsonValue }, known: readonly string[], where: string, verdict: Verdict): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key) || PROTOTYPE_KEYS.has(key)) continue;
    verdict.deny('UNKNOWN_FIELD', `${where} has a field that rehearsal-request/v1 does not define`);
    verdict.denyFamilies(key, `an unknown field of ${where}`);
  }
}

function decide(bytes: Uint8Array): GateDecision {
  const parsed = parseStrictJson(bytes, GATE_LIMITS);
  if (!parsed.ok) return malformedRequest(`the request is ${parsed.detail}`);
  const request = parsed.value;
  if (!isJsonObject(request)) return malformedRequest('the request is not a JSON object');

  const verdict = new Verdict();
  scanEverywhere(request, 'the request', verdict);
  checkUnknownKeys(request, REQUEST_KEYS, 'the request', verdict);

  const formatProven = request.format === 'rehearsal-request/v1';
  if (!formatProven) verdict.deny('MALFORMED_REQUEST', 'format is not exactly "rehearsal-request/v1"');

  const laneProven = request.lane === 'REHEARSAL_ONLY';
  if (!laneProven) {
    verdict.deny('WRONG_LANE', request.lane === undefined ? 'lane is missing' : 'lane is not exactly "REHEARSAL_ONLY"');
    verdict.denyFamilies(request.lane, 'lane');
  }

  const targetProven = checkTarget(request.target, verdict);
  const actionsProven = checkActions(request.actions, verdict);

  let proofProven = false;
  if (request.rollback_proof === undefined || request.rollback_proof === null) {
    verdict.deny('ROLLBACK_PROOF_MISSING', 'rollback_proof is missing');
  } else {
    const result = validateRollbackProof(request.rollback_proof);
    proofProven = result.verdict === 'PASS';
    if (result.verdict === 'FAIL') {
      verdict.deny('ROLLBACK_PROOF_INVALID', `rollback_proof fails the validator: ${result.codes.join(', ')}`);
      for (const code of result.codes) verdict.codes.add(code);
    }
  }

  const status = request.claimed_status;
  const statusProven = status === undefined || (typeof status === 'string' && CLAIMABLE_STATUSES.has(status));
  if (!statusProven) {
    const normalized = typeof status === 'string' ? normalizeForSealMatch(status) : '';
    if (/prod|pass|authoriz|grant|approv|real_*run|cut_*over|deploy/.test(normalized)) {
      verdict.deny('PRODUCTION_CLAIM_FROM_REHEARSAL', 'claimed_status claims more than a rehearsal can establish');
    } else {
      verdict.deny('MALFORMED_REQUEST', 'claimed_status is neither "REHEARSAL_ROLLBACK_READY" nor "REHEARSAL_BLOCKED"');
    }
  }

  const everyClauseProven = formatProven && laneProven && targetProven && actionsProven && proofProven && statusProven;
  if (everyClauseProven && verdict.codes.size === 0) {
    return { format: 'gate-decision/v1', decision: 'ALLOW', codes: [], reasons: ['every clause of rehearsal-request/v1 holds'] };
  }
  if (verdict.codes.size === 0) verdict.deny('MALFORMED_REQUEST', 'the request does not prove every clause');
  return denied([...verdict.codes], verdict.reasons);
}

function checkTarget(target: JsonValue | undefined, verdict: Verdict): boolean {
  if (!isJsonObject(target)) {
    verdict.deny('MALFORMED_REQUEST', target === undefined ? 'target is missing' : 'target is not an object');
    verdict.deny('ISOLATION_NOT_PROVEN', 'the target is not shown to be an isolated clone');
    return false;
  }
  checkUnknownKeys(target, TARGET_KEYS, 'target', verdict);
  const kindProven = target.kind === 'clone';
  if (!kindProven) {
    const families = typeof target.kind === 'string' ? familiesOf(target.kind) : [];
    if (families.length > 0) verdict.denyFamilies(target.kind, 'target.kind');
    else verdict.deny('MALFORMED_REQUEST', 'target.kind is not exactly "clone"');
  }
  const notProduction = target.is_production === false;
  if (target.is_production === true) verdict.deny('TARGET_PRODUCTION', 'target.is_production is true');
  else if (!notProduction) verdict.deny('MALFORMED_REQUEST', 'target.is_production is not the boolean false');
  const isolated = target.isolation_proven === true;
  if (!isolated) {
    if (typeof target.isolation_proven !== 'boolean') verdict.deny('MALFORMED_REQUEST', 'target.isolation_proven is not a boolean');
    verdict.deny('ISOLATION_NOT_PROVEN', 'target.isolation_proven is not the boolean true');
  }
  return kindProven && notProduction && isolated;
}

function checkActions(actions: JsonValue | undefined, verdict: Verdict): boolean {
  if (!Array.isArray(actions) || actions.length === 0) {
    verdict.deny('MALFORMED_REQUEST', actions === undefined ? 'actions is missing' : 'actions is not a non-empty list');
    return false;
  }
  let proven = true;
  actions.forEach((action, i) => {
    if (typeof action === 'string' && (ALLOWED_ACTIONS as readonly string[]).includes(action)) return;
    proven = false;
    const where = `actions[${i}]`;
    if (typeof action !== 'string') {
      verdict.deny('MALFORMED_REQUEST', `${where} is not a string`);
      return;
    }
    const families = familiesOf(action);
    if (families.length > 0) verdict.denyFamilies(action, where);
    else verdict.deny('UNKNOWN_ACTION', `${where} is not one of ${ALLOWED_ACTIONS.join(', ')}`);
  });
  return proven;
}
