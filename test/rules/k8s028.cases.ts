/** K8S028 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'false', code: y(...POD, '  securityContext: {windowsOptions: {hostProcess: false}}', '  containers:', '  - name: a') },
    { name: 'container false overrides pod true', code: y(...POD, '  securityContext: {windowsOptions: {hostProcess: true}}', '  containers:', '  - name: a', '    securityContext: {windowsOptions: {hostProcess: false}}') },
  ],
  invalid: [
    {
      name: 'pod-level true, reported once for both containers',
      code: y(...POD, '  hostNetwork: true', '  securityContext:', '    windowsOptions:', '      hostProcess: true', '  containers:', '  - name: a', '  - name: b', '    securityContext: {windowsOptions: {runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}'),
      errors: [{ messageId: 'hostProcess', range: [8, 19, 8, 23], message: 'Windows host process for Containers "a" and "b" of Pod "web" (hostProcess: true in the pod securityContext)' }],
      output: y(...POD, '  hostNetwork: true', '  securityContext:', '    windowsOptions:', '      hostProcess: false', '  containers:', '  - name: a', '  - name: b', '    securityContext: {windowsOptions: {runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}'),
    },
    {
      name: 'container-level true',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      windowsOptions: {hostProcess: true}'),
      errors: [{ messageId: 'hostProcess', range: [8, 36, 8, 40], message: 'in its securityContext' }],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      windowsOptions: {hostProcess: false}'),
    },
  ],
};
