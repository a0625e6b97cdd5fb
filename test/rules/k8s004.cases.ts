/** K8S004 no-literal-secret-env test table (layout: see df001.cases.ts). Secret values here are made up. */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const DEPLOY = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      containers:', '      - name: app', '        image: acme/api:1.4.2', '        env:'];
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: app', '    env:'];
const SUGGEST = (name: string, secret: string, key: string) => [`Read ${name} from Secret ${secret} (key ${key})`];

export const cases: RuleTests = {
  valid: [
    y(...DEPLOY, '        - name: DB_PASSWORD', '          valueFrom:', '            secretKeyRef:', '              name: api-secrets', '              key: db-password'),
    { name: 'names that describe a secret', code: y(...POD, '    - name: DB_PASSWORD_FILE', '      value: /run/secrets/db-password', '    - name: TOKEN_URL', '      value: https://auth.example.com/token', '    - name: AWS_ACCESS_KEY_ID', '      value: AKIAIOSFODNN7EXAMPLE') },
    { name: 'a $(VAR) reference is expanded by the kubelet, not a literal', code: y(...POD, '    - name: API_TOKEN', '      value: $(TOKEN_FROM_SECRET)') },
    { name: 'empty and null values', code: y(...POD, '    - name: API_TOKEN', '      value: ""', '    - name: DB_PASSWORD', '      value:') },
    { name: 'not a secret name', code: y(...POD, '    - name: DB_HOST', '      value: db.internal', '    - name: BLAH', '      value: secretsquirrels') },
    { name: 'a number is not a string (the API server rejects it anyway)', code: y(...POD, '    - name: PASSWORD', '      value: 1234') },
    { name: 'a ConfigMap is not a container (K8S006)', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', '  DB_PASSWORD: hunter2') },
    { name: 'kube-linter dont-fire', code: y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: dont-fire', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', '          env:', '            - name: BLAH', '              value: secretsquirrels') },
    {
      name: 'etcd auth token configuration (Bitnami etcd): a mechanism word and an option list',
      code: y('apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: etcd', 'spec:', '  template:', '    spec:', '      containers:', '      - name: etcd', '        env:', '        - name: ETCD_AUTH_TOKEN', '          value: "jwt,priv-key=/opt/bitnami/etcd/certs/token/jwt-token.pem,sign-method=RS256,ttl=10m"', '        - name: OTHER_AUTH_TOKEN', '          value: simple'),
    },
    { name: 'auth mode', code: y(...POD, '    - name: POSTGRES_HOST_AUTH_METHOD', '      value: scram-sha-256', '    - name: KAFKA_CLIENT_AUTH', '      value: required') },
  ],
  invalid: [
    {
      name: 'a mechanism word is a (weak) password under a password name, configuration only under token or auth names',
      code: y(...DEPLOY, '        - name: DB_PASSWORD', '          value: basic'),
      errors: [{ messageId: 'literal', range: [12, 17, 12, 22], message: 'sets DB_PASSWORD to a literal secret' }],
    },
    {
      code: y(...DEPLOY, '        - name: DB_PASSWORD', '          value: hunter2hunter2'),
      errors: [{ messageId: 'literal', range: [12, 17, 12, 31], message: 'Container "app" of Deployment "api" sets DB_PASSWORD to a literal secret (hu…r2)', suggestions: SUGGEST('DB_PASSWORD', 'api-secrets', 'db-password') }],
    },
    {
      name: 'init and ephemeral containers of a CronJob',
      code: y('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: nightly', 'spec:', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          initContainers:', '          - name: migrate', '            env: [{name: MIGRATION_TOKEN, value: "m1gr4te"}]', '          containers:', '          - name: job', '          ephemeralContainers:', '          - name: debug', '            env:', '            - name: apiKey', '              value: "k-123"'),
      errors: [
        { messageId: 'literal', range: [11, 49, 11, 58], message: 'Init container "migrate" of CronJob "nightly"', suggestions: SUGGEST('MIGRATION_TOKEN', 'nightly-secrets', 'migration-token') },
        { messageId: 'literal', range: [18, 21, 18, 28], message: 'Ephemeral container "debug"', suggestions: SUGGEST('apiKey', 'nightly-secrets', 'api-key') },
      ],
    },
    {
      name: 'KICS passwords_and_secrets positive16: DB_PASS_* among harmless variables',
      code: y(...DEPLOY, '        - name: DB_HOST', '          value: "127.0.0.1"', '        - name: DB_PASS_BD', '          value: "passx"', '        - name: DB_PASS_BD_2', '          value: "passx"', '        - name: DB_USER_BD', '          value: "userx"'),
      errors: [{ messageId: 'literal', range: [14, 17, 14, 24] }, { messageId: 'literal', range: [16, 17, 16, 24] }],
    },
    {
      name: 'kind: List and a second document',
      code: y('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: apps/v1', '  kind: StatefulSet', '  metadata:', '    name: db', '  spec:', '    template:', '      spec:', '        containers:', '        - name: mysql', '          env:', '          - name: MYSQL_ROOT_PASSWORD', '            value: supersecret', '---', 'apiVersion: apps/v1', 'kind: DaemonSet', 'metadata:', '  name: agent', 'spec:', '  template:', '    spec:', '      containers:', '      - name: a', '        env:', '        - {name: ACCESS_KEY, value: 8312341g-5678-abcd}'),
      errors: [
        { messageId: 'literal', range: [14, 19, 14, 30], message: 'StatefulSet "db"' },
        { messageId: 'literal', range: [26, 36, 26, 54], message: 'DaemonSet "agent"' },
      ],
    },
    {
      name: 'CRLF',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: app\r\n    env:\r\n    - name: SLACK_TOKEN\r\n      value: "t0k3n"\r\n',
      errors: [{ messageId: 'literal', range: [9, 13, 9, 20] }],
    },
    {
      name: 'Facebook token under a token name (KICS positive33)',
      code: y(...POD, '    - name: FACEBOOK_TOKEN', '      value: "EAACEdEose0cBA1bad3afsf2aew"'),
      errors: [{ messageId: 'literal', range: [9, 13, 9, 42] }],
    },
    {
      name: 'a value written as a block scalar',
      code: y(...POD, '    - name: SSH_PRIVATE_KEY', '      value: |', '        not really a key', '    - name: OTHER', '      value: x'),
      errors: [{ messageId: 'literal', range: [9, 13, 11, 0] }],
    },
    {
      name: 'an option list that carries a literal secret option stays a secret',
      code: y(...POD, '    - name: ETCD_AUTH_TOKEN', '      value: jwt,sign-method=HS256,secret=Zq8pL2xRk', '    - name: API_TOKEN', '      value: Zq8pL2xRk,ttl=10m'),
      errors: [
        { messageId: 'literal', range: [9, 13, 9, 51], message: 'sets ETCD_AUTH_TOKEN to a literal secret' },
        { messageId: 'literal', range: [11, 13, 11, 30], message: 'sets API_TOKEN to a literal secret' },
      ],
    },
  ],
};
