import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/rehearse.js';
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

function decisionOf(stdout: string): { decision: string; codes: string[]; reasons: string[] } {
  const decision = JSON.parse(stdout);
  expect(decision.format).toBe('gate-decision/v1');
  return decision;
}

describe('rehearse gate', () => {
  it('allows the control with exit 0', () => {
    const result = run(['gate', 'src/gate/probes/control.json']);
    expect(result.status).toBe(0);
    expect(decisionOf(result.stdout)).toMatchObject({ decision: 'ALLOW', codes: [] });
  });

  it('reads standard input with - and without a file argument', () => {
    const control = spawnSync('cat', ['src/gate/probes/control.json']).stdout;
    expect(run(['gate', '-'], control).status).toBe(0);
    expect(run(['gate'], control).status).toBe(0);
  });

  it.each([
    ['empty stdin', ['gate'], ''],
    ['binary garbage on stdin', ['gate', '-'], Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
    ['a directory', ['gate', 'src'], undefined],
    ['a missing file', ['gate', 'no/such/request.json'], undefined],
    ['a forbidden request', ['gate', 'src/gate/probes/B3-apply.json'], undefined],
    ['too many arguments', ['gate', 'a', 'b'], undefined],
    ['an unknown option', ['gate', '--frobnicate'], undefined],
  ])('denies %s with exit 1 and a decision on stdout', (_name, args, input) => {
    const result = run(args, input);
    expect(result.status).toBe(1);
    const decision = decisionOf(result.stdout);
    expect(decision.decision).toBe('DENY');
    expect(decision.codes.length).toBeGreaterThan(0);
  });

  it('names the path it could not read', () => {
    const missing = decisionOf(run(['gate', 'no/such/request.json']).stdout);
    expect(missing.codes).toEqual(['MALFORMED_REQUEST']);
    expect(missing.reasons.join()).toContain('no/such/request.json: no such file');
    expect(decisionOf(run(['gate', 'src']).stdout).reasons.join()).toContain('src: it is a directory');
  });

  it('denies 100 MB on stdin after reading no more than the limit', async () => {
    const child = spawn(process.execPath, [BIN, 'gate', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let accepted = 0;
    let broken = false;
    child.stdin.on('error', () => {
      broken = true;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let written = 0; written < 100 * 1024 * 1024 && !broken && child.exitCode === null; written += chunk.length) {
      const ok = child.stdin.write(chunk);
      accepted += chunk.length;
      if (!ok)
        await new Promise((resolve) => {
          child.stdin.once('drain', resolve);
          child.once('close', resolve);
        });
    }
    child.stdin.end();
    expect(await exited).toBe(1);
    expect(decisionOf(stdout).reasons.join()).toContain('more than 1048576 bytes');
    // The gate stopped reading: far less than 100 MB went into the pipe.
    expect(accepted).toBeLessThan(16 * 1024 * 1024);
  });
});

describe('rehearse validate', () => {
  it.each([['--help'], ['-h'], ['-V'], ['--version'], ['help']])(
    "exits 1 for %s, which decides nothing: exit 0 is ALLOW only (an attacker's review: a request file named -V exited 0)",
    (flag) => {
      expect(run(['gate', flag]).status).toBe(1);
    },
  );

  it('passes its selftest', () => {
    const result = run(['validate', '--selftest']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^selftest: PASS \(13 cases\)$/m);
    expect(result.stdout).not.toMatch(/^FAIL/m);
  });

  it('exits 1 with the codes of a forged proof, 0 for a genuine one', () => {
    const genuine = JSON.stringify(
      JSON.parse(spawnSync('cat', ['src/gate/probes/control.json'], { encoding: 'utf8' }).stdout).rollback_proof,
    );
    expect(run(['validate', '-'], genuine).status).toBe(0);
    const forged = JSON.parse(genuine);
    forged.entries[0].after_rollback_rows = {};
    const result = run(['validate', '-'], JSON.stringify(forged));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ROW_COUNT_DIVERGED\s+entry #1/m);
    expect(run(['validate', '-'], '{"format": "rollback-proof/v1", "format": 1}').stdout).toMatch(/^PROOF_MALFORMED .*duplicate key/m);
  });

  it('names a file it cannot read in one line, exit 2', () => {
    const result = run(['validate', 'no/such/proof.json']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('rehearse: cannot read no/such/proof.json: no such file');
  });
});
