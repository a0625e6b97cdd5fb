/** K8S032 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: 'own namespace', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  namespace: shop') },
    { name: 'cluster-scoped kinds', code: y('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata:', '  name: r', 'rules: []') },
    { name: 'missing namespace when the scan\'s default is not default', config: { defaultNamespace: 'shop' }, code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s') },
    { name: 'control-plane static pod in kube-system', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', '  namespace: kube-system', '  labels: {component: kube-apiserver, tier: control-plane}', 'spec:', '  containers: [{name: a}]') },
  ],
  invalid: [
    {
      name: 'explicit default',
      code: y('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', '  namespace: default'),
      errors: [{ messageId: 'explicitDefault', range: [4, 13, 4, 20], message: 'Service "s" is placed in the default namespace' }],
    },
    {
      name: 'missing namespace on a Deployment',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      containers: [{name: a}]'),
      errors: [{ messageId: 'missing', range: [2, 0, 2, 8], message: 'Deployment "d" sets no namespace' }],
    },
    {
      name: 'application pod in kube-system; Knative Configuration in default',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: mongo', '  namespace: kube-system', 'spec:', '  containers: [{name: a}]', '---', 'apiVersion: serving.knative.dev/v1', 'kind: Configuration', 'metadata:', '  name: k', '  namespace: default', 'spec:', '  template:', '    spec:', '      containers: [{image: app:1}]'),
      errors: [
        { messageId: 'system', range: [4, 13, 4, 24], message: 'system namespace kube-system' },
        { messageId: 'explicitDefault', range: [12, 13, 12, 20], message: 'Configuration "k"' },
      ],
    },
  ],
};
