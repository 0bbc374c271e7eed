import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../src/gate/decideRequest.ts';
import { PROBES, probeBytes, runProbeSet } from '../../src/gate/probeSet.ts';
import { mutatedRequest } from '../../generators/requests.ts';

const controlText = Buffer.from(probeBytes(PROBES[0]!)).toString('utf8');
const control = () => JSON.parse(controlText) as Record<string, any>;
const decideJson = (value: unknown) => decideRequest(Buffer.from(JSON.stringify(value)));
const decideText = (text: string) => decideRequest(Buffer.from(text, 'utf8'));

describe('the probe set', () => {
  // The probe set is run inside each test, not while tests are collected: mutation testing
  // activates a mutant for the test run only.
  it.each(PROBES.map((p) => [p.id] as const))('%s is answered right', (id) => {
    const outcome = runProbeSet().find((o) => o.probe.id === id)!;
    expect(outcome.probe).toBe(PROBES.find((p) => p.id === id));
    expect(outcome.answeredRight).toBe(true);
    if (outcome.probe.expect === 'ALLOW') expect(outcome.decision).toMatchObject({ decision: 'ALLOW', codes: [] });
    else expect(outcome.decision).toMatchObject({ decision: 'DENY', codes: expect.arrayContaining([outcome.probe.expect]) });
  });

  it('reports a gate that answers wrongly: one that allows everything fails every probe but the control, one that denies everything the control', () => {
    const allowAll = runProbeSet(() => ({ format: 'gate-decision/v1', decision: 'ALLOW', codes: [], reasons: [] }) as never);
    expect(allowAll.filter((o) => !o.answeredRight).map((o) => o.probe.id)).toEqual(PROBES.slice(1).map((p) => p.id));
    const denyAll = runProbeSet(
      () => ({ format: 'gate-decision/v1', decision: 'DENY', codes: ['MALFORMED_REQUEST'], reasons: [] }) as never,
    );
    expect(denyAll.filter((o) => !o.answeredRight).map((o) => o.probe.id)).toEqual(PROBES.map((p) => p.id));
    // Denied, but for another family's reason: not answered right.
    const wrongReason = runProbeSet(
      () => ({ format: 'gate-decision/v1', decision: 'DENY', codes: ['TARGET_PRODUCTION'], reasons: [] }) as never,
    );
    expect(wrongReason.filter((o) => o.answeredRight).map((o) => o.probe.id)).toEqual(['B1']);
    // Denied without a code, or allowed with the family's code: not answered right.
    const denyNoCode = runProbeSet(() => ({ format: 'gate-decision/v1', decision: 'DENY', codes: [], reasons: [] }) as never);
    expect(denyNoCode.every((o) => !o.answeredRight)).toBe(true);
    const allowWithB1Code = runProbeSet(
      () => ({ format: 'gate-decision/v1', decision: 'ALLOW', codes: ['TARGET_PRODUCTION'], reasons: [] }) as never,
    );
    expect(allowWithB1Code.find((o) => o.probe.id === 'B1')!.answeredRight).toBe(false);
    // Allowed with a code attached: the control is not answered right either.
    const allowWithCode = runProbeSet(
      () => ({ format: 'gate-decision/v1', decision: 'ALLOW', codes: ['TARGET_PRODUCTION'], reasons: [] }) as never,
    );
    expect(allowWithCode.find((o) => o.probe.id === 'CONTROL')!.answeredRight).toBe(false);
  });

  it('covers B1 to B10 and the control', () => {
    expect(PROBES.map((p) => p.id)).toEqual(['CONTROL', ...Array.from({ length: 10 }, (_, i) => `B${i + 1}`)]);
  });
});

