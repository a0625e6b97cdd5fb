/**
 * How a configuration applies to a rule, resolved exactly as the engine's lint loop does (own id
 * first, then a peer alias; strict-profile rules need the strict profile or an explicit setting).
 */
import { aliasesOf } from '../aliases';
import { fileKindsFor, type RuleMeta } from '../rule';
import type { FileKind, LintConfig, RuleKind, RuleSetting, Severity } from '../types';

/** The setting that applies to a rule: its id's, else a peer alias's (as the engine resolves it). */
export function ruleSettingOf(meta: RuleMeta, config: LintConfig): RuleSetting | undefined {
  const own = config.rules[meta.id];
  if (own !== undefined) return own;
  for (const alias of aliasesOf(meta)) {
    const s = config.rules[alias];
    if (s !== undefined) return s;
  }
  return undefined;
}

/** Whether a rule runs under a configuration (the same test as the engine's lint loop). */
export function isRuleEnabled(meta: RuleMeta, config: LintConfig): boolean {
  const setting = ruleSettingOf(meta, config);
  if (setting === 'off') return false;
  return !(meta.profile === 'strict' && setting === undefined && config.profile !== 'strict');
}

/** Effective severity; the rule's default when it is off. */
export function effectiveSeverity(meta: RuleMeta, config: LintConfig): Severity {
  const s = ruleSettingOf(meta, config);
  return s === undefined || s === 'off' ? meta.severity : s;
}


/**
 * Whether the engine runs rules of a kind on files of a kind: `fileKindsFor`, plus Helm templates,
 * whose rendered objects go through the Kubernetes rules and whose text through the `any` rules
 * (the same test as the engine's lint loop).
 */
export function ruleRunsOn(ruleKind: RuleKind, fileKind: FileKind): boolean {
  if (fileKind === 'helm-template') return ruleKind === 'kubernetes' || ruleKind === 'any';
  return fileKindsFor(ruleKind).includes(fileKind);
}
