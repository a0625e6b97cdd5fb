/**
 * Suppression comments (STYLE.md §6):
 *
 *   # soc2lint-ignore K8S002,K8S003: reason            the next line / instruction / YAML node
 *   # soc2lint-ignore K8S002 until=2027-01-31: reason  ... until that date (inclusive)
 *   # soc2lint-ignore-file DF001: reason               the whole file
 *   image: x  # soc2lint-ignore K8S010: reason          a trailing comment covers its own line's node
 *
 * A directive without a reason, or past its `until` date, suppresses nothing (SL002/SL003 report it).
 * A directive just above the first line of a YAML document covers that whole document (resource).
 */
import type { DockerfileModel } from './dockerfile';
import type { LineIndex } from './positions';
import type { FileKind, Range } from './types';

export interface SuppressionDirective {
  scope: 'line' | 'file';
  ids: string[];
  /** Empty when missing. */
  reason: string;
  until: string | undefined;
  /** True when `until=` was given but is not a valid YYYY-MM-DD date. */
  invalidUntil: boolean;
  /** 0-based line of the comment. */
  line: number;
  /** Range of the directive text (from `soc2lint-ignore`). */
  range: Range;
  /** Lines covered, inclusive (file scope: whole file). */
  coverStart: number;
  coverEnd: number;
}

const DIRECTIVE = /#\s*soc2lint-ignore(-file)?(?=[\s:]|$)(.*)$/;

export function parseSuppressions(lines: LineIndex, kind: FileKind, dockerfile?: DockerfileModel): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  const text = lines.text;
  if (text.indexOf('soc2lint-ignore') < 0) return out;
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    const m = DIRECTIVE.exec(lineText);
    if (!m) continue;
    const hashAt = m.index;
    const trailing = lineText.slice(0, hashAt).trim().length > 0;
    const directiveAt = lineText.indexOf('soc2lint-ignore', hashAt);
    const body = m[2] ?? '';
    const colon = body.indexOf(':');
    const head = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
    let until: string | undefined;
    let invalidUntil = false;
    const ids: string[] = [];
    for (const token of head.split(/[\s,]+/).filter(Boolean)) {
      const u = /^until=(.*)$/i.exec(token);
      if (u) {
        until = u[1];
        invalidUntil = !isValidDate(until ?? '');
      } else ids.push(token.toUpperCase());
    }
    const scope = m[1] ? 'file' : 'line';
    let coverStart = 0;
    let coverEnd = lines.lineCount - 1;
    if (scope === 'line') {
      const target = trailing ? line : nextContentLine(lines, line + 1);
      [coverStart, coverEnd] = target === undefined ? [line, line] : coverage(lines, kind, target, dockerfile);
    }
    out.push({
      scope,
      ids,
      reason,
      until,
      invalidUntil,
      line,
      range: { start: { line, character: directiveAt }, end: { line, character: lineText.trimEnd().length } },
      coverStart,
      coverEnd,
    });
  }
  return out;
}

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function nextContentLine(lines: LineIndex, from: number): number | undefined {
  for (let l = from; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t === '' || t.startsWith('#')) continue;
    return l;
  }
  return undefined;
}

function indentOf(s: string): number {
  return s.length - s.trimStart().length;
}

function coverage(lines: LineIndex, kind: FileKind, target: number, dockerfile?: DockerfileModel): [number, number] {
  if (kind === 'dockerfile') {
    const instruction = dockerfile?.ast.getInstructions().find((i) => i.getRange().start.line <= target && i.getRange().end.line >= target);
    return instruction ? [target, instruction.getRange().end.line] : [target, target];
  }
  const targetText = lines.lineText(target);
  // First content line of a YAML document: cover the whole document (the resource).
  if (indentOf(targetText) === 0 && !targetText.startsWith('-') && isDocumentStart(lines, target)) {
    let end = target;
    for (let l = target + 1; l < lines.lineCount; l++) {
      if (/^(---|\.\.\.)(\s|$)/.test(lines.lineText(l))) break;
      end = l;
    }
    return [target, end];
  }
  // Otherwise the node that starts on the target line: following lines indented deeper belong to it.
  // A sequence item `- a: 1` owns the lines indented past its dash.
  const indent = indentOf(targetText);
  let end = target;
  for (let l = target + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l);
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    if (indentOf(t) > indent) end = l;
    else break;
  }
  return [target, end];
}

function isDocumentStart(lines: LineIndex, target: number): boolean {
  for (let l = target - 1; l >= 0; l--) {
    const t = lines.lineText(l);
    if (/^---(\s|$)/.test(t)) return true;
    if (t.trim() === '' || t.trim().startsWith('#') || t.startsWith('%')) continue;
    return false;
  }
  return true;
}

/**
 * Reasons that are only a placeholder (the editor's inserted `<reason>`, `reason`, `TODO`, `TBD`):
 * an auditor cannot accept them, so they count as missing.
 */
export function isPlaceholderReason(reason: string): boolean {
  const r = reason.trim().toLowerCase();
  return /^<[^>]*>$/.test(r) || /^(reason|todo|tbd|fixme|xxx|\.\.\.|-)$/.test(r);
}

/** Whether a directive is in force for a rule on a given line, on a given day. */
export function directiveApplies(d: SuppressionDirective, ruleId: string, line: number, today: string): boolean {
  if (!d.reason || isPlaceholderReason(d.reason) || d.invalidUntil) return false;
  if (d.until && d.until < today) return false;
  if (!d.ids.includes(ruleId) && !d.ids.includes('ALL')) return false;
  return line >= d.coverStart && line <= d.coverEnd;
}

/** The text of a suppression comment for a rule, to insert above `indent`. */
export function suppressionComment(ruleIds: string[], reason: string, file = false): string {
  return `# soc2lint-ignore${file ? '-file' : ''} ${ruleIds.join(',')}: ${reason}`;
}
