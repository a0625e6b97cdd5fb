/**
 * SEC001 no-known-credential test table (layout: see df001.cases.ts). Every token is made up and
 * assembled from parts, so that secret scanners (and SEC001 itself) do not flag this repository.
 */
import type { RuleTests } from '../rule-tester';

export const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
export const FAKE = {
  aws: 'AKIA' + 'Z7QW3RTY5UIO2PAS',
  github: 'ghp_' + 'R4nd0mL00k1ngT0k3n'.repeat(2),
  stripe: 'sk_' + 'live_' + '51Hx9Ab3Cd5Ef7Gh9Ij1Kl3Mn5',
  slackWebhook: 'https://hooks.slack.com/services/' + 'T0AB1CD2E/B0FG3HI4J/' + 'aBcDeFgHiJkLmNoPqRsTuVwX',
  jwt: 'eyJhbGciOiJIUzI1NiJ9' + '.eyJzdWIiOiJjaSJ9' + '.c2lnbmF0dXJlLW5vdC1yZWFs',
  keyBody: 'MIIEow' + 'IBAAKCAQEA'.repeat(6),
};
const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: app', '    env:'];

export const cases: RuleTests = {
  valid: [
    { code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=aws aws s3 cp s3://acme/app.tgz .\n', filename: 'Dockerfile' },
    { name: 'AWS documentation example key ids', code: 'FROM alpine\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n', filename: 'Dockerfile' },
    {
      name: 'PEM headers in chart comments without a key body',
      code: y('## key and certificate should start with -----BEGIN CERTIFICATE----- or -----BEGIN RSA PRIVATE KEY-----', '## name should line up with a tlsSecret set further up', 'secrets: []', '##   key: |-', '##     -----BEGIN RSA PRIVATE KEY-----', '##     ...', '##     -----END RSA PRIVATE KEY-----'),
      filename: 'values.yaml', kind: 'helm-values',
    },
    { name: 'near misses: too short, wrong case, glued to other text', code: y(...POD, '    - name: A', '      value: ghp_short', '    - name: B', '      value: akia' + 'z7qw3rty5uio2pas', '    - name: C', '      value: x' + FAKE.aws) },
    { name: 'a public certificate is not a private key', code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: ca}', 'data:', '  ca.crt: |', '    -----BEGIN CERTIFICATE-----', '    ' + FAKE.keyBody, '    -----END CERTIFICATE-----') },
    { name: 'a JWT header alone', code: y(...POD, '    - name: A', '      value: eyJhbGciOiJIUzI1NiJ9') },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=' + FAKE.aws + '\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'credential', range: [1, 22, 1, 42], message: 'Committed AWS access key ID (AKIA…2PAS)' }],
    },
    {
      name: 'GitHub token in an env value',
      code: y(...POD, '    - name: GH', '      value: "' + FAKE.github + '"'),
      errors: [{ messageId: 'credential', range: [9, 14, 9, 54], message: 'Committed GitHub token (ghp_…0k3n)' }],
    },
    {
      name: 'private key in a block scalar: the BEGIN line is reported',
      code: y('apiVersion: v1', 'kind: Secret', 'metadata: {name: tls}', 'stringData:', '  tls.key: |', '    -----BEGIN RSA PRIVATE KEY-----', '    ' + FAKE.keyBody, '    -----END RSA PRIVATE KEY-----'),
      errors: [{ messageId: 'credential', range: [5, 4, 5, 35], message: 'private key' }],
      skipSuppressionCheck: 'a comment line inside a block scalar is content; a suppression above `tls.key:` covers the node (tested in sec001.test.ts)',
    },
    {
      name: 'private key as a JSON-escaped string (service-account key file in a ConfigMap)',
      code: y('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: gcp}', 'data:', '  key.json: \'{"private_key": "-----BEGIN PRIVATE KEY-----\\n' + FAKE.keyBody + '\\n-----END PRIVATE KEY-----\\n"}\''),
      errors: [{ messageId: 'credential', range: [4, 30, 4, 57] }],
    },
    {
      name: 'Slack webhook in a values file',
      code: y('alerting:', '  slackUrl: ' + FAKE.slackWebhook),
      filename: 'values.yaml', kind: 'helm-values',
      errors: [{ messageId: 'credential', range: [1, 12, 1, 89], message: 'Slack webhook URL' }],
    },
    {
      name: 'a token in a comment is committed too',
      code: y('replicas: 2', '# billing: ' + FAKE.stripe),
      filename: 'values.yaml', kind: 'helm-values',
      errors: [{ messageId: 'credential', range: [1, 11, 1, 45], message: 'Stripe live key' }],
      skipSuppressionCheck: 'a suppression line targets the next content line, not a comment; a trailing directive on the comment works (sec001.test.ts)',
    },
    {
      name: 'two tokens on one line, kubeconfig JWT',
      code: y('apiVersion: v1', 'kind: Config', 'users:', '- name: ci', '  user: {token: ' + FAKE.jwt + ', client-key-data: ' + FAKE.aws + '}'),
      errors: [{ messageId: 'credential', range: [4, 16, 4, 78], message: 'JSON Web Token' }, { messageId: 'credential', range: [4, 97, 4, 117] }],
    },
    {
      name: 'KICS passwords_and_secrets positive25 (Dockerfile ARGs)',
      code: 'FROM baseImage\n\nARG token=sq0atp-812erere3wewew45678901\n\nARG picaticKey=sk_live_123as6789o1234567890123a123a5678\n\nARG amazonToken=amzn.mws.643a5678-8f9f-1a2b-5c3b-e3ea43f3f4b4\n\nARG mailChimp=f4f56af5a54a3eaeb3c3beb3cc2ccccc-us36\n\nARG sgApiK=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\n',
      filename: 'Dockerfile',
      errors: [
        { messageId: 'credential', range: [2, 10, 2, 39], message: 'Square token' },
        { messageId: 'credential', range: [4, 15, 4, 55], message: 'Stripe live key' },
        { messageId: 'credential', range: [6, 16, 6, 61], message: 'Amazon MWS token' },
        { messageId: 'credential', range: [8, 14, 8, 51], message: 'Mailchimp API key' },
        { messageId: 'credential', range: [10, 11, 10, 80], message: 'SendGrid API key' },
      ],
    },
    {
      name: 'CRLF',
      code: 'FROM alpine\r\nRUN echo done\r\nENV GITHUB_TOKEN=' + FAKE.github + '\r\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'credential', range: [2, 17, 2, 57] }],
    },
  ],
};
