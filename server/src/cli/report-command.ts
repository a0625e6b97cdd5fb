/**
 * `soc2lint report`: the same scan as `soc2lint scan` (same configuration handling, same exit
 * codes), turned into the compliance report and written in every requested format. The report is
 * assembled by workspace/report-inputs.ts, which the language server's `soc2lint/report` uses too.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatReport } from '../engine/report/index';
import type { Severity } from '../engine/types';
import { reportFromScan } from '../workspace/report-inputs';
import { scanWorkspace } from '../workspace/scan';
import type { FailOn } from './args';
import type { ReportCommand } from './report-args';
import { OutputError, prepareScan, type CliIo, type ExitCode } from './run';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** 1 when an open finding (expired exceptions included) is at or above the threshold, as `scan`. */
export function reportExitCode(findings: readonly { severity: Severity }[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

export function runReport(command: ReportCommand, io: CliIo): ExitCode {
  const { rules, config, excludes } = prepareScan(command, io);
  const scan = scanWorkspace({ cwd: io.cwd, paths: command.paths, config, excludes, maxFileSize: command.maxFileSize, ...(command.values ? { valuesOverlays: command.values } : {}), fix: false, rules });
  const report = reportFromScan(scan, {
    cwd: io.cwd,
    gitDir: folderOf(resolve(io.cwd, command.paths[0]!)),
    workspaceFolders: command.paths,
    config,
    version: io.version,
    rules,
    noTimestamp: command.noTimestamp,
    git: !command.noGit,
    ...(io.now ? { now: io.now() } : {}),
  });

  for (const output of command.outputs) {
    const text = formatReport(report, output.format);
    if (output.file === undefined) {
      io.stdout.write(text);
      continue;
    }
    const file = resolve(io.cwd, output.file);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text, 'utf8');
    } catch (error) {
      throw new OutputError(`cannot write ${output.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  for (const e of scan.ruleErrors) io.stderr.write(`soc2lint: warning: rule ${e.ruleId} failed on ${e.displayPath}: ${e.message}\n`);
  return reportExitCode(report.findings, command.failOn);
}

/** The folder itself, or the folder of a file: where git is asked about the scanned code. */
function folderOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}
