import { availableTargets } from '../../src/index.ts';
import type { Output } from '../output.ts';

/** `rehearse targets`: which targets can run here, and why the others cannot. */
export async function listTargets(output: Output, json: boolean): Promise<number> {
  const targets = await availableTargets(process.env);
  if (json) {
    output.out(
      JSON.stringify(
        targets.map((t) => ({ ...t, spec: t.spec?.startsWith('postgres') ? 'REHEARSE_PG_URL' : t.spec })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const t of targets) {
    const state = t.spec === null ? 'unavailable' : 'available';
    output.out(`${t.name.padEnd(8)} ${state.padEnd(12)} ${t.reason}`);
  }
  return 0;
}
