/**
 * report.html: one self-contained page (inline SVG and CSS, no scripts, no network) that reads
 * top to bottom as a person wants it — failures first, each with the command that reproduces
 * it; then what changed since the previous run; then cases over time per unit and the rates,
 * both on a log scale (a PGlite unit runs a hundred times slower than a pure one and still
 * shows); then every number in a table.
 */
import type { FuzzReport } from './fuzzReport.ts';

type Result = FuzzReport['results'][number];

/** The signatures a result failed with: its new ones, and every one it found (reports before `found` have only the new). */
export const signaturesOf = (r: Result): string[] => [...r.new_signatures, ...(r.found ?? []).map((f) => f.signature)];

export const short = (signature: string) => signature.slice('sha256:'.length, 'sha256:'.length + 12);

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const unitLabel = (r: { property: string; target: string }) => `${r.property} [${r.target}]`;
const fixed1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** Powers of ten from below `min` to above `max`: the ticks of a log axis. */
function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

const tickText = (v: number) => (v >= 1000 ? `${v / 1000}k` : String(v));

function failuresSection(report: FuzzReport): string {
  // One row per unit and signature: the first time it was found, and how often.
  const rows = report.results.flatMap((r) => {
    const bySignature = new Map<string, { f: NonNullable<Result['found']>[number]; times: number }>();
    for (const f of r.found ?? []) {
      const seen = bySignature.get(f.signature);
      if (seen) seen.times++;
      else bySignature.set(f.signature, { f, times: 1 });
    }
    return [...bySignature.values()].map(({ f, times }) => ({ r, f, times }));
  });
  // Reports written before failures were listed one by one still name their new fixtures.
  const legacy = report.results
    .filter((r) => r.found === undefined)
    .flatMap((r) => r.fixtures_written.map((fixture, i) => ({ r, fixture, signature: r.new_signatures[i] ?? '' })));
  if (rows.length === 0 && legacy.length === 0) {
    return `<h2 id="failures">Failures</h2>\n<p class="ok">No failures: every case of every unit held.</p>`;
  }
  const body = rows.map(
    ({ r, f, times }) =>
      `<tr><td>${escapeHtml(unitLabel(r))}</td><td><code>${short(f.signature)}</code></td><td>${f.new ? '<strong>new</strong>' : 'known'}${times > 1 ? `, found ${times}×` : ''}</td>` +
      `<td>${f.counterexample_chars} chars</td><td>${fixed1(f.seconds)} s</td><td>${escapeHtml(f.message)}</td>` +
      `<td>${f.fixture ? `<code>npx rehearse replay ${escapeHtml(f.fixture)}</code>` : '–'}</td></tr>`,
  );
  const legacyRows = legacy.map(
    ({ r, fixture, signature }) =>
      `<tr><td>${escapeHtml(unitLabel(r))}</td><td><code>${short(signature)}</code></td><td><strong>new</strong></td><td>–</td><td>–</td><td>–</td><td><code>npx rehearse replay ${escapeHtml(fixture)}</code></td></tr>`,
  );
  return `<h2 id="failures">Failures (${rows.length + legacy.length})</h2>
<table class="failures"><tr><th>unit</th><th>signature</th><th></th><th>shrunk to</th><th>found after</th><th>what failed</th><th>reproduce with</th></tr>
${[...body, ...legacyRows].join('\n')}
</table>`;
}

function comparisonSection(report: FuzzReport): string {
  const c = report.comparison;
  if (!c) return '';
  const owner = new Map(report.results.flatMap((r) => signaturesOf(r).map((s) => [s, unitLabel(r)] as const)));
  const list = (title: string, signatures: readonly string[]) =>
    `<li>${title}: ${
      signatures.length === 0
        ? 'none'
        : signatures.map((s) => `<code>${short(s)}</code>${owner.has(s) ? ` (${escapeHtml(owner.get(s)!)})` : ''}`).join(', ')
    }</li>`;
  const rates = [...c.rates]
    .map((r) => ({ ...r, ratio: r.before > 0 ? r.after / r.before : null }))
    .sort((a, b) => (a.ratio ?? Infinity) - (b.ratio ?? Infinity));
  const rateRows = rates.map(
    (r) =>
      `<tr><td>${escapeHtml(unitLabel(r))}</td><td>${r.before}</td><td>${r.after}</td>` +
      `<td class="${r.ratio !== null && r.ratio < 0.5 ? 'slower' : r.ratio !== null && r.ratio > 2 ? 'faster' : ''}">${r.ratio === null ? '–' : `×${r.ratio.toFixed(2)}`}</td></tr>`,
  );
  return `<h2 id="comparison">Compared with the run of ${escapeHtml(c.previous_start)}</h2>
<ul>${list('New failures', c.new)}${list('Fixed (failed then, held now)', c.fixed)}${list('Still failing', c.still_failing)}</ul>
<table><tr><th>unit</th><th>runs/s then</th><th>runs/s now</th><th>change</th></tr>
${rateRows.join('\n')}
</table>`;
}

