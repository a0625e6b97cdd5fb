/** K8S014 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'other host paths are K8S013\'s', code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: logs', '    hostPath: {path: /var/log}') },
    { name: 'a socket-named emptyDir mount path is not the host socket', code: y(...POD, '  containers:', '  - name: a', '    volumeMounts: [{name: s, mountPath: /var/run/docker.sock}]', '  volumes:', '  - name: s', '    emptyDir: {}') },
  ],
  invalid: [
    {
      name: 'docker.sock',
      code: y(...POD, '  containers:', '  - name: a', '  volumes:', '  - name: docker', '    hostPath:', '      path: /var/run/docker.sock', '      type: Socket'),
      errors: [{ messageId: 'socket', range: [10, 12, 10, 32], message: 'Pod "web" mounts the container runtime socket /var/run/docker.sock (volume "docker")' }],
    },
    {
      name: 'containerd and CRI-O sockets in a DaemonSet (flow), double slash normalised',
      code: y('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: agent', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]', '      volumes:', '      - {name: c, hostPath: {path: /run/containerd//containerd.sock}}', '      - {name: o, hostPath: {path: "/var/run/crio/crio.sock"}}'),
      errors: [
        { messageId: 'socket', range: [9, 35, 9, 67], message: 'containerd.sock' },
        { messageId: 'socket', range: [10, 35, 10, 60], message: 'crio.sock' },
      ],
    },
    {
      name: 'CRLF Job',
      code: 'apiVersion: batch/v1\r\nkind: Job\r\nmetadata:\r\n  name: build\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n      - name: a\r\n      volumes:\r\n      - name: s\r\n        hostPath:\r\n          path: /run/docker.sock\r\n',
      errors: [{ messageId: 'socket', range: [12, 16, 12, 32], message: 'Job "build"' }],
    },
  ],
};
