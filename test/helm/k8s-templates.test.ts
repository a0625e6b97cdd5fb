/**
 * K8S001, K8S003 and K8S004 on Helm templates: the helm create scaffold (`toYaml | nindent` of
 * `podSecurityContext: {}` / `securityContext: {}`), pod -> container inheritance across values
 * keys, unknown helpers (never "missing"), and env values from values.yaml; K8S046 on Secret
 * references whose names a template prints.
 */
import { HELM_CREATE_DEPLOYMENT, HELM_CREATE_VALUES, rangeOf, runTemplateTests } from './tester';

const CHART = { name: 'mychart', appVersion: '1.16.0' };
const POD_SC = '{{- toYaml .Values.podSecurityContext | nindent 8 }}';
const CONTAINER_SC = '{{- toYaml .Values.securityContext | nindent 12 }}';
const values = (pod: string, container: string) => HELM_CREATE_VALUES.replace('podSecurityContext: {}', `podSecurityContext: ${pod}`).replace(/^securityContext: \{\}/m, `securityContext: ${container}`);

const POD = (podSc: string, containers: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: ${podSc}
  containers:
${containers}`;

runTemplateTests('K8S001', {
  valid: [
    { name: 'runAsNonRoot in podSecurityContext covers the container', template: HELM_CREATE_DEPLOYMENT, values: values('{runAsNonRoot: true}', '{}'), chart: CHART },
    { name: 'a non-zero runAsUser in the container map', template: HELM_CREATE_DEPLOYMENT, values: values('{}', '{runAsUser: 1000}'), chart: CHART },
    {
      name: 'a pod securityContext printed by an unknown helper is unknown, not missing',
      template: HELM_CREATE_DEPLOYMENT.replace(POD_SC, '{{- include "mychart.podSecurityContext" . | nindent 8 }}'),
      values: values('{}', '{}'),
      chart: CHART,
    },
    {
      name: 'extra container settings merged from an unknown helper make the map open',
      template: POD('{}', '    - name: app\n      image: nginx\n      securityContext:\n        allowPrivilegeEscalation: false\n        {{- include "extra.sc" . | nindent 8 }}\n'),
      values: '{}\n',
    },
    {
      name: 'runAsNonRoot from a variable set with default',
      template: '{{- $nonRoot := .Values.nonRoot | default true }}\n' + POD('{}', '    - name: app\n      image: nginx\n      securityContext:\n        runAsNonRoot: {{ $nonRoot }}\n'),
      values: 'image: nginx\n',
    },
  ],
  invalid: [
    {
      name: 'helm create defaults: one pod-level finding on the template, fixed in values.yaml',
      template: HELM_CREATE_DEPLOYMENT,
      values: HELM_CREATE_VALUES,
      chart: CHART,
      errors: [{ messageId: 'podMayRunAsRoot', range: rangeOf(HELM_CREATE_DEPLOYMENT, 'securityContext', 0), related: [['chart/values.yaml', 7]] }],
      valuesOutput: values('{runAsNonRoot: true}', '{}'),
    },
    {
      name: 'runAsUser: 0 in values is reported on the action that prints it',
      template: HELM_CREATE_DEPLOYMENT,
      values: values('{}', '\n  runAsUser: 0\n  runAsNonRoot: false'),
      chart: CHART,
      errors: [{ messageId: 'rootUser', range: rangeOf(HELM_CREATE_DEPLOYMENT, CONTAINER_SC), related: [['chart/values.yaml', 10]] }],
      valuesOutput: values('{}', '\n  runAsUser: 10001\n  runAsNonRoot: false'),
    },
    {
      name: 'a literal root user in a Pod template whose pod securityContext comes from values',
      template: POD('{{ toYaml .Values.podSecurityContext }}', '    - name: app\n      image: nginx\n      securityContext:\n        runAsUser: 0\n'),
      values: 'podSecurityContext: {runAsNonRoot: true}\n',
      errors: [{ messageId: 'rootUser', range: rangeOf(POD('{{ toYaml .Values.podSecurityContext }}', '    - name: app\n      image: nginx\n      securityContext:\n        runAsUser: 0\n'), '0') }],
      output: POD('{{ toYaml .Values.podSecurityContext }}', '    - name: app\n      image: nginx\n      securityContext:\n        runAsUser: 10001\n'),
    },
  ],
});

runTemplateTests('K8S003', {
  valid: [
    { name: 'values set allowPrivilegeEscalation: false', template: HELM_CREATE_DEPLOYMENT, values: values('{}', '{allowPrivilegeEscalation: false}'), chart: CHART },
    {
      name: 'a container securityContext from an unknown helper is unknown, not missing',
      template: HELM_CREATE_DEPLOYMENT.replace(CONTAINER_SC, '{{- include "mychart.securityContext" . | nindent 12 }}'),
      values: HELM_CREATE_VALUES,
      chart: CHART,
    },
    {
      name: 'a value from lookup (cluster state) is unknown',
      template: POD('{}', '    - name: app\n      image: nginx\n      securityContext:\n        allowPrivilegeEscalation: {{ (lookup "v1" "ConfigMap" "ns" "x").data.ape }}\n'),
      values: '{}\n',
    },
    {
      name: 'a container list printed by tpl is unknown (no container to judge)',
      template: POD('{}', '    {{- tpl .Values.containersTpl . | nindent 4 }}\n'),
      values: 'containersTpl: "- name: {{ .Release.Name }}"\n',
    },
  ],
  invalid: [
    {
      name: 'helm create defaults: the container securityContext {} misses the flag',
      template: HELM_CREATE_DEPLOYMENT,
      values: HELM_CREATE_VALUES,
      chart: CHART,
      errors: [{ messageId: 'missing', range: rangeOf(HELM_CREATE_DEPLOYMENT, 'securityContext', 1), related: [['chart/values.yaml', 9]] }],
      valuesOutput: values('{}', '{allowPrivilegeEscalation: false}'),
    },
    {
      name: 'allowPrivilegeEscalation: true from values',
      template: HELM_CREATE_DEPLOYMENT,
      values: values('{}', '\n  allowPrivilegeEscalation: true'),
      chart: CHART,
      errors: [{ messageId: 'allowed', range: rangeOf(HELM_CREATE_DEPLOYMENT, CONTAINER_SC), related: [['chart/values.yaml', 10]] }],
      valuesOutput: values('{}', '\n  allowPrivilegeEscalation: false'),
    },
  ],
});

const ENV = (value: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: api:1.0
          env:
            - name: DB_PASSWORD
              value: ${value}
`;

runTemplateTests('K8S004', {
  valid: [
    { name: 'a value left empty in values.yaml', template: ENV('{{ .Values.db.password | quote }}'), values: 'db:\n  password: ""\n' },
    { name: 'a password generated by a helper is unknown', template: ENV('{{ include "api.password" . | quote }}'), values: 'db:\n  password: ""\n' },
    { name: 'b64enc output is not evaluated', template: ENV('{{ .Values.db.password | b64enc | quote }}'), values: 'db:\n  password: hunter2-but-longer\n' },
  ],
  invalid: [
    {
      name: 'a literal password in values.yaml, printed into the env var',
      template: ENV('{{ .Values.db.password | quote }}'),
      values: 'db:\n  password: Sup3rS3cretPassw0rd\n',
      errors: [{ range: rangeOf(ENV('{{ .Values.db.password | quote }}'), '{{ .Values.db.password | quote }}'), related: [['chart/values.yaml', 1]] }],
    },
    {
      name: 'a password composed in the template from values',
      template: ENV('"{{ .Values.db.prefix }}-{{ .Values.db.suffix }}"'),
      values: 'db:\n  prefix: Sup3r\n  suffix: S3cretPassw0rd\n',
      errors: [{ range: rangeOf(ENV('"{{ .Values.db.prefix }}-{{ .Values.db.suffix }}"'), '"{{ .Values.db.prefix }}-{{ .Values.db.suffix }}"') }],
    },
  ],
});

const DEMO = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "webapp.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`;

runTemplateTests('K8S015', {
  valid: [{ name: 'automount off in the template', template: DEMO.replace('    spec:\n', '    spec:\n      automountServiceAccountToken: false\n'), values: 'securityContext: {}\n' }],
  invalid: [
    {
      // The pod spec's last node in the skeleton is `securityContext:`; its value is printed by the
      // action on the next line, so the new entry goes after that line, never between them.
      name: 'a template fix inserts after the action that prints the last value, not before it',
      template: DEMO,
      values: 'replicaCount: 2\npodSecurityContext: {}\nsecurityContext:\n  privileged: false\n',
      errors: [{ range: rangeOf(DEMO, 'spec', 1) }],
      output: `${DEMO}      automountServiceAccountToken: false\n`,
    },
  ],
});

const SECRET_ENV = (ref: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: api
          image: nginx:1.27
          env:
            - name: DB_PASSWORD
              valueFrom:
${ref}`;
const TEMPLATED_REF = '                secretKeyRef:\n                  name: {{ include "api.secretName" . }}\n                  key: {{ .Values.auth.secretKey | quote }}\n';

runTemplateTests('K8S046', {
  valid: [
    {
      name: 'a password mounted as a file (the Bitnami *_FILE pattern)',
      template: SECRET_ENV('                fieldRef: {fieldPath: metadata.name}\n'),
      values: 'auth:\n  secretKey: password\n',
    },
  ],
  invalid: [
    {
      name: 'Secret and key names printed by the template do not make the reference uncertain',
      template: SECRET_ENV(TEMPLATED_REF),
      values: 'auth:\n  secretKey: password\n',
      errors: [{ messageId: 'keyRef', range: rangeOf(SECRET_ENV(TEMPLATED_REF), 'secretKeyRef') }],
    },
  ],
});

const LABELLED = (labels: string, namespace = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
${namespace}  labels: ${labels}
spec:
  template:
    spec:
      containers:
        - name: api
          image: nginx:1.27
`;

runTemplateTests('K8S035', {
  valid: [
    { name: 'labels printed by a helper may hold the owner (unknown, not missing)', template: LABELLED('{{- include "common.labels.standard" . | nindent 4 }}\n    app.kubernetes.io/component: api'), values: 'commonLabels: {}\n' },
    { name: 'owner label from values', template: LABELLED('{{- toYaml .Values.labels | nindent 4 }}'), values: 'labels:\n  owner: payments\n' },
  ],
  invalid: [
    {
      name: 'literal labels without an owner',
      template: LABELLED('\n    app.kubernetes.io/name: api'),
      values: '{}\n',
      errors: [{ messageId: 'missing', range: rangeOf(LABELLED('\n    app.kubernetes.io/name: api'), 'metadata') }],
    },
  ],
});

runTemplateTests('K8S032', {
  valid: [
    { name: 'no namespace: Helm installs into the release namespace', template: LABELLED('{app: api}'), values: '{}\n' },
    { name: 'a namespace a helper prints is unknown, not missing', template: LABELLED('{app: api}', '  namespace: {{ include "common.names.namespace" . | quote }}\n'), values: '{}\n' },
  ],
  invalid: [
    {
      name: 'kube-system from values',
      template: LABELLED('{app: api}', '  namespace: {{ .Values.namespace }}\n'),
      values: 'namespace: kube-system\n',
      errors: [{ messageId: 'system', range: rangeOf(LABELLED('{app: api}', '  namespace: {{ .Values.namespace }}\n'), '{{ .Values.namespace }}'), related: [['chart/values.yaml', 0]] }],
    },
  ],
});

const PROBED = (ports: string, port: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: nginx:1.27
          ports: ${ports}
          livenessProbe:
            httpGet: {path: /healthz, port: ${port}}
`;

runTemplateTests('K8S038', {
  valid: [
    { name: 'ports printed by a helper may declare the named port', template: PROBED('{{- include "api.ports" . | nindent 12 }}', 'http'), values: '{}\n' },
    { name: 'a container port a helper prints may be the probed number', template: PROBED('\n            - name: http\n              containerPort: {{ include "api.port" . }}', '8080'), values: '{}\n' },
    { name: 'ports from values include the probed name', template: PROBED('{{- toYaml .Values.ports | nindent 12 }}', 'http'), values: 'ports:\n  - {name: http, containerPort: 8080}\n' },
  ],
  invalid: [
    {
      name: 'ports from values without the probed name',
      template: PROBED('{{- toYaml .Values.ports | nindent 12 }}', 'health'),
      values: 'ports:\n  - {name: http, containerPort: 8080}\n',
      errors: [{ messageId: 'unknownName', range: rangeOf(PROBED('{{- toYaml .Values.ports | nindent 12 }}', 'health'), 'health', 1) }],
    },
  ],
});
