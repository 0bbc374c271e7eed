/** Every way a token can be dressed up, built from one base word. */
export function tokenVariants(word = 'PRODUCTION', suffix = 'PASS'): string[] {
  return [
    `${word}_${suffix}`,
    `${word}-${suffix}`,
    `${word}.${suffix}`,
    `${word} ${suffix}`,
    `${word}__${suffix}`,
    `${word}_${suffix}`.toLowerCase(),
    `${word}_${suffix}`.replace(/./g, (c, i) => (i % 2 ? c.toLowerCase() : c)),
    `${word}_\u200d${suffix}`,
    `${word.slice(0, 3)}\u200b${word.slice(3)}_${suffix}`,
    `${word}\u2060_${suffix}\ufeff`,
    `${word}_${suffix}`.replace(/[A-Z_]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    `${word}_${suffix.replace('A', '\u0410')}`,
    `${word}\u2010${suffix}`,
    `${word}\u00a0${suffix}`,
  ];
}
