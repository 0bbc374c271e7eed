/**
 * The testcontainers target where no container runtime answers (this machine and CI: no Docker
 * engine): every use refuses in one line that says so, and closing is a no-op. Where a runtime
 * answers, the test says it is skipped: the target is then the server target's (tested there).
 */
import { describe, expect, it } from 'vitest';
import { TargetError } from '../../src/targets/target.ts';
import { CONTAINER_IMAGE, containerRuntimeProblem, TestcontainersTarget } from '../../src/targets/testcontainers.ts';

describe('the testcontainers target', () => {
  it('names what it runs and why it cannot, in one line', async (context) => {
    expect(CONTAINER_IMAGE).toBe('postgres:16-alpine');
    const problem = await containerRuntimeProblem();
    if (problem === null) context.skip('a container runtime answers: nothing to refuse');
    expect(problem).toMatch(/^(no container runtime|container runtime unusable: \S.*)$/);
    const target = new TestcontainersTarget();
    expect(target.kind).toBe('testcontainers');
    expect(target.id).toBe('testcontainers');
    const refusal = new TargetError(`cannot use target testcontainers: ${problem}`);
    await expect(target.createClone()).rejects.toThrow(refusal);
    await expect(target.createClone()).rejects.toBeInstanceOf(TargetError);
    await expect(target.missingExtensions(['citext'])).rejects.toThrow(refusal);
    // Closed after a refusal, or never used: nothing to stop, nothing thrown; usable (and refusing) again.
    await expect(target.close()).resolves.toBeUndefined();
    await expect(target.close()).resolves.toBeUndefined();
    await expect(target.createClone()).rejects.toThrow(refusal);
    await expect(new TestcontainersTarget().close()).resolves.toBeUndefined();
  });
});
