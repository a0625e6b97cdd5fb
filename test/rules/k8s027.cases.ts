/** K8S027 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'safe sysctls, slash separator too', code: y(...POD, '  securityContext:', '    sysctls:', '    - {name: net.ipv4.tcp_syncookies, value: "1"}', '    - {name: net/ipv4/ip_local_port_range, value: "1024 65000"}', '  containers:', '  - name: a') },
  ],
  invalid: [
    {
      name: 'unsafe sysctl removed, safe one kept',
      code: y(...POD, '  securityContext:', '    sysctls:', '    - name: kernel.shm_rmid_forced', '      value: "1"', '    - name: kernel.msgmax # tuning', '      value: "65536"', '  containers:', '  - name: a'),
      errors: [{ messageId: 'unsafe', range: [9, 12, 9, 25], message: 'Pod "web" sets the unsafe sysctl kernel.msgmax' }],
      output: y(...POD, '  securityContext:', '    sysctls:', '    - name: kernel.shm_rmid_forced', '      value: "1"', '  containers:', '  - name: a'),
    },
    {
      name: 'only item of a flow list, Deployment',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      securityContext: {sysctls: [{name: vm.swappiness, value: "10"}]}', '      containers:', '      - name: a'),
      errors: [{ messageId: 'unsafe', range: [7, 41, 7, 54], message: 'vm.swappiness' }],
      output: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      securityContext: {sysctls: []}', '      containers:', '      - name: a'),
    },
  ],
};
