/**
 * The bytes the editor's "Save as" writes, kept free of `vscode` so the LSP tests compare them with
 * the CLI's output directly.
 */
import { formatReport, type ReportFormat } from '../../server/src/engine/report/index';
import type { ReportResult } from '../../server/src/lsp/protocol';

/**
 * The report in one format: the very call `soc2lint report --format <format>` makes
 * (server/src/cli/report-command.ts), on the model the server built with the CLI's scan and
 * assembly. No editor-only options: they would make the file differ from CI's.
 */
export function reportText(result: ReportResult, format: ReportFormat): string {
  return formatReport(result.report, format);
}
