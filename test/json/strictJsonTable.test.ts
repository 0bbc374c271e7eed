import { describe, expect, it } from 'vitest';
import { isJsonObject, parseStrictJson } from '../../src/json/strictJson.ts';

/** Small limits, so every boundary is one byte or one bracket away. */
const limits = { maxBytes: 64, maxDepth: 3 };
const text = (t: string) => Buffer.from(t, 'utf8');
const raw = (...b: number[]) => Buffer.from(b);

describe('parseStrictJson: the exact result for each input (limits: 64 bytes, depth 3)', () => {
  it.each([
    // Depth: brackets inside strings do not count; an escaped quote does not end a string.
    ['brackets inside a string', text('[["[[[[{{"]]'), { ok: true, value: [['[[[[{{']] }],
    ['an escaped quote, then brackets in the same string', text('["\\"[[[["]'), { ok: true, value: ['"[[[['] }],
    ['an escaped quote, then real nesting', text('["\\"", [[[]]]]'), { ok: false, problem: 'too_deep', detail: 'nested deeper than 3' }],
    ['an escaped backslash ends before the quote', text('["\\\\", [[]]]'), { ok: true, value: ['\\', [[]]] }],
    ['depth at the limit', text('[[[]]]'), { ok: true, value: [[[]]] }],
    [
      'siblings at the limit (closing brackets count down)',
      text('[[[]],[[]],[[]],{"a":{}}]'),
      { ok: true, value: [[[]], [[]], [[]], { a: {} }] },
    ],
    ['one past the limit', text('[[[[]]]]'), { ok: false, problem: 'too_deep', detail: 'nested deeper than 3' }],
    ['objects one past the limit', text('{"a":{"b":{"c":{}}}}'), { ok: false, problem: 'too_deep', detail: 'nested deeper than 3' }],
    // Scalars.
    ['scalars', text('[null,true,false,-0.5,"s"]'), { ok: true, value: [null, true, false, -0.5, 's'] }],
    // Duplicate keys: the path names the container and the member.
    ['a duplicate at the top', text('{"a":1,"a":2}'), { ok: false, problem: 'duplicate_key', detail: 'duplicate key at $ member #2' }],
    [
      'a duplicate in an array element',
      text('[0,{"a":1,"a":2}]'),
      { ok: false, problem: 'duplicate_key', detail: 'duplicate key at $[1] member #2' },
    ],
    [
      'a duplicate in a member',
      text('{"x":1,"y":{"a":1,"b":2,"a":3}}'),
      { ok: false, problem: 'duplicate_key', detail: 'duplicate key at $.#2 member #3' },
    ],
    // Size: the limit itself is allowed.
    ['exactly the size limit', text(`"${'x'.repeat(62)}"`), { ok: true, value: 'x'.repeat(62) }],
    ['one byte over', text(`"${'x'.repeat(63)}"`), { ok: false, problem: 'too_large', detail: 'more than 64 bytes' }],
    // The byte order mark is all three bytes at the start, nothing less.
    ['a BOM', raw(0xef, 0xbb, 0xbf, 0x31), { ok: false, problem: 'bom', detail: 'starts with a byte order mark' }],
    [
      'U+F000 at the start (0xef, not a BOM)',
      raw(0xef, 0x80, 0x80),
      { ok: false, problem: 'syntax', detail: 'not a single JSON value (error at line:column 1:1)' },
    ],
    [
      'U+EEFF at the start (0xbb 0xbf after another lead byte)',
      raw(0xee, 0xbb, 0xbf),
      { ok: false, problem: 'syntax', detail: 'not a single JSON value (error at line:column 1:1)' },
    ],
    [
      'U+FEC0 at the start (0xef 0xbb, then not 0xbf)',
      raw(0xef, 0xbb, 0x80),
      { ok: false, problem: 'syntax', detail: 'not a single JSON value (error at line:column 1:1)' },
    ],
    ['invalid UTF-8', raw(0x22, 0xff, 0x22), { ok: false, problem: 'invalid_utf8', detail: 'not valid UTF-8' }],
    // Syntax errors keep momoa's position, never the character found.
    [
      'garbage after the value',
      text('{} x'),
      { ok: false, problem: 'syntax', detail: 'not a single JSON value (error at line:column 1:4)' },
    ],
    [
      'an error at line 12, column 11',
      text(`${'\n'.repeat(11)}          x`),
      { ok: false, problem: 'syntax', detail: 'not a single JSON value (error at line:column 12:11)' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseStrictJson(input, limits)).toEqual(expected);
  });

  it('isJsonObject is true for an object only', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1, true, undefined].map(isJsonObject)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
