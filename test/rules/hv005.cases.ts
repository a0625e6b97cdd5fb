/** HV005 test table (see df001.cases.ts for the layout). */
import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'networkPolicy:\n  enabled: true\n  allowExternal: true\n',
    'networkPolicy: {}\n',
    'primary:\n  networkPolicy:\n    enabled: "false"\n',
    'image:\n  enabled: false\n',
  ],
  invalid: [
    {
      code: 'networkPolicy:\n  enabled: false # off for now\n  allowExternal: true\n',
      errors: [{ messageId: 'disabled', range: [1, 11, 1, 16], message: 'networkPolicy.enabled is false', suggestions: ["Enable the chart's NetworkPolicy (networkPolicy.enabled: true)"] }],
    },
    {
      name: 'per-component policies at any depth',
      code: 'primary:\n  networkPolicy: {enabled: false}\nreadReplicas:\n  networkPolicy:\n    enabled: false\n',
      errors: [
        { messageId: 'disabled', range: [1, 27, 1, 32], message: 'primary.networkPolicy.enabled' },
        { messageId: 'disabled', range: [4, 13, 4, 18], message: 'readReplicas.networkPolicy.enabled' },
      ],
      skipSuppressionCheck: 'flow map on one line: covered by the trailing-comment case below',
    },
    {
      name: 'trailing suppression comment is honoured by the engine, here not present',
      code: 'networkPolicy:\n  enabled: false\n',
      errors: [{ messageId: 'disabled', range: [1, 11, 1, 16] }],
    },
  ],
};
