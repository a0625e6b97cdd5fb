/**
 * A workspace scan: discover files, read them, build the cross-file index over every Kubernetes
 * file, optionally fix, then lint every file against the index. Each file is parsed once (again
 * only after a fix changed it).
 *
 * The scan is a generator (`scanSteps`) that yields after every file, so the language server can run
 * the very same scan asynchronously, with progress and cancellation (`soc2lint/report`), while the
 * CLI drives it to the end in one go (`scanWorkspace`). One code path keeps the editor's report and
 * `soc2lint report` identical for the same inputs.
 */
import { resolve } from 'node:path';
import { lintParsed, parseDocument, type ParsedFile } from '../engine/lint';
import type { Rule } from '../engine/rule';
import type { LintConfig, LintInput, LintResult } from '../engine/types';
import { factsFromObjects, WorkspaceIndex } from '../engine/workspace-index';
import { discoverFiles, toDisplayPath, type DiscoveredFile, type ExcludePattern, type SkippedFile } from './discover';
import { fixUntilStable } from './fix-loop';
import { chartRootOf, HelmCharts } from './helm-charts';
import { chartAndSubchartRoots, fixChartValues } from './helm-fix';
import { readSourceFile, writeSourceFile, type ReadOutcome, type SourceText } from './source-file';

/** Characters of an override looked at for a NUL, as readSourceFile looks at 8 KiB. */
const BINARY_PROBE_CHARS = 8 * 1024;

export interface ScanOptions {
  cwd: string;
  /** Files or folders, relative to cwd or absolute. */
  paths: readonly string[];
  config: LintConfig;
  excludes: ExcludePattern[];
  /** Files over this many bytes are skipped. */
  maxFileSize: number;
  fix: boolean;
  /** Defaults to every registered rule (tests pass their own). */
  rules?: readonly Rule[];
  /**
   * Text that replaces a file's content on disk (the language server passes the unsaved text of open
   * editors); undefined reads the disk. Overridden text is checked for size and NUL like disk text.
   */
  readOverride?: (absPath: string) => string | undefined;
  /**
   * Helm values overlays chosen explicitly (relative to cwd or absolute; `--values`, like `helm -f`):
   * a chart's chosen overlays stack in this order. Undefined: every overlay of a chart is evaluated
   * on top of its values.yaml on its own.
   */
  valuesOverlays?: readonly string[];
}

/** Yielded by `scanSteps` after each file: `read` (read + parse), `fix`, then `lint`. */
export interface ScanProgress {
  phase: 'read' | 'fix' | 'lint';
  /** Files done in this phase. */
  done: number;
  /** Files this phase handles. */
  total: number;
}

export interface ScannedFile {
  displayPath: string;
  absPath: string;
  result: LintResult;
  /** The parse the result was computed from (reports count objects and directives in it). */
  parsed: ParsedFile;
  /** The text linted (the disk text without BOM, or the override). */
  text: string;
}

export interface FixedFile {
  displayPath: string;
  /** Titles of the fixes applied, in order. */
  fixes: string[];
  /** Set when fixing stopped early; the file holds the fixes applied up to then. */
  warning?: string;
}

export interface RuleError {
  displayPath: string;
  ruleId: string;
  message: string;
}

export interface ScanResult {
  /** Every linted file (kind not `ignored`), sorted by path. */
  files: ScannedFile[];
  skipped: SkippedFile[];
  fixed: FixedFile[];
  ruleErrors: RuleError[];
}

interface Loaded {
  file: DiscoveredFile;
  source: SourceText;
  parsed: ParsedFile;
}

