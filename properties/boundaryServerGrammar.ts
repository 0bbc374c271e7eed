import fc from 'fast-check';
import { domainOf, grammarCaseSchema } from '../generators/domains.ts';
import { GRAMMAR_CASES } from '../generators/effects.ts';
import type { SuiteProperty } from './harness/property.ts';

/** The boundary reads a statement with the grammar of the server that will run it. */
export const boundaryServerGrammar: SuiteProperty<{ server: number; statement: number }> = {
  id: 'boundary.server-grammar',
  sentence: 'The boundary reads a statement with the grammar of the server that will run it.',
  cost: 'pure',
  arbitrary: () => fc.record({ server: fc.integer({ min: 15, max: 18 }), statement: fc.nat({ max: GRAMMAR_CASES.length - 1 }) }),
  domain: domainOf(grammarCaseSchema),
  check: async ({ server, statement }, { engine }) => {
    const { sql, readAs } = GRAMMAR_CASES[statement]!;
    const grammar = await engine.grammarFor(server * 10_000 + 3);
    let read: string;
    try {
      read = JSON.stringify(grammar.parse(sql));
    } catch {
      read = 'syntax error';
    }
    const expected = readAs(server);
    return expected === 'syntax error' ? read === 'syntax error' : read.includes(expected);
  },
};
