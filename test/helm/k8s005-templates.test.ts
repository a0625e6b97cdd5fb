/**
 * K8S005 on Helm templates: a Secret template is how values reach the cluster at install time, so
 * only entries the template writes literally count, and only credentials among them (a secret name
 * with a literal value, or a known credential format). Entries printed by actions (values, helpers,
 * `randAlphaNum`, `b64enc`) and literal defaults that are no credential (Bitnami grafana-alloy's
 * default `config.alloy`) are not committed secrets. Values here are made up.
 */
import { rangeOf, runTemplateTests } from './tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;
const HEAD = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: {{ include "mychart.fullname" . }}', 'type: Opaque'];
const GITHUB_TOKEN = `ghp_${'a1B2c3D4e5'.repeat(4)}`;

const ALLOY = y(
  '{{- if not .Values.alloy.existingSecret }}',
  ...HEAD,
  'stringData:',
  '  config.alloy: |',
  '    {{- if .Values.alloy.configuration }}',
  '    {{- include "common.tplvalues.render" (dict "value" .Values.alloy.configuration "context" .) | nindent 4 }}',
  '    {{- else }}',
  '    logging {',
  '      level  = "info"',
  '      format = "logfmt"',
  '    }',
  '    discovery.kubernetes "pods" {',
  '      role = "pod"',
  '    }',
  '    {{- end }}',
  '{{- end }}',
);

const LITERAL_PASSWORD = y(...HEAD, 'stringData:', '  username: {{ .Values.auth.username | quote }}', '  password: hunter2-but-longer');

runTemplateTests('K8S005', {
  valid: [
    { name: "Bitnami grafana-alloy: the chart's default configuration text is no credential", template: ALLOY, values: 'alloy:\n  existingSecret: ""\n  configuration: ""\n' },
    { name: 'values printed from values.yaml (HV004 judges the values file)', template: y(...HEAD, 'stringData:', '  password: {{ .Values.auth.password | quote }}', '  token: {{ .Values.auth.token }}'), values: 'auth:\n  password: s3cr3t-value\n  token: abcdef123456\n' },
    { name: 'values encoded with b64enc are unknown, never literal', template: y(...HEAD, 'data:', '  password: {{ .Values.auth.password | b64enc | quote }}'), values: 'auth:\n  password: s3cr3t-value\n' },
    { name: 'a whole data map printed from values', template: y(...HEAD, 'data:', '  {{- toYaml .Values.secrets | nindent 2 }}'), values: 'secrets:\n  password: czNjcjN0\n' },
    { name: 'random and helper-printed values', template: y(...HEAD, 'data:', '  password: {{ randAlphaNum 24 | b64enc | quote }}', '  api-key: {{ include "mychart.apiKey" . }}'), values: '{}\n' },
    { name: 'literal settings that are no credential', template: y(...HEAD, 'stringData:', '  username: admin', '  config.yaml: "loglevel: info"', '  host: db.example.com'), values: '{}\n' },
    { name: 'a key printed by the template is no literal entry', template: y(...HEAD, 'stringData:', '  {{ .Values.key }}: hunter2-but-longer'), values: 'key: password\n' },
    { name: 'a Secret template the chart does not render', template: y('{{- if .Values.create }}', ...HEAD, 'stringData:', '  password: hunter2-but-longer', '{{- end }}'), values: 'create: false\n' },
  ],
  invalid: [
    {
      name: 'a literal password in the template text, next to a value from values.yaml',
      template: LITERAL_PASSWORD,
      values: 'auth:\n  username: app\n',
      errors: [{ messageId: 'committedInTemplate', range: rangeOf(LITERAL_PASSWORD, 'stringData') }],
    },
    {
      name: 'a known credential format under a neutral key, in data and in a block scalar',
      template: y(...HEAD, 'stringData:', '  settings.ini: |', `    github = ${GITHUB_TOKEN}`, '    level = info'),
      values: '{}\n',
      errors: [{ messageId: 'committedInTemplate', range: [5, 0, 5, 10] }],
    },
    {
      name: 'a literal entry in a rendered branch',
      template: y('{{- if .Values.create }}', ...HEAD, 'data:', '  password: aHVudGVyMi1idXQtbG9uZ2Vy', '{{- end }}'),
      values: 'create: true\n',
      errors: [{ messageId: 'committedInTemplate', range: [6, 0, 6, 4] }],
    },
  ],
});
