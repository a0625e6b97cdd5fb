/** K8S018 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'memory limit set; no CPU limit needed', code: y(...POD, '  containers:', '  - name: a', '    resources:', '      limits:', '        memory: 512Mi') },
    { name: 'ephemeral containers are not checked', code: y(...POD, '  containers:', '  - name: a', '    resources: {limits: {memory: 1Gi}}', '  ephemeralContainers:', '  - name: dbg') },
  ],
  invalid: [
    {
      name: 'no resources: placeholder suggestion',
      code: y(...POD, '  containers:', '  - name: a'),
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8], message: 'Container "a" of Pod "web" has no memory limit', suggestions: ['Limit memory to 256Mi (size it from observed usage)'] }],
    },
    {
      name: 'the memory request is offered as the limit',
      code: y(...POD, '  containers:', '  - name: a', '    resources:', '      requests:', '        memory: 300Mi', '      limits:', '        cpu: 1'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 13], suggestions: ['Limit memory to 300Mi (size it from observed usage)'] }],
    },
    {
      name: 'a zero limit counts as unset and is not duplicated; init container',
      code: y(...POD, '  initContainers:', '  - name: i', '    resources: {limits: {memory: 0}}', '  containers:', '  - name: a', '    resources: {limits: {memory: 1Gi}}'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 13], message: 'Init container "i"', suggestions: [] }],
    },
  ],
};
