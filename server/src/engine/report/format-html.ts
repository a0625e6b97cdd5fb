/**
 * `report --format html`: one self-contained page for auditors. Inline CSS and SVG only (no
 * scripts, fonts or images from anywhere), readable offline, light or dark with the reader's
 * system setting, and printable to PDF from any browser. Every string from the report is escaped.
 */
import { donut, esc, REPORT_CSS, stackedBar } from './html-parts';
import type { ComplianceReport, CriterionResult, ReportException, ReportFinding } from './model';
import { describeResource, filesByKindText, itemsOf, shortHash, STATUS_LABEL, STATUS_MEANING, unitCount } from './present';

export interface ReportHtmlOptions {
  /** Page title; defaults to "SOC 2 compliance report". */
  title?: string;
}

function badge(c: CriterionResult): string {
  return `<span class="badge status-${c.status}" title="${esc(STATUS_MEANING[c.status])}">${esc(STATUS_LABEL[c.status])}</span>`;
}

function anchorOf(id: string): string {
  return `criterion-${id.toLowerCase().replace('.', '-')}`;
}

function table(head: readonly (string | [string, 'n'])[], rows: readonly string[][], cls = ''): string {
  const th = head.map((h) => (Array.isArray(h) ? `<th class="n">${esc(h[0])}</th>` : `<th>${esc(h)}</th>`)).join('');
  const numeric = head.map((h) => Array.isArray(h));
  const body = rows.map((r) => `<tr>${r.map((cell, i) => (numeric[i] ? `<td class="n">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function location(f: ReportFinding): string {
  // A Helm template finding also names the values key that sets it (where the fix goes).
  const related = (f.related ?? []).map((r) => `<br><small>value: <code>${esc(r.file)}:${r.line}</code></small>`).join('');
  return `<code>${esc(f.file)}:${f.line}</code>${related}`;
}

function findingsTable(items: readonly ReportFinding[]): string {
  return table(
    ['Location', 'Resource', 'Rule', 'Severity', 'Message'],
    items.map((f) => [location(f), esc(describeResource(f.resource)), `<code class="id">${esc(f.ruleId)}</code>`, `<span class="sev-${f.severity}">${esc(f.severity)}</span>`, esc(f.message)]),
    'findings',
  );
}

function expiry(e: ReportException): string {
  if (e.expired) return `<span class="expired">expired ${esc(e.until ?? '')}</span>`;
  return e.until ? `until ${esc(e.until)}` : '<span class="muted">open-ended</span>';
}

function exceptionsTable(items: readonly ReportException[]): string {
  return table(
    ['Location', 'Rule', 'Criteria', 'Resource', 'Reason', 'Author', 'Expiry'],
    items.map((e) => [
      `${location(e)}<br><span class="muted">comment on line ${e.suppressionLine}</span>`,
      `<code class="id">${esc(e.ruleId)}</code>`,
      esc(e.controls.join(', ')),
      esc(describeResource(e.resource)),
      esc(e.reason),
      e.author ? esc(e.author) : '<span class="muted">unknown</span>',
      expiry(e),
    ]),
    'exceptions',
  );
}

function criterionSection(report: ComplianceReport, c: CriterionResult): string {
  const out: string[] = [
    `<section class="criterion" id="${anchorOf(c.id)}">`,
    `<header>${donut(c.checks, c.status)}<div><h3>${esc(c.id)} — ${esc(c.name)} ${badge(c)}</h3><p>${esc(c.description)}</p></div></header>`,
  ];
  if (c.rules.length === 0) {
    out.push('<p class="muted">No soc2lint rule tests this criterion yet; it needs evidence from outside the repository.</p>');
  } else {
    out.push(
      table(
        ['Rule', 'Title', 'Severity', ['Evaluated', 'n'], ['Passed', 'n'], ['Failed', 'n'], ['Excepted', 'n']],
        c.rules.map((r) => [
          `<code class="id">${esc(r.id)}</code>`,
          esc(r.title),
          r.enabled ? `<span class="sev-${r.severity}">${esc(r.severity)}</span>` : '<span class="muted">off</span>',
          r.enabled ? esc(unitCount(r.evaluated, r.unit)) : '—',
          String(r.passed),
          String(r.failed),
          String(r.excepted),
        ]),
        'rules',
      ),
    );
  }
  const findings = itemsOf(report.findings, c.id);
  if (findings.length > 0) out.push(`<h4>Open findings (${findings.length})</h4>`, findingsTable(findings));
  const exceptions = itemsOf(report.exceptions, c.id);
  if (exceptions.length > 0) out.push(`<h4>Exceptions (${exceptions.length})</h4>`, exceptionsTable(exceptions));
  out.push('</section>');
  return out.join('\n');
}

function summaryTable(report: ComplianceReport): string {
  return table(
    ['Criterion', 'Name', 'Status', 'Checks', ['Passed / checks', 'n'], ['Failed', 'n'], ['Excepted', 'n'], ['Findings', 'n'], ['Exceptions', 'n']],
    report.criteria.map((c) => [
      `<a href="#${anchorOf(c.id)}"><b>${esc(c.id)}</b></a>`,
      esc(c.name),
      badge(c),
      stackedBar(c.checks),
      c.checks.evaluated > 0 ? `${c.checks.passed} / ${c.checks.evaluated}` : '—',
      String(c.checks.failed),
      String(c.checks.excepted),
      String(c.findings),
      String(c.exceptions + c.expiredExceptions),
    ]),
    'summary',
  );
}

function scopeSection(report: ComplianceReport): string {
  const { scope, tool, configuration } = report;
  const overrides = Object.entries(configuration.rules);
  const items = [
    `Workspace: ${scope.workspaceFolders.map((f) => `<code>${esc(f)}</code>`).join(', ') || '—'}`,
    `Files evaluated: ${scope.filesEvaluated} (${esc(filesByKindText(scope.filesByKind))})`,
    `Resources: ${esc(unitCount(scope.resources.image, 'image'))}, ${esc(unitCount(scope.resources.object, 'object'))}, ${esc(unitCount(scope.resources['values-file'], 'values-file'))}`,
    `Rules: ${tool.rulesEnabled} of ${tool.rulesTotal} enabled; overrides: ${overrides.length === 0 ? 'none' : overrides.map(([id, v]) => `<code>${esc(id)}=${esc(v)}</code>`).join(', ')}`,
    `Trusted registries: ${configuration.trustedRegistries.map((r) => `<code>${esc(r)}</code>`).join(', ') || 'none'}; default namespace <code>${esc(configuration.defaultNamespace)}</code>`,
    `Rule set hash: <code>${esc(tool.rulesetHash)}</code>`,
  ];
  const out = ['<h2 id="scope">Scope</h2>', `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`];
  out.push(`<h3>Skipped files (${scope.skipped.length})</h3>`);
  if (scope.skipped.length === 0) out.push('<p class="muted">None.</p>');
  else out.push(table(['File', 'Reason', 'Detail'], scope.skipped.map((k) => [`<code>${esc(k.file)}</code>`, esc(k.reason), esc(k.detail ?? '')]), 'skipped'));
  if (scope.ruleErrors.length > 0) {
    out.push(`<h3>Rule errors (${scope.ruleErrors.length})</h3><p>These files were not evaluated by these rules.</p>`);
    out.push(table(['File', 'Rule', 'Error'], scope.ruleErrors.map((e) => [`<code>${esc(e.file)}</code>`, `<code class="id">${esc(e.ruleId)}</code>`, esc(e.message)])));
  }
  return out.join('\n');
}

export function formatReportHtml(report: ComplianceReport, options: ReportHtmlOptions = {}): string {
  const title = options.title ?? 'SOC 2 compliance report';
  const { tool, scope, summary } = report;
  const meta = [`soc2lint <code>${esc(tool.version)}</code>`, `rule set <code>sha256:${esc(shortHash(tool.rulesetHash))}</code>`];
  if (report.generatedAt) meta.push(`generated <time datetime="${esc(report.generatedAt)}">${esc(report.generatedAt)}</time>`);
  if (report.evaluationDate) meta.push(`exceptions judged on ${esc(report.evaluationDate)}`);
  if (scope.git) meta.push(`commit <code>${esc(shortHash(scope.git.commit))}</code>${scope.git.dirty ? ' (uncommitted changes)' : ''}`);
  const s = summary.status;
  const cards = [
    ['status-fail', s.fail, 'criteria fail'],
    ['status-partial', s.partial, 'partial'],
    ['status-pass', s.pass, 'pass'],
    ['status-not-evaluated', s['not-evaluated'], 'not evaluated'],
    ['', summary.findings, `open findings (${summary.bySeverity.error} errors, ${summary.bySeverity.warning} warnings, ${summary.bySeverity.info} info)`],
    ['', summary.exceptions, `exceptions${summary.expiredExceptions > 0 ? `, ${summary.expiredExceptions} expired` : ''}`],
  ] as const;

  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    `<div class="cards">${cards.map(([cls, n, label]) => `<div class="card ${cls}"><b>${n}</b>${esc(label)}</div>`).join('')}</div>`,
    '<h2 id="summary">Summary by criterion</h2>',
    summaryTable(report),
    `<p class="legend muted"><span><i class="passed"></i>passed</span><span><i class="excepted"></i>excepted</span><span><i class="failed"></i>failed</span>Checks are rule × resource pairs. ${Object.entries(STATUS_MEANING)
      .map(([k, v]) => `<b>${esc(STATUS_LABEL[k as keyof typeof STATUS_LABEL])}</b>: ${esc(v)}`)
      .join(' ')}</p>`,
    '<h2 id="criteria">Criteria</h2>',
    ...report.criteria.map((c) => criterionSection(report, c)),
    `<h2 id="exceptions">Exceptions register (${report.exceptions.length})</h2>`,
    report.exceptions.length === 0 ? '<p class="muted">No findings are accepted as exceptions.</p>' : exceptionsTable(report.exceptions),
    scopeSection(report),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // No scripts, nothing fetched: the policy makes that explicit to the browser too.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="soc2lint ${esc(tool.version)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
