/**
 * `report --format md`: GitHub-flavoured Markdown for pull requests and job summaries
 * (`>> $GITHUB_STEP_SUMMARY`). Tables and status emoji only, no HTML except `<details>` around long
 * lists (GitHub renders it; other renderers show the content). Every piece of report text is
 * escaped, so a message or reason cannot inject markup or links.
 */
import type { ComplianceReport, CriterionResult, ReportException, ReportFinding } from './model';
import { describeResource, filesByKindText, itemsOf, plural, shortHash, STATUS_EMOJI, STATUS_LABEL, STATUS_MEANING, unitCount } from './present';

/** Escapes text for a Markdown table cell or paragraph (ASCII punctuation that could form markup). */
export function mdText(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    // Without `[` and `]` no link or image can form, so parentheses and `!` can stay as they are.
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^([-=.:#+])/, '\\$1');
}

function code(s: string): string {
  // A code span cannot hold its own delimiter safely: fall back to escaped text.
  return /[`|\r\n]/.test(s) ? mdText(s) : `\`${s}\``;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function status(c: CriterionResult): string {
  return `${STATUS_EMOJI[c.status]} ${STATUS_LABEL[c.status]}`;
}

function findingRows(items: readonly ReportFinding[]): string[][] {
  const where = (f: ReportFinding): string => [code(`${f.file}:${f.line}`), ...(f.related ?? []).map((r) => `value: ${code(`${r.file}:${r.line}`)}`)].join('<br>');
  return items.map((f) => [where(f), mdText(describeResource(f.resource)), code(f.ruleId), f.severity, mdText(f.message)]);
}

function exceptionState(e: ReportException): string {
  if (e.expired) return `⏰ expired ${e.until ?? ''}`.trim();
  return e.until ? `until ${e.until}` : 'open-ended';
}

function exceptionRows(items: readonly ReportException[]): string[][] {
  return items.map((e) => [
    code(`${e.file}:${e.line}`),
    code(e.ruleId),
    e.controls.join(', '),
    mdText(describeResource(e.resource)),
    mdText(e.reason),
    e.author ? mdText(e.author) : '—',
    exceptionState(e),
  ]);
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export interface ReportMarkdownOptions {
  /**
   * Open findings listed per criterion (default 100; 0 = all). GitHub job summaries stop at 1 MiB,
   * so a large workspace lists the first ones and says how many more the HTML and JSON reports hold.
   * The exceptions register is never cut.
   */
  maxFindingsPerCriterion?: number;
}

const DEFAULT_MAX_FINDINGS = 100;

function criterionSection(report: ComplianceReport, c: CriterionResult, maxFindings: number): string {
  const out: string[] = [`### ${STATUS_EMOJI[c.status]} ${c.id} — ${mdText(c.name)}`, '', mdText(c.description), ''];
  out.push(`**Status: ${STATUS_LABEL[c.status]}** — ${STATUS_MEANING[c.status]}`, '');
  if (c.rules.length === 0) {
    out.push('_No soc2lint rule tests this criterion yet; it needs evidence from outside the repository._');
    return out.join('\n');
  }
  out.push(
    table(
      ['Rule', 'Title', 'Severity', 'Evaluated', 'Passed', 'Failed', 'Excepted'],
      c.rules.map((r) => [
        code(r.id),
        mdText(r.title),
        r.enabled ? r.severity : 'off',
        r.enabled ? unitCount(r.evaluated, r.unit) : '—',
        String(r.passed),
        String(r.failed),
        String(r.excepted),
      ]),
    ),
  );
  const findings = itemsOf(report.findings, c.id);
  if (findings.length > 0) {
    const shown = maxFindings > 0 ? findings.slice(0, maxFindings) : findings;
    let body = table(['Location', 'Resource', 'Rule', 'Severity', 'Message'], findingRows(shown));
    if (shown.length < findings.length) body += `\n\n_First ${shown.length} of ${findings.length} open findings; the HTML and JSON reports list all of them._`;
    out.push('', details(`Open findings (${findings.length})`, body));
  }
  const exceptions = itemsOf(report.exceptions, c.id);
  if (exceptions.length > 0) out.push('', details(`Exceptions (${exceptions.length})`, table(['Location', 'Rule', 'Criteria', 'Resource', 'Reason', 'Author', 'Expiry'], exceptionRows(exceptions))));
  return out.join('\n');
}

export function formatReportMarkdown(report: ComplianceReport, options: ReportMarkdownOptions = {}): string {
  const maxFindings = options.maxFindingsPerCriterion ?? DEFAULT_MAX_FINDINGS;
  const { tool, scope, summary } = report;
  const meta = [`soc2lint ${code(tool.version)}`, `rule set ${code(`sha256:${shortHash(tool.rulesetHash)}`)}`];
  if (report.generatedAt) meta.push(`generated ${report.generatedAt}`);
  if (report.evaluationDate) meta.push(`exceptions judged on ${report.evaluationDate}`);
  if (scope.git) meta.push(`commit ${code(shortHash(scope.git.commit))}${scope.git.dirty ? ' (uncommitted changes)' : ''}`);

  const s = summary.status;
  const out: string[] = [
    '# SOC 2 compliance report',
    '',
    meta.join(' · '),
    '',
    `**${STATUS_EMOJI.fail} ${s.fail} fail · ${STATUS_EMOJI.partial} ${s.partial} partial · ${STATUS_EMOJI.pass} ${s.pass} pass · ${STATUS_EMOJI['not-evaluated']} ${s['not-evaluated']} not evaluated** — ` +
      `${plural(summary.findings, 'open finding')} (${plural(summary.bySeverity.error, 'error')}, ${plural(summary.bySeverity.warning, 'warning')}, ${summary.bySeverity.info} info), ` +
      `${plural(summary.exceptions, 'exception')}, ${summary.expiredExceptions} expired.`,
    '',
    '## Summary',
    '',
    table(
      ['Criterion', 'Name', 'Status', 'Checks passed', 'Failed', 'Excepted', 'Findings', 'Exceptions'],
      report.criteria.map((c) => [
        `[${c.id}](#${anchorOf(c)})`,
        mdText(c.name),
        status(c),
        c.checks.evaluated > 0 ? `${c.checks.passed} / ${c.checks.evaluated}` : '—',
        String(c.checks.failed),
        String(c.checks.excepted),
        String(c.findings),
        String(c.exceptions + c.expiredExceptions),
      ]),
    ),
    '',
    `Checks are rule × resource pairs. ${Object.entries(STATUS_MEANING)
      .map(([k, v]) => `**${STATUS_LABEL[k as keyof typeof STATUS_LABEL]}**: ${v}`)
      .join(' ')}`,
    '',
    '## Scope',
    '',
    `- Workspace: ${scope.workspaceFolders.map(code).join(', ') || '—'}`,
    `- Files evaluated: ${scope.filesEvaluated} (${filesByKindText(scope.filesByKind)})`,
    `- Resources: ${unitCount(scope.resources.image, 'image')}, ${unitCount(scope.resources.object, 'object')}, ${unitCount(scope.resources['values-file'], 'values-file')}`,
    `- Rules: ${tool.rulesEnabled} of ${tool.rulesTotal} enabled`,
    `- Skipped: ${plural(scope.skipped.length, 'file')}`,
  ];
  if (scope.skipped.length > 0) out.push('', details(`Skipped files (${scope.skipped.length})`, table(['File', 'Reason', 'Detail'], scope.skipped.map((k) => [code(k.file), mdText(k.reason), mdText(k.detail ?? '')]))));
  if (scope.ruleErrors.length > 0) out.push('', `**${plural(scope.ruleErrors.length, 'rule error')}** (those files were not evaluated by those rules):`, '', table(['File', 'Rule', 'Error'], scope.ruleErrors.map((e) => [code(e.file), code(e.ruleId), mdText(e.message)])));

  out.push('', '## Criteria', '');
  for (const c of report.criteria) out.push(`<a id="${anchorOf(c)}"></a>`, '', criterionSection(report, c, maxFindings), '');

  out.push('## Exceptions register', '');
  if (report.exceptions.length === 0) out.push('No findings are accepted as exceptions.');
  else out.push(table(['Location', 'Rule', 'Criteria', 'Resource', 'Reason', 'Author', 'Expiry'], exceptionRows(report.exceptions)));

  const overrides = Object.entries(report.configuration.rules);
  out.push('', '## Configuration', '');
  out.push(`- Rule overrides: ${overrides.length === 0 ? 'none' : overrides.map(([id, v]) => `${code(id)}=${v}`).join(', ')}`);
  out.push(`- Trusted registries: ${report.configuration.trustedRegistries.map(code).join(', ') || 'none'}`);
  out.push(`- Default namespace: ${code(report.configuration.defaultNamespace)}`);
  out.push(`- Rule set hash: ${code(tool.rulesetHash)}`);
  return out.join('\n') + '\n';
}

function anchorOf(c: CriterionResult): string {
  return `criterion-${c.id.toLowerCase().replace('.', '-')}`;
}
