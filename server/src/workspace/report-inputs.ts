/**
 * The I/O half of the compliance report: turns a finished scan into the engine's report inputs,
 * adding what only the host can know (git commit and dirty state, who wrote each suppression
 * comment, the clock). The CLI (`soc2lint report`) and the language server (`soc2lint/report`)
 * both call `reportFromScan`, so the editor's export and CI give the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { buildReport } from '../engine/report/build';
import { reportFactsOf } from '../engine/report/facts';
import { exceptionKey, type ComplianceReport, type ReportFileInput, type ReportMeta } from '../engine/report/model';
import type { Rule } from '../engine/rule';
import type { LintConfig } from '../engine/types';
import type { ScanResult } from './scan';

export interface ReportFromScanOptions {
  /** The report root; display paths are relative to it. */
  cwd: string;
  /** Folder whose repository the git facts describe (default: cwd); the CLI passes the first scanned folder. */
  gitDir?: string;
  /** Workspace folders or scanned paths, as shown in the report's scope. */
  workspaceFolders: readonly string[];
  config: LintConfig;
  version: string;
  rules: readonly Rule[];
  /** Omit `generatedAt` (reproducible output). */
  noTimestamp?: boolean;
  /** Defaults to now. */
  now?: Date;
  /** Set false to skip git (commit, dirty state, authors). */
  git?: boolean;
}

/** Per-file report inputs of a scan (facts are counted from the parse each result came from). */
export function reportInputsOf(scan: ScanResult): ReportFileInput[] {
  return scan.files.map((f) => ({ file: f.displayPath, result: f.result, facts: reportFactsOf(f.parsed) }));
}

/** Scan result + host facts → the ComplianceReport. */
export function reportFromScan(scan: ScanResult, options: ReportFromScanOptions): ComplianceReport {
  const inputs = reportInputsOf(scan);
  const meta: ReportMeta = {
    tool: { name: 'soc2lint', version: options.version },
    rules: options.rules.map((r) => r.meta),
    config: options.config,
    workspaceFolders: options.workspaceFolders,
    skipped: scan.skipped.map((s) => ({ file: s.displayPath, reason: s.reason, detail: s.detail })),
    ruleErrors: scan.ruleErrors.map((e) => ({ file: e.displayPath, ruleId: e.ruleId, message: e.message })),
  };
  if (!options.noTimestamp) meta.generatedAt = (options.now ?? new Date()).toISOString();
  if (options.git !== false) {
    const git = gitState(options.gitDir ?? options.cwd);
    if (git) meta.git = git;
    const report = buildReport(inputs, meta);
    if (!git || report.exceptions.length === 0) return report;
    const absOf = new Map(scan.files.map((f) => [f.displayPath, f.absPath]));
    meta.authors = suppressionAuthors(report, absOf);
  }
  return buildReport(inputs, meta);
}

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 15_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true });
  return r.status === 0 && typeof r.stdout === 'string' ? r.stdout : undefined;
}

/**
 * HEAD commit, and whether anything under `dir` differs from it (modified, staged or untracked):
 * the report describes that folder, so changes elsewhere in the repository do not count.
 * Undefined outside a git repository.
 */
export function gitState(dir: string): { commit: string; dirty: boolean } | undefined {
  const head = git(dir, ['rev-parse', 'HEAD'])?.trim();
  if (!head || !/^[0-9a-f]{40,64}$/.test(head)) return undefined;
  const status = git(dir, ['status', '--porcelain', '--', '.']);
  return { commit: head, dirty: status === undefined ? true : status.trim() !== '' };
}

/**
 * Who committed each suppression comment line (`git blame --porcelain`, one call per file with a
 * `-L n,n` per line). Lines not committed yet have no author.
 */
export function suppressionAuthors(report: ComplianceReport, absOf: ReadonlyMap<string, string>): Record<string, string> {
  const linesByFile = new Map<string, Set<number>>();
  for (const e of report.exceptions) {
    const set = linesByFile.get(e.file) ?? new Set<number>();
    set.add(e.suppressionLine);
    linesByFile.set(e.file, set);
  }
  const authors: Record<string, string> = {};
  for (const [file, lines] of [...linesByFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const abs = absOf.get(file);
    if (!abs) continue;
    const sorted = [...lines].sort((a, b) => a - b);
    const out = git(dirname(abs), ['blame', '--porcelain', ...sorted.flatMap((l) => ['-L', `${l},${l}`]), '--', abs]);
    if (out === undefined) continue;
    for (const [line, author] of parseBlame(out)) authors[exceptionKey(file, line - 1)] = author;
  }
  return authors;
}

/** `git blame --porcelain` → final line number (1-based) → author name. */
export function parseBlame(porcelain: string): Map<number, string> {
  const byCommit = new Map<string, string>();
  const out = new Map<number, string>();
  let commit = '';
  let line = 0;
  for (const row of porcelain.split('\n')) {
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(row);
    if (header) {
      commit = header[1]!;
      line = Number(header[2]);
      const known = byCommit.get(commit);
      if (known !== undefined) out.set(line, known);
      continue;
    }
    if (row.startsWith('author ')) {
      const name = row.slice('author '.length).trim();
      // Uncommitted lines are attributed to the zero commit, "Not Committed Yet".
      if (/^0+$/.test(commit)) continue;
      byCommit.set(commit, name);
      out.set(line, name);
    }
  }
  return out;
}
