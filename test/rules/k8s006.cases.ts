/** K8S006 no-secret-in-configmap test table (layout: see df001.cases.ts). Secret values here are made up. */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const HEAD = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: app-config', 'data:'];
// Assembled so that secret scanners do not flag this repository for a made-up token.
export const FAKE_GITHUB_TOKEN = 'ghp_' + 'R4nd0mL00k1ngT0k3n'.repeat(2);

export const cases: RuleTests = {
  valid: [
    y(...HEAD, '  LOG_LEVEL: info', '  DB_HOST: db.internal', '  DB_USER: app'),
    {
      name: 'a script that mentions passwords (a known false positive of word scanners)',
      code: y(...HEAD, '  init.sh: |', '    #!/bin/sh', '    # the password is read from the mounted secret', '    PASSWORD="$(cat /run/secrets/db-password)"', '    echo "password rotated"'),
    },
    { name: 'keys about secrets, not secrets', code: y(...HEAD, '  password-min-length: "12"', '  token-url: https://auth.example.com/token', '  secret-name: db-creds', '  DB_PASSWORD_FILE: /etc/db/password') },
    { name: 'file-like keys are judged by content only', code: y(...HEAD, '  secrets.yaml: |', '    password: ${DB_PASSWORD}', '  application.properties: |', '    spring.datasource.password=${DB_PASSWORD}') },
    { name: 'empty and placeholder values', code: y(...HEAD, '  API_TOKEN: ""', '  DB_PASSWORD: "{{ .Values.password }}"', '  SMTP_PASSWORD: <set-me>') },
    { name: 'a URL without a password', code: y(...HEAD, '  DATABASE_URL: postgres://app@db:5432/app', '  REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379') },
    { name: 'not a ConfigMap (K8S005)', code: y('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: s', 'stringData:', '  password: s3cr3t') },
  ],
  invalid: [
    {
      code: y(...HEAD, '  LOG_LEVEL: info', '  DB_PASSWORD: hunter2hunter2'),
      errors: [{ messageId: 'secretKey', range: [6, 15, 6, 29], message: 'ConfigMap "app-config" stores a literal secret under "DB_PASSWORD" (hu…r2)' }],
    },
    {
      name: 'a credential format inside a config file is reported on its key',
      code: y(...HEAD, '  config.json: |', '    {"github": {"token": "' + FAKE_GITHUB_TOKEN + '"}}'),
      errors: [{ messageId: 'credential', range: [5, 2, 5, 13], message: 'entry "config.json" contains a GitHub token' }],
    },
    {
      name: 'a connection string with a password',
      code: y(...HEAD, '  application.properties: |', '    spring.datasource.url=jdbc:postgresql://app:pw-Zq81@db:5432/app'),
      errors: [{ messageId: 'credential', range: [5, 2, 5, 24], message: 'contains a URL with a password' }],
    },
    {
      name: 'kebab-case and camelCase keys, List and multi-document',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: ConfigMap', '  metadata: {name: a}', '  data:', '    api-key: k-123456', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: b', 'data: {smtpPassword: "p@ss"}'),
      errors: [{ messageId: 'secretKey', range: [7, 13, 7, 21], message: 'ConfigMap "a"' }, { messageId: 'secretKey', range: [13, 21, 13, 27], message: 'ConfigMap "b"' }],
    },
    {
      name: 'CRLF',
      code: 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  JWT_SECRET: s1gn1ng-k3y\r\n',
      errors: [{ messageId: 'secretKey', range: [5, 14, 5, 25] }],
    },
  ],
};
