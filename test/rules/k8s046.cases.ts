/** K8S046 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

const deployment = (...container: string[]): string =>
  y('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  template:', '    spec:', '      containers:', '        - name: app', ...container.map((l) => `          ${l}`));

export const cases: RuleTests = {
  valid: [
    { name: 'secret mounted as a file', code: y('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: a', '      volumeMounts: [{name: s, mountPath: /run/secrets/db, readOnly: true}]', '  volumes:', '    - name: s', '      secret: {secretName: db}') },
    { name: 'ConfigMap key reference', code: deployment('env:', '  - name: MODE', '    valueFrom:', '      configMapKeyRef: {name: cfg, key: mode}') },
    { name: 'envFrom a ConfigMap', code: deployment('envFrom:', '  - configMapRef: {name: cfg}') },
    { name: 'literal and field references', code: deployment('env:', '  - {name: A, value: "1"}', '  - name: NODE', '    valueFrom: {fieldRef: {fieldPath: spec.nodeName}}') },
    { name: 'a Secret object itself', code: y('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}', 'type: Opaque') },
    { name: 'empty secretKeyRef is not a reference', code: deployment('env:', '  - name: A', '    valueFrom:', '      secretKeyRef:') },
  ],
  invalid: [
    {
      name: 'secretKeyRef in a Deployment',
      code: deployment('env:', '  - name: DB_PASSWORD', '    valueFrom:', '      secretKeyRef:', '        name: db', '        key: password'),
      errors: [{ messageId: 'keyRef', range: [12, 16, 12, 28], message: 'Container "app" of Deployment "api" reads key "password" of Secret "db" into environment variable DB_PASSWORD' }],
    },
    {
      name: 'envFrom secretRef, flow style',
      code: deployment('envFrom:', '  - secretRef: {name: all-creds}'),
      errors: [{ messageId: 'envFrom', range: [10, 14, 10, 23], message: 'imports every key of Secret "all-creds"' }],
    },
    {
      name: 'init container of a CronJob, and a regular one, CRLF',
      code: [
        'apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: job}', 'spec:', '  schedule: "@daily"', '  jobTemplate:', '    spec:', '      template:', '        spec:',
        '          initContainers:', '            - name: init', '              env: [{name: T, valueFrom: {secretKeyRef: {name: s, key: t}}}]',
        '          containers:', '            - name: main', '              envFrom: [{secretRef: {name: s}}]', '',
      ].join('\r\n'),
      errors: [
        { messageId: 'keyRef', range: [11, 42, 11, 54], message: 'Init container "init" of CronJob "job"' },
        { messageId: 'envFrom', range: [14, 25, 14, 34], message: 'Container "main" of CronJob "job"' },
      ],
    },
    {
      name: 'env entries shared through a YAML anchor',
      code: y('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    - name: a', '      env: &env', '        - name: T', '          valueFrom: {secretKeyRef: {name: s, key: t}}', '    - name: b', '      env: *env'),
      errors: [
        { messageId: 'keyRef', range: [8, 22, 8, 34], message: 'Container "a" of Pod "p"' },
        { messageId: 'keyRef', range: [8, 22, 8, 34], message: 'Container "b" of Pod "p"' },
      ],
      skipSuppressionCheck: 'one node reported for two containers through an alias',
    },
    {
      name: 'kind: List item',
      code: y('apiVersion: v1', 'kind: List', 'items:', '  - apiVersion: v1', '    kind: Pod', '    metadata: {name: p}', '    spec:', '      containers:', '        - name: a', '          envFrom:', '            - secretRef:', '                name: s'),
      errors: [{ messageId: 'envFrom', range: [10, 14, 10, 23] }],
    },
  ],
};
