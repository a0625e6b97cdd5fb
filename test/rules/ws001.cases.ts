/** WS001 test table (see df001.cases.ts for the layout). */
import type { RuleTests } from '../rule-tester';

const deployment = (labels: string, ns = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web${ns ? `\n  namespace: ${ns}` : ''}
spec:
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;
const policy = (selector: string, ns = '', extra = '') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np${ns ? `\n  namespace: ${ns}` : ''}
spec:
  podSelector:
${selector}${extra ? `\n${extra}` : ''}
`;
const webLabels = '        app: web\n        tier: frontend';

export const cases: RuleTests = {
  valid: [
    { name: 'matchLabels policy in another file', code: deployment(webLabels), workspace: { 'np.yaml': policy('    matchLabels:\n      app: web') } },
    { name: 'policy in the same file (multi-document)', code: `${deployment(webLabels)}---\n${policy('    matchLabels:\n      app: web')}` },
    { name: 'namespace-wide default deny selects all', code: deployment(webLabels, 'shop'), workspace: { 'np.yaml': policy('    {}', 'shop') } },
    { name: 'podSelector with null value selects all', code: deployment(webLabels), workspace: { 'np.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: all\nspec:\n  podSelector:\n' } },
    { name: 'matchExpressions In', code: deployment(webLabels), workspace: { 'np.yaml': policy('    matchExpressions:\n      - {key: tier, operator: In, values: [frontend, backend]}') } },
    { name: 'matchExpressions NotIn on other value, Exists', code: deployment(webLabels), workspace: { 'np.yaml': policy('    matchExpressions:\n      - {key: tier, operator: NotIn, values: [db]}\n      - {key: app, operator: Exists}') } },
    { name: 'matchExpressions DoesNotExist', code: deployment(webLabels), workspace: { 'np.yaml': policy('    matchExpressions:\n      - {key: legacy, operator: DoesNotExist}') } },
    { name: 'unset namespace equals configured default namespace', code: deployment(webLabels), config: { defaultNamespace: 'prod' }, workspace: { 'np.yaml': policy('    {}', 'prod') } },
    { name: 'egress rules without policyTypes still isolate ingress', code: deployment(webLabels), workspace: { 'np.yaml': policy('    {}', '', '  egress:\n    - to:\n        - ipBlock: {cidr: 10.0.0.0/24}') } },
    { name: 'explicit empty policyTypes defaults to Ingress', code: deployment(webLabels), workspace: { 'np.yaml': policy('    {}', '', '  policyTypes: []') } },
    { name: 'not a workload', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n' },
    { name: 'kind: List items', code: `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: p\n      labels: {app: web}\n    spec:\n      containers: [{name: a, image: x}]\n  - apiVersion: networking.k8s.io/v1\n    kind: NetworkPolicy\n    metadata: {name: np}\n    spec:\n      podSelector: {matchLabels: {app: web}}\n` },
  ],
  invalid: [
    {
      name: 'no policy anywhere',
      code: deployment(webLabels),
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11], message: 'Deployment "web" in namespace "default"', suggestions: ['Create a default-deny ingress NetworkPolicy for web'] }],
    },
    {
      name: 'policy in another namespace does not count',
      code: deployment(webLabels, 'shop'),
      workspace: { 'np.yaml': policy('    {}', 'payments') },
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11], message: 'namespace "shop"' }],
    },
    {
      name: 'matchLabels value differs',
      code: deployment(webLabels),
      workspace: { 'np.yaml': policy('    matchLabels:\n      app: api') },
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11] }],
    },
    {
      name: 'all matchLabels must match',
      code: deployment(webLabels),
      workspace: { 'np.yaml': policy('    matchLabels:\n      app: web\n      tier: backend') },
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11] }],
    },
    {
      name: 'NotIn excludes the workload',
      code: deployment(webLabels),
      workspace: { 'np.yaml': policy('    matchExpressions:\n      - {key: tier, operator: NotIn, values: [frontend]}') },
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11] }],
    },
    {
      name: 'DoesNotExist on a present label',
      code: deployment(webLabels),
      workspace: { 'np.yaml': policy('    matchExpressions:\n      - {key: app, operator: DoesNotExist}') },
      errors: [{ messageId: 'unselected', range: [3, 8, 3, 11] }],
    },
    {
      name: 'egress-only policy',
      code: deployment(webLabels),
      workspace: { 'np.yaml': policy('    {}', '', '  policyTypes: [Egress]') },
      errors: [{ messageId: 'egressOnly', range: [3, 8, 3, 11] }],
    },
    {
      name: 'CronJob pods and a Pod, CRLF',
      code: 'apiVersion: batch/v1\r\nkind: CronJob\r\nmetadata:\r\n  name: nightly\r\nspec:\r\n  schedule: "0 0 * * *"\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec:\r\n          containers: [{name: a, image: x}]\r\n---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: solo\r\nspec:\r\n  containers: [{name: a, image: x}]\r\n',
      errors: [
        { messageId: 'unselected', range: [3, 8, 3, 15], message: 'CronJob "nightly"' },
        { messageId: 'unselected', range: [15, 8, 15, 12], message: 'Pod "solo"' },
      ],
    },
  ],
};
