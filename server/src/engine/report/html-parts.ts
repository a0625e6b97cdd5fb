/**
 * Building blocks of the HTML report: escaping, the inline stylesheet (light/dark through
 * `prefers-color-scheme`, print rules for PDF) and the inline SVG charts. No scripts, no external
 * resources: the file reads the same offline, in a mail attachment or printed.
 */
import type { CheckCounts, CriterionStatus } from './model';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Fixed-precision numbers keep SVG output byte-stable. */
function num(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
}

interface Segment {
  value: number;
  cls: 'passed' | 'excepted' | 'failed';
}

function segments(c: CheckCounts): Segment[] {
  return [
    { value: c.passed, cls: 'passed' },
    { value: c.excepted, cls: 'excepted' },
    { value: c.failed, cls: 'failed' },
  ];
}

function chartLabel(c: CheckCounts): string {
  return c.evaluated === 0 ? 'No checks evaluated' : `${c.passed} passed, ${c.excepted} excepted, ${c.failed} failed of ${c.evaluated} checks`;
}

/** A 120×12 stacked bar of passed / excepted / failed checks (grey when nothing was evaluated). */
export function stackedBar(c: CheckCounts): string {
  const width = 120;
  const parts: string[] = [`<rect class="track" x="0" y="0" width="${width}" height="12" rx="3"/>`];
  if (c.evaluated > 0) {
    let x = 0;
    for (const s of segments(c)) {
      if (s.value === 0) continue;
      const w = (s.value / c.evaluated) * width;
      // A sliver still shows: one pixel minimum for a non-zero share.
      const shown = Math.max(w, 1);
      parts.push(`<rect class="${s.cls}" x="${num(x)}" y="0" width="${num(Math.min(shown, width - x))}" height="12"/>`);
      x += w;
    }
  }
  return `<svg class="bar" viewBox="0 0 ${width} 12" width="${width}" height="12" role="img" aria-label="${esc(chartLabel(c))}"><title>${esc(chartLabel(c))}</title>${parts.join('')}</svg>`;
}

/** A 64×64 donut of the same shares, with the pass rate in the middle. */
export function donut(c: CheckCounts, status: CriterionStatus): string {
  const r = 26;
  const circumference = 2 * Math.PI * r;
  const parts: string[] = [`<circle class="track" cx="32" cy="32" r="${r}" fill="none" stroke-width="10"/>`];
  if (c.evaluated > 0) {
    let offset = 0;
    for (const s of segments(c)) {
      if (s.value === 0) continue;
      const len = (s.value / c.evaluated) * circumference;
      // Start at 12 o'clock (rotate -90°), go clockwise.
      parts.push(
        `<circle class="${s.cls}" cx="32" cy="32" r="${r}" fill="none" stroke-width="10" stroke-dasharray="${num(len)} ${num(circumference - len)}" stroke-dashoffset="${num(-offset)}" transform="rotate(-90 32 32)"/>`,
      );
      offset += len;
    }
  }
  const centre = c.evaluated === 0 ? 'n/a' : `${Math.floor((c.passed / c.evaluated) * 100)}%`;
  return (
    `<svg class="donut status-${status}" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="${esc(chartLabel(c))}"><title>${esc(chartLabel(c))}</title>` +
    `${parts.join('')}<text x="32" y="36" text-anchor="middle">${esc(centre)}</text></svg>`
  );
}

/** The whole stylesheet. Colours come from variables so dark mode and print override them once. */
export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--partial:#9a6700;--na:#6e7781;--track:#e6e9ed;--passed:#2da44e;--excepted:#d4a72c;--failed:#e5534b;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--head:#151b23;--pass:#3fb950;--fail:#f85149;--partial:#d29922;--na:#9198a1;--track:#262c36;--passed:#3fb950;--excepted:#d29922;--failed:#f85149;--link:#4493f8}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:24px;background:var(--bg);color:var(--fg);font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}h3{font-size:16px;margin:0}
a{color:var(--link)}
.meta{color:var(--muted);margin:0 0 16px}.meta code{font-size:12px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;overflow-wrap:anywhere}code.id{white-space:nowrap;overflow-wrap:normal}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:22px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.status-pass{color:var(--pass)}.status-fail{color:var(--fail)}.status-partial{color:var(--partial)}.status-not-evaluated{color:var(--na)}
.sev-error{color:var(--fail)}.sev-warning{color:var(--partial)}.sev-info{color:var(--muted)}
svg .track{fill:var(--track);stroke:var(--track)}svg rect.passed{fill:var(--passed)}svg rect.excepted{fill:var(--excepted)}svg rect.failed{fill:var(--failed)}
svg circle.track{fill:none}svg circle.passed{stroke:var(--passed)}svg circle.excepted{stroke:var(--excepted)}svg circle.failed{stroke:var(--failed)}
svg text{fill:var(--fg);font-size:13px;font-weight:600}
.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.legend .passed{background:var(--passed)}.legend .excepted{background:var(--excepted)}.legend .failed{background:var(--failed)}
.criterion{border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:16px 0;break-inside:auto}
.criterion header{display:flex;gap:16px;align-items:center}.criterion header svg{flex:none}
.criterion header p{margin:2px 0 0;color:var(--muted)}
.muted{color:var(--muted)}
.expired{color:var(--fail);font-weight:600}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--head:#eee;--link:#000}
body{max-width:none;padding:0;font-size:10.5pt}
h2{break-after:avoid}tr,.card,.criterion header{break-inside:avoid}thead{display:table-header-group}
a{text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@page{margin:14mm}
`;
