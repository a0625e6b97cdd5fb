/**
 * The compliance report webview's HTML: a pure function of the report (no `vscode` import, so it is
 * unit-tested in Node). The page is rendered here, complete; its one small script only filters the
 * findings table and posts messages (open a location, save as a format, regenerate). It loads
 * nothing: the Content-Security-Policy allows only the nonce'd inline style and script, and images
 * from the webview itself or `data:`. Colours and fonts are VS Code's theme variables, so the page
 * follows the theme. Wording and the SVG charts are the HTML report's own (engine/report), so the
 * editor and the exported file say the same things.
 */
import { donut, esc, stackedBar } from '../../server/src/engine/report/html-parts';
import type { ComplianceReport, CriterionResult, ReportException, ReportFinding } from '../../server/src/engine/report/model';
import { describeResource, plural, shortHash, STATUS_LABEL, STATUS_MEANING } from '../../server/src/engine/report/present';
import { REPORT_FORMATS, type ReportFormat } from '../../server/src/engine/report/index';
import { SEVERITIES } from '../../server/src/engine/types';

/** Messages the webview posts to the extension. */
export type ReportWebviewMessage = { type: 'open'; list: 'findings' | 'exceptions'; index: number } | { type: 'save'; format: ReportFormat } | { type: 'refresh' };

export const FORMAT_LABEL: Readonly<Record<ReportFormat, string>> = { html: 'HTML', md: 'Markdown', json: 'JSON', sarif: 'SARIF' };

/** Validates a message from the webview (its content is untrusted input). */
export function parseWebviewMessage(raw: unknown): ReportWebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'open' && (m.list === 'findings' || m.list === 'exceptions') && Number.isInteger(m.index) && (m.index as number) >= 0) {
    return { type: 'open', list: m.list, index: m.index as number };
  }
  if (m.type === 'save' && typeof m.format === 'string' && (REPORT_FORMATS as readonly string[]).includes(m.format)) return { type: 'save', format: m.format as ReportFormat };
  if (m.type === 'refresh') return { type: 'refresh' };
  return undefined;
}

export interface WebviewHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per render (base64 or hex). */
  nonce: string;
  /** Shown under the title, e.g. the workspace folder name. */
  workspaceName?: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
}

function location(list: 'findings' | 'exceptions', index: number, f: ReportFinding): string {
  return `<a href="#" class="loc" data-open="${list}" data-index="${index}" title="Open ${esc(f.file)} at line ${f.line}"><code>${esc(f.file)}:${f.line}:${f.column}</code></a>`;
}

function badge(c: CriterionResult): string {
  return `<span class="badge status-${c.status}" title="${esc(STATUS_MEANING[c.status])}">${esc(STATUS_LABEL[c.status])}</span>`;
}

function metaLine(report: ComplianceReport, workspaceName: string | undefined): string {
  const parts: string[] = [];
  if (workspaceName) parts.push(`<span>${esc(workspaceName)}</span>`);
  const git = report.scope.git;
  if (git) parts.push(`<span>commit <code>${esc(shortHash(git.commit))}</code>${git.dirty ? ' (uncommitted changes)' : ''}</span>`);
  parts.push(`<span>${esc(report.tool.name)} ${esc(report.tool.version)}, ${report.tool.rulesEnabled}/${report.tool.rulesTotal} rules, rule set <code title="${esc(report.tool.rulesetHash)}">${esc(shortHash(report.tool.rulesetHash))}</code></span>`);
  if (report.generatedAt) parts.push(`<span>generated ${esc(report.generatedAt)}</span>`);
  if (report.evaluationDate) parts.push(`<span>exceptions judged on ${esc(report.evaluationDate)}</span>`);
  return `<p class="meta">${parts.join('<span class="sep"> · </span>')}</p>`;
}

