/**
 * Findings of a Helm template, from the virtual text (template, then values files) back to the files
 * a developer edits:
 * - on a grafted values node: reported on the template action that prints it, with the values key
 *   as related information and the fix moved to the values file;
 * - on unknown content, or resting on unknown content the rule read inside the finding's subject:
 *   dropped (recorded in `analysis.dropped`), an unknown proves nothing;
 * - a fix that would edit a template action, or put text into another control-flow block than the
 *   finding's, is not offered as a fix; an entry inserted at a line end goes after the lines a block
 *   action prints there, never between a key and its printed value.
 */
import type { Finding, Fix, Range, RelatedLocation, RuleKind, TextEdit } from '../types';
import { pathAt } from '../yaml';
import type { GraftRecord } from './graft';
import type { DropReason, TemplateAnalysis } from './template';
import type { ValuesFile } from './values';

function overlaps(a: [number, number], s: number, e: number): boolean {
  return s < a[1] && e > a[0];
}

function regionOf(analysis: TemplateAnalysis, offset: number): TemplateAnalysis['regions'][number] | undefined {
  return analysis.regions.find((r) => offset >= r.start && offset <= r.end);
}

function toFileRange(region: TemplateAnalysis['regions'][number], s: number, e: number): Range {
  return region.file.lines.range(region.fileStart + s - region.start, region.fileStart + e - region.start);
}

/** Dotted values path of the innermost node at a file offset (for messages), e.g. `a.b[0].c`. */
function valuesPathAt(file: ValuesFile, offset: number): string {
  // The document root, not `file.root`: a parent's values seen by a subchart are a view of one key.
  return pathAt(file.docs[0]?.contents ?? file.root, offset).reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function fileName(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
}

function relatedFor(analysis: TemplateAnalysis, s: number, e: number): RelatedLocation | undefined {
  const region = regionOf(analysis, s);
  if (!region) return undefined;
  const path = valuesPathAt(region.file, region.fileStart + s - region.start);
  return { uri: region.file.uri, range: toFileRange(region, s, e), message: `The value comes from ${path || 'the values'} in ${fileName(region.file.uri)}.` };
}

function graftAt(analysis: TemplateAnalysis, s: number, e: number): GraftRecord | undefined {
  let best: GraftRecord | undefined;
  for (const g of analysis.grafts) {
    if (s >= g.span[0] && e <= g.span[1] && (!best || g.span[1] - g.span[0] < best.span[1] - best.span[0])) best = g;
  }
  return best;
}

/** The innermost template map holding an offset. */
function subjectOf(analysis: TemplateAnalysis, offset: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const m of analysis.maps) {
    if (offset >= m[0] && offset < m[1] && (!best || m[1] - m[0] < best[1] - best[0])) best = m;
  }
  return best;
}

function blockAt(analysis: TemplateAnalysis, offset: number): string | undefined {
  return analysis.render.blocks.find((b) => offset >= b.start && offset < b.end)?.id ?? analysis.render.blocks[analysis.render.blocks.length - 1]?.id;
}

function touchesAction(analysis: TemplateAnalysis, s: number, e: number, newText: string): boolean {
  for (const a of analysis.render.actions) {
    if (s < a[1] && e > a[0]) return true;
    if (s === e && s > a[0] && s < a[1]) return true;
    if (s === e && s === a[1] && !/^\r?\n/.test(newText)) return true;
    if (s === e && s === a[0] && !/\r?\n$/.test(newText)) return true;
  }
  return false;
}

/** The start of the first output action after `offset` that prints on lines of its own, if nothing but blanks and actions come first. */
function nextBlockOutput(analysis: TemplateAnalysis, offset: number): { start: number; end: number } | undefined {
  const text = analysis.virtualText;
  let i = offset;
  for (;;) {
    while (i < analysis.templateLength && /\s/.test(text[i]!)) i++;
    const action = analysis.render.actions.find((a) => a[0] === i);
    if (!action) return undefined;
    const site = analysis.render.sites.find((x) => x.start === i);
    if (site && !site.inline && !site.inComment) return { start: site.start, end: site.end };
    // A control action (`{{- if }}`, `{{- end }}`) or one printing inline: not a block output.
    if (!site) return undefined;
    i = action[1];
  }
}

