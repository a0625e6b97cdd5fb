import type { LintConfig } from './types';

export const DEFAULT_DOCS_BASE_URL = 'https://github.com/soc2lint/soc2lint/blob/main/docs/rules/';

/** Fills every missing field of a partial configuration with its default. */
export function resolveConfig(partial: Partial<LintConfig> = {}): LintConfig {
  return {
    profile: partial.profile ?? 'recommended',
    rules: partial.rules ?? {},
    trustedRegistries: partial.trustedRegistries ?? [],
    defaultNamespace: partial.defaultNamespace ?? 'default',
    // No clock in the engine: callers pass today's date. Empty means "nothing has expired".
    today: partial.today ?? '',
    maxFileSize: partial.maxFileSize ?? 2_000_000,
    docsBaseUrl: partial.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL,
  };
}

/** Documentation URL of a rule. */
export function ruleDocsUrl(config: LintConfig, ruleId: string): string {
  return `${config.docsBaseUrl}${ruleId}.md`;
}
