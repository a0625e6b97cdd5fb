/**
 * A workspace scan: discover files, read them, build the cross-file index over every Kubernetes
 * file, optionally fix, then lint every file against the index. Each file is parsed once (again
 * only after a fix changed it).
 */
import { lintParsed, parseDocument, type ParsedFile } from '../engine/lint';
import type { Rule } from '../engine/rule';
import type { LintConfig, LintInput, LintResult } from '../engine/types';
import { factsFromObjects, WorkspaceIndex } from '../engine/workspace-index';
import { discoverFiles, type DiscoveredFile, type ExcludePattern, type SkippedFile } from './discover';
import { fixUntilStable } from './fix-loop';
import { readSourceFile, writeSourceFile, type SourceText } from './source-file';

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
}

export interface ScannedFile {
  displayPath: string;
  absPath: string;
  result: LintResult;
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

export function scanWorkspace(options: ScanOptions): ScanResult {
  const { config } = options;
  const discovery = discoverFiles(options.paths, { cwd: options.cwd, excludes: options.excludes });
  const skipped = [...discovery.skipped];
  const ruleErrors: RuleError[] = [];
  const loaded: Loaded[] = [];

  for (const file of discovery.files) {
    const read = readSourceFile(file.absPath, options.maxFileSize);
    if (!read.ok) {
      skipped.push({ displayPath: file.displayPath, reason: read.reason, detail: read.detail });
      continue;
    }
    const source = { text: read.text, bom: read.bom };
    const parsed = parseDocument(inputOf(file, source.text), file.helm);
    if (parsed.kind === 'ignored') continue;
    loaded.push({ file, source, parsed });
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
      helm: l.file.helm,
      ...(options.rules ? { rules: options.rules } : {}),
      onRuleError: (ruleId, error) => ruleErrors.push({ displayPath: l.file.displayPath, ruleId, message: error instanceof Error ? error.message : String(error) }),
    });

  const fixed: FixedFile[] = [];
  if (options.fix) {
    for (const l of loaded) {
      const outcome = fixUntilStable(l.source.text, (text) => {
        const parsed = text === l.source.text ? l.parsed : parseDocument(inputOf(l.file, text), l.file.helm);
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
        l.parsed = parseDocument(inputOf(l.file, source.text), l.file.helm);
        indexFile(l);
      }
      fixed.push(entry);
    }
  }

  // Rule errors of the fix passes would repeat below; report each (file, rule) once.
  const files: ScannedFile[] = [];
  for (const l of loaded) {
    if (l.parsed.kind === 'ignored') continue;
    files.push({ displayPath: l.file.displayPath, absPath: l.file.absPath, result: lint(l, l.source.text, l.parsed) });
  }
  return { files, skipped, fixed, ruleErrors: dedupeRuleErrors(ruleErrors) };
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
