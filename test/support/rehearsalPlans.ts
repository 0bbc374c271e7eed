/** Plans a test writes into a directory of its own: a SQL clone source, an apply file pinned by its sha256, justifications. */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, type RehearsalPlan } from '../../src/index.ts';

export type Justification = { statement: number; kind: string } & Record<string, unknown>;

/** A writer of rehearsal-plan/v2 plans into `work`, each under a name of its own; `extra`: more of the plan's fields. */
export function planWriter(
  work: string,
): (source: string, apply: string, justified?: readonly Justification[], extra?: object) => RehearsalPlan {
  let plans = 0;
  return (source, apply, justified = [], extra = {}) => {
    const name = `case-${++plans}`;
    writeFileSync(join(work, `${name}.source.sql`), source);
    writeFileSync(join(work, `${name}.sql`), apply);
    const plan = {
      format: 'rehearsal-plan/v2',
      clone_from: { sql: `${name}.source.sql` },
      apply: { file: `${name}.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
      policy: { justified: justified.map((j) => ({ ...j, reason: 'the test' })) },
      ...extra,
    };
    const file = join(work, `${name}.json`);
    writeFileSync(file, JSON.stringify(plan));
    return parsePlan(file, Buffer.from(JSON.stringify(plan)));
  };
}
