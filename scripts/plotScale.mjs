#!/usr/bin/env node
// Draws the scale ladder of `rehearse bench scale --json FILE` as an SVG: the time ratio against
// the bare baseline and the peak memory, each by rows (log scale), one line per target.
//   node scripts/plotScale.mjs reports/scale.json docs/scale.svg
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/plotScale.mjs BENCH-SCALE.json OUT.svg');
  process.exit(2);
}
const { format, rungs } = JSON.parse(readFileSync(input, 'utf8'));
if (format !== 'bench-scale/v1') {
  console.error(`${input}: not a bench-scale/v1 file`);
  process.exit(2);
}
const measured = rungs.filter((r) => r.ratio !== undefined);
const targets = [...new Set(measured.map((r) => r.target))];
const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];
const W = 360;
const H = 240;
const M = { left: 56, right: 16, top: 28, bottom: 44 };
const rows = measured.map((r) => r.rows);
const [x0, x1] = [Math.log10(Math.min(...rows)), Math.log10(Math.max(...rows))];
const x = (n) => M.left + ((Math.log10(n) - x0) / Math.max(1e-9, x1 - x0)) * (W - M.left - M.right);

function panel(offset, title, value, unit) {
  const values = measured.map(value);
  const top = Math.max(...values) * 1.15 || 1;
  const y = (v) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const parts = [
    `<g transform="translate(${offset},0)">`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-weight="bold">${title}</text>`,
  ];
  parts.push(`<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#000"/>`);
  parts.push(`<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#000"/>`);
  for (const n of [...new Set(rows)]) {
    const label = n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
    parts.push(`<text x="${x(n)}" y="${H - M.bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    parts.push(`<text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${v >= 10 ? Math.round(v) : v.toFixed(1)}</text>`);
  }
  parts.push(`<text x="${W / 2}" y="${H - 8}" text-anchor="middle">rows (log scale) · ${unit}</text>`);
  targets.forEach((target, i) => {
    const points = measured.filter((r) => r.target === target).sort((a, b) => a.rows - b.rows);
    const path = points.map((r) => `${x(r.rows).toFixed(1)},${y(value(r)).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${colours[i % colours.length]}" stroke-width="2" points="${path}"/>`);
    for (const r of points) parts.push(`<circle cx="${x(r.rows)}" cy="${y(value(r))}" r="3" fill="${colours[i % colours.length]}"/>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

const legend = targets
  .map(
    (t, i) =>
      `<text x="${16 + i * 260}" y="${H + 20}" fill="${colours[i % colours.length]}">■ ${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
  )
  .join('\n');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 32}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${panel(0, 'rehearsal / bare baseline', (r) => r.ratio, 'ratio')}
${panel(W, 'peak memory of rehearse run', (r) => r.process?.peakRssBytes / 2 ** 20, 'MiB')}
${legend}
</svg>
`;
writeFileSync(output, svg);
console.log(`${output}: ${measured.length} measured rungs, ${targets.length} targets`);
