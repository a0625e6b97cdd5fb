/** HV004 values-no-literal-secret test table (layout: see df001.cases.ts). Secret values here are made up. */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    y('auth:', '  rootPassword: ""', '  existingSecret: ""', '  existingSecretPasswordKey: db-password'),
    {
      name: 'Bitnami reference conventions (names of Secrets and of keys inside them)',
      code: y('auth:', '  existingSecret: db-creds', '  passwordsSecret: my-secret', '  secretKeys:', '    adminPasswordKey: postgres-password', '    userPasswordKey: password', 'tls:', '  keyPasswordSecretKey: key-password', '  passwordsSecretKeystoreKey: keystore-password', 'cloudFront:', '  privateKeySecret: my-secret', 'objectStorageConfig:', '  secretName: thanos', '  secretKey: thanos.yaml'),
    },
    { name: 'booleans, numbers, nulls', code: y('usePasswordFiles: true', 'automountServiceAccountToken: false', 'tls:', '  keySize: 2048', 'apiToken: null', 'allowEmptyPassword: yes') },
    { name: 'template placeholders and masks', code: y('auth:', '  password: "{{ .Values.global.postgresql.auth.password }}"', 'configuration:', '  clientSecret: "XXXXXXXX"', '  cookieSecret: "XXXXXXXXXXXXXXXX"') },
    { name: 'auth modes and algorithms', code: y('tls:', '  client:', '    auth: none', '  sslClientAuth: required', 'rfc2136:', '  tsigSecretAlg: hmac-sha256', '  tsigKeyname: rfc2136_tsig_secret') },
    { name: 'etcd initial cluster token is not a credential', code: y('initialClusterToken: "etcd-cluster-k8s"') },
    { name: 'an empty PEM template (external-dns oci.privateKey)', code: y('oci:', '  privateKey: |', '    -----BEGIN RSA PRIVATE KEY-----', '    -----END RSA PRIVATE KEY-----') },
    { name: 'env entries that read a Secret', code: y('extraEnvVars:', '  - name: DB_PASSWORD', '    valueFrom:', '      secretKeyRef: {name: db, key: password}', '  - name: LOG_LEVEL', '    value: debug') },
    { name: 'file locations', code: y('tls:', '  keyLocation: /etc/ssl/private/server.key', '  passwordFile: /opt/bitnami/secrets/password') },
  ],
  invalid: [
    {
      code: y('auth:', '  rootPassword: "s3cr3t-r00t"', '  existingSecret: ""'),
      errors: [{ messageId: 'literal', range: [1, 16, 1, 29], message: 'auth.rootPassword holds a literal secret (…)' }],
    },
    {
      name: 'chart defaults that ship a credential (Harbor registry and PostgreSQL)',
      code: y('registry:', '  credentials:', '    username: harbor_registry_user', '    password: harbor_registry_password', 'postgresql:', '  auth:', '    postgresPassword: not-secure-database-password'),
      errors: [{ messageId: 'literal', range: [3, 14, 3, 38], message: 'registry.credentials.password' }, { messageId: 'literal', range: [6, 22, 6, 50], message: 'postgresql.auth.postgresPassword' }],
    },
    {
      name: 'env-style entries render as container env vars',
      code: y('extraEnvVars:', '  - name: LOG_LEVEL', '    value: debug', '  - name: API_TOKEN', '    value: t0k3n-abc'),
      errors: [{ messageId: 'literal', range: [4, 11, 4, 20], message: 'extraEnvVars[1] (API_TOKEN) holds a literal secret' }],
    },
    {
      name: 'credential-style *Secret keys stay secrets even with a name-like value',
      code: y('configuration:', '  clientSecret: my-client-secret', 'jwtSecret: change-me-please'),
      errors: [{ messageId: 'literal', range: [1, 16, 1, 32] }, { messageId: 'literal', range: [2, 11, 2, 27] }],
    },
    {
      name: 'flow maps and sequences',
      code: y('smtp: {host: mail, password: "p4ss"}', 'clients:', '  - {name: ci, apiKey: abcdef123456}'),
      errors: [{ messageId: 'literal', range: [0, 29, 0, 35], message: 'smtp.password' }, { messageId: 'literal', range: [2, 23, 2, 35], message: 'clients[0].apiKey' }],
    },
    {
      name: 'a multi-line private key',
      code: y('sshKey:', '  privateKey: |', '    not a real key, but a literal all the same', 'other: 1'),
      errors: [{ messageId: 'literal', range: [1, 14, 3, 0], message: 'sshKey.privateKey' }],
    },
    {
      name: 'CRLF',
      code: 'auth:\r\n  password: hunter2\r\n',
      errors: [{ messageId: 'literal', range: [1, 12, 1, 19] }],
    },
  ],
};
