/**
 * The values-side rules for image maps, service accounts, disruption budgets and RBAC rules
 * (HV013-HV017, HV032) in a chart: one problem, one finding. With the templates known, an HV finding
 * whose key a template renders into an object part a Kubernetes rule reads is left to the template
 * finding (K8S023, K8S050 with the values key as related location); one on a key rendered where no
 * rule looks (a custom resource's spec) stays; one on a key only a helper or a condition reads
 * stays; one on a key no template reads is dropped. An image string the template builds from an
 * image map's keys (`"{{ .Values.image.repository }}:{{ .Values.image.tag }}"`) is judged in
 * values.yaml (HV014, HV017, HV009 on the key to change), and the template rules (K8S021, K8S022,
 * K8S020) leave it to them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valuesUsage, type ChartTemplate } from '../../server/src/engine/helm/chart-usage';
import { parseChartValues } from '../../server/src/engine/helm/values';
import { lintDocument } from '../../server/src/engine/lint';
import { HELM_CREATE_DEPLOYMENT, HELM_CREATE_VALUES } from './tester';

const VALUES = `${HELM_CREATE_VALUES.replace('replicaCount: 1', 'replicaCount: 3')}serviceAccount:
  create: false
  name: ""
pdb:
  create: false
rbac:
  create: true
  rules:
    - apiGroups: [""]
      resources: ["*"]
      verbs: [get]
`;

const HELPERS = `{{- define "mychart.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}{{ default "mychart" .Values.serviceAccount.name }}{{- else }}{{ default "default" .Values.serviceAccount.name }}{{- end }}
{{- end }}
`;

const ROLE = `{{- if .Values.rbac.create }}
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: mychart
rules:
  {{- toYaml .Values.rbac.rules | nindent 2 }}
{{- end }}
`;

const PDB = `{{- if .Values.pdb.create }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: mychart
spec:
  maxUnavailable: 1
{{- end }}
`;

const RULES = new Set(['HV009', 'HV013', 'HV014', 'HV015', 'HV016', 'HV017', 'HV032']);
const config = { today: '2026-06-01', profile: 'strict' as const, trustedRegistries: ['registry.example.com'] };
const chart = { name: 'mychart', version: '0.1.0', appVersion: '1.16.0' };

function valuesFindings(templates: ChartTemplate[] | undefined, path = 'values.yaml', text = VALUES): string[] {
  const usage = templates && valuesUsage(templates, parseChartValues([{ uri: 'values.yaml', text }]), chart);
  return lintDocument({ uri: `chart/${path}`, text }, config, { helm: { chartRelativePath: path, ...(usage ? { usage } : {}) } })
    .findings.filter((f) => RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}:${f.range.start.line}`);
}

function templateFindings(template: string, chartRelativePath: string, ruleId: string, text = VALUES) {
  const values = parseChartValues([{ uri: 'chart/values.yaml', text }]);
  return lintDocument({ uri: `chart/${chartRelativePath}`, text: template }, config, { helm: { chartRelativePath, values, chart } }).findings.filter((f) => f.ruleId === ruleId);
}

const base: ChartTemplate[] = [
  { chartRelativePath: 'templates/deployment.yaml', text: HELM_CREATE_DEPLOYMENT },
  { chartRelativePath: 'templates/_helpers.tpl', text: HELPERS },
  { chartRelativePath: 'templates/role.yaml', text: ROLE },
];

void describe('HV013-HV016, HV032 with the chart templates', () => {
  void it('without templates every finding is reported', () => {
    assert.deepEqual(valuesFindings(undefined), ['HV017:2', 'HV013:3', 'HV014:4', 'HV015:20', 'HV016:23', 'HV032:28']);
  });

  void it('rendered keys are left to the template rules, helper-read keys stay, unused keys go', () => {
    // image.pullPolicy is rendered into the Deployment (K8S023 judges it), rbac.rules into the Role
    // (K8S050); serviceAccount.create is read by a helper only; no template reads pdb. The image
    // string is built from image.repository and image.tag: HV017 and HV014 judge it, on the keys.
    assert.deepEqual(valuesFindings(base), ['HV017:2', 'HV014:4', 'HV015:20']);
  });

  void it('a key read in a condition (pdb.create) stays', () => {
    assert.deepEqual(valuesFindings([...base, { chartRelativePath: 'templates/pdb.yaml', text: PDB }]), ['HV017:2', 'HV014:4', 'HV015:20', 'HV016:23']);
  });

  void it('overlays keep their rendered keys', () => {
    assert.deepEqual(valuesFindings(base, 'values-prod.yaml'), ['HV017:2', 'HV013:3', 'HV014:4', 'HV015:20', 'HV032:28']);
  });

  void it('an interpolated key stays on the values side even where another template renders it whole', () => {
    // The env values are read by the rules (K8S004 judges env values): image.tag is rendered and judged there.
    const POD = `apiVersion: v1
kind: Pod
metadata:
  name: version
spec:
  containers:
    - name: app
      image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      env:
        - name: TAG
          value: {{ .Values.image.tag | quote }}
        - name: REPOSITORY
          value: {{ .Values.image.repository }}
`;
    const text = VALUES.replace('tag: ""', 'tag: latest');
    assert.deepEqual(valuesFindings([...base, { chartRelativePath: 'templates/pod.yaml', text: POD }], 'values.yaml', text), ['HV017:2', 'HV009:4', 'HV014:4', 'HV015:20']);
    assert.deepEqual(templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S020', text), []);
  });

  void it('a key rendered where no Kubernetes rule looks keeps its HV finding', () => {
    // The Prometheus operator's Alertmanager resource: its spec is no pod spec any rule knows.
    const ALERTMANAGER = `apiVersion: monitoring.coreos.com/v1
kind: Alertmanager
metadata:
  name: mychart
spec:
  replicas: {{ .Values.replicaCount }}
  image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
  imagePullPolicy: {{ .Values.image.pullPolicy }}
`;
    const templates = [{ chartRelativePath: 'templates/alertmanager.yaml', text: ALERTMANAGER }, ...base.slice(1)];
    assert.deepEqual(valuesFindings(templates), ['HV017:2', 'HV013:3', 'HV014:4', 'HV015:20']);
  });

  void it('the image string built from the image map is judged in values.yaml, not again on the template', () => {
    assert.deepEqual(templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S021'), []);
    assert.deepEqual(templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S022'), []);
    // A digest the template does not print: values.yaml is pinned (no HV014), the image is not.
    const pinned = VALUES.replace('  tag: ""\n', '  tag: ""\n  digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n');
    assert.deepEqual(valuesFindings(base, 'values.yaml', pinned), ['HV017:2', 'HV015:21']);
    assert.deepEqual(templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S021', pinned).map((f) => f.range.start.line), [33]);
    // A string with parts from elsewhere than the image map is judged on the template.
    const elsewhere = HELM_CREATE_DEPLOYMENT.replace('"{{ .Values.image.repository }}:', '"{{ .Values.mirror }}/{{ .Values.image.repository }}:');
    assert.deepEqual(templateFindings(elsewhere, 'templates/deployment.yaml', 'K8S021', `mirror: mirror.example.com\n${VALUES}`).map((f) => f.range.start.line), [33]);
  });

  void it('the template findings point at the values keys', () => {
    const pull = templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S023');
    assert.deepEqual(pull.map((f) => f.related?.map((r) => [r.uri, r.range.start.line])), [[['chart/values.yaml', 3]]]);
    const wildcard = templateFindings(ROLE, 'templates/role.yaml', 'K8S050');
    assert.deepEqual(wildcard.map((f) => f.related?.map((r) => [r.uri, r.range.start.line])), [[['chart/values.yaml', 28]]]);
  });
});
