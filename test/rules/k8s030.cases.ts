/** K8S030 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'nothing set: runtime defaults apply', code: y(...POD, '  containers:', '  - name: a') },
    { name: 'RuntimeDefault and container_t', code: y(...POD, '  securityContext:', '    appArmorProfile: {type: RuntimeDefault}', '    seLinuxOptions: {type: container_t, level: "s0:c123,c456"}', '  containers:', '  - name: a') },
    { name: 'localhost annotation', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  annotations:', '    container.apparmor.security.beta.kubernetes.io/a: localhost/my-profile', 'spec:', '  containers:', '  - name: a') },
    { name: 'container field overrides pod Unconfined', code: y(...POD, '  securityContext: {appArmorProfile: {type: Unconfined}}', '  containers:', '  - name: a', '    securityContext: {appArmorProfile: {type: Localhost, localhostProfile: p}}') },
  ],
  invalid: [
    {
      name: 'pod-level Unconfined reported once',
      code: y(...POD, '  securityContext:', '    appArmorProfile:', '      type: Unconfined', '  containers:', '  - name: a', '  - name: b'),
      errors: [{ messageId: 'apparmorUnconfined', range: [7, 12, 7, 22], message: 'AppArmor is Unconfined for Containers "a" and "b" of Pod "web" (set in the pod securityContext)', suggestions: ['Use the RuntimeDefault AppArmor profile'] }],
    },
    {
      name: 'annotations: unconfined and an invalid value',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  annotations:', '    container.apparmor.security.beta.kubernetes.io/a: unconfined', '    container.apparmor.security.beta.kubernetes.io/b: dummy', 'spec:', '  containers:', '  - name: a', '  - name: b'),
      errors: [
        { messageId: 'apparmorUnconfined', range: [5, 54, 5, 64], message: 'Container "a"' },
        { messageId: 'apparmorInvalid', range: [6, 54, 6, 59], message: 'AppArmor profile "dummy" for Container "b"' },
      ],
    },
    {
      name: 'SELinux spc_t type and a user override on a container',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext:', '      seLinuxOptions:', '        type: spc_t', '        user: system_u'),
      errors: [
        { messageId: 'selinuxType', range: [9, 14, 9, 19], message: 'SELinux type spc_t for Container "a" of Pod "web" (set in its securityContext)', suggestions: ['Use the container_t SELinux type'] },
        { messageId: 'selinuxIdentity', range: [10, 14, 10, 22], message: 'SELinux user: system_u', suggestions: [] },
      ],
    },
  ],
};
