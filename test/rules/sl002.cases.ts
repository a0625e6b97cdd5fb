/**
 * SL002 test table. Tables live in `<id>.cases.ts` so that scripts/gen-docs.ts can import them
 * without running tests: the first valid and the first invalid case are the examples in
 * docs/rules/SL002.md.
 */
import type { RuleTests } from '../rule-tester';

const SKIP = 'the finding is about the suppression comment itself';

export const cases: RuleTests = {
  valid: ['# soc2lint-ignore K8S002: vendor chart, ticket SEC-1\napiVersion: v1\nkind: Pod\n'],
  invalid: [
    { code: '# soc2lint-ignore K8S002\napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 24] }], skipSuppressionCheck: SKIP },
    { code: '# soc2lint-ignore K8S002:   \napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 25] }], skipSuppressionCheck: SKIP },
    { code: 'FROM alpine\n# soc2lint-ignore: because\nUSER 1000\n', filename: 'Dockerfile', errors: [{ messageId: 'missingIds', range: [1, 2, 1, 26] }], skipSuppressionCheck: SKIP },
  ],
};
