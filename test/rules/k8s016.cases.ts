/** K8S016 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:'];

export const cases: RuleTests = {
  valid: [
    { name: 'own service account', code: y(...POD, '  serviceAccountName: web', '  containers:', '  - name: a') },
    { name: 'deprecated serviceAccount field with a name', code: y(...POD, '  serviceAccount: web', '  containers:', '  - name: a') },
    { name: 'binding to another account', code: y('apiVersion: rbac.authorization.k8s.io/v1', 'kind: RoleBinding', 'metadata:', '  name: rb', 'subjects:', '- kind: ServiceAccount', '  name: app', 'roleRef: {kind: Role, name: r, apiGroup: rbac.authorization.k8s.io}') },
    { name: 'a user called default is not the service account', code: y('apiVersion: rbac.authorization.k8s.io/v1', 'kind: RoleBinding', 'metadata:', '  name: rb', 'subjects:', '- kind: User', '  name: default', 'roleRef: {kind: Role, name: r, apiGroup: rbac.authorization.k8s.io}') },
  ],
  invalid: [
    {
      name: 'unset: reported on spec, suggestion names the workload',
      code: y(...POD, '  containers:', '  - name: a'),
      errors: [{ messageId: 'unset', range: [4, 0, 4, 4], message: 'Pod "web" does not set serviceAccountName', suggestions: ['Run as service account "web" (create it with only the permissions it needs)'] }],
    },
    {
      name: 'explicit default in a Deployment',
      code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: d', 'spec:', '  template:', '    spec:', '      serviceAccountName: default', '      containers:', '      - name: a'),
      errors: [{ messageId: 'explicit', range: [7, 26, 7, 33], message: 'Deployment "d" runs as the default service account' }],
    },
    {
      name: 'ClusterRoleBinding to the default account of a namespace',
      code: y('apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRoleBinding', 'metadata:', '  name: crb', 'subjects:', '- kind: ServiceAccount', '  name: default', '  namespace: prod', 'roleRef: {kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io}'),
      errors: [{ messageId: 'binding', range: [6, 8, 6, 15], message: 'default service account of namespace "prod"' }],
    },
  ],
};
