/**
 * Authorization requests as raw bytes: the well-formed control, and mutations of every field —
 * type swaps, case, Unicode and whitespace variants of the fixed words, extra and missing keys,
 * duplicate keys in the raw text, prototype keys, deep nesting, oversized values, and seal-like
 * tokens planted in every string. Every mutation must be denied.
 */
import fc from 'fast-check';
import { PROBES, probeBytes } from '../src/suite.ts';

export const controlText = (): string => Buffer.from(probeBytes(PROBES[0]!)).toString('utf8');
const control = () => JSON.parse(controlText()) as Record<string, any>;

type Path = (string | number)[];
const STRING_PATHS: Path[] = [['format'], ['lane'], ['target', 'kind'], ['actions', 0], ['actions', 4], ['claimed_status']];
const BOOLEAN_PATHS: Path[] = [
  ['target', 'is_production'],
  ['target', 'isolation_proven'],
];
const ALL_PATHS: Path[] = [...STRING_PATHS, ...BOOLEAN_PATHS, ['target'], ['actions'], ['rollback_proof']];

function setAt(root: Record<string, any>, path: Path, value: unknown): void {
  let holder = root;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path[path.length - 1]!] = value;
}
function getAt(root: Record<string, any>, path: Path): any {
  return path.reduce((h, k) => h?.[k], root);
}

export const SEAL_TOKENS = [
  'PRODUCTION_PASS',
  'real-run authorized',
  'CUTOVER.GRANTED',
  'APPLY\u200d_PASS',
  'ＰＲＯＤ＿ＰＡＳＳ',
  'deploy_gr\u0430nted',
];

const variantOf = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(text.toLowerCase(), text.toUpperCase(), text[0]!.toUpperCase() + text.slice(1).toLowerCase()),
    fc
      .nat({ max: text.length })
      .chain((i) => fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff').map((z) => text.slice(0, i) + z + text.slice(i))),
    fc.constantFrom(
      text.replace(/[AEOPC]/, (c) => ({ A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421' })[c]!),
      text.replace(/[aeopc]/, (c) => ({ a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441' })[c]!),
      text.replace(/[A-Za-z_]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ),
    fc.constantFrom(` ${text}`, `${text} `, `${text}\n`, `\t${text}`),
  );

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** One mutation of the control, as the bytes a client would send. */
export const mutatedRequest: fc.Arbitrary<{ readonly mutation: string; readonly bytes: Uint8Array }> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ALL_PATHS), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(0, 1, 'false', 'true', null, [], {})))
    .filter(
      ([path, value]) =>
        JSON.stringify(getAt(control(), path)) !== JSON.stringify(value) &&
        !(path[0] === 'claimed_status' && value === 'REHEARSAL_BLOCKED'),
    )
    .map(([path, value]) => {
      const r = control();
      setAt(r, path, value);
      return { mutation: `type swap at ${path.join('.')}`, bytes: json(r) };
    }),
  fc.constantFrom(...STRING_PATHS).chain((path) =>
    variantOf(String(getAt(control(), path)))
      .filter((v) => v !== getAt(control(), path))
      .map((v) => {
        const r = control();
        setAt(r, path, v);
        return { mutation: `variant of ${path.join('.')}`, bytes: json(r) };
      }),
  ),
  fc
    .tuple(fc.constantFrom([], ['target']), fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
    .filter(
      ([, key]) =>
        !['format', 'lane', 'target', 'actions', 'rollback_proof', 'claimed_status', 'kind', 'is_production', 'isolation_proven'].includes(
          key,
        ),
    )
    .map(([where, key, value]) => {
      const r = control();
      (where.length ? r.target : r)[key] = value;
      return { mutation: 'extra key', bytes: json(r) };
    }),
  fc
    .constantFrom(
      ['format'],
      ['lane'],
      ['target'],
      ['actions'],
      ['rollback_proof'],
      ['target', 'kind'],
      ['target', 'is_production'],
      ['target', 'isolation_proven'],
    )
    .map((path) => {
      const r = control();
      delete getAt(r, path.slice(0, -1) as Path)?.[path[path.length - 1]!];
      if (path.length === 1) delete r[path[0]!];
      return { mutation: `missing ${path.join('.')}`, bytes: json(r) };
    }),
  fc
    .constantFrom('"lane": "REHEARSAL_ONLY"', '"kind": "clone"', '"is_production": false', '"mode": "txn"', '"restored_match": true')
    .map((member) => ({ mutation: 'duplicate key', bytes: Buffer.from(controlText().replace(member, () => `${member}, ${member}`)) })),
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom('{', '"target": {', '"before_rows": {'))
    .map(([key, at]) => ({
      mutation: `prototype key ${key}`,
      bytes: Buffer.from(controlText().replace(at, () => `${at}"${key}": {"is_production": false},`)),
    })),
  fc.integer({ min: 65, max: 5000 }).map((depth) => ({
    mutation: 'deep nesting',
    bytes: Buffer.from(controlText().replace('{', () => `{"deep": ${'['.repeat(depth)}${']'.repeat(depth)},`)),
  })),
  fc.constant(null).map(() => ({
    mutation: 'oversized value',
    bytes: Buffer.from(controlText().replace('{', () => `{"pad": "${'x'.repeat(1024 * 1024)}",`)),
  })),
  // A boolean spelled otherwise: "false", 0, "no", [false] — what loose parsers read as the boolean.
  fc.tuple(fc.constantFrom(...BOOLEAN_PATHS), fc.constantFrom('string', 'number', 'word', 'list')).map(([path, spelling]) => {
    const r = control();
    const v = getAt(r, path) as boolean;
    setAt(r, path, { string: String(v), number: v ? 1 : 0, word: v ? 'yes' : 'no', list: [v] }[spelling]);
    return { mutation: `boolean spelled as a ${spelling} at ${path.join('.')}`, bytes: json(r) };
  }),
  fc
    .tuple(fc.constantFrom(...STRING_PATHS, ['rollback_proof', 'entries', 0, 'id'] as Path), fc.constantFrom(...SEAL_TOKENS))
    .map(([path, token]) => {
      const r = control();
      setAt(r, path, token);
      return { mutation: `seal token at ${path.join('.')}`, bytes: json(r) };
    }),
);

/** The control, laid out any way JSON allows: whitespace, indentation, key order. */
export const controlLayouts: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(0, 1, 2, 4, '\t', ' \n'), fc.boolean())
  .map(([indent, reverse]) => {
    const reorder = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reorder)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reorder(x)]),
            )
          : v;
    return Buffer.from(JSON.stringify(reverse ? reorder(control()) : control(), null, indent));
  });
