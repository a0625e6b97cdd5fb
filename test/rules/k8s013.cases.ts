/** K8S013 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'emptyDir and configMap volumes', code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: tmp', '    emptyDir: {}', '  - name: cfg', '    configMap: {name: c}') },
    { name: 'non-sensitive host path in kube-system (node agent)', code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: logs', '  namespace: kube-system', 'spec:', '  template:', '    spec:', '      containers:', '      - name: a', '      volumes:', '      - name: varlog', '        hostPath: {path: /var/log}') },
    { name: 'runtime sockets are K8S014\'s', code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: sock', '    hostPath:', '      path: /var/run/docker.sock') },
    { name: 'kube-system as the configured default namespace', config: { defaultNamespace: 'kube-system' }, code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: data', '    hostPath: {path: /data}') },
  ],
  invalid: [
    {
      name: 'sensitive /etc mounted writable: suggestion sets readOnly on the mount',
      code: y(...POD, '  containers:', '  - name: a', '    volumeMounts:', '    - name: etc', '      mountPath: /host/etc', '  volumes:', '  - name: etc', '    hostPath:', '      path: /etc/'),
      errors: [{ messageId: 'sensitive', range: [13, 12, 13, 17], message: 'Pod "web" mounts the sensitive host path /etc/ (volume "etc") writable', suggestions: ['Mount the host path read-only'] }],
    },
    {
      name: 'sensitive even in kube-system; read-only mount says nothing about writability',
      code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: node-exporter', '  namespace: kube-system', 'spec:', '  template:', '    spec:', '      containers:', '      - name: a', '        volumeMounts: [{name: proc, mountPath: /host/proc, readOnly: true}]', '      volumes:', '      - {name: proc, hostPath: {path: /proc}}'),
      errors: [{ messageId: 'sensitive', range: [12, 38, 12, 43], message: 'DaemonSet "node-exporter" mounts the sensitive host path /proc (volume "proc"): it' }],
    },
    {
      name: 'plain host path outside kube-system, two containers mount it',
      code: y(...POD, '  containers:', '  - name: a', '    volumeMounts:', '    - {name: data, mountPath: /data}', '  - name: b', '    volumeMounts:', '    - name: data', '      mountPath: /data', '      readOnly: false', '  volumes:', '  - name: data', '    hostPath:', '      path: /srv/data', '      type: DirectoryOrCreate'),
      errors: [{ messageId: 'hostPath', range: [17, 12, 17, 21], message: 'mounts the host path /srv/data (volume "data") writable', suggestions: ['Mount the host path read-only'] }],
    },
    {
      name: 'CronJob, CRLF, unmounted volume (no suggestion)',
      code: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: c\r\nspec:\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          containers:\r\n          - name: a\r\n          volumes:\r\n          - name: root\r\n            hostPath:\r\n              path: /\r\n',
      errors: [{ messageId: 'sensitive', range: [14, 20, 14, 21], message: 'CronJob "c" mounts the sensitive host path / (volume "root"):' }],
    },
  ],
};
