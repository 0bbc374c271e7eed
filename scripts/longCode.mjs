// Lists the files over 400 lines and the functions over 60 (docs/layout.md, "Sizes, and the exceptions"):
// `node scripts/longCode.mjs [folders…]` (default: src properties cli generators bench).
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'properties', 'cli', 'generators', 'bench'];
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) files.push(p);
  }
};
roots.forEach(walk);
const fns = [],
  big = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const lines = text.split('\n').length;
  if (lines > 400) big.push([lines, f]);
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line,
        b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const len = b - a + 1;
      if (len > 60) {
        let name = n.name?.getText?.() ?? '';
        if (!name && n.parent) {
          const p = n.parent;
          name =
            (p.name?.getText?.() ?? '') ||
            (ts.isCallExpression(p) ? '(arg of ' + p.expression.getText().slice(0, 30) + ')' : '') ||
            (ts.isPropertyAssignment(p) ? p.name.getText() : '');
        }
        fns.push([len, `${f}:${a + 1}`, name || '<anon>']);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
big.sort((x, y) => y[0] - x[0]);
fns.sort((x, y) => y[0] - x[0]);
console.log('FILES > 400');
for (const b of big) console.log(b.join('  '));
console.log('FUNCTIONS > 60');
for (const f of fns) console.log(f.join('  '));
