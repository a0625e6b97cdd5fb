/**
 * Per-file facts the report needs beyond a LintResult: how many Kubernetes objects a file holds
 * (resources evaluated) and its suppression comments (to list expired exceptions). Counted from
 * the already parsed file after linting, so the lint hot path is unchanged.
 */
import { allRules } from '../../../../rules/index';
import { aliasTable, expandRuleIds } from '../aliases';
import type { ParsedFile } from '../lint';
import { parseSuppressions } from '../suppressions';
import type { ReportDirective, ReportFileFacts } from './model';

export function reportFactsOf(parsed: ParsedFile): ReportFileFacts {
  const directives: ReportDirective[] = [];
  let aliases: Map<string, string[]> | undefined;
  if (parsed.kind !== 'ignored') {
    for (const d of parseSuppressions(parsed.lines, parsed.kind, parsed.dockerfile)) {
      // Only dated directives matter to the report (active ones arrive as suppressed findings).
      if (d.until === undefined || d.invalidUntil) continue;
      // Peer ids (`CKV_K8S_16`) name our rules, as in the engine.
      aliases ??= aliasTable(allRules);
      directives.push({ line: d.line, ids: expandRuleIds(d.ids, aliases), reason: d.reason, until: d.until, scope: d.scope, coverStart: d.coverStart, coverEnd: d.coverEnd });
    }
  }
  return { objects: parsed.objects.length, directives };
}