function cards(report: ComplianceReport): string {
  const s = report.summary;
  const scope = report.scope;
  const card = (cls: string, value: number, label: string, title = '') => `<div class="card ${cls}"${title ? ` title="${esc(title)}"` : ''}><b>${value}</b>${esc(label)}</div>`;
  return (
    `<div class="cards">` +
    card('status-fail', s.status.fail, 'criteria fail', STATUS_MEANING.fail) +
    card('status-partial', s.status.partial, 'partial', STATUS_MEANING.partial) +
    card('status-pass', s.status.pass, 'pass', STATUS_MEANING.pass) +
    card('status-not-evaluated', s.status['not-evaluated'], 'not evaluated', STATUS_MEANING['not-evaluated']) +
    card('', s.findings, `open findings (${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.info} info)`) +
    card('', s.exceptions, `exceptions${s.expiredExceptions ? `, ${s.expiredExceptions} expired` : ''}`) +
    card('', scope.filesEvaluated, `files (${scope.filesByKind.dockerfile} Dockerfiles, ${scope.filesByKind.kubernetes} manifests, ${scope.filesByKind['helm-values']} values files)`) +
    `</div>`
  );
}

function criteriaTable(report: ComplianceReport): string {
  const rows = report.criteria.map((c) => {
    const rules = c.rules.filter((r) => r.enabled).length;
    return (
      `<tr data-criterion="${esc(c.id)}">` +
      `<td><a href="#" class="crit" data-criterion="${esc(c.id)}" title="Show the findings of ${esc(c.id)}"><b>${esc(c.id)}</b></a> ${esc(c.name)}<div class="muted small">${esc(plural(rules, 'rule'))}</div></td>` +
      `<td>${badge(c)}</td>` +
      `<td class="chart">${stackedBar(c.checks)}</td>` +
      `<td class="n">${c.checks.evaluated}</td><td class="n">${c.checks.passed}</td><td class="n">${c.checks.failed}</td><td class="n">${c.checks.excepted}</td>` +
      `<td class="n">${c.findings}</td><td class="n">${c.exceptions}${c.expiredExceptions ? ` <span class="expired" title="expired">+${c.expiredExceptions}</span>` : ''}</td>` +
      `</tr>`
    );
  });
  return (
    `<table class="criteria"><thead><tr><th>Criterion</th><th>Status</th><th>Checks</th><th class="n">Evaluated</th><th class="n">Passed</th><th class="n">Failed</th><th class="n">Excepted</th><th class="n">Findings</th><th class="n">Exceptions</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>` +
    `<p class="legend muted"><span><i class="passed"></i>passed</span><span><i class="excepted"></i>excepted</span><span><i class="failed"></i>failed</span> checks (rule × resource)</p>`
  );
}

function overallChart(report: ComplianceReport): string {
  const total = report.criteria.reduce((t, c) => ({ evaluated: t.evaluated + c.checks.evaluated, passed: t.passed + c.checks.passed, failed: t.failed + c.checks.failed, excepted: t.excepted + c.checks.excepted }), {
    evaluated: 0,
    passed: 0,
    failed: 0,
    excepted: 0,
  });
  const worst = report.summary.status.fail > 0 ? 'fail' : report.summary.status.partial > 0 ? 'partial' : report.summary.status.pass > 0 ? 'pass' : 'not-evaluated';
  return `<div class="overall">${donut(total, worst)}<div><b>${esc(STATUS_LABEL[worst])}</b><div class="muted small">${total.passed} of ${total.evaluated} checks passed</div></div></div>`;
}

function expiry(e: ReportException): string {
  if (e.expired) return `<span class="expired">expired ${esc(e.until ?? '')}</span>`;
  return e.until ? `until ${esc(e.until)}` : '<span class="muted">open-ended</span>';
}

function exceptionsSection(report: ComplianceReport): string {
  const items = report.exceptions;
  const body =
    items.length === 0
      ? '<p class="muted">No findings were accepted as exceptions.</p>'
      : `<table class="exceptions"><thead><tr><th>Location</th><th>Rule</th><th>Criteria</th><th>Resource</th><th>Reason</th><th>Author</th><th>Expiry</th></tr></thead><tbody>` +
        items
          .map(
            (e, i) =>
              `<tr${e.expired ? ' class="is-expired"' : ''}><td>${location('exceptions', i, e)}<div class="muted small">comment on line ${e.suppressionLine}</div></td><td><code>${esc(e.ruleId)}</code></td><td>${esc(e.controls.join(', '))}</td><td>${esc(describeResource(e.resource))}</td><td>${esc(e.reason)}</td><td>${e.author ? esc(e.author) : '<span class="muted">unknown</span>'}</td><td>${expiry(e)}</td></tr>`,
          )
          .join('') +
        `</tbody></table>`;
  return `<section id="exceptions"><h2>Exceptions register <span class="count">${items.length}</span></h2>${body}</section>`;
}

