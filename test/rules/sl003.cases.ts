/**
 * SL003 test table. Tables live in `<id>.cases.ts` so that scripts/gen-docs.ts can import them
 * without running tests: the first valid and the first invalid case are the examples in
 * docs/rules/SL003.md.
 */
import type { RuleTests } from '../rule-tester';

const SKIP = 'the finding is about the suppression comment itself';

export const cases: RuleTests = {
  valid: [
    { code: '# soc2lint-ignore DF001 until=2026-06-01: last day still valid\nFROM alpine\n', filename: 'Dockerfile' },
    { code: '# soc2lint-ignore DF001 until=2099-01-01: later\nFROM alpine\n', filename: 'Dockerfile' },
  ],
  invalid: [
    { code: '# soc2lint-ignore DF001 until=2026-05-31: old\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'expired', range: [0, 2, 0, 45] }], skipSuppressionCheck: SKIP },
    { code: '# soc2lint-ignore DF001 until=2026-02-30: bad date\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'invalidDate', range: [0, 2, 0, 50] }], skipSuppressionCheck: SKIP },
  ],
};
