/** K8S003 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
export const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web'];
export const GRANT_SUGGESTION = 'Set privileged: false and set allowPrivilegeEscalation: false';

export const cases: RuleTests = {
  valid: [
    { name: 'false on every container, init included', code: y(...POD_HEAD, 'spec:', '  initContainers:', '  - name: i', '    securityContext: {allowPrivilegeEscalation: false}', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false') },
    { name: 'YAML 1.1 `no` is false to the API server', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: no') },
    { name: 'capabilities other than SYS_ADMIN do not force escalation', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities:', '        add: ["NET_BIND_SERVICE"]') },
    { name: 'an anchored securityContext is read through its alias', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: &hardened', '      allowPrivilegeEscalation: false', '  - name: b', '    securityContext: *hardened') },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports: [{port: 80}]') },
  ],
  invalid: [
    {
      name: 'missing, no securityContext: on the name key; 4-space file gets a 4-space block',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n    -   name: a\n        image: nginx:1.27\n',
      errors: [{ messageId: 'missing', range: [6, 8, 6, 12], message: 'Container "a" of Pod "web" does not set allowPrivilegeEscalation: false' }],
      output: 'apiVersion: v1\nkind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n    -   name: a\n        image: nginx:1.27\n        securityContext:\n            allowPrivilegeEscalation: false\n',
    },
    {
      name: 'missing with a securityContext: on its key, appended after nested entries',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 2000', '      capabilities:', '        drop:', '        - ALL # keep', '    image: nginx:1.27'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 19] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      runAsUser: 2000', '      capabilities:', '        drop:', '        - ALL # keep', '      allowPrivilegeEscalation: false', '    image: nginx:1.27'),
    },
    {
      name: 'securityContext: {} flow map',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: {}'),
      errors: [{ messageId: 'missing', range: [7, 4, 7, 19] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: {allowPrivilegeEscalation: false}'),
    },
    {
      name: 'securityContext: with a null value',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '  - name: b', '    securityContext:', '      allowPrivilegeEscalation:'),
      errors: [
        { messageId: 'missing', range: [7, 4, 7, 19], message: 'Container "a"' },
        { messageId: 'missing', range: [9, 4, 9, 19], message: 'Container "b"' },
      ],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '  - name: b', '    securityContext:', '      allowPrivilegeEscalation: false'),
    },
    {
      name: 'true: on the value, comment kept',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: true # sudo inside'),
      errors: [{ messageId: 'allowed', range: [8, 32, 8, 36], message: 'sets allowPrivilegeEscalation to true' }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false # sudo inside'),
    },
    {
      name: 'not inherited: the pod-level field is ignored by Kubernetes',
      code: y(...POD_HEAD, 'spec:', '  securityContext:', '    allowPrivilegeEscalation: false', '  containers:', '  - name: a'),
      errors: [{ messageId: 'podLevelOnly', range: [8, 4, 8, 8], message: 'Kubernetes ignores it there' }],
      output: y(...POD_HEAD, 'spec:', '  securityContext:', '    allowPrivilegeEscalation: false', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false'),
    },
    {
      name: 'privileged and missing: a suggestion, never a quick fix',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: true'),
      errors: [{ messageId: 'granted', range: [7, 4, 7, 19], message: 'sets privileged: true, so it can always escalate', suggestions: [GRANT_SUGGESTION] }],
    },
    {
      name: 'privileged and true',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: true', '      privileged: true'),
      errors: [{ messageId: 'granted', range: [8, 32, 8, 36], suggestions: [GRANT_SUGGESTION] }],
    },
    {
      name: 'privileged with false is contradictory (the API server rejects it)',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: true', '      allowPrivilegeEscalation: false'),
      errors: [{ messageId: 'contradictory', range: [9, 32, 9, 37], message: 'the API server rejects', suggestions: ['Set privileged: false'] }],
    },
    {
      name: 'SYS_ADMIN added, missing flag',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        add:', '        - NET_ADMIN', '        - SYS_ADMIN'),
      errors: [{ messageId: 'granted', range: [7, 4, 7, 19], message: 'adds SYS_ADMIN to capabilities', suggestions: ['Remove SYS_ADMIN and set allowPrivilegeEscalation: false'] }],
    },
    {
      name: 'CAP_SYS_ADMIN with false is contradictory',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities: {add: [CAP_SYS_ADMIN]}'),
      errors: [{ messageId: 'contradictory', range: [8, 32, 8, 37], suggestions: ['Remove SYS_ADMIN'] }],
    },
    {
      name: 'CronJob init and ephemeral containers, each on its own',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '          containers:', '          - name: job', '            securityContext:', '              allowPrivilegeEscalation: false', '          ephemeralContainers:', '          - name: debug'),
      errors: [
        { messageId: 'missing', range: [10, 12, 10, 16], message: 'Init container "setup" of CronJob "nightly"' },
        { messageId: 'missing', range: [16, 12, 16, 16], message: 'Ephemeral container "debug"' },
      ],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '            securityContext:', '              allowPrivilegeEscalation: false', '          containers:', '          - name: job', '            securityContext:', '              allowPrivilegeEscalation: false', '          ephemeralContainers:', '          - name: debug', '            securityContext:', '              allowPrivilegeEscalation: false'),
    },
    {
      name: 'flow-style container in a List item',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: ReplicaSet', '  metadata: {name: rs}', '  spec:', '    template:', '      spec:', '        containers: [{name: a, image: "nginx:1.27"}]'),
      errors: [{ messageId: 'missing', range: [9, 22, 9, 26], message: 'ReplicaSet "rs"' }],
      output: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: ReplicaSet', '  metadata: {name: rs}', '  spec:', '    template:', '      spec:', '        containers: [{name: a, image: "nginx:1.27", securityContext: {allowPrivilegeEscalation: false}}]'),
    },
    {
      name: 'CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: a\r\n    securityContext:\r\n      runAsNonRoot: true\r\n',
      errors: [{ messageId: 'missing', range: [7, 4, 7, 19] }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: a\r\n    securityContext:\r\n      runAsNonRoot: true\r\n      allowPrivilegeEscalation: false\r\n',
    },
  ],
};
