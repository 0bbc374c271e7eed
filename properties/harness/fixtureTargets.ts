/** Resolves a fixture's target family to a target available here, or says why there is none. */
import { availableTargets, harnessSpec, resolveTarget, type Target } from '../../src/index.ts';

export async function fixtureTargetResolver(env: { REHEARSE_PG_URL?: string | undefined }) {
  const available = await availableTargets({ ...env, REHEARSE_TARGETS: '' });
  const opened: Target[] = [];
  const targetFor = (family: string): Target | { readonly unavailable: string } => {
    const entry = available.find((a) => a.name === family);
    if (!entry) return { unavailable: `unknown target family ${JSON.stringify(family)}` };
    if (entry.spec === null) return { unavailable: entry.reason };
    const target = resolveTarget(harnessSpec(entry)!, { reuseClones: true });
    opened.push(target);
    return target;
  };
  return {
    targetFor,
    close: async () => {
      for (const t of opened.splice(0)) await t.close();
    },
  };
}
