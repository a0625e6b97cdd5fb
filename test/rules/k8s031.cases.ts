/** K8S031 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'high ids', code: y(...POD, '  securityContext: {runAsUser: 10001, runAsGroup: 10001}', '  containers:', '  - name: a') },
    { name: 'UID 0 is K8S001\'s, GID 0 is K8S024\'s', code: y(...POD, '  securityContext: {runAsUser: 0, runAsGroup: 0}', '  containers:', '  - name: a') },
    { name: 'nothing set and no runAsNonRoot: K8S001 reports it', code: y(...POD, '  containers:', '  - name: a') },
    { name: 'container high UID overrides pod low UID', code: y(...POD, '  securityContext: {runAsUser: 1000}', '  containers:', '  - name: a', '    securityContext: {runAsUser: 20000}') },
  ],
  invalid: [
    {
      name: 'pod-level low UID and GID, reported once each',
      code: y(...POD, '  securityContext:', '    runAsUser: 1000', '    runAsGroup: 3000', '  containers:', '  - name: a', '  - name: b'),
      errors: [
        { messageId: 'lowUid', range: [6, 15, 6, 19], message: 'Low UID 1000 for Containers "a" and "b" of Pod "web"', suggestions: ['Set runAsUser: 10001'] },
        { messageId: 'lowGid', range: [7, 16, 7, 20], message: 'Low GID 3000', suggestions: ['Set runAsGroup: 10001'] },
      ],
    },
    {
      name: 'runAsNonRoot without UID: the image decides',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      runAsNonRoot: true'),
      errors: [{ messageId: 'unknownUid', range: [7, 4, 7, 19], message: 'Container "a" of Pod "web" sets no runAsUser' }],
    },
  ],
};
