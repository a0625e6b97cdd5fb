/**
 * `soc2lint report [paths…] -f FORMAT -o FILE [-f FORMAT -o FILE …]`: the scan options plus
 * output pairs. Formats and outputs pair up in the order given; a lone `-o` takes its format from
 * the file extension; one format without `-o` (or with `-o -`) goes to stdout.
 */
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, type ReportFormat } from '../engine/report/index';
import { describeParseError, oneOf, SCAN_OPTIONS, scanSettings, UsageError, type ScanSettings } from './args';

export interface ReportOutput {
  format: ReportFormat;
  /** A file path relative to the cwd; undefined = stdout. */
  file: string | undefined;
}

export interface ReportCommand extends ScanSettings {
  command: 'report';
  outputs: ReportOutput[];
  noTimestamp: boolean;
  noGit: boolean;
}

const { fix: _fix, verbose: _verbose, ...SHARED } = SCAN_OPTIONS;
const REPORT_OPTIONS = {
  ...SHARED,
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  'no-timestamp': { type: 'boolean' },
  'no-git': { type: 'boolean' },
} as const;

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json', '.sarif': 'sarif' };

function formatOfFile(file: string): ReportFormat {
  const m = /\.[^./\\]+$/.exec(file.toLowerCase());
  const format = m ? EXTENSIONS[m[0]] : undefined;
  if (!format) throw new UsageError(`-o ${file}: cannot tell the format from the extension; add -f html|md|json|sarif before it`);
  return format;
}

/** Pairs formats with outputs (see the file comment). */
export function pairOutputs(formats: readonly string[], files: readonly string[]): ReportOutput[] {
  const checked = formats.map((f) => oneOf('--format', f, REPORT_FORMATS, 'md'));
  const toStdout = (f: string | undefined) => (f === undefined || f === '-' ? undefined : f);
  let outputs: ReportOutput[];
  if (checked.length === 0 && files.length === 0) outputs = [{ format: 'md', file: undefined }];
  else if (checked.length === 0) outputs = files.map((f) => ({ format: f === '-' ? 'md' : formatOfFile(f), file: toStdout(f) }));
  else if (checked.length === 1 && files.length === 0) outputs = [{ format: checked[0]!, file: undefined }];
  else if (checked.length === files.length) outputs = checked.map((format, i) => ({ format, file: toStdout(files[i]) }));
  else throw new UsageError(`${checked.length} --format and ${files.length} --output values: give each --format its -o FILE, in order (e.g. -f html -o report.html -f json -o report.json)`);
  if (outputs.filter((o) => o.file === undefined).length > 1) throw new UsageError('only one format can be written to stdout; give the others -o FILE');
  const seen = new Set<string>();
  for (const o of outputs) {
    if (o.file === undefined) continue;
    if (seen.has(o.file)) throw new UsageError(`-o ${o.file} is given twice`);
    seen.add(o.file);
  }
  return outputs;
}

export function parseReportCommand(args: readonly string[]): ReportCommand | { command: 'help' } | { command: 'version' } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: REPORT_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = describeParseError(error);
    if (/--(fix|verbose)\b/.test(message)) throw new UsageError(`${message} (report does not change files; run scan --fix first)`);
    throw new UsageError(message);
  }
  const v = parsed.values;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  return {
    command: 'report',
    ...scanSettings(v, parsed.positionals),
    outputs: pairOutputs(v.format ?? [], v.output ?? []),
    noTimestamp: v['no-timestamp'] ?? false,
    noGit: v['no-git'] ?? false,
  };
}
