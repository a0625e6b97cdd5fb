/**
 * SL002 test table. Tables live in `<id>.cases.ts` so that scripts/gen-docs.ts can import them
 * without running tests: the first valid and the first invalid case are the examples in
 * docs/rules/SL002.md.
 */
import type { RuleTests } from '../rule-tester';

const SKIP = 'the finding is about the suppression comment itself';

export const cases: RuleTests = {
  valid: ['# soc2lint-ignore K8S002: vendor chart, ticket SEC-1\napiVersion: v1\nkind: Pod\n', { name: 'a reason that merely starts with a placeholder word', code: '# soc2lint-ignore K8S002: reason: vendor agent\napiVersion: v1\nkind: Pod\n', kind: 'kubernetes' }],
  invalid: [
    { code: '# soc2lint-ignore K8S002\napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 24] }], skipSuppressionCheck: SKIP },
    { code: '# soc2lint-ignore K8S002:   \napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 25] }], skipSuppressionCheck: SKIP },
    { name: 'editor placeholder left in', code: '# soc2lint-ignore K8S002: <reason>\napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'placeholderReason', range: [0, 2, 0, 34] }], skipSuppressionCheck: SKIP },
    { name: 'TODO is not a reason', code: 'FROM alpine\n# soc2lint-ignore DF001: todo\nUSER 1000\n', filename: 'Dockerfile', errors: [{ messageId: 'placeholderReason', range: [1, 2, 1, 29] }], skipSuppressionCheck: SKIP },
    { code: 'FROM alpine\n# soc2lint-ignore: because\nUSER 1000\n', filename: 'Dockerfile', errors: [{ messageId: 'missingIds', range: [1, 2, 1, 26] }], skipSuppressionCheck: SKIP },
  ],
};
