/** K8S024 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'non-zero groups', code: y(...POD, '  securityContext: {runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [10002]}', '  containers:', '  - name: a') },
    { name: 'container overrides the pod\'s root group', code: y(...POD, '  securityContext:', '    runAsGroup: 0', '  containers:', '  - name: a', '    securityContext: {runAsGroup: 3000}') },
    { name: 'string "0" is not a number to the API server', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {runAsGroup: "0"}') },
  ],
  invalid: [
    {
      name: 'kube-linter group-zero shape',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 1001', '      runAsGroup: 0'),
      errors: [{ messageId: 'runAsGroup', range: [9, 18, 9, 19], message: 'Root group for Container "a" of Pod "web": runAsGroup is 0 (in its securityContext)', suggestions: ['Set runAsGroup: 10001'] }],
    },
    {
      name: 'pod-level value reported once for all containers; fsGroup and supplementalGroups',
      code: y(...POD, '  securityContext:', '    runAsGroup: 0', '    fsGroup: 0', '    supplementalGroups: [1000, 0]', '  initContainers:', '  - name: i', '  containers:', '  - name: a'),
      errors: [
        { messageId: 'runAsGroup', range: [6, 16, 6, 17], message: 'Root group for Container "a" and init container "i" of Pod "web": runAsGroup is 0 (in the pod securityContext)' },
        { messageId: 'podGroup', range: [7, 13, 7, 14], message: 'through fsGroup: 0', suggestions: ['Set fsGroup: 10001'] },
        { messageId: 'podGroup', range: [8, 31, 8, 32], message: 'through supplementalGroups: 0' },
      ],
    },
  ],
};
