/**
 * The values-side rules for image maps, service accounts, disruption budgets and RBAC rules
 * (HV013-HV016, HV032) in a chart: one problem, one finding. With the templates known, an HV finding
 * whose key a template renders into an object the Kubernetes rules judged is left to the template
 * finding (K8S023, K8S021, K8S050 with the values key as related location); one on a key only a
 * helper or a condition reads stays; one on a key no template reads is dropped.
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

const RULES = new Set(['HV013', 'HV014', 'HV015', 'HV016', 'HV032']);
const config = { today: '2026-06-01', profile: 'strict' as const };
const chart = { name: 'mychart', version: '0.1.0', appVersion: '1.16.0' };

function valuesFindings(templates: ChartTemplate[] | undefined, path = 'values.yaml'): string[] {
  const usage = templates && valuesUsage(templates, parseChartValues([{ uri: 'values.yaml', text: VALUES }]), chart);
  return lintDocument({ uri: `chart/${path}`, text: VALUES }, config, { helm: { chartRelativePath: path, ...(usage ? { usage } : {}) } })
    .findings.filter((f) => RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}:${f.range.start.line}`);
}

function templateFindings(template: string, chartRelativePath: string, ruleId: string) {
  const values = parseChartValues([{ uri: 'chart/values.yaml', text: VALUES }]);
  return lintDocument({ uri: `chart/${chartRelativePath}`, text: template }, config, { helm: { chartRelativePath, values, chart } }).findings.filter((f) => f.ruleId === ruleId);
}

const base: ChartTemplate[] = [
  { chartRelativePath: 'templates/deployment.yaml', text: HELM_CREATE_DEPLOYMENT },
  { chartRelativePath: 'templates/_helpers.tpl', text: HELPERS },
  { chartRelativePath: 'templates/role.yaml', text: ROLE },
];

void describe('HV013-HV016, HV032 with the chart templates', () => {
  void it('without templates every finding is reported', () => {
    assert.deepEqual(valuesFindings(undefined), ['HV013:3', 'HV014:4', 'HV015:20', 'HV016:23', 'HV032:28']);
  });

  void it('rendered keys are left to the template rules, helper-read keys stay, unused keys go', () => {
    // image.pullPolicy is rendered into the Deployment (K8S023 judges it), rbac.rules into the Role
    // (K8S050); serviceAccount.create is read by a helper only; no template reads pdb. image.tag is
    // only interpolated into the image string, which usage does not track as rendered (K8S021's
    // template finding carries no values location either), so HV014 stays.
    assert.deepEqual(valuesFindings(base), ['HV014:4', 'HV015:20']);
  });

  void it('a key read in a condition (pdb.create) stays', () => {
    assert.deepEqual(valuesFindings([...base, { chartRelativePath: 'templates/pdb.yaml', text: PDB }]), ['HV014:4', 'HV015:20', 'HV016:23']);
  });

  void it('overlays keep their rendered keys', () => {
    assert.deepEqual(valuesFindings(base, 'values-prod.yaml'), ['HV013:3', 'HV014:4', 'HV015:20', 'HV032:28']);
  });

  void it('the template findings point at the values keys', () => {
    const pull = templateFindings(HELM_CREATE_DEPLOYMENT, 'templates/deployment.yaml', 'K8S023');
    assert.deepEqual(pull.map((f) => f.related?.map((r) => [r.uri, r.range.start.line])), [[['chart/values.yaml', 3]]]);
    const wildcard = templateFindings(ROLE, 'templates/role.yaml', 'K8S050');
    assert.deepEqual(wildcard.map((f) => f.related?.map((r) => [r.uri, r.range.start.line])), [[['chart/values.yaml', 28]]]);
  });
});
