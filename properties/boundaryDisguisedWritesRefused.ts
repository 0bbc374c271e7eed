import { disguisedWrites } from '../generators/effects.ts';
import { domainOf, sqlTextSchema } from '../generators/domains.ts';
import type { SuiteProperty } from './harness/property.ts';

/** Every disguised write or non-transactional effect is outside the mutation boundary. */
export const boundaryDisguisedWritesRefused: SuiteProperty<string> = {
  id: 'boundary.disguised-writes-refused',
  sentence: 'Every disguised write or non-transactional effect is outside the mutation boundary.',
  cost: 'pure',
  arbitrary: () => disguisedWrites,
  domain: domainOf(sqlTextSchema),
  check: async (sql, { engine }) => {
    await engine.loadParser();
    const statements = engine.classifyBatch(sql, 'postgres');
    return 'unreadable' in statements || statements.some((s) => s.class.violation !== null);
  },
};
