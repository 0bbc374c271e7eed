/**
 * `noiseText` is its definition — each byte of `noise` mapped to a letter of its alphabet, one
 * string per character joined — built in place (a large value is tens of thousands of characters):
 * the same text for every seed and length, so a stored fixture renders the SQL it was found with.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { noise, noiseText } from '../../generators/world/sql.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-';
const byDefinition = (seed: number, length: number) => Array.from(noise(seed, length), (b) => ALPHABET[b % ALPHABET.length]).join('');

it('is its definition for every seed and length', () => {
  for (const [seed, length] of [
    [0, 0],
    [1, 1],
    [2 ** 31 - 1, 40_000],
    [12_345, 8_193],
  ] as const)
    expect(noiseText(seed, length)).toBe(byDefinition(seed, length));
  fc.assert(
    fc.property(fc.nat({ max: 2 ** 31 - 1 }), fc.nat({ max: 10_000 }), (seed, length) => {
      expect(noiseText(seed, length)).toBe(byDefinition(seed, length));
    }),
    { numRuns: 300, seed: 41 },
  );
});
