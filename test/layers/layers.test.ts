/**
 * The layers hold: `bin → cli and bench → properties → generators → src`, never upwards, and nothing above
 * `src/` reaches into its internals. Code above `src/` uses only what `src/index.ts` (the public API)
 * or `src/suite.ts` (what the suite uses besides, not exported by the package) export; it may import
 * such a name from the module that defines it (the CLI does, so that a command loads only what it
 * uses), never a name neither exports. And no two files import each other, however far round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const LAYERS = ['src', 'generators', 'properties', 'bench', 'cli', 'bin'] as const;
type Layer = (typeof LAYERS)[number];
/** The benchmarks are commands too: bench/ and cli/ stand on one level and may use each other. */
const RANK: Record<Layer, number> = { src: 0, generators: 1, properties: 2, bench: 3, cli: 3, bin: 4 };

interface Import {
  readonly from: string;
  readonly to: string;
  readonly names: readonly string[] | '*';
  readonly line: number;
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every static import or re-export and every dynamic import of a relative path, with the names it takes. */
function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const to = (spec: string) => relative(root, resolve(root, dirname(file), spec));
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']+)'/gm)) {
    const clause = m[2]!.trim();
    const braces = /\{([\s\S]*)\}/.exec(clause);
    const names =
      clause.startsWith('*') || (!braces && clause !== '')
        ? '*'
        : braces![1]!
            .split(',')
            .map((n) =>
              n
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)[0]!
                .trim(),
            )
            .filter(Boolean);
    out.push({ from: file, to: to(m[3]!), names, line: lineAt(m.index!) });
  }
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g))
    out.push({ from: file, to: to(m[1]!), names: '*', line: lineAt(m.index!) });
  return out;
}

const layerOf = (path: string): Layer | null => LAYERS.find((l) => path === l || path.startsWith(`${l}/`)) ?? null;

/** The surfaces code above src/ may use: the public API, and what the suite uses besides (not exported by the package). */
const SURFACES = ['src/index.ts', 'src/suite.ts'];

/** What src/index.ts and src/suite.ts export, by the module they export it from. */
function publicSurface(): Map<string, Set<string> | '*'> {
  const surface = new Map<string, Set<string> | '*'>();
  for (const i of SURFACES.flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')))) {
    if (i.names === '*') surface.set(i.to, '*');
    else if (surface.get(i.to) !== '*') surface.set(i.to, new Set([...((surface.get(i.to) as Set<string> | undefined) ?? []), ...i.names]));
  }
  return surface;
}

const sourcesOfDist = (to: string) => to.replace(/^dist\//, '').replace(/\.js$/, '.ts');

/** The import circles among `files`: every strongly connected part of more than one file, or a file importing itself (Tarjan). */
function circles(files: readonly string[], imports: readonly Import[]): string[][] {
  const edges = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const i of imports) if (edges.has(i.to)) edges.get(i.from)?.push(i.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || edges.get(v)!.includes(v)) found.push(part.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

describe('reading imports', () => {
  it('finds static imports with their names, re-exports, and dynamic imports, line by line', () => {
    const text = [
      "import { createHash } from 'node:crypto';",
      "import { a, type B, c as d } from '../src/x.ts';",
      "import type { E } from './e.ts';",
      "export { f } from '../src/f.ts';",
      "const g = await import('../src/g.ts');",
      "import * as h from '../src/h.ts';",
    ].join('\n');
    expect(importsOf('cli/main.ts', text)).toEqual([
      { from: 'cli/main.ts', to: 'src/x.ts', names: ['a', 'B', 'c'], line: 2 },
      { from: 'cli/main.ts', to: 'cli/e.ts', names: ['E'], line: 3 },
      { from: 'cli/main.ts', to: 'src/f.ts', names: ['f'], line: 4 },
      { from: 'cli/main.ts', to: 'src/h.ts', names: '*', line: 6 },
      { from: 'cli/main.ts', to: 'src/g.ts', names: '*', line: 5 },
    ]);
  });
});

describe('finding circles', () => {
  const imp = (from: string, to: string): Import => ({ from, to, names: '*', line: 1 });
  it('finds a circle of any length, and a file importing itself, and nothing in a tree', () => {
    const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'];
    expect(circles(files, [imp('a.ts', 'b.ts'), imp('b.ts', 'c.ts'), imp('c.ts', 'd.ts'), imp('a.ts', 'd.ts')])).toEqual([]);
    expect(circles(files, [imp('a.ts', 'b.ts'), imp('b.ts', 'c.ts'), imp('c.ts', 'a.ts'), imp('d.ts', 'a.ts')])).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
    ]);
    expect(circles(files, [imp('e.ts', 'e.ts')])).toEqual([['e.ts']]);
  });
});

describe('the layers', () => {
  const files = LAYERS.flatMap(sources);
  const imports = files.flatMap((f) => importsOf(f, readFileSync(join(root, f), 'utf8')));

  it('reads every import there is', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.length).toBeGreaterThan(300);
  });

  it('never import upwards: bin → cli and bench → properties → generators → src', () => {
    const upwards = imports.flatMap((i) => {
      const from = layerOf(i.from);
      const to = layerOf(sourcesOfDist(i.to));
      return from && to && RANK[to] > RANK[from] ? [`${i.from}:${i.line} imports ${i.to}`] : [];
    });
    expect(upwards).toEqual([]);
  });

  it('have no import circle, type-only imports included', () => {
    const ts = files.filter((f) => f.endsWith('.ts'));
    expect(circles(ts, imports).map((part) => part.join(' → '))).toEqual([]);
  });

  it('use only what src/index.ts and src/suite.ts export', () => {
    const surface = publicSurface();
    const internal = imports.flatMap((i) => {
      if (layerOf(i.from) === 'src' || layerOf(i.from) === 'bin' || layerOf(i.to) !== 'src' || SURFACES.includes(i.to)) return [];
      const exported = surface.get(i.to);
      if (exported === '*') return [];
      // A whole module (a dynamic import, `* as`): it must be one src/index.ts exports from.
      if (i.names === '*')
        return exported === undefined
          ? [`${i.from}:${i.line} loads ${i.to}, which neither src/index.ts nor src/suite.ts exports anything from`]
          : [];
      const missing = i.names.filter((n) => !exported?.has(n));
      return missing.length > 0 ? [`${i.from}:${i.line} takes ${missing.join(', ')} from ${i.to}`] : [];
    });
    expect(internal).toEqual([]);
  });
});
