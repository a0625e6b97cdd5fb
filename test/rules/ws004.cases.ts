/** WS004 test table (see df001.cases.ts for the layout). */
import type { RuleTests } from '../rule-tester';

const deployment = (sa: string, ns = 'shop', key = 'serviceAccountName') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${ns}
spec:
  template:
    spec:
      ${key}: ${sa}
      containers:
        - name: app
          image: nginx:1.27
`;
const serviceAccount = (name: string, ns = 'shop') => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n`;
const SA_RANGE: [number, number, number, number] = [8, 26, 8, 29];

export const cases: RuleTests = {
  valid: [
    { name: 'ServiceAccount defined in another file', code: deployment('web'), workspace: { 'sa.yaml': serviceAccount('web') } },
    { name: 'ServiceAccount in the same file (multi-document)', code: `${serviceAccount('web')}---\n${deployment('web')}` },
    { name: 'the workspace defines no ServiceAccount in the namespace (managed elsewhere)', code: deployment('web'), workspace: { 'sa.yaml': serviceAccount('api', 'payments') } },
    { name: 'no ServiceAccount anywhere', code: deployment('web') },
    { name: 'default account is never reported', code: deployment('default'), workspace: { 'sa.yaml': serviceAccount('api') } },
    { name: 'placeholder name (envsubst)', code: deployment('"${SERVICE_ACCOUNT}"'), workspace: { 'sa.yaml': serviceAccount('api') } },
    { name: 'placeholder name (angle brackets)', code: deployment('<your-account>'), workspace: { 'sa.yaml': serviceAccount('api') } },
    { name: 'empty serviceAccountName', code: deployment('""'), workspace: { 'sa.yaml': serviceAccount('api') } },
    { name: 'no serviceAccountName at all', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\nspec:\n  containers: [{name: a, image: x}]\n', workspace: { 'sa.yaml': serviceAccount('api') } },
    { name: 'unset namespace resolves to the default namespace', code: deployment('web').replace('  namespace: shop\n', ''), config: { defaultNamespace: 'shop' }, workspace: { 'sa.yaml': serviceAccount('web') } },
    {
      name: 'ServiceAccounts of another part of the repository do not count as managing this one',
      code: deployment('web'),
      filename: 'apps/web/deploy.yaml',
      workspace: { 'apps/api/sa.yaml': serviceAccount('api') },
    },
    { name: 'a ServiceAccount in a sub-folder counts (base and overlays)', code: deployment('web'), filename: 'deploy/base.yaml', workspace: { 'deploy/prod/sa.yaml': serviceAccount('web') } },
    { name: 'not a ServiceAccount of apiVersion v1', code: deployment('web'), workspace: { 'sa.yaml': serviceAccount('api').replace('apiVersion: v1', 'apiVersion: example.com/v1') } },
    { name: 'serviceAccountName wins over the deprecated serviceAccount', code: deployment('web').replace('      serviceAccountName: web\n', '      serviceAccountName: web\n      serviceAccount: old\n'), workspace: { 'sa.yaml': serviceAccount('web') } },
    { name: 'kind: List with the ServiceAccount', code: `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: {name: runner, namespace: shop}\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p, namespace: shop}\n    spec:\n      serviceAccountName: runner\n      containers: [{name: a, image: x}]\n` },
    {
      name: 'Helm template: the name comes from a helper, never judged',
      code: deployment('{{ include "web.serviceAccountName" . }}'),
      filename: 'chart/templates/deployment.yaml',
      kind: 'helm-template',
      workspace: { 'chart/sa.yaml': serviceAccount('api') },
    },
    { name: 'not a workload', code: 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n', workspace: { 'sa.yaml': serviceAccount('api') } },
  ],
  invalid: [
    {
      name: 'typo in serviceAccountName',
      code: deployment('wbe'),
      workspace: { 'sa.yaml': serviceAccount('web') },
      errors: [{ messageId: 'missing', range: SA_RANGE, message: 'Deployment "web" runs as ServiceAccount "wbe", but no manifest in the workspace defines it in namespace "shop" (defined there: "web")', suggestions: ['Create ServiceAccount wbe in namespace shop'] }],
    },
    {
      name: 'the account exists only in another namespace',
      code: deployment('web'),
      workspace: { 'sa.yaml': `${serviceAccount('web', 'payments')}---\n${serviceAccount('api')}` },
      errors: [{ messageId: 'missing', range: SA_RANGE, message: 'namespace "shop" (defined there: "api")' }],
    },
    {
      name: 'deprecated serviceAccount field',
      code: deployment('web', 'shop', 'serviceAccount'),
      workspace: { 'sa.yaml': serviceAccount('api') },
      errors: [{ messageId: 'missing', range: [8, 22, 8, 25] }],
    },
    {
      name: 'many accounts are summarised',
      code: deployment('web'),
      workspace: { 'sa.yaml': ['a', 'b', 'c', 'd', 'e'].map((n) => serviceAccount(n)).join('---\n') },
      errors: [{ messageId: 'missing', range: SA_RANGE, message: '(defined there: "a", "b", "c" and 2 more)' }],
    },
    {
      name: 'CronJob and Pod in one file, CRLF, flow map',
      code: 'apiVersion: v1\r\nkind: ServiceAccount\r\nmetadata: {name: runner, namespace: jobs}\r\n---\r\napiVersion: batch/v1\r\nkind: CronJob\r\nmetadata: {name: nightly, namespace: jobs}\r\nspec:\r\n  schedule: "0 0 * * *"\r\n  jobTemplate:\r\n    spec:\r\n      template:\r\n        spec: {serviceAccountName: runer, containers: [{name: a, image: x}]}\r\n---\r\napiVersion: v1\r\nkind: Pod\r\nmetadata: {name: solo, namespace: jobs}\r\nspec:\r\n  serviceAccountName: runner\r\n  containers: [{name: a, image: x}]\r\n',
      errors: [{ messageId: 'missing', range: [12, 35, 12, 40], message: 'CronJob "nightly" runs as ServiceAccount "runer"' }],
    },
  ],
};