function findingsSection(report: ComplianceReport): string {
  const files = [...new Set(report.findings.map((f) => f.file))].sort();
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const filters =
    `<div class="filters">` +
    `<label>Criterion <select id="filter-criterion">${option('', 'All')}${report.criteria.map((c) => option(c.id, `${c.id} ${c.name} (${c.findings})`)).join('')}</select></label>` +
    `<label>Severity <select id="filter-severity">${option('', 'All')}${SEVERITIES.map((s) => option(s, `${s} (${report.summary.bySeverity[s]})`)).join('')}</select></label>` +
    `<label>File <select id="filter-file">${option('', 'All')}${files.map((f) => option(f, f)).join('')}</select></label>` +
    `<button type="button" class="secondary" id="filter-clear">Clear</button>` +
    `<span id="filter-count" class="muted" aria-live="polite">${plural(report.findings.length, 'finding')}</span>` +
    `</div>`;
  const rows = report.findings
    .map(
      (f, i) =>
        `<tr class="finding" tabindex="0" data-open="findings" data-index="${i}" data-severity="${f.severity}" data-file="${esc(f.file)}" data-criteria=" ${esc(f.controls.join(' '))} ">` +
        `<td><span class="sev sev-${f.severity}">${esc(f.severity)}</span></td><td><code>${esc(f.ruleId)}</code></td><td>${location('findings', i, f)}</td><td>${esc(describeResource(f.resource))}</td><td>${esc(f.message)}</td><td class="small">${esc(f.controls.join(', '))}</td></tr>`,
    )
    .join('');
  const table =
    report.findings.length === 0
      ? '<p class="muted">No open findings.</p>'
      : `<table class="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Resource</th><th>Message</th><th>Criteria</th></tr></thead><tbody>${rows}</tbody></table><p id="filter-empty" class="muted" hidden>No finding matches the filters.</p>`;
  return `<section id="findings"><h2>Findings <span class="count">${report.findings.length}</span></h2>${filters}${table}</section>`;
}

function scopeSection(report: ComplianceReport): string {
  const scope = report.scope;
  const skipped = scope.skipped.map((s) => `<li><code>${esc(s.file)}</code>: ${esc(s.reason)}${s.detail ? ` <span class="muted">(${esc(s.detail)})</span>` : ''}</li>`).join('');
  const errors = scope.ruleErrors.map((e) => `<li><code>${esc(e.file)}</code>: rule ${esc(e.ruleId)} failed: ${esc(e.message)}</li>`).join('');
  const overrides = Object.entries(report.configuration.rules).map(([id, v]) => `${id}: ${v}`);
  return (
    `<section id="scope"><h2>Scope</h2><ul class="plain">` +
    `<li>Folders: ${scope.workspaceFolders.map((f) => `<code>${esc(f)}</code>`).join(', ')}</li>` +
    `<li>Rule overrides: ${overrides.length ? esc(overrides.join(', ')) : '<span class="muted">none</span>'}; default namespace <code>${esc(report.configuration.defaultNamespace)}</code>${report.configuration.trustedRegistries.length ? `; trusted registries ${esc(report.configuration.trustedRegistries.join(', '))}` : ''}</li>` +
    `</ul>` +
    `<details${scope.skipped.length ? '' : ' hidden'}><summary>${esc(plural(scope.skipped.length, 'file'))} skipped</summary><ul>${skipped}</ul></details>` +
    `<details${scope.ruleErrors.length ? ' open' : ' hidden'}><summary class="expired">${esc(plural(scope.ruleErrors.length, 'rule error'))}</summary><ul>${errors}</ul></details>` +
    `</section>`
  );
}