/** Runs a whole scan synchronously (the CLI). */
export function scanWorkspace(options: ScanOptions): ScanResult {
  const steps = scanSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The scan, one file at a time: yields a `ScanProgress` after every file and returns the result. A
 * caller that stops iterating early has changed nothing on disk unless `fix` was set.
 */
export function* scanSteps(options: ScanOptions): Generator<ScanProgress, ScanResult, void> {
  const { config } = options;
  const discovery = discoverFiles(options.paths, { cwd: options.cwd, excludes: options.excludes });
  const skipped = [...discovery.skipped];
  const ruleErrors: RuleError[] = [];
  const loaded: Loaded[] = [];
  // Templates are evaluated against their chart's values.yaml, read once per chart.
  const chartFiles = new Map<string, string | undefined>();
  const charts = new HelmCharts((abs) => {
    if (!chartFiles.has(abs)) {
      const r = readFile(abs, options);
      chartFiles.set(abs, r.ok ? r.text : undefined);
    }
    return chartFiles.get(abs);
  }, (abs) => toDisplayPath(options.cwd, abs), undefined, options.valuesOverlays?.map((p) => resolve(options.cwd, p)));
  const helmOf = (file: DiscoveredFile) => charts.contextFor(file.absPath, file.helm);

  let done = 0;
  for (const file of discovery.files) {
    const read = readFile(file.absPath, options);
    if (!read.ok) {
      skipped.push({ displayPath: file.displayPath, reason: read.reason, detail: read.detail });
    } else {
      const source = { text: read.text, bom: read.bom };
      const parsed = parseDocument(inputOf(file, source.text), helmOf(file));
      if (parsed.kind !== 'ignored') loaded.push({ file, source, parsed });
    }
    yield { phase: 'read', done: ++done, total: discovery.files.length };
  }

  // Cross-file facts first, so every file is linted against the whole workspace.
  const index = new WorkspaceIndex();
  const indexFile = (l: Loaded) => {
    if (l.parsed.kind === 'kubernetes') index.setFile(l.file.displayPath, factsFromObjects(l.file.displayPath, l.parsed.objects, config.defaultNamespace));
    else index.removeFile(l.file.displayPath);
  };
  loaded.forEach(indexFile);

  const lint = (l: Loaded, text: string, parsed: ParsedFile): LintResult =>
    lintParsed(inputOf(l.file, text), parsed, config, {
      index,
      helm: helmOf(l.file),
      ...(options.rules ? { rules: options.rules } : {}),
      onRuleError: (ruleId, error) => ruleErrors.push({ displayPath: l.file.displayPath, ruleId, message: error instanceof Error ? error.message : String(error) }),
    });

  const fixed: FixedFile[] = [];
  if (options.fix) {
    done = 0;
    for (const l of loaded) {
      yield { phase: 'fix', done: done++, total: loaded.length };
      const outcome = fixUntilStable(l.source.text, (text) => {
        const parsed = text === l.source.text ? l.parsed : parseDocument(inputOf(l.file, text), helmOf(l.file));
        return lint(l, text, parsed).findings;
      });
      if (outcome.applied.length === 0 && !outcome.error) continue;
      const entry: FixedFile = { displayPath: l.file.displayPath, fixes: outcome.applied.map((f) => f.title) };
      if (outcome.error) entry.warning = `stopped fixing: ${outcome.error}`;
      else if (!outcome.stable) entry.warning = 'fixes did not settle after the maximum number of passes';
      if (outcome.text !== l.source.text) {
        const source = { text: outcome.text, bom: l.source.bom };
        try {
          writeSourceFile(l.file.absPath, source);
        } catch (error) {
          // Nothing was changed on disk: report the findings of the file as it is.
          fixed.push({ displayPath: l.file.displayPath, fixes: [], warning: `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
          continue;
        }
        l.source = source;
        l.parsed = parseDocument(inputOf(l.file, source.text), helmOf(l.file));
        indexFile(l);
      }
      fixed.push(entry);
    }
    // Files rewritten by the fixes above are read again by the chart cache.
    chartFiles.clear();
    fixed.push(...fixHelmValues(loaded, config, options.rules, charts, (abs) => chartFiles.delete(abs)));
    chartFiles.clear();
  }

  // Rule errors of the fix passes would repeat below; report each (file, rule) once.
  const files: ScannedFile[] = [];
  done = 0;
  for (const l of loaded) {
    if (l.parsed.kind !== 'ignored') {
      files.push({ displayPath: l.file.displayPath, absPath: l.file.absPath, result: lint(l, l.source.text, l.parsed), parsed: l.parsed, text: l.source.text });
    }
    yield { phase: 'lint', done: ++done, total: loaded.length };
  }
  return { files, skipped, fixed, ruleErrors: dedupeRuleErrors(ruleErrors) };
}

/** Disk text, or the caller's override held to the same limits (size in UTF-8 bytes, NUL = binary). */
function readFile(absPath: string, options: ScanOptions): ReadOutcome {
  const text = options.readOverride?.(absPath);
  if (text === undefined) return readSourceFile(absPath, options.maxFileSize);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > options.maxFileSize) return { ok: false, reason: 'too-large', detail: `${size} bytes is over the ${options.maxFileSize}-byte limit (--max-file-size)` };
  if (text.slice(0, BINARY_PROBE_CHARS).includes('\u0000')) return { ok: false, reason: 'binary', detail: 'binary content (NUL byte)' };
  return { ok: true, text: text.replace(/^\uFEFF/, ''), bom: text.startsWith('\uFEFF') };
}

/**
 * Values-side fixes of template findings (helm-fix.ts), chart by chart: the templates of the chart
 * and of its subcharts (a parent's values.yaml sets their values under their key); the chart's
 * values file and templates are then read again, so the final lint sees the fixed values. Overlays
 * need no pass here: their template findings are findings of the overlay, fixed with its own fixes.
 */
function fixHelmValues(loaded: Loaded[], config: LintConfig, rules: readonly Rule[] | undefined, charts: HelmCharts, written: (absPath: string) => void): FixedFile[] {
  const out: FixedFile[] = [];
  const helmOf = (file: DiscoveredFile) => charts.contextFor(file.absPath, file.helm);
  for (const v of loaded) {
    if (v.parsed.kind !== 'helm-values' || !v.file.helm || !/^values\.ya?ml$/i.test(v.file.helm.chartRelativePath)) continue;
    const root = chartRootOf(v.file.absPath, v.file.helm);
    const roots = new Set(chartAndSubchartRoots(charts, root));
    const templates = loaded.filter((t) => t.parsed.kind === 'helm-template' && t.file.helm && roots.has(chartRootOf(t.file.absPath, t.file.helm)));
    if (templates.length === 0) continue;
    const uri = v.file.displayPath;
    const outcome = fixChartValues(
      charts,
      { absPath: v.file.absPath, uri, text: v.source.text },
      templates.map((t) => ({
        label: t.file.displayPath,
        lint: () => {
          const helm = helmOf(t.file)!;
          const input = inputOf(t.file, t.source.text);
          return lintParsed(input, parseDocument(input, helm), config, { helm, ...(rules ? { rules } : {}) }).findings;
        },
      })),
    );
    if (outcome.applied.length === 0 && !outcome.warning) continue;
    const entry: FixedFile = { displayPath: uri, fixes: outcome.applied };
    if (outcome.warning) entry.warning = outcome.warning;
    if (outcome.text !== v.source.text) {
      const source = { text: outcome.text, bom: v.source.bom };
      try {
        writeSourceFile(v.file.absPath, source);
      } catch (error) {
        out.push({ displayPath: uri, fixes: [], warning: `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
        continue;
      }
      v.source = source;
      written(v.file.absPath);
      v.parsed = parseDocument(inputOf(v.file, source.text), helmOf(v.file));
      for (const t of templates) t.parsed = parseDocument(inputOf(t.file, t.source.text), helmOf(t.file));
    }
    out.push(entry);
  }
  return out;
}

function inputOf(file: DiscoveredFile, text: string): LintInput {
  return { uri: file.displayPath, text };
}

function dedupeRuleErrors(errors: RuleError[]): RuleError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.displayPath}\0${e.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
