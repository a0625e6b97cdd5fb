/** HV018 test table (see df001.cases.ts for the layout). */
import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    { name: 'exporter on', code: 'metrics:\n  enabled: true\n  serviceMonitor:\n    enabled: false\n' },
    { name: 'no enabled switch: not judged', code: 'metrics:\n  port: 9187\n' },
    { name: 'a quoted "false" is a string, not the switch', code: 'metrics:\n  enabled: "false"\n' },
    { name: 'metrics of a disabled component', code: 'readReplicas:\n  enabled: false\n  metrics:\n    enabled: false\n' },
    { name: 'metrics of a component not created', code: 'sidecar:\n  create: false\n  metrics:\n    enabled: false\n' },
    { name: 'a key merely named metrics elsewhere', code: 'dashboards:\n  metrics: [cpu, memory]\n' },
  ],
  invalid: [
    {
      name: 'Bitnami default, comment kept by the suggestion',
      code: 'metrics:\n  ## @param metrics.enabled Start a prometheus exporter\n  enabled: false # default\n  image:\n    repository: bitnami/postgres-exporter\n',
      errors: [{ messageId: 'disabled', range: [2, 11, 2, 16], message: 'metrics.enabled is false', suggestions: ['Enable the exporter (metrics.enabled: true)'] }],
    },
    {
      name: 'per component, flow map, CRLF',
      code: 'primary:\r\n  metrics: {enabled: false}\r\n',
      errors: [{ messageId: 'disabled', range: [1, 21, 1, 26], message: 'primary.metrics.enabled' }],
      skipSuppressionCheck: 'flow map on one line: covered by the block case',
    },
  ],
};