/** True when the next content after `offset` is an action printing lines: text inserted here would split it from its key. */
function beforeBlockOutput(analysis: TemplateAnalysis, offset: number): boolean {
  return nextBlockOutput(analysis, offset) !== undefined;
}

/** Moves a line-end insertion point past the block output actions that follow it. */
function pastBlockOutput(analysis: TemplateAnalysis, offset: number): number {
  let at = offset;
  for (let guard = 0; guard < 50; guard++) {
    const next = nextBlockOutput(analysis, at);
    if (!next) return at;
    // To the end of the action's line (the insertion starts with a line break).
    const lineEnd = analysis.virtualText.indexOf('\n', next.end);
    const end = lineEnd < 0 || lineEnd > analysis.templateLength ? analysis.templateLength : lineEnd;
    at = analysis.virtualText[end - 1] === '\r' ? end - 1 : end;
  }
  return at;
}

function withEol(newText: string, eol: string): string {
  return newText.replace(/\r?\n/g, eol);
}

type Moved = { fix: Fix; related: RelatedLocation[] } | { demote: Fix; related: RelatedLocation[] } | undefined;

/** Moves a fix's edits to the files they belong to; undefined when it cannot be offered safely. */
function moveFix(analysis: TemplateAnalysis, fix: Fix, anchor: number, templateEol: string): Moved {
  const lines = analysis.virtualLines;
  const own: TextEdit[] = [];
  const other = new Map<string, TextEdit[]>();
  const related: RelatedLocation[] = [];
  let demote = false;
  for (const edit of fix.edits) {
    const s = lines.offsetAt(edit.range.start);
    const e = lines.offsetAt(edit.range.end);
    if (e <= analysis.templateLength) {
      let at = { s, e, range: edit.range };
      if (s === e && /^\r?\n/.test(edit.newText)) {
        // The skeleton's nodes end before what a block action prints: `securityContext:` is
        // followed by `{{- toYaml … | nindent 12 }}` on the next line. A new entry goes after it.
        const moved = pastBlockOutput(analysis, s);
        if (moved !== s) at = { s: moved, e: moved, range: lines.range(moved, moved) };
      }
      if (touchesAction(analysis, at.s, at.e, edit.newText) || beforeBlockOutput(analysis, at.e)) return undefined;
      if (at.s !== s) {
        own.push({ range: at.range, newText: withEol(edit.newText, templateEol) });
        if (blockAt(analysis, at.s) !== blockAt(analysis, anchor)) demote = true;
        continue;
      }
      if (analysis.unknownSpans.some((u) => overlaps(u, s, Math.max(e, s + 1)))) return undefined;
      if (blockAt(analysis, s) !== blockAt(analysis, anchor) || blockAt(analysis, Math.max(s, e - 1)) !== blockAt(analysis, anchor)) demote = true;
      own.push({ range: edit.range, newText: withEol(edit.newText, templateEol) });
      continue;
    }
    const region = regionOf(analysis, s);
    if (!region || e > region.end) return undefined;
    const list = other.get(region.file.uri) ?? [];
    list.push({ range: toFileRange(region, s, e), newText: withEol(edit.newText, region.file.lines.eol) });
    other.set(region.file.uri, list);
    const g = graftAt(analysis, s, e) ?? analysis.grafts.find((x) => x.file === region.file && s >= x.span[0] && s <= x.span[1] + 1);
    if (g?.keySpan) {
      const r = relatedFor(analysis, g.keySpan[0], g.keySpan[1]);
      if (r) related.push({ ...r, message: `The fix edits ${valuesPathAt(region.file, region.fileStart + g.keySpan[0] - region.start)} in ${fileName(region.file.uri)}.` });
    }
  }
  const moved: Fix = { title: fix.title, edits: own };
  if (fix.creates) moved.creates = fix.creates;
  if (other.size > 0) moved.fileEdits = [...other].map(([uri, edits]) => ({ uri, edits }));
  // A fix split over the template and values.yaml would be applied in halves by fix-all: offer it one by one.
  if (own.length > 0 && other.size > 0) demote = true;
  return demote ? { demote: moved, related } : { fix: moved, related };
}