const CSS = `
*{box-sizing:border-box}
body{color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);line-height:1.5;padding:8px 20px 40px;max-width:1400px}
h1{font-size:1.6em;font-weight:600;margin:12px 0 2px}h2{font-size:1.25em;font-weight:600;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--vscode-panel-border,var(--vscode-widget-border,#8884))}
a{color:var(--vscode-textLink-foreground);text-decoration:none}a:hover{color:var(--vscode-textLink-activeForeground);text-decoration:underline}
a:focus,tr:focus,button:focus,select:focus{outline:1px solid var(--vscode-focusBorder);outline-offset:-1px}
code{font-family:var(--vscode-editor-font-family);font-size:.95em;overflow-wrap:anywhere}
a.loc code,td>code{white-space:nowrap;overflow-wrap:normal}
.meta{color:var(--vscode-descriptionForeground);margin:0 0 10px}.sep{opacity:.6}
.toolbar{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:8px 0 4px}
button{font-family:inherit;font-size:inherit;color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:1px solid var(--vscode-button-border,transparent);border-radius:2px;padding:3px 12px;cursor:pointer}
button:hover{background:var(--vscode-button-hoverBackground)}
button.secondary{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}button.secondary:hover{background:var(--vscode-button-secondaryHoverBackground)}
select{font-family:inherit;font-size:inherit;color:var(--vscode-dropdown-foreground);background:var(--vscode-dropdown-background);border:1px solid var(--vscode-dropdown-border);padding:2px 4px;max-width:280px}
.summary{display:flex;flex-wrap:wrap;gap:16px;align-items:center}
.overall{display:flex;gap:10px;align-items:center}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0}
.card{border:1px solid var(--vscode-panel-border,#8884);border-radius:4px;padding:6px 12px;min-width:110px;max-width:260px;background:var(--vscode-sideBar-background,transparent)}
.card b{display:block;font-size:1.6em;line-height:1.2}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border-bottom:1px solid var(--vscode-panel-border,#8884);padding:4px 8px;text-align:left;vertical-align:top}
th{font-weight:600;color:var(--vscode-descriptionForeground);position:sticky;top:0;background:var(--vscode-editor-background)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.chart{white-space:nowrap}
tr.finding{cursor:pointer}tr.finding:hover,tr.finding:focus{background:var(--vscode-list-hoverBackground)}
tr.is-expired td{opacity:.85}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:.9em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.status-pass{color:var(--vscode-testing-iconPassed,#388a34)}.status-fail{color:var(--vscode-testing-iconFailed,#f14c4c)}.status-partial{color:var(--vscode-editorWarning-foreground,#cca700)}.status-not-evaluated{color:var(--vscode-disabledForeground,#888)}
.card.status-pass b,.card.status-fail b,.card.status-partial b,.card.status-not-evaluated b{color:inherit}
.sev{font-weight:600}.sev-error{color:var(--vscode-editorError-foreground,#f14c4c)}.sev-warning{color:var(--vscode-editorWarning-foreground,#cca700)}.sev-info{color:var(--vscode-editorInfo-foreground,#3794ff)}
.expired{color:var(--vscode-editorError-foreground,#f14c4c);font-weight:600}
.muted{color:var(--vscode-descriptionForeground)}.small{font-size:.9em}
.count{font-weight:400;color:var(--vscode-descriptionForeground);font-size:.85em}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:6px 0}
.legend span{margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
svg .track{fill:var(--vscode-editorWidget-background,#8883);stroke:var(--vscode-editorWidget-background,#8883)}svg circle.track{fill:none;stroke:var(--vscode-panel-border,#8884)}
svg rect.passed,.legend .passed{fill:var(--vscode-testing-iconPassed,#388a34);background:var(--vscode-testing-iconPassed,#388a34)}
svg rect.excepted,.legend .excepted{fill:var(--vscode-editorWarning-foreground,#cca700);background:var(--vscode-editorWarning-foreground,#cca700)}
svg rect.failed,.legend .failed{fill:var(--vscode-testing-iconFailed,#f14c4c);background:var(--vscode-testing-iconFailed,#f14c4c)}
svg circle.passed{stroke:var(--vscode-testing-iconPassed,#388a34)}svg circle.excepted{stroke:var(--vscode-editorWarning-foreground,#cca700)}svg circle.failed{stroke:var(--vscode-testing-iconFailed,#f14c4c)}
svg text{fill:var(--vscode-foreground);font-size:13px;font-weight:600}
ul.plain{list-style:none;padding:0;margin:0}
[hidden]{display:none!important}
@media (max-width:760px){body{padding:4px 10px 30px}.findings th:nth-child(4),.findings td:nth-child(4),.findings th:nth-child(6),.findings td:nth-child(6){display:none}a.loc code{white-space:normal;overflow-wrap:anywhere}.criteria th:nth-child(n+4):nth-child(-n+7),.criteria td:nth-child(n+4):nth-child(-n+7){display:none}}
`;

