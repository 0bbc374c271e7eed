/**
 * Every property's domain accepts everything its generator makes (else a fresh fixture would be
 * called out of date), and refuses values today's generators could not make.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { PROPERTY_REGISTRY } from '../../properties/registry.ts';
import { resolveTarget } from '../../src/index.ts';
import { decodeValue, encodeValue } from '../../properties/corpus/valueCodec.ts';
import { stateAndBatchSchema, domainOf } from '../../generators/domains.ts';

const SAMPLES = 300;
const target = resolveTarget('sqlite::memory:');

describe('generator domains', () => {
  for (const [id, make] of Object.entries(PROPERTY_REGISTRY)) {
    it(`${id}: its domain holds every generated value, also after the fixture codec`, async () => {
      const { property, dispose } = make(target);
      try {
        const values = fc.sample(property.arbitrary({ engine: realEngine, target }), { numRuns: SAMPLES, seed: 42 });
        expect(values).toHaveLength(SAMPLES);
        for (const value of values) {
          expect(property.domain(value), JSON.stringify(encodeValue(value)).slice(0, 400)).toBeNull();
          expect(property.domain(decodeValue(encodeValue(value)))).toBeNull();
        }
      } finally {
        await dispose();
      }
    });
  }

  const domain = domainOf(stateAndBatchSchema);
  const valid = fc
    .sample(PROPERTY_REGISTRY['rollback.txn-restores-before']!(target).property.arbitrary({ engine: realEngine, target }), {
      numRuns: 50,
      seed: 7,
    })
    .find((v: any) => v.state.tables[0].keyColumns > 0 && v.state.tables[0].rows.length > 0 && !v.batch.failsMidway) as any;

  it.each([
    [
      'a column type no generator makes',
      (v: any) => {
        v.state.tables[0].columns[0].type = 'money';
      },
      /type/,
    ],
    [
      'a row index past the table',
      (v: any) => {
        v.batch.statements = [{ op: 'delete', table: 0, row: 99 }];
      },
      /no row 99/,
    ],
    [
      'a table index past the state',
      (v: any) => {
        v.batch.statements = [{ op: 'delete', table: 9, row: 0 }];
      },
      /no table 9/,
    ],
    [
      'a key column that allows NULL',
      (v: any) => {
        v.state.tables[0].columns[0].nullable = true;
      },
      /key columns/,
    ],
    [
      'a row with a missing value',
      (v: any) => {
        v.state.tables[0].rows[0].pop();
      },
      /values for/,
    ],
    [
      'a statement kind that was removed',
      (v: any) => {
        v.batch.statements = [{ op: 'truncate', table: 0 }];
      },
      /op/,
    ],
    [
      'an unknown field',
      (v: any) => {
        v.batch.note = 'x';
      },
      /note|key/i,
    ],
    [
      'failsMidway without its duplicate',
      (v: any) => {
        v.batch.failsMidway = true;
      },
      /failsMidway/,
    ],
  ])('refuses %s, naming why', (_name, mutate, why) => {
    expect(valid, 'a keyed state with a row among 50 samples').toBeDefined();
    expect(domain(valid)).toBeNull();
    const changed = structuredClone(valid);
    mutate(changed);
    expect(domain(changed)).toMatch(why);
  });
});
