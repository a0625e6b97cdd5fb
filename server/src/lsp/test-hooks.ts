/**
 * Test-only hooks, read once at start by the server entry (never by the engine): with
 * SOC2LINT_TEST_THROWING_RULE=1 the server also runs a rule that throws on every file, so the LSP
 * tests can show a broken rule is logged and skipped while the others still report.
 */
import { defineRule, type Rule } from '../engine/rule';

export const THROWING_RULE_ID = 'TEST999';

const throwingRule = defineRule({
  meta: {
    id: THROWING_RULE_ID,
    slug: 'test-throwing-rule',
    kind: 'any',
    title: 'Throws on every file (tests only)',
    controls: ['CC7.2'],
    severity: 'error',
    description: 'Injected by SOC2LINT_TEST_THROWING_RULE=1 to test rule isolation.',
    remediation: 'None.',
    fix: 'none',
    messages: { never: 'never reported' },
  },
  check() {
    throw new Error('soc2lint test rule: deliberate failure');
  },
});

export function withTestHooks(rules: readonly Rule[], env: NodeJS.ProcessEnv): readonly Rule[] {
  return env.SOC2LINT_TEST_THROWING_RULE === '1' ? [...rules, throwingRule as Rule] : rules;
}
