/**
 * K8S002 (privileged containers) on Helm templates: the value comes from values.yaml through
 * `toYaml | nindent`, a scalar action, Bitnami's renderSecurityContext, or is written in the template.
 */
import { rangeOf, runTemplateTests } from './tester';

const DEPLOYMENT = (sc: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
${sc}`;

const TOYAML = '{{- toYaml .Values.securityContext | nindent 12 }}';
const INLINE = DEPLOYMENT(`          securityContext: ${TOYAML}\n`);
const BELOW = DEPLOYMENT(`          securityContext:\n            ${TOYAML}\n`);
const SCALAR = DEPLOYMENT('          securityContext:\n            privileged: {{ .Values.privileged }}\n');
const WITH = DEPLOYMENT('          {{- with .Values.securityContext }}\n          securityContext:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n');
const RENDER = '{{- include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.containerSecurityContext "context" $) | nindent 12 }}';
const BITNAMI = DEPLOYMENT(`          {{- if .Values.containerSecurityContext.enabled }}\n          securityContext: ${RENDER}\n          {{- end }}\n`);
const LITERAL = DEPLOYMENT('          securityContext:\n            privileged: true\n');
const IF_ELSE = (a: string, b: string) => DEPLOYMENT(`          securityContext:\n            {{- if .Values.debug }}\n            privileged: ${a}\n            {{- else }}\n            privileged: ${b}\n            {{- end }}\n`);
const DEFAULT = DEPLOYMENT('          securityContext:\n            privileged: {{ .Values.privileged | default true }}\n');
const TWO = DEPLOYMENT(`          securityContext: ${TOYAML}\n        - name: sidecar\n          image: busybox:1.36\n          securityContext: ${TOYAML}\n`);
const MULTI = `{{/* a service first */}}\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n${INLINE}`;

runTemplateTests('K8S002', {
  valid: [
    {
      name: 'values keep privileged false',
      template: DEPLOYMENT('          securityContext: {{- toYaml .Values.securityContext | nindent 12 }}\n'),
      values: 'securityContext:\n  privileged: false\n',
    },
    {
      name: 'a block guarded by a false value is not rendered',
      template: DEPLOYMENT('          {{- if .Values.securityContext.enabled }}\n          securityContext:\n            privileged: true\n          {{- end }}\n'),
      values: 'securityContext:\n  enabled: false\n',
    },
    {
      name: 'with over an empty map renders nothing',
      template: DEPLOYMENT('          {{- with .Values.securityContext }}\n          securityContext:\n            privileged: true\n          {{- end }}\n'),
      values: 'securityContext: {}\n',
    },
    {
      name: 'a helper soc2lint cannot evaluate is unknown, not privileged',
      template: DEPLOYMENT('          securityContext: {{- include "app.securityContext" . | nindent 12 }}\n'),
      values: 'securityContext:\n  privileged: true\n',
    },
    {
      name: 'a quoted "true" is a string (the API server rejects it), not a privileged container',
      template: DEPLOYMENT('          securityContext:\n            privileged: {{ .Values.privileged | quote }}\n'),
      values: 'privileged: true\n',
    },
    {
      name: 'a define block is a helper, never rendered in place',
      template: '{{- define "app.sc" }}\nprivileged: true\n{{- end }}\n' + DEPLOYMENT('          securityContext:\n            runAsNonRoot: true\n'),
      values: '{}\n',
    },
    {
      name: 'without values.yaml, values are unknown',
      template: DEPLOYMENT('          securityContext:\n            privileged: {{ .Values.privileged }}\n'),
    },
    {
      name: 'Bitnami renderSecurityContext with the map switched off',
      template: DEPLOYMENT(
        '          {{- if .Values.containerSecurityContext.enabled }}\n          securityContext: {{- include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.containerSecurityContext "context" $) | nindent 12 }}\n          {{- end }}\n',
      ),
      values: 'containerSecurityContext:\n  enabled: false\n  privileged: true\n',
    },
    {
      name: 'a helper file (_helpers.tpl) has no findings',
      path: 'templates/_helpers.tpl',
      template: '{{- define "x" -}}\nsecurityContext:\n  privileged: true\n{{- end }}\n',
      values: '{}\n',
    },
  ],
  invalid: [
    {
      name: 'securityContext: {{- toYaml .Values.securityContext | nindent 12 }} yields the values map',
      template: INLINE,
      values: 'securityContext:\n  runAsNonRoot: true\n  privileged: true\n',
      errors: [{ range: rangeOf(INLINE, TOYAML), related: [['chart/values.yaml', 2]] }],
      valuesOutput: 'securityContext:\n  runAsNonRoot: true\n  privileged: false\n',
    },
    {
      name: 'the action on the line below the key',
      template: BELOW,
      values: 'securityContext: {privileged: true}\n',
      errors: [{ range: rangeOf(BELOW, TOYAML), related: [['chart/values.yaml', 0]] }],
      valuesOutput: 'securityContext: {privileged: false}\n',
    },
    {
      name: 'a scalar action: privileged: {{ .Values.privileged }}',
      template: SCALAR,
      values: '# Give the container all devices\nprivileged: true\n',
      errors: [{ range: rangeOf(SCALAR, '{{ .Values.privileged }}'), related: [['chart/values.yaml', 1]] }],
      valuesOutput: '# Give the container all devices\nprivileged: false\n',
    },
    {
      name: 'with .Values.securityContext renders the map as the dot',
      template: WITH,
      values: 'securityContext:\n  privileged: true\n',
      errors: [{ range: rangeOf(WITH, '{{- toYaml . | nindent 12 }}'), related: [['chart/values.yaml', 1]] }],
      valuesOutput: 'securityContext:\n  privileged: false\n',
    },
    {
      name: 'Bitnami: renderSecurityContext of an enabled containerSecurityContext',
      template: BITNAMI,
      values: 'containerSecurityContext:\n  enabled: true\n  runAsUser: 1001\n  privileged: true\n',
      errors: [{ range: rangeOf(BITNAMI, RENDER), related: [['chart/values.yaml', 3]] }],
      valuesOutput: 'containerSecurityContext:\n  enabled: true\n  runAsUser: 1001\n  privileged: false\n',
    },
    {
      name: 'the overlay that sets the effective value is the related location and the fix target',
      template: INLINE,
      values: 'securityContext:\n  privileged: false\n  runAsNonRoot: true\n',
      overlays: { 'values-prod.yaml': 'securityContext:\n  privileged: true\n' },
      errors: [{ range: rangeOf(INLINE, TOYAML), related: [['chart/values-prod.yaml', 1]] }],
    },
    {
      name: 'two containers printing the same values key: one finding on each action',
      template: TWO,
      values: 'securityContext:\n  privileged: true\n',
      errors: [
        { range: rangeOf(TWO, TOYAML, 0), related: [['chart/values.yaml', 1]] },
        { range: rangeOf(TWO, TOYAML, 1), related: [['chart/values.yaml', 1]] },
      ],
      valuesOutput: 'securityContext:\n  privileged: false\n',
    },
    {
      name: 'a literal in the template is reported and fixed in the template',
      template: LITERAL,
      values: '{}\n',
      errors: [{ range: rangeOf(LITERAL, 'true') }],
      output: DEPLOYMENT('          securityContext:\n            privileged: false\n'),
    },
    {
      name: 'the branch an if/else renders',
      template: IF_ELSE('true', 'false'),
      values: 'debug: true\n',
      errors: [{ range: rangeOf(IF_ELSE('true', 'false'), 'true') }],
      output: IF_ELSE('false', 'false'),
    },
    {
      name: 'default applies when values leave the key unset (no fix: the default is in the template)',
      template: DEFAULT,
      values: 'image: nginx\n',
      errors: [{ range: rangeOf(DEFAULT, '{{ .Values.privileged | default true }}') }],
    },
    {
      name: 'CRLF template and values',
      template: INLINE.replace(/\n/g, '\r\n'),
      values: 'securityContext:\r\n  privileged: true\r\n',
      errors: [{ range: rangeOf(INLINE, TOYAML), related: [['chart/values.yaml', 1]] }],
      valuesOutput: 'securityContext:\r\n  privileged: false\r\n',
    },
    {
      name: 'second document of a multi-document template, with a comment action before it',
      template: MULTI,
      values: 'securityContext:\n  privileged: true\n',
      errors: [{ range: rangeOf(MULTI, TOYAML), related: [['chart/values.yaml', 1]] }],
      valuesOutput: 'securityContext:\n  privileged: false\n',
    },
  ],
});
