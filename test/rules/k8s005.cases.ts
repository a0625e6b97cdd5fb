/** K8S005 no-committed-secret-manifest test table (layout: see df001.cases.ts). Values here are made up. */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const HEAD = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db-creds'];

export const cases: RuleTests = {
  valid: [
    y('apiVersion: external-secrets.io/v1beta1', 'kind: ExternalSecret', 'metadata:', '  name: db-creds', 'spec:', '  secretStoreRef: {name: vault, kind: ClusterSecretStore}', '  target: {name: db-creds}', '  data:', '  - secretKey: password', '    remoteRef: {key: prod/db, property: password}'),
    { name: 'service-account token Secret the control plane fills in', code: y('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: build-robot', '  annotations:', '    kubernetes.io/service-account.name: build-robot', 'type: kubernetes.io/service-account-token') },
    { name: 'empty data maps', code: y(...HEAD, 'data: {}', 'stringData:') },
    { name: 'keys without values', code: y(...HEAD, 'data:', '  password: ""', '  token:') },
    { name: 'placeholders filled in at deploy time', code: y(...HEAD, 'stringData:', '  password: ${DB_PASSWORD}', '  url: "{{ db_url }}"') },
    { name: 'a SealedSecret holds ciphertext, not the secret', code: y('apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: db-creds', 'spec:', '  encryptedData:', '    password: AgBy3i4OJSWK+PiTySYZZA==') },
    { name: 'a ConfigMap (K8S006) and a CRD that happens to be called Secret', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  a: b', '---', 'apiVersion: example.com/v1', 'kind: Secret', 'metadata:', '  name: x', 'data:', '  a: b') },
  ],
  invalid: [
    {
      code: y(...HEAD, 'type: Opaque', 'data:', '  password: aHVudGVyMg=='),
      errors: [{ messageId: 'committed', range: [5, 0, 5, 4], message: 'Secret "db-creds" (type Opaque) commits 1 value(s) in data' }],
    },
    {
      name: 'stringData (KICS passwords_and_secrets positive1)',
      code: y('#k8s test', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: secret-basic-auth', 'type: kubernetes.io/basic-auth', 'stringData:', '  password: "root"'),
      errors: [{ messageId: 'committed', range: [6, 0, 6, 10], message: 'in stringData' }],
    },
    {
      name: 'both data and stringData, some values empty',
      code: y(...HEAD, 'data:', '  ca.crt: ""', '  tls.key: LS0tLS1CRUdJTg==', 'stringData:', '  user: admin', '  password: s3cr3t'),
      errors: [{ messageId: 'committed', range: [4, 0, 4, 4], message: 'commits 1 value(s)' }, { messageId: 'committed', range: [7, 0, 7, 10], message: 'commits 2 value(s)' }],
    },
    {
      name: 'a service-account token Secret that carries its token',
      code: y('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: robot', 'type: kubernetes.io/service-account-token', 'data:', '  token: ZXlKaGJHY2lPaUpTVXpJMU5pSjk='),
      errors: [{ messageId: 'committed', range: [5, 0, 5, 4] }],
    },
    {
      name: 'flow map, inside a List, after another document',
      code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', '---', 'apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Secret', '  metadata: {name: api, namespace: prod}', '  data: {token: dDBrM24=}'),
      errors: [{ messageId: 'committed', range: [10, 2, 10, 6], message: 'Secret "api"' }],
    },
    {
      name: 'CRLF',
      code: 'apiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n  name: s\r\nstringData:\r\n  password: p\r\n',
      errors: [{ messageId: 'committed', range: [4, 0, 4, 10] }],
    },
  ],
};
