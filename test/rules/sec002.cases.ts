/** SEC002 no-credentials-in-url test table (layout: see df001.cases.ts). Passwords here are made up. */
import type { RuleTests } from '../rule-tester';
import { FAKE } from './sec001.cases';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: app', '    env:'];

export const cases: RuleTests = {
  valid: [
    y(...POD, '    - name: DATABASE_URL', '      value: postgres://app:$(DB_PASSWORD)@db:5432/app'),
    { name: 'shell and template placeholders (KICS passwords_and_secrets negative35)', code: 'FROM baseImage\n\nRUN apk add --no-cache git \\\n    && git config \\\n    --global \\\n    url."https://${GIT_USER}:${GIT_TOKEN}@github.com".insteadOf \\\n    "https://github.com"\n', filename: 'Dockerfile' },
    { name: 'no password, empty password, a port, scp-style git', code: y(...POD, '    - name: A', '      value: https://deploy@git.example.com/acme.git', '    - name: B', '      value: https://token:@git.example.com', '    - name: C', '      value: https://example.com:8443/api', '    - name: D', '      value: git@github.com:acme/app.git') },
    { name: 'printf verbs and masks', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', '  fmt: mysql://%s:%s@%s:%s', '  shown: https://admin:****@grafana.example.com') },
    { name: 'a Helm expression without spaces', code: y('url: "redis://:{{.Values.auth.password}}@redis:6379"'), filename: 'values.yaml', kind: 'helm-values' },
    { name: 'a known token as password is SEC001\'s', code: y(...POD, '    - name: REPO', '      value: https://x-access-token:' + FAKE.github + '@github.com/acme/app.git') },
  ],
  invalid: [
    {
      code: y(...POD, '    - name: DATABASE_URL', '      value: postgres://app:pw-Zq81x@db.internal:5432/app'),
      errors: [{ messageId: 'urlPassword', range: [9, 24, 9, 36], message: 'URL to "db.internal" embeds a literal password (…)' }],
    },
    {
      name: 'git clone in a RUN',
      code: 'FROM alpine\nRUN git clone https://deploy:s3cr3t-t0k3n@git.example.com/acme/app.git /src\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'urlPassword', range: [1, 22, 1, 41], message: '"git.example.com"' }],
    },
    {
      name: 'empty user, unencoded @ in the password',
      code: y('cache:', '  url: redis://:p@ss-w0rd@redis-master:6379/0'),
      filename: 'values.yaml', kind: 'helm-values',
      errors: [{ messageId: 'urlPassword', range: [1, 15, 1, 25], message: '"redis-master"' }],
    },
    {
      name: 'the literal word password is still a deployed password',
      code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', '  application.properties: |', '    spring.datasource.url=jdbc:mysql://user:password@mysql:3306/app'),
      errors: [{ messageId: 'urlPassword', range: [5, 39, 5, 52] }],
    },
    {
      name: 'two URLs on a line, CRLF',
      code: 'FROM alpine\r\nENV PRIMARY=amqp://guest:guest1@mq1 REPLICA=amqp://guest:guest2@mq2\r\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'urlPassword', range: [1, 19, 1, 31], message: '"mq1"' }, { messageId: 'urlPassword', range: [1, 51, 1, 63], message: '"mq2"' }],
    },
  ],
};