describe('decideRequest denies every malformation', () => {
  const withChange = (change: (r: Record<string, any>) => void) => {
    const r = control();
    change(r);
    return r;
  };

  it.each([
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from(controlText.slice(0, 20)), Buffer.from([0xc3, 0x28]), Buffer.from(controlText.slice(20))]),
    ],
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(controlText)])],
    ['trailing garbage', Buffer.from(`${controlText}\u0000`)],
    ['a second document', Buffer.from(`${controlText}{}`)],
    [
      'a duplicate top-level key',
      Buffer.from(controlText.replace('"lane": "REHEARSAL_ONLY"', '"lane": "REHEARSAL_ONLY", "lane": "REHEARSAL_ONLY"')),
    ],
    ['a duplicate key in target', Buffer.from(controlText.replace('"kind": "clone"', '"kind": "clone", "kind": "clone"'))],
    ['a duplicate key deep in the proof', Buffer.from(controlText.replace('"mode": "txn"', '"mode": "txn", "mode": "txn"'))],
    ['more than 1 MiB', Buffer.from(controlText.replace('"format"', `"pad": "${' '.repeat(1024 * 1024)}", "format"`))],
    ['nesting deeper than 64', Buffer.from(controlText.replace('"format"', `"deep": ${'['.repeat(70)}${']'.repeat(70)}, "format"`))],
    ['an array at top level', Buffer.from(`[${controlText}]`)],
    ['a string at top level', Buffer.from('"REHEARSAL_ONLY"')],
    ['null', Buffer.from('null')],
    ['empty input', Buffer.alloc(0)],
  ])('refuses %s as MALFORMED_REQUEST', (_name, bytes) => {
    const decision = decideRequest(bytes);
    expect(decision.decision).toBe('DENY');
    expect(decision.codes).toContain('MALFORMED_REQUEST');
  });

  it.each([
    [
      'is_production as 0',
      (r: any) => {
        r.target.is_production = 0;
      },
      'MALFORMED_REQUEST',
    ],
    [
      'is_production as "false"',
      (r: any) => {
        r.target.is_production = 'false';
      },
      'MALFORMED_REQUEST',
    ],
    [
      'is_production as null',
      (r: any) => {
        r.target.is_production = null;
      },
      'MALFORMED_REQUEST',
    ],
    [
      'isolation_proven as "true"',
      (r: any) => {
        r.target.isolation_proven = 'true';
      },
      'ISOLATION_NOT_PROVEN',
    ],
    [
      'isolation_proven as 1',
      (r: any) => {
        r.target.isolation_proven = 1;
      },
      'ISOLATION_NOT_PROVEN',
    ],
    [
      'lane in lower case',
      (r: any) => {
        r.lane = 'rehearsal_only';
      },
      'WRONG_LANE',
    ],
    [
      'lane with a zero-width joiner',
      (r: any) => {
        r.lane = 'REHEARSAL\u200d_ONLY';
      },
      'WRONG_LANE',
    ],
    [
      'lane with a Cyrillic look-alike',
      (r: any) => {
        r.lane = 'REHEARSAL_\u041eNLY';
      },
      'WRONG_LANE',
    ],
    [
      'lane in fullwidth letters',
      (r: any) => {
        r.lane = 'ＲＥＨＥＡＲＳＡＬ＿ＯＮＬＹ';
      },
      'WRONG_LANE',
    ],
    [
      'lane with a trailing space',
      (r: any) => {
        r.lane = 'REHEARSAL_ONLY ';
      },
      'WRONG_LANE',
    ],
    [
      'lane as REAL_RUN',
      (r: any) => {
        r.lane = 'REAL_RUN';
      },
      'REAL_RUN_FORBIDDEN',
    ],
    [
      'kind "Clone"',
      (r: any) => {
        r.target.kind = 'Clone';
      },
      'MALFORMED_REQUEST',
    ],
    [
      'kind with a Cyrillic с',
      (r: any) => {
        r.target.kind = '\u0441lone';
      },
      'MALFORMED_REQUEST',
    ],
    [
      'kind "production"',
      (r: any) => {
        r.target.kind = 'production';
      },
      'TARGET_PRODUCTION',
    ],
    [
      'an unknown top-level key',
      (r: any) => {
        r.note = 'hello';
      },
      'UNKNOWN_FIELD',
    ],
    [
      'an unknown target key',
      (r: any) => {
        r.target.region = 'eu';
      },
      'UNKNOWN_FIELD',
    ],
    [
      'a real_run flag',
      (r: any) => {
        r.real_run = true;
      },
      'REAL_RUN_FORBIDDEN',
    ],
    [
      'an unknown action',
      (r: any) => {
        r.actions = ['rehearse', 'vacuum'];
      },
      'UNKNOWN_ACTION',
    ],
    [
      'an allowed action in another case',
      (r: any) => {
        r.actions = ['Rehearse'];
      },
      'UNKNOWN_ACTION',
    ],
    [
      'QT001 as an action',
      (r: any) => {
        r.actions = ['QT001'];
      },
      'APPLY_FORBIDDEN',
    ],
    [
      'APPLY disguised with a zero-width space',
      (r: any) => {
        r.actions = ['AP\u200bPLY'];
      },
      'APPLY_FORBIDDEN',
    ],
    [
      'permit as an action',
      (r: any) => {
        r.actions = ['permit'];
      },
      'CUTOVER_FORBIDDEN',
    ],
    [
      'repoint as an action',
      (r: any) => {
        r.actions = ['re-point'];
      },
      'CUTOVER_FORBIDDEN',
    ],
    [
      'a non-string action',
      (r: any) => {
        r.actions = [1];
      },
      'MALFORMED_REQUEST',
    ],
    [
      'no actions',
      (r: any) => {
        r.actions = [];
      },
      'MALFORMED_REQUEST',
    ],
    [
      'claimed_status PRODUCTION_READY',
      (r: any) => {
        r.claimed_status = 'PRODUCTION_READY';
      },
      'PRODUCTION_CLAIM_FROM_REHEARSAL',
    ],
    [
      'claimed_status in lower case',
      (r: any) => {
        r.claimed_status = 'rehearsal_rollback_ready';
      },
      'MALFORMED_REQUEST',
    ],
    [
      'a wrong format',
      (r: any) => {
        r.format = 'rehearsal-request/v2';
      },
      'MALFORMED_REQUEST',
    ],
    [
      'a forged proof',
      (r: any) => {
        r.rollback_proof.entries[0].restored_match = false;
      },
      'ROLLBACK_PROOF_INVALID',
    ],
  ])('refuses %s', (_name, change, code) => {
    const decision = decideJson(withChange(change));
    expect(decision.decision).toBe('DENY');
    expect(decision.codes).toContain(code);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key at the top, in the target and deep in the proof', (key) => {
    for (const where of ['{', '"target": {', '"before_rows": {']) {
      const text = controlText.replace(where, `${where}"${key}": {"is_production": false},`);
      const decision = decideText(text);
      expect(decision.decision).toBe('DENY');
      expect(decision.codes).toContain('UNKNOWN_FIELD');
    }
  });

  it.each(['format', 'lane', 'target', 'actions', 'rollback_proof'])('refuses the control without %s', (key) => {
    const decision = decideJson(withChange((r) => delete r[key]));
    expect(decision.decision).toBe('DENY');
    expect(decision.codes.length).toBeGreaterThan(0);
  });

  it.each(['kind', 'is_production', 'isolation_proven'])('refuses the control without target.%s', (key) => {
    expect(decideJson(withChange((r) => delete r.target[key])).decision).toBe('DENY');
  });

  it('gives several codes when several rules are broken', () => {
    const decision = decideJson(
      withChange((r) => {
        r.lane = 'REAL_RUN';
        r.target.is_production = true;
        r.actions = ['apply', 'cutover', 'ci_deploy', 'rotate_secrets'];
        delete r.rollback_proof;
        r.target.isolation_proven = false;
      }),
    );
    expect(decision.codes).toEqual(
      expect.arrayContaining([
        'WRONG_LANE',
        'REAL_RUN_FORBIDDEN',
        'TARGET_PRODUCTION',
        'APPLY_FORBIDDEN',
        'CUTOVER_FORBIDDEN',
        'CI_DEPLOY_FORBIDDEN',
        'SECRETS_CHANGE_FORBIDDEN',
        'ROLLBACK_PROOF_MISSING',
        'ISOLATION_NOT_PROVEN',
      ]),
    );
  });

  it('carries the validator codes of an invalid proof', () => {
    const decision = decideJson(
      withChange((r) => {
        r.rollback_proof.entries[0].after_apply_hash = r.rollback_proof.entries[0].before_hash;
      }),
    );
    expect(decision.codes).toEqual(['ROLLBACK_PROOF_INVALID', 'ROLLBACK_APPLY_DID_NOT_MUTATE']);
  });

  it('is a DENY, never a crash, when handed something that is not bytes at all', () => {
    expect(decideRequest(null as unknown as Uint8Array).decision).toBe('DENY');
    expect(decideRequest({ length: 5 } as unknown as Uint8Array).decision).toBe('DENY');
  });
});

