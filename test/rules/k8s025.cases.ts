/** K8S025 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'container securityContext', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {runAsNonRoot: true}') },
    { name: 'pod securityContext is inherited', code: y(...POD, '  securityContext:', '    runAsNonRoot: true', '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'no securityContext anywhere: hardened block inserted',
      code: y(...POD, '  containers:', '  - name: a', '    image: app:1'),
      errors: [{ messageId: 'missing', range: [6, 4, 6, 8], message: 'Container "a" of Pod "web" has no securityContext and neither has the pod' }],
      output: y(...POD, '  containers:', '  - name: a', '    image: app:1', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities:', '        drop: [ALL]', '      runAsNonRoot: true', '      seccompProfile:', '        type: RuntimeDefault'),
    },
    {
      name: 'empty maps count as missing (flow and null)',
      code: y(...POD, '  securityContext: {}', '  containers:', '  - name: a', '    securityContext: {}', '  - name: b', '    securityContext:'),
      errors: [
        { messageId: 'missing', range: [8, 4, 8, 19], message: 'Container "a"' },
        { messageId: 'missing', range: [10, 4, 10, 19], message: 'Container "b"' },
      ],
      output: y(...POD, '  securityContext: {}', '  containers:', '  - name: a', '    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}', '  - name: b', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities:', '        drop: [ALL]', '      runAsNonRoot: true', '      seccompProfile:', '        type: RuntimeDefault'),
    },
  ],
};