/** A chart's plot area: `left` for the y labels, 10 px on the right, 8 above, 22 below for the time axis; x is the run's seconds. */
function frame(report: FuzzReport, width: number, height: number, left: number) {
  const top = 8;
  const plotW = width - left - 10;
  const plotH = height - top - 22;
  const seconds = Math.max(1, report.elapsed_seconds);
  const x = (s: number) => left + (Math.min(s, seconds) / seconds) * plotW;
  return { width, height, left, top, plotW, plotH, seconds, x };
}

/** Steps, not slopes: a count holds until the next sample, then jumps; the last holds to the run's end. */
const stepPath = (points: readonly (readonly [number, number])[], f: ReturnType<typeof frame>, y: (v: number) => number) =>
  points
    .map(([s, v], i) => (i === 0 ? `M${f.x(s).toFixed(1)},${y(v).toFixed(1)}` : `H${f.x(s).toFixed(1)} V${y(v).toFixed(1)}`))
    .join(' ') + ` H${f.x(f.seconds).toFixed(1)}`;

/** Cumulative cases against time, one small chart per unit, the cases on a log axis. */
function timelineCharts(report: FuzzReport): string {
  const f = frame(report, 300, 130, 44);
  const { width, height, left, top, plotW, plotH, seconds, x } = f;
  const charts = report.results.map((r) => {
    const points = r.timeline ?? [
      [0, 0],
      [r.seconds, r.runs],
    ];
    const ticks = decades(1, Math.max(10, r.runs));
    const lo = Math.log10(ticks[0]!);
    const hi = Math.log10(ticks[ticks.length - 1]!);
    const y = (runs: number) => top + plotH - ((Math.log10(Math.max(1, runs)) - lo) / (hi - lo)) * plotH;
    const d = stepPath(points, f, y);
    const grid = ticks
      .map(
        (t) =>
          `<line x1="${left}" x2="${left + plotW}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/><text x="${left - 4}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${tickText(t)}</text>`,
      )
      .join('');
    const failed = (r.found ?? [])
      .map(
        (f) =>
          `<circle cx="${x(f.seconds).toFixed(1)}" cy="${top + 4}" r="4" class="fail"><title>${escapeHtml(short(f.signature))}</title></circle>`,
      )
      .join('');
    return (
      `<figure><figcaption>${escapeHtml(unitLabel(r))} — ${r.runs} cases</figcaption>
<svg role="img" aria-label="cases over time, ${escapeHtml(unitLabel(r))}" width="${width}" height="${height}" font-size="10">${grid}` +
      `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>` +
      `<text x="${left}" y="${height - 6}">0 s</text><text x="${left + plotW}" y="${height - 6}" text-anchor="end">${fixed1(seconds)} s</text>` +
      `<path d="${d}" class="line"/>${failed}</svg></figure>`
    );
  });
  return `<h2 id="timeline">Cases over time (log scale)</h2>
<p>Each unit's cases so far against the run's time; a red dot is a failure found.</p>
<div class="grid">${charts.join('\n')}</div>`;
}