describe('decideRequest properties', () => {
  it('denies arbitrary bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(decideRequest(bytes).decision).toBe('DENY');
      }),
      { numRuns: 500 },
    );
  });

  it('denies any request with one field of the control replaced by another JSON value', () => {
    const paths: string[][] = [
      ['format'],
      ['lane'],
      ['target'],
      ['target', 'kind'],
      ['target', 'is_production'],
      ['target', 'isolation_proven'],
      ['actions'],
      ['rollback_proof'],
      ['claimed_status'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const r = control();
        let holder = r;
        for (const key of path.slice(0, -1)) holder = holder[key];
        const last = path[path.length - 1]!;
        fc.pre(JSON.stringify(holder[last]) !== JSON.stringify(value));
        holder[last] = value;
        const decision = decideJson(r);
        // Only the other legitimate claimed_status may still be allowed.
        const otherStatus = last === 'claimed_status' && value === 'REHEARSAL_BLOCKED';
        expect(decision.decision).toBe(otherStatus ? 'ALLOW' : 'DENY');
      }),
      { numRuns: 500 },
    );
  });

  it('allows the control however its JSON is laid out', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2, 4, '\t'), (indent) => {
        expect(decideJson(control()).decision).toBe('ALLOW');
        expect(decideText(JSON.stringify(control(), null, indent)).decision).toBe('ALLOW');
      }),
    );
  });
});

