import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../src/json/strictJson.ts';

const limits = { maxBytes: 1024 * 1024, maxDepth: 64 };
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseStrictJson', () => {
  it('round-trips every JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), (value) => {
        const result = parseStrictJson(bytes(JSON.stringify(value)), limits);
        expect(result.ok).toBe(true);
        if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a duplicate key planted at any depth (property)', () => {
    const keyed = fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 });
    fc.assert(
      fc.property(keyed, fc.nat({ max: 6 }), (object, depth) => {
        const [firstKey] = Object.keys(object);
        let text = JSON.stringify(object).replace(/^\{/, () => `{${JSON.stringify(firstKey)}:0,`);
        for (let i = 0; i < depth; i++) text = `{"wrap":[${text}]}`;
        const result = parseStrictJson(bytes(text), limits);
        expect(result).toMatchObject({ ok: false, problem: 'duplicate_key' });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'invalid_utf8'],
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('{}')]), 'bom'],
    ['trailing garbage', bytes('{} x'), 'syntax'],
    ['two documents', bytes('{}{}'), 'syntax'],
    ['single quotes', bytes("{'a':1}"), 'syntax'],
    ['a trailing comma', bytes('{"a":1,}'), 'syntax'],
    ['nesting 65 deep', bytes(`${'['.repeat(65)}${']'.repeat(65)}`), 'too_deep'],
    ['a million open brackets', bytes('['.repeat(1_000_000)), 'too_deep'],
    ['more than the size limit', Buffer.alloc(limits.maxBytes + 1, 0x20), 'too_large'],
    ['empty input', Buffer.alloc(0), 'syntax'],
  ])('refuses %s', (_name, input, problem) => {
    expect(parseStrictJson(input, limits)).toMatchObject({ ok: false, problem });
  });

  it('accepts nesting exactly at the limit, and keeps __proto__ as a plain key', () => {
    expect(parseStrictJson(bytes(`${'['.repeat(64)}${']'.repeat(64)}`), limits).ok).toBe(true);
    const result = parseStrictJson(bytes('{"__proto__":{"polluted":true}}'), limits);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.value as object)).toEqual(['__proto__']);
  });
});
