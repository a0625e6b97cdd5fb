/** WS005 test table (see df001.cases.ts for the layout). */
import type { RuleTests } from '../rule-tester';

const pod = (spec: string, ns = 'shop') => `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: ${ns}
spec:
${spec}`;
const envSecret = (name: string, extra = '') => `  containers:
    - name: app
      image: nginx:1.27
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: ${name}
              key: password${extra}
`;
const secret = (name: string, ns = 'shop') => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ntype: Opaque\n`;
const configMap = (name: string, ns = 'shop') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ndata: {}\n`;
const ENV_RANGE: [number, number, number, number] = [13, 20, 13, 22];

export const cases: RuleTests = {
  valid: [
    { name: 'Secret defined in another file', code: pod(envSecret('db')), workspace: { 's.yaml': secret('db') } },
    { name: 'Secret in the same file', code: `${secret('db')}---\n${pod(envSecret('db'))}` },
    { name: 'the workspace manages no Secret in the namespace', code: pod(envSecret('db')), workspace: { 's.yaml': secret('db', 'payments') } },
    { name: 'a ConfigMap does not make Secrets managed', code: pod(envSecret('db')), workspace: { 'c.yaml': configMap('db') } },
    { name: 'optional reference', code: pod(envSecret('db', '\n              optional: true')), workspace: { 's.yaml': secret('other') } },
    { name: 'placeholder name', code: pod(envSecret('"${DB_SECRET}"')), workspace: { 's.yaml': secret('other') } },
    { name: 'SealedSecret produces the Secret', code: pod(envSecret('db')), workspace: { 's.yaml': `${secret('other')}---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db, namespace: shop}\nspec:\n  encryptedData: {password: AgB}\n` } },
    { name: 'ExternalSecret target name', code: pod(envSecret('db')), workspace: { 's.yaml': `${secret('other')}---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: {name: db-sync, namespace: shop}\nspec:\n  target: {name: db}\n` } },
    { name: 'cert-manager Certificate secretName', code: pod('  containers: [{name: a, image: x}]\n  volumes:\n    - name: tls\n      secret: {secretName: web-tls}\n'), workspace: { 's.yaml': `${secret('other')}---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web, namespace: shop}\nspec:\n  secretName: web-tls\n` } },
    { name: 'kustomize secretGenerator (any namespace)', code: pod(envSecret('db')), workspace: { 's.yaml': secret('other'), 'kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n  - name: db\n    envs: [db.env]\n' } },
    { name: 'Secrets of another part of the repository do not count', code: pod(envSecret('db')), filename: 'apps/web/pod.yaml', workspace: { 'apps/api/s.yaml': secret('other') } },
    { name: 'envFrom and volumes that all exist', code: pod('  containers:\n    - name: a\n      image: x\n      envFrom:\n        - secretRef: {name: db}\n        - configMapRef: {name: settings}\n  volumes:\n    - name: cfg\n      configMap: {name: settings}\n    - name: all\n      projected:\n        sources:\n          - secret: {name: db}\n          - configMap: {name: settings}\n'), workspace: { 's.yaml': `${secret('db')}---\n${configMap('settings')}` } },
    {
      name: 'Helm template: the name comes from values, never judged',
      code: pod(envSecret('{{ .Values.existingSecret | default (include "web.fullname" .) }}')),
      filename: 'chart/templates/pod.yaml',
      kind: 'helm-template',
      workspace: { 'chart/s.yaml': secret('other') },
    },
    { name: 'imagePullSecrets are not judged', code: pod('  imagePullSecrets: [{name: regcred}]\n  containers: [{name: a, image: x}]\n'), workspace: { 's.yaml': secret('db') } },
  ],
  invalid: [
    {
      name: 'env secretKeyRef to a missing Secret',
      code: pod(envSecret('db-credentials')),
      workspace: { 's.yaml': secret('db') },
      errors: [{ messageId: 'missing', range: [13, 20, 13, 34], message: 'Pod "web": env "DB_PASSWORD" of container "app" reads Secret "db-credentials", which no manifest in the workspace defines in namespace "shop"' }],
    },
    {
      name: 'Secret in another namespace does not count',
      code: pod(envSecret('db')),
      workspace: { 's.yaml': `${secret('db', 'payments')}---\n${secret('other')}` },
      errors: [{ messageId: 'missing', range: ENV_RANGE }],
    },
    {
      name: 'optional: false is still required',
      code: pod(envSecret('db', '\n              optional: false')),
      workspace: { 's.yaml': secret('other') },
      errors: [{ messageId: 'missing', range: ENV_RANGE }],
    },
    {
      name: 'configMapKeyRef, envFrom, volumes and projected sources; initContainers',
      code: pod('  initContainers:\n    - name: init\n      image: x\n      envFrom:\n        - configMapRef: {name: setings}\n  containers:\n    - name: a\n      image: x\n      env:\n        - {name: MODE, valueFrom: {configMapKeyRef: {name: mode, key: m}}}\n  volumes:\n    - name: cfg\n      configMap: {name: files}\n    - name: all\n      projected:\n        sources:\n          - secret: {name: tls}\n          - configMap: {name: settings}\n'),
      workspace: { 's.yaml': `${secret('db')}---\n${configMap('settings')}` },
      errors: [
        { messageId: 'missing', range: [10, 31, 10, 38], message: 'envFrom of container "init" reads ConfigMap "setings"' },
        { messageId: 'missing', range: [15, 59, 15, 63], message: 'env "MODE" of container "a" reads ConfigMap "mode"' },
        { messageId: 'missing', range: [18, 24, 18, 29], message: 'volume "cfg" reads ConfigMap "files"' },
        { messageId: 'missing', range: [22, 27, 22, 30], message: 'volume "all" reads Secret "tls"' },
      ],
    },
    {
      name: 'Deployment, CRLF, secret volume',
      code: 'apiVersion: apps/v1\r\nkind: Deployment\r\nmetadata: {name: web}\r\nspec:\r\n  template:\r\n    spec:\r\n      containers: [{name: a, image: x}]\r\n      volumes:\r\n        - name: certs\r\n          secret:\r\n            secretName: web-certs\r\n---\r\napiVersion: v1\r\nkind: Secret\r\nmetadata: {name: web-cert}\r\n',
      errors: [{ messageId: 'missing', range: [10, 24, 10, 33], message: 'Deployment "web": volume "certs" reads Secret "web-certs", which no manifest in the workspace defines in namespace "default"' }],
    },
  ],
};