/** Filters, open-on-click and the toolbar. Plain DOM, no framework: it runs under script-src 'nonce-…'. */
const SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  const $ = (id) => document.getElementById(id);
  const selects = { criterion: $('filter-criterion'), severity: $('filter-severity'), file: $('filter-file') };
  const rows = Array.from(document.querySelectorAll('tr.finding'));
  const count = $('filter-count');
  function apply() {
    const c = selects.criterion.value, s = selects.severity.value, f = selects.file.value;
    let shown = 0;
    for (const row of rows) {
      const ok = (!c || row.dataset.criteria.includes(' ' + c + ' ')) && (!s || row.dataset.severity === s) && (!f || row.dataset.file === f);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown === rows.length ? rows.length + (rows.length === 1 ? ' finding' : ' findings') : shown + ' of ' + rows.length + ' findings';
    const empty = $('filter-empty');
    if (empty) empty.hidden = shown > 0 || rows.length === 0;
    vscode.setState({ criterion: c, severity: s, file: f });
  }
  const state = vscode.getState() || {};
  for (const key of Object.keys(selects)) {
    const el = selects[key];
    if (state[key] && Array.from(el.options).some((o) => o.value === state[key])) el.value = state[key];
    el.addEventListener('change', apply);
  }
  $('filter-clear').addEventListener('click', () => { for (const el of Object.values(selects)) el.value = ''; apply(); });
  function open(el) { vscode.postMessage({ type: 'open', list: el.dataset.open, index: Number(el.dataset.index) }); }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const crit = target.closest('a.crit');
    if (crit) {
      event.preventDefault();
      selects.criterion.value = crit.dataset.criterion;
      apply();
      $('findings').scrollIntoView();
      return;
    }
    const opener = target.closest('[data-open]');
    if (opener) { event.preventDefault(); open(opener); return; }
    const save = target.closest('[data-save]');
    if (save) { vscode.postMessage({ type: 'save', format: save.dataset.save }); return; }
    if (target.closest('#refresh')) vscode.postMessage({ type: 'refresh' });
  });
  document.addEventListener('keydown', (event) => {
    const row = event.target instanceof Element ? event.target.closest('tr.finding') : null;
    if (row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(row); }
  });
  apply();
})();`;

/** The whole webview document. */
export function renderReportWebview(report: ComplianceReport, options: WebviewHtmlOptions): string {
  const { nonce } = options;
  const saveButtons = REPORT_FORMATS.map((f) => `<button type="button" class="secondary" data-save="${f}" title="Save the report as ${FORMAT_LABEL[f]} (the same bytes as soc2lint report --format ${f})">${FORMAT_LABEL[f]}</button>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SOC 2 compliance report</title>
<style nonce="${esc(nonce)}">${CSS}</style>
</head>
<body>
<header>
<h1>SOC 2 compliance report</h1>
${metaLine(report, options.workspaceName)}
<div class="toolbar"><span class="muted">Save as</span>${saveButtons}<button type="button" id="refresh" title="Scan the workspace again">Regenerate</button></div>
</header>
<section id="summary">
<h2>Summary per criterion</h2>
<div class="summary">${overallChart(report)}${cards(report)}</div>
${criteriaTable(report)}
</section>
${exceptionsSection(report)}
${findingsSection(report)}
${scopeSection(report)}
<script nonce="${esc(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}
