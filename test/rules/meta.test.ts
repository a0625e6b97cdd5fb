import sl001 from '../../rules/meta/sl001-parse-error';
import sl002 from '../../rules/meta/sl002-suppression-requires-reason';
import sl003 from '../../rules/meta/sl003-suppression-expired';
import sl004 from '../../rules/meta/sl004-suppression-unknown-rule';
import { runRuleTests } from '../rule-tester';

const SKIP = 'the finding is about the suppression comment itself';

runRuleTests(sl001, {
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
});

runRuleTests(sl002, {
  valid: ['# soc2lint-ignore K8S002: vendor chart, ticket SEC-1\napiVersion: v1\nkind: Pod\n'],
  invalid: [
    { code: '# soc2lint-ignore K8S002\napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 24] }], skipSuppressionCheck: SKIP },
    { code: '# soc2lint-ignore K8S002:   \napiVersion: v1\nkind: Pod\n', kind: 'kubernetes', errors: [{ messageId: 'missingReason', range: [0, 2, 0, 25] }], skipSuppressionCheck: SKIP },
    { code: 'FROM alpine\n# soc2lint-ignore: because\nUSER 1000\n', filename: 'Dockerfile', errors: [{ messageId: 'missingIds', range: [1, 2, 1, 26] }], skipSuppressionCheck: SKIP },
  ],
});

runRuleTests(sl003, {
  valid: [
    { code: '# soc2lint-ignore DF001 until=2026-06-01: last day still valid\nFROM alpine\n', filename: 'Dockerfile' },
    { code: '# soc2lint-ignore DF001 until=2099-01-01: later\nFROM alpine\n', filename: 'Dockerfile' },
  ],
  invalid: [
    { code: '# soc2lint-ignore DF001 until=2026-05-31: old\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'expired', range: [0, 2, 0, 45] }], skipSuppressionCheck: SKIP },
    { code: '# soc2lint-ignore DF001 until=2026-02-30: bad date\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'invalidDate', range: [0, 2, 0, 50] }], skipSuppressionCheck: SKIP },
  ],
});

runRuleTests(sl004, {
  valid: [{ code: '# soc2lint-ignore SL001,ALL: fine\nFROM alpine\n', filename: 'Dockerfile' }],
  invalid: [{ code: '# soc2lint-ignore K8S9999: typo\nFROM alpine\n', filename: 'Dockerfile', errors: [{ messageId: 'unknown', range: [0, 2, 0, 31] }], skipSuppressionCheck: SKIP }],
});
