/**
 * What keeps the README and docs/ honest: every link resolves (its file, and its #anchor to a
 * heading of that file), every repository path a command or code span names exists, and every
 * `npx rehearse …` and `npm run …` they show is a command the tool has.
 *
 *   npx tsx test/docs/checkDocs.ts      # prints each problem as file:line: problem; exit 1 if any
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface DocsProblem {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

export interface KnownCommands {
  /** Command paths the CLI has, e.g. `run`, `corpora merge`; '' is the program itself. */
  readonly rehearse: readonly string[];
  readonly npmScripts: readonly string[];
}

/** The documents checked: the README, every file in docs/, and the examples' READMEs. */
export function documents(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f));
  return ['README.md', ...docs, 'examples/README.md', 'examples/real-world/README.md', 'CONTRIBUTING.md'].filter((f) =>
    existsSync(join(root, f)),
  );
}

/** A heading's anchor as GitHub makes it. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of outsideFences(text)) {
    const m = /^#{1,6}\s+(.*)$/.exec(line.text);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

interface Line {
  readonly n: number;
  readonly text: string;
  readonly fenced: boolean;
}

function lines(text: string): Line[] {
  let fenced = false;
  return text.split('\n').map((t, i) => {
    if (t.startsWith('```')) {
      fenced = !fenced;
      return { n: i + 1, text: t, fenced: true };
    }
    return { n: i + 1, text: t, fenced };
  });
}
const outsideFences = (text: string) => lines(text).filter((l) => !l.fenced);

/** Top-level folders of the repository a path in the docs may start with. */
const REPO_DIRS = ['src', 'cli', 'test', 'properties', 'generators', 'examples', 'corpora', 'docs', 'scripts', 'bin', '.ci', '.github'];
const PATH = new RegExp(`(?<![\\w./-])(?:${REPO_DIRS.map((d) => d.replace('.', '\\.')).join('|')})/[\\w./@+-]*`, 'g');

/** The code in a document: fenced lines whole, and the spans between backticks elsewhere. */
function codeOf(line: Line): string[] {
  if (line.fenced) return line.text.startsWith('```') ? [] : [line.text];
  return [...line.text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

export function checkDocs(root: string, known: KnownCommands): DocsProblem[] {
  const problems: DocsProblem[] = [];
  const texts = new Map<string, string>();
  const read = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFileSync(join(root, file), 'utf8'));
    return texts.get(file)!;
  };
  for (const file of documents(root)) {
    for (const line of lines(read(file))) {
      const say = (problem: string) => problems.push({ file, line: line.n, problem });
      if (!line.fenced) {
        for (const m of line.text.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)) {
          const target = m[1]!;
          if (/^[a-z]+:/i.test(target)) continue;
          const [path, anchor] = target.split('#') as [string, string | undefined];
          const resolved = path === '' ? file : relative(root, join(root, dirname(file), path));
          if (!existsSync(join(root, resolved))) {
            say(`link to ${target}: no such file`);
            continue;
          }
          if (anchor !== undefined && resolved.endsWith('.md') && !anchors(read(resolved)).has(anchor))
            say(`link to ${target}: no heading #${anchor} in ${resolved}`);
        }
      }
      for (const code of codeOf(line)) {
        for (const m of code.matchAll(PATH)) {
          const path = m[0].replace(/[.,:;)]+$/, '');
          // Placeholders and patterns name no one file.
          if (/[<>…*{}$]/.test(code.slice(m.index, m.index + m[0].length + 1)) || path.endsWith('...')) continue;
          if (!existsSync(join(root, path))) say(`names ${path}, which does not exist`);
        }
        for (const m of code.matchAll(/npx rehearse((?:\s+[a-z][a-z-]*)*)/g)) {
          const words = m[1]!.trim().split(/\s+/).filter(Boolean);
          // The longest command path the words begin with must be the whole command: a first word that is no command is an error.
          if (words.length > 0 && !known.rehearse.includes(words[0]!)) say(`shows "npx rehearse ${words[0]}", which is no command`);
        }
        for (const m of code.matchAll(/npm run(?:\s+-s)?\s+([\w:-]+)/g)) {
          if (!known.npmScripts.includes(m[1]!)) say(`shows "npm run ${m[1]}", which package.json does not have`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { commandPaths } = await import('../../cli/main.ts');
  const root = join(import.meta.dirname, '..', '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const problems = checkDocs(root, { rehearse: commandPaths().map((p) => p.join(' ')), npmScripts: Object.keys(pkg.scripts) });
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.problem}`);
  console.log(`docs: ${documents(root).length} documents, ${problems.length} problems`);
  process.exitCode = problems.length ? 1 : 0;
}