/**
 * A finding of the virtual text as it reads in the template (or undefined: it is about unknown
 * content, or about the values text itself, which the values file's own lint covers).
 */
export function adjustTemplateFinding(analysis: TemplateAnalysis, finding: Finding, ruleKind: RuleKind, templateEol: string): Finding | undefined {
  const lines = analysis.virtualLines;
  const s = lines.offsetAt(finding.range.start);
  const e = lines.offsetAt(finding.range.end);
  const related: RelatedLocation[] = [];
  let range = finding.range;
  let anchor = s;
  const drop = (reason: DropReason) => {
    const entry: TemplateAnalysis['dropped'][number] = { ruleId: finding.ruleId, range: finding.range, reason };
    const subject = reason === 'values text' ? undefined : subjectOf(analysis, anchor);
    if (subject) entry.subject = subject;
    analysis.dropped.push(entry);
    return undefined;
  };
  if (s >= analysis.templateLength + (analysis.regions.length > 0 ? 1 : 0) && analysis.regions.length > 0) {
    // Only the Kubernetes rules judge grafted values; text rules see the template text only.
    if (ruleKind !== 'kubernetes') return drop('values text');
    const g = graftAt(analysis, s, e);
    if (!g) return drop('values text');
    range = lines.range(g.site[0], g.site[1]);
    anchor = g.site[0];
    const r = relatedFor(analysis, s, e);
    if (r) related.push(r);
  } else if (analysis.unknownSpans.some((u) => overlaps(u, s, Math.max(e, s + 1)))) {
    return drop('on unknown content');
  }
  // The rule read content soc2lint could not evaluate inside the finding's subject: its
  // conclusion may rest on it (e.g. "no resources" where a helper prints them).
  const subject = subjectOf(analysis, anchor);
  if (subject && analysis.trace.reads.some((r) => overlaps(subject, r[0], Math.max(r[1], r[0] + 1)))) return drop('read unknown content');
  // A fix that would rewrite unknown content shows the rule judged that content: no finding.
  const edits = [...(finding.fix?.edits ?? []), ...(finding.suggestions ?? []).flatMap((x) => x.edits)];
  if (edits.some((edit) => {
    const es = lines.offsetAt(edit.range.start);
    const ee = lines.offsetAt(edit.range.end);
    return ee <= analysis.templateLength && analysis.unknownSpans.some((u) => overlaps(u, es, Math.max(ee, es + 1)));
  })) return drop('fix edits unknown content');
  const out: Finding = { ...finding, range };
  delete out.fix;
  delete out.suggestions;
  const suggestions: Fix[] = [];
  if (finding.fix) {
    const moved = moveFix(analysis, finding.fix, anchor, templateEol);
    if (moved && 'fix' in moved) out.fix = moved.fix;
    else if (moved) suggestions.push(moved.demote);
    // A finding on the template (a missing setting) whose fix edits values.yaml points at the key
    // it edits; one whose value comes from values.yaml already points there.
    if (moved && related.length === 0) related.push(...moved.related);
  }
  for (const suggestion of finding.suggestions ?? []) {
    const moved = moveFix(analysis, suggestion, anchor, templateEol);
    if (moved) suggestions.push('fix' in moved ? moved.fix : moved.demote);
  }
  if (suggestions.length > 0) out.suggestions = suggestions;
  const unique = related.filter((r, i) => related.findIndex((x) => x.uri === r.uri && x.range.start.line === r.range.start.line && x.range.start.character === r.range.start.character) === i);
  if (unique.length > 0) out.related = unique;
  return out;
}
