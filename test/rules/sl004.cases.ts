/**
 * SL004 test table. Tables live in `<id>.cases.ts` so that scripts/gen-docs.ts can import them
 * without running tests: the first valid and the first invalid case are the examples in
 * docs/rules/SL004.md.
 */
import type { RuleTests } from '../rule-tester';

const SKIP = 'the finding is about the suppression comment itself';

export const cases: RuleTests = {
  valid: [{ code: '# soc2lint-ignore SL001,ALL: fine\nFROM alpine\n', filename: 'Dockerfile' }],
  invalid: [{ code: '# soc2lint-ignore K8S9999: typo\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'unknown', range: [0, 2, 0, 31] }], skipSuppressionCheck: SKIP }],
};
