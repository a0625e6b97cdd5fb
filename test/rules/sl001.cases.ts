/**
 * SL001 test table. Tables live in `<id>.cases.ts` so that scripts/gen-docs.ts can import them
 * without running tests: the first valid and the first invalid case are the examples in
 * docs/rules/SL001.md.
 */
import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n'],
  invalid: [
    {
      name: 'unclosed flow sequence, other documents still parsed',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: Pod\nmetadata: [\n',
      kind: 'kubernetes',
      errors: [{ messageId: 'syntax', range: [8, 0, 8, 0] }],
      skipSuppressionCheck: 'parse errors cannot be suppressed: the file must be fixed',
      allowParseErrors: 'this rule reports them',
    },
  ],
};
