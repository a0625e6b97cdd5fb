/** K8S002 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
export const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web'];

export const cases: RuleTests = {
  valid: [
    { name: 'privileged: false', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: false') },
    { name: 'no securityContext at all', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    image: nginx:1.27') },
    { name: 'the pod securityContext has no privileged field (ignored there)', code: y(...POD_HEAD, 'spec:', '  securityContext:', '    privileged: true', '  containers:', '  - name: a') },
    { name: 'a quoted "true" is a string the API server rejects, not privileged', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext: {privileged: "true"}') },
    { name: 'YAML 1.1 `off` is false', code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: off') },
    { name: 'not a workload', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  privileged: "true"') },
    { name: 'kube-linter dont-fire', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: dont-fire', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          securityContext:', '            privileged: false') },
  ],
  invalid: [
    {
      name: 'privileged container, comment kept',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: true # needs /dev/fuse'),
      errors: [{ messageId: 'privileged', range: [8, 18, 8, 22], message: 'Container "a" of Pod "web" runs privileged' }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: false # needs /dev/fuse'),
    },
    {
      name: 'init and ephemeral containers of a CronJob',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '            securityContext: {privileged: true}', '          containers:', '          - name: job', '          ephemeralContainers:', '          - name: debug', '            securityContext:', '              privileged: True'),
      errors: [
        { messageId: 'privileged', range: [11, 42, 11, 46], message: 'Init container "setup" of CronJob "nightly"' },
        { messageId: 'privileged', range: [17, 26, 17, 30], message: 'Ephemeral container "debug"' },
      ],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: setup', '            securityContext: {privileged: false}', '          containers:', '          - name: job', '          ephemeralContainers:', '          - name: debug', '            securityContext:', '              privileged: false'),
    },
    {
      name: 'YAML 1.1 `yes` is true to the API server',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: yes'),
      errors: [{ messageId: 'privileged', range: [8, 18, 8, 21] }],
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: false'),
    },
    {
      name: 'kind: List and multi-document files',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: Deployment', '  metadata:', '    name: d', '  spec:', '    template:', '      spec:', '        containers:', '        - name: a', '          securityContext:', '            privileged: true', '---', 'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: s', 'spec:', '  template:', '    spec:', '      containers:', '      - name: b', '        securityContext:', '          privileged: true'),
      errors: [
        { messageId: 'privileged', range: [13, 24, 13, 28], message: 'Deployment "d"' },
        { messageId: 'privileged', range: [25, 22, 25, 26], message: 'StatefulSet "s"' },
      ],
      output: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: Deployment', '  metadata:', '    name: d', '  spec:', '    template:', '      spec:', '        containers:', '        - name: a', '          securityContext:', '            privileged: false', '---', 'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: s', 'spec:', '  template:', '    spec:', '      containers:', '      - name: b', '        securityContext:', '          privileged: false'),
    },
    {
      name: 'CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: a\r\n    securityContext:\r\n      privileged: true\r\n',
      errors: [{ messageId: 'privileged', range: [8, 18, 8, 22] }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: a\r\n    securityContext:\r\n      privileged: false\r\n',
    },
  ],
};