describe('seal-like tokens in a request', () => {
  it.each([
    ['an entry id', ['rollback_proof', 'entries', 0, 'id']],
    ['a row-count table name', ['rollback_proof', 'entries', 0, 'before_rows']],
  ])('deny a request that is otherwise the control, with the token in %s', (_name, path) => {
    const r = control();
    let holder = r;
    for (const key of path.slice(0, -1)) holder = holder[key];
    const last = path[path.length - 1]!;
    holder[last] = last === 'before_rows' ? { 'REAL-RUN authorized': 3 } : 'CUTOVER_GRANTED';
    const decision = decideJson(r);
    expect(decision.decision).toBe('DENY');
    expect(decision.codes).toContain('PRODUCTION_CLAIM_FROM_REHEARSAL');
  });
});

describe('every denial says why', () => {
  it('a denial has reasons, and every reason is a sentence with content (not an empty string)', () => {
    fc.assert(
      fc.property(mutatedRequest, ({ bytes }) => {
        const decision = decideRequest(bytes);
        expect(decision.decision).toBe('DENY');
        expect(decision.reasons.length).toBeGreaterThanOrEqual(1);
        for (const reason of decision.reasons) expect(reason).toMatch(/\p{L}{3}.*\s.*\p{L}{3}/u);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('a reason names the field it is about', () => {
    const unknown = decideJson({ ...control(), surplus_field: 1 });
    expect(unknown.reasons.join(' ')).toMatch(/surplus_field|\(top level\)|request/);
    const lane = decideJson({ ...control(), lane: 'rehearsal_only' });
    expect(lane.reasons.join(' ')).toContain('lane');
    const missingLane = (() => {
      const r = control();
      delete r.lane;
      return decideJson(r);
    })();
    expect(missingLane.reasons.join(' ')).toContain('lane is missing');
    const production = decideJson({ ...control(), target: { ...control().target, is_production: 'false' } });
    expect(production.reasons.join(' ')).toContain('is_production');
  });
});