/** Branch blocks of src/ reached over the run (one line), and per unit what it reached first and how long ago. */
function coverageSection(report: FuzzReport): string {
  const c = report.coverage;
  if (!c) return '';
  const f = frame(report, 620, 180, 54);
  const { width, height, left, top, plotW, plotH, seconds } = f;
  const most = Math.max(1, c.blocks);
  const y = (b: number) => top + plotH - (b / most) * plotH;
  const d = stepPath(c.timeline, f, y);
  const rows = report.results
    .filter((r) => r.blocks !== undefined)
    .sort((a, b) => (b.blocks ?? 0) - (a.blocks ?? 0))
    .map(
      (r) =>
        `<tr><td>${escapeHtml(unitLabel(r))}</td><td>${r.blocks}</td><td>${r.seconds_since_new_coverage === null || r.seconds_since_new_coverage === undefined ? 'never' : `${fixed1(r.seconds_since_new_coverage)} s`}</td><td>${r.runs}</td></tr>`,
    );
  return (
    `<h2 id="coverage">Branch coverage of src/ over time</h2>
<p>schedule ${escapeHtml(report.schedule ?? 'round-robin')} · ${c.blocks} blocks reached (V8 block coverage of the engine's own code)</p>
<svg role="img" aria-label="branch blocks of src over time" width="${width}" height="${height}" font-size="10">` +
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>` +
    `<text x="${left - 4}" y="${top + 8}" text-anchor="end">${most}</text><text x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>` +
    `<text x="${left}" y="${height - 6}">0 s</text><text x="${left + plotW}" y="${height - 6}" text-anchor="end">${fixed1(seconds)} s</text>` +
    `<path d="${d}" class="line"/></svg>
<table><tr><th>unit</th><th>blocks reached first</th><th>since its last new block</th><th>cases</th></tr>
${rows.join('\n')}
</table>`
  );
}

/** Runs per second as bars on a log axis. */
function rateChart(report: FuzzReport): string {
  const rates = report.results.map((r) => r.runs_per_second);
  const positive = rates.filter((v) => v > 0);
  const ticks = decades(Math.min(0.1, ...positive), Math.max(10, ...positive));
  const lo = Math.log10(ticks[0]!);
  const hi = Math.log10(ticks[ticks.length - 1]!);
  const labelWidth = 360;
  const barWidth = 460;
  const rowHeight = 20;
  const top = 18;
  const height = top + report.results.length * rowHeight + 6;
  const x = (v: number) => labelWidth + ((Math.log10(v) - lo) / (hi - lo)) * barWidth;
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 4}" y2="${height}" class="grid"/><text x="${x(t).toFixed(1)}" y="${top - 6}" text-anchor="middle">${tickText(t)}</text>`,
    )
    .join('');
  const bars = report.results.map((r, i) => {
    const y = top + i * rowHeight;
    const w = r.runs_per_second > 0 ? Math.max(2, x(r.runs_per_second) - labelWidth) : 0;
    return (
      `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(unitLabel(r))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 7}" class="${r.failures > 0 ? 'bar fail' : 'bar'}"/>` +
      `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 14}">${r.runs_per_second}/s</text>`
    );
  });
  return `<h2 id="rates">Runs per second (log scale)</h2>
<svg role="img" aria-label="runs per second" width="${labelWidth + barWidth + 80}" height="${height}" font-size="12">${grid}${bars.join('')}</svg>`;
}

function resultsTable(report: FuzzReport): string {
  const rows = report.results.map(
    (r: Result) =>
      `<tr><td>${escapeHtml(r.property)}</td><td>${escapeHtml(r.target)}</td><td>${r.runs}</td><td>${r.runs_per_second}</td><td>${r.seconds}</td>` +
      `<td>${r.failures}</td><td>${r.new_signatures.map((s) => `<code>${short(s)}</code>`).join(' ')}</td><td>${escapeHtml(r.error ?? '')}</td></tr>`,
  );
  return `<h2 id="results">All results</h2>
<table><tr><th>property</th><th>target</th><th>runs</th><th>runs/s</th><th>seconds</th><th>failures</th><th>new signatures</th><th>note</th></tr>
${rows.join('\n')}
</table>`;
}

const STYLE = `body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;font-size:13px;vertical-align:top}
.failures td:nth-child(6){min-width:280px}.failures td:last-child code{word-break:break-all}.ok{color:#1a7f37}
.grid{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;border:1px solid #eee;padding:4px}figcaption{font-size:12px}
svg .grid{stroke:#e5e5e5}svg .axis{stroke:#999}svg .line{fill:none;stroke:#2c7fb8;stroke-width:2}svg .fail{fill:#c0392b}
svg .bar{fill:#2c7fb8}svg .bar.fail{fill:#c0392b}svg text{fill:#333;font-family:sans-serif}
.slower{color:#c0392b}.faster{color:#1a7f37}`;

export function renderHtml(report: FuzzReport): string {
  const totals = report.totals;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fuzz run ${escapeHtml(report.start)}</title>
<style>${STYLE}</style></head>
<body>
<h1>Fuzz run ${escapeHtml(report.start)}</h1>
<p>seed ${report.seed} · shard ${escapeHtml(report.shard)} · budget ${report.budget_seconds} s · ran ${report.elapsed_seconds} s${report.interrupted ? ' · <strong>interrupted</strong>' : ''} · targets ${escapeHtml(report.targets.join(', '))}${report.unavailable_targets.map((u) => ` · ${escapeHtml(u.target)} left out: ${escapeHtml(u.reason)}`).join('')}</p>
<p>runs ${totals.runs} · failures ${totals.failures} · new signatures ${totals.new_signatures} · fixtures written ${totals.fixtures_written} · the corpus held ${report.known_signatures_at_start} at the start</p>
${failuresSection(report)}
${comparisonSection(report)}
${coverageSection(report)}
${timelineCharts(report)}
${rateChart(report)}
${resultsTable(report)}
</body></html>
`;
}
