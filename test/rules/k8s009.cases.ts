/** K8S009 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'pod-level RuntimeDefault covers every container', code: y(...POD, '  securityContext:', '    seccompProfile:', '      type: RuntimeDefault', '  initContainers:', '  - name: i', '  containers:', '  - name: a') },
    { name: 'per-container Localhost', code: y(...POD, '  containers:', '  - name: a', '    securityContext: {seccompProfile: {type: Localhost, localhostProfile: profiles/a.json}}') },
    { name: 'container RuntimeDefault overrides pod Unconfined', code: y(...POD, '  securityContext: {seccompProfile: {type: Unconfined}}', '  containers:', '  - name: a', '    securityContext: {seccompProfile: {type: RuntimeDefault}}') },
    { name: 'legacy pod annotation runtime/default', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  annotations:', '    seccomp.security.alpha.kubernetes.io/pod: runtime/default', 'spec:', '  containers:', '  - name: a') },
    { name: 'legacy container annotation in a Deployment template', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    metadata:', '      annotations:', '        container.seccomp.security.alpha.kubernetes.io/a: docker/default', '    spec:', '      containers:', '      - name: a') },
  ],
  invalid: [
    {
      name: 'nothing set: one pod-level finding on spec, fix inserts the pod securityContext',
      code: y(...POD, '  containers:', '  - name: a', '  - name: b'),
      errors: [{ messageId: 'podMissing', range: [4, 0, 4, 4], message: 'No seccomp profile for Containers "a" and "b" of Pod "web"' }],
      output: y(...POD, '  containers:', '  - name: a', '  - name: b', '  securityContext:', '    seccompProfile:', '      type: RuntimeDefault'),
    },
    {
      name: 'pod Unconfined is reported once for all containers it covers',
      code: y(...POD, '  securityContext:', '    seccompProfile:', '      type: Unconfined # debugging', '  containers:', '  - name: a', '  - name: b'),
      errors: [{ messageId: 'unconfined', range: [7, 12, 7, 22], message: 'Seccomp is Unconfined for Containers "a" and "b" of Pod "web" (set for the pod)' }],
      output: y(...POD, '  securityContext:', '    seccompProfile:', '      type: RuntimeDefault # debugging', '  containers:', '  - name: a', '  - name: b'),
    },
    {
      name: 'one container covered, the other not: per-container finding',
      code: y(...POD, '  containers:', '  - name: a', '    securityContext: {seccompProfile: {type: RuntimeDefault}}', '  - name: b', '    image: nginx:1.27'),
      errors: [{ messageId: 'missing', range: [8, 4, 8, 8], message: 'Container "b"' }],
      output: y(...POD, '  containers:', '  - name: a', '    securityContext: {seccompProfile: {type: RuntimeDefault}}', '  - name: b', '    image: nginx:1.27', '    securityContext:', '      seccompProfile:', '        type: RuntimeDefault'),
    },
    {
      name: 'legacy unconfined annotation',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  annotations:', '    seccomp.security.alpha.kubernetes.io/pod: unconfined', 'spec:', '  containers:', '  - name: a'),
      errors: [{ messageId: 'unconfined', range: [5, 46, 5, 56] }],
      output: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  annotations:', '    seccomp.security.alpha.kubernetes.io/pod: runtime/default', 'spec:', '  containers:', '  - name: a'),
    },
    {
      name: 'CronJob with an empty pod securityContext flow map',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: c', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          securityContext: {}', '          containers:', '          - name: job'),
      errors: [{ messageId: 'podMissing', range: [9, 10, 9, 25] }],
      output: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: c', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          securityContext: {seccompProfile: {type: RuntimeDefault}}', '          containers:', '          - name: job'),
    },
    {
      name: 'Knative Service runs pods too',
      code: y('apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata:', '  name: k', 'spec:', '  template:', '    spec:', '      containers:', '      - image: app:1'),
      errors: [{ messageId: 'podMissing', range: [6, 4, 6, 8], message: 'Service "k"' }],
      output: y('apiVersion: serving.knative.dev/v1', 'kind: Service', 'metadata:', '  name: k', 'spec:', '  template:', '    spec:', '      containers:', '      - image: app:1', '      securityContext:', '        seccompProfile:', '          type: RuntimeDefault'),
    },
  ],
};
