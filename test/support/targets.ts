/**
 * The one list of targets every backend-dependent test runs on, filtered by REHEARSE_TARGETS.
 * A Postgres server that is not available is a skip with its reason, unless
 * REHEARSE_REQUIRE_PG=1, where it is a failure.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { availableTargets, resolveTarget, type Target, type TargetAvailability, type TargetOptions } from '../../src/index.ts';

export const TARGETS: TargetAvailability[] = await availableTargets(process.env);
const requirePg = process.env.REHEARSE_REQUIRE_PG === '1';

export function describeEachTarget(
  title: string,
  body: (target: () => Target, name: TargetAvailability['name']) => void,
  /** The target families the suite applies to (default: all). */
  only: readonly TargetAvailability['name'][] = ['sqlite', 'pglite', 'postgres'],
  /** How the targets are opened: the property suites reuse clones, as the fuzz run does. */
  targetOptions: TargetOptions = {},
): void {
  for (const availability of TARGETS.filter((t) => only.includes(t.name))) {
    const label = `${title} [${availability.name}]`;
    const spec = availability.spec;
    if (spec === null) {
      if (requirePg) {
        describe(label, () => {
          it('has its target available (REHEARSE_REQUIRE_PG=1)', () => {
            throw new Error(`REHEARSE_REQUIRE_PG=1 but ${availability.reason}`);
          });
        });
      } else {
        describe.skip(`${label} — skipped: ${availability.reason}`, () => {
          it('runs when a Postgres server is available', () => {});
        });
      }
      continue;
    }
    describe(label, () => {
      let target: Target | undefined;
      beforeAll(() => {
        target = resolveTarget(spec, targetOptions);
      });
      afterAll(async () => {
        await target?.close();
      });
      body(() => {
        if (!target) throw new Error('target not resolved yet');
        return target;
      }, availability.name);
    });
  }
}

/** What a snapshot of a backend's own text is named by: `sqlite`, or the target and its server's major version (`postgres 15`). */
export async function backendLabel(
  clone: { session: { query: <T>(sql: string) => Promise<T[]> } },
  name: TargetAvailability['name'],
): Promise<string> {
  if (name === 'sqlite') return 'sqlite';
  const [row] = await clone.session.query<{ server_version_num: string }>('SHOW server_version_num');
  return `${name} ${String(row!.server_version_num).slice(0, 2)}`;
}
