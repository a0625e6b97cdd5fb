/**
 * Human output, grouped by file:
 *
 *   deploy/app.yaml
 *   deploy/app.yaml:12:9  error  K8S002  Container "web" runs privileged ...  [CC6.1]
 *
 *   2 findings (1 error, 1 warning, 0 info) in 3 files; 0 suppressed; 0 skipped
 *
 * Lines and columns are 1-based (columns count UTF-16 code units, as editors do). Never prints
 * source lines: a finding's range may hold a secret.
 */
import type { Finding } from '../engine/types';
import { plural, summaryLine, type Report } from './report';

export interface TextOptions {
  color: boolean;
  verbose: boolean;
}

interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLORS: Palette = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };
const identity = (s: string) => s;
const PLAIN: Palette = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity, green: identity };

function location(file: string, f: Finding): string {
  return `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

function severityLabel(p: Palette, f: Finding): string {
  const padded = f.severity.padEnd(7);
  return f.severity === 'error' ? p.red(padded) : f.severity === 'warning' ? p.yellow(padded) : p.cyan(padded);
}

/** One message per line: a message never spans lines (it could break grep and CI annotations). */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function formatText(report: Report, options: TextOptions): string {
  const p = options.color ? COLORS : PLAIN;
  const out: string[] = [];

  if (report.scan.fixed.length > 0) {
    out.push(p.bold('Fixed'));
    for (const f of report.scan.fixed) {
      const titles = f.fixes.length > 0 ? `: ${f.fixes.map(oneLine).join('; ')}` : '';
      out.push(`  ${f.displayPath}  ${plural(f.fixes.length, 'fix', 'fixes')} applied${titles}`);
      if (f.warning) out.push(`  ${f.displayPath}  ${p.yellow('warning')}  ${oneLine(f.warning)}`);
    }
    out.push('');
  }

  const byFile = new Map<string, { findings: Finding[]; suppressed: Report['suppressed'] }>();
  const group = (file: string) => {
    let g = byFile.get(file);
    if (!g) byFile.set(file, (g = { findings: [], suppressed: [] }));
    return g;
  };
  for (const { file, finding } of report.findings) group(file).findings.push(finding);
  if (options.verbose) for (const s of report.suppressed) group(s.file).suppressed.push(s);

  for (const [file, g] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(p.bold(p.green(file)));
    for (const f of g.findings) {
      const controls = f.controls.length > 0 ? `  ${p.dim(`[${f.controls.join(', ')}]`)}` : '';
      out.push(`${location(file, f)}  ${severityLabel(p, f)}  ${p.bold(f.ruleId)}  ${oneLine(f.message)}${controls}`);
    }
    for (const { finding: s } of g.suppressed) {
      const until = s.suppression.until ? `, until ${s.suppression.until}` : '';
      out.push(`${location(file, s)}  ${p.dim('suppressed')}  ${s.ruleId}  ${oneLine(s.message)}  ${p.dim(`(reason: ${oneLine(s.suppression.reason)}${until})`)}`);
    }
    out.push('');
  }

  if (options.verbose && report.skipped.length > 0) {
    out.push(p.bold('Skipped'));
    for (const s of report.skipped) out.push(`  ${s.displayPath}  ${s.reason}: ${s.detail}`);
    out.push('');
  }

  if (report.scan.ruleErrors.length > 0) {
    out.push(p.bold('Internal errors (a rule failed; its findings for that file are missing)'));
    for (const e of report.scan.ruleErrors) out.push(`  ${e.displayPath}  ${e.ruleId}: ${oneLine(e.message)}`);
    out.push('');
  }

  const s = report.summary;
  const summary = summaryLine(s);
  const colored = s.errors > 0 ? p.red(summary) : s.findings > 0 ? p.yellow(summary) : p.green(summary);
  out.push(p.bold(colored) + (s.skipped > 0 && !options.verbose ? p.dim(' (--verbose lists skipped files)') : ''));
  if (s.fixesApplied > 0) out.push(`${plural(s.fixesApplied, 'fix', 'fixes')} applied in ${plural(report.scan.fixed.filter((f) => f.fixes.length > 0).length, 'file')}`);
  return out.join('\n') + '\n';
}
