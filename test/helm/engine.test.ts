/**
 * The Helm template support's pieces: the action lexer, the offset-preserving render, pipeline
 * evaluation against values (with overlays), the analysis entry (skips with reasons, documents that
 * do not parse), and values usage with the HV reconciliation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evalPipeline, type Scope } from '../../server/src/engine/helm/evaluate';
import { parseAction } from '../../server/src/engine/helm/expr';
import { lexActions } from '../../server/src/engine/helm/lexer';
import { renderTemplate, rootContext } from '../../server/src/engine/helm/render';
import { analyseTemplate } from '../../server/src/engine/helm/template';
import { valuesUsage } from '../../server/src/engine/helm/chart-usage';
import { referencedPaths } from '../../server/src/engine/helm/usage';
import { parseChartValues, scalarOf, truthy, type Val } from '../../server/src/engine/helm/values';
import { lintDocument } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/engine/positions';
import { HELM_CREATE_DEPLOYMENT, HELM_CREATE_VALUES } from './tester';

function values(text: string, ...overlays: string[]) {
  return parseChartValues([{ uri: 'values.yaml', text }, ...overlays.map((t, i) => ({ uri: `values-${i}.yaml`, text: t }))]);
}

function evaluate(code: string, valuesText: string, ...overlays: string[]): Val {
  const action = parseAction(code);
  assert.equal(action.k, 'output', `parsed as ${action.k}`);
  const root = rootContext(values(valuesText, ...overlays), { name: 'mychart', appVersion: '1.2.3' });
  const scope: Scope = { dot: root, root, vars: [new Map()] };
  return evalPipeline((action as { pipe: Parameters<typeof evalPipeline>[0] }).pipe, scope).val;
}

void describe('Helm action lexer', () => {
  void it('finds actions with trim markers, comments over lines and }} inside strings', () => {
    const text = 'a: {{- .Values.x -}}\n{{/* note\n }} still a comment */}}\nb: {{ printf "}}" }}\nc: {{-3}}\n{{- /* trimmed */ -}}\n';
    const actions = lexActions(text);
    assert.deepEqual(actions.map((a) => text.slice(a.start, a.end)), ['{{- .Values.x -}}', '{{/* note\n }} still a comment */}}', '{{ printf "}}" }}', '{{-3}}', '{{- /* trimmed */ -}}']);
    assert.deepEqual(actions.map((a) => [a.trimLeft, a.trimRight, a.comment]), [[true, true, false], [false, false, true], [false, false, false], [false, false, false], [true, true, true]]);
    assert.equal(actions[3]!.inner, '-3');
  });
  void it('an unterminated action runs to the end of the text', () => {
    const [a] = lexActions('x: {{ .Values.y\n');
    assert.ok(a?.unterminated);
  });
});

void describe('Helm render: the skeleton keeps every offset', () => {
  const samples = [
    HELM_CREATE_DEPLOYMENT,
    HELM_CREATE_DEPLOYMENT.replace(/\n/g, '\r\n'),
    'a: {{ .Values.x\n  | default "y" }}\n{{- if .Values.on }}\nb: 1\n{{- else }}\nb: 2\n{{- end }}\n',
    '{{- range $k, $v := .Values.m }}\n{{ $k }}: {{ $v | quote }}\n{{- end }}\nemoji: "😀 {{ .Values.e }}"\n',
  ];
  for (const [i, text] of samples.entries()) {
    void it(`sample ${i}: same length, line breaks in place`, () => {
      const { skeleton } = renderTemplate(text, values('m: {a: 1}\non: true\n'));
      assert.equal(skeleton.length, text.length);
      for (let j = 0; j < text.length; j++) if (text[j] === '\n' || text[j] === '\r') assert.equal(skeleton[j], text[j], `line break at ${j}`);
      assert.doesNotMatch(skeleton, /\{\{|\}\}/);
    });
  }
  void it('control lines vanish, a false branch is blanked, inline output keeps the YAML shape', () => {
    const text = 'spec:\n  {{- if .Values.a }}\n  a: 1\n  {{- else }}\n  b: 2\n  {{- end }}\n  image: {{ .Values.image }}\n  labels: {{- include "x" . | nindent 4 }}\n';
    const { skeleton, sites } = renderTemplate(text, values('a: false\nimage: nginx\n'));
    assert.equal(skeleton.split('\n').map((l) => l.trimEnd()).join('\n'), 'spec:\n\n\n\n  b: 2\n\n  image: xxxxxxxxxxxxxxxxxxx\n  labels:\n');
    assert.deepEqual(sites.map((s) => s.inline), [true, false]);
  });
  void it('unbalanced blocks and unterminated actions are reported, not thrown', () => {
    assert.match(renderTemplate('{{- end }}\n', undefined).problem ?? '', /end/);
    assert.match(renderTemplate('{{- if .Values.x }}\na: 1\n', undefined).problem ?? '', /no \{\{ end \}\}/);
    assert.match(renderTemplate('a: {{ .Values.x\n', undefined).problem ?? '', /not closed/);
  });
});

void describe('Helm values evaluation', () => {
  const v = 'a:\n  b: 1\n  t: true\nempty: {}\nlist: [x]\nstr: hello\nsc:\n  enabled: true\n  runAsUser: 1001\n';
  const cases: [string, string | number | boolean | null | undefined][] = [
    ['.Values.a.b', 1],
    ['$.Values.a.b', 1],
    ['.Values.missing', null],
    ['.Values.missing.deeper', null],
    ['default "x" .Values.missing', 'x'],
    ['default "x" .Values.str', 'hello'],
    ['.Values.str | default "x" | upper', 'HELLO'],
    ['.Values.a.b | quote', '1'],
    ['not .Values.empty', true],
    ['and .Values.a.t .Values.str', 'hello'],
    ['or .Values.missing .Values.a.b', 1],
    ['eq .Values.str "hello"', true],
    ['ne .Values.a.b 2', true],
    ['ternary "y" "n" .Values.a.t', 'y'],
    ['hasKey .Values.a "b"', true],
    ['index .Values "a" "b"', 1],
    ['printf "%s-%d" .Values.str .Values.a.b', 'hello-1'],
    ['.Chart.Name', 'mychart'],
    ['include "common.capabilities.deployment.apiVersion" .', 'apps/v1'],
    ['(include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.sc "context" $)).runAsUser', 1001],
  ];
  for (const [code, expected] of cases) {
    void it(`${code} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(scalarOf(evaluate(code, v)), expected));
  }
  const unknowns = ['include "mychart.fullname" .', 'lookup "v1" "Secret" "ns" "x"', 'tpl "{{ .Release.Name }}" .', '.Values.str | b64enc', '.Release.Name', '.Capabilities.KubeVersion.Version', 'randAlphaNum 10', 'and .Release.Name .Values.a.t'];
  for (const code of unknowns) {
    void it(`${code} is unknown (never missing)`, () => {
      const val = evaluate(code, v);
      assert.equal(val.t, 'unknown');
      assert.equal(truthy(val), undefined);
    });
  }
  void it('short-circuits: a known false decides `and`, a known true decides `or`', () => {
    assert.equal(truthy(evaluate('and .Release.Name .Values.missing', v)), false);
    assert.equal(truthy(evaluate('or .Release.Name .Values.a.t', v)), true);
  });
  void it('overlays: later files win, maps merge, null deletes a key', () => {
    const base = 'sc:\n  runAsUser: 1001\n  privileged: true\nimage: {tag: "1"}\n';
    assert.equal(scalarOf(evaluate('.Values.sc.runAsUser', base, 'sc:\n  runAsUser: 0\n')), 0);
    assert.equal(scalarOf(evaluate('.Values.sc.privileged', base, 'sc:\n  runAsUser: 0\n')), true);
    assert.equal(scalarOf(evaluate('.Values.sc.privileged', base, 'sc:\n  privileged: null\n')), null);
    assert.equal(scalarOf(evaluate('.Values.image.tag', base, 'image: latest\n')), undefined, 'a scalar replaces the map');
  });
});

void describe('Helm template analysis', () => {
  const lint = (path: string, text: string, valuesText?: string) =>
    lintDocument({ uri: `chart/${path}`, text }, { today: '2026-06-01' }, { helm: { chartRelativePath: path, ...(valuesText ? { values: [{ uri: 'chart/values.yaml', text: valuesText }] } : {}) } });

  void it('helpers, NOTES.txt and non-YAML files are skipped with a reason', () => {
    assert.match(lint('templates/_helpers.tpl', '{{- define "x" }}\nprivileged: true\n{{- end }}\n').skipped ?? '', /helper/);
    assert.match(lint('templates/NOTES.txt', 'Visit {{ .Values.url }}\n').skipped ?? '', /NOTES/);
    assert.match(lint('templates/tests/script.sh', 'echo {{ .Values.x }}\n').skipped ?? '', /not a YAML template/);
  });
  void it('a template that cannot be evaluated is skipped with the reason, without SL001', () => {
    const r = lint('templates/x.yaml', 'apiVersion: v1\nkind: Pod\n{{- if .Values.x }}\nspec: {}\n');
    assert.match(r.skipped ?? '', /no \{\{ end \}\}/);
    assert.deepEqual(r.findings, []);
  });
  void it('a document that is not YAML once actions are set aside is skipped, the others analysed', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n      securityContext:\n        privileged: true\n';
    const r = lint('templates/x.yaml', text);
    assert.equal(r.skippedParts?.length, 1);
    assert.match(r.skippedParts![0]!.reason, /not analysed/);
    assert.ok(r.findings.some((f) => f.ruleId === 'K8S002'));
    assert.ok(!r.findings.some((f) => f.ruleId === 'SL001'));
  });
  void it('actions printing into a block scalar do not break the document', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  app.conf: |-\n  {{- if .Values.conf }}\n    {{- .Values.conf | nindent 4 }}\n  {{- else }}\n    key: value\n  {{- end }}\n';
    const r = analyseTemplate(text, new LineIndex(text), { chartRelativePath: 'templates/c.yaml', values: [{ uri: 'v', text: 'conf: ""\n' }] });
    assert.deepEqual(r.analysis?.skippedParts, []);
    assert.equal(r.objects.length, 1);
  });
  void it('the helm create scaffold: objects found, values grafted, no finding on unknown content', () => {
    const r = analyseTemplate(HELM_CREATE_DEPLOYMENT, new LineIndex(HELM_CREATE_DEPLOYMENT), { chartRelativePath: 'templates/deployment.yaml', values: [{ uri: 'v', text: HELM_CREATE_VALUES }] });
    assert.equal(r.objects.length, 1);
    assert.deepEqual(r.objects.map((o) => [o.kind, o.apiVersion]), [['Deployment', 'apps/v1']]);
    assert.deepEqual(r.analysis!.grafts.map((g) => g.path.join('.')).sort(), ['image.pullPolicy', 'podSecurityContext', 'replicaCount', 'resources', 'securityContext', 'service.port']);
    const all = lint('templates/deployment.yaml', HELM_CREATE_DEPLOYMENT, HELM_CREATE_VALUES);
    assert.ok(!all.findings.some((f) => f.ruleId === 'K8S016'), 'serviceAccountName comes from a helper: not "unset"');
  });
});

void describe('Helm values usage and the HV reconciliation', () => {
  void it('textual references include every branch, helpers and index', () => {
    assert.deepEqual([...referencedPaths('{{ if .Values.a.enabled }}{{ index .Values "b" "c" }}{{ $.Values.d }}{{ end }}')].sort(), ['a.enabled', 'b.c', 'd']);
  });
  const chartValues = 'securityContext:\n  privileged: true\nunused:\n  password: Sup3rS3cretPassw0rd\nhelperOnly:\n  securityContext:\n    privileged: true\n';
  const templates = [
    { chartRelativePath: 'templates/deployment.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n      securityContext: {{- toYaml .Values.securityContext | nindent 8 }}\n' },
    { chartRelativePath: 'templates/_helpers.tpl', text: '{{- define "x" }}{{ .Values.helperOnly | toYaml }}{{- end }}\n' },
  ];
  void it('rendered and referenced paths', () => {
    const usage = valuesUsage(templates, parseChartValues([{ uri: 'values.yaml', text: chartValues }]));
    assert.deepEqual([...usage.rendered], ['securityContext']);
    assert.ok(usage.referenced.has('helperOnly') && !usage.referenced.has('unused'));
  });
  void it('values.yaml: HV findings on rendered keys and unused keys are left to the templates; the rest stay', () => {
    const usage = valuesUsage(templates, parseChartValues([{ uri: 'values.yaml', text: chartValues }]));
    const lintValues = (path: string, withUsage: boolean) =>
      lintDocument({ uri: `chart/${path}`, text: chartValues }, { today: '2026-06-01' }, { helm: { chartRelativePath: path, ...(withUsage ? { usage } : {}) } })
        .findings.filter((f) => f.ruleId === 'HV002' || f.ruleId === 'HV004')
        .map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.deepEqual(lintValues('values.yaml', false), ['HV002:1', 'HV004:3', 'HV002:6']);
    assert.deepEqual(lintValues('values.yaml', true), ['HV004:3', 'HV002:6'], 'rendered (line 1) dropped; a committed secret stays even unused; read by a helper only: kept');
    assert.deepEqual(lintValues('values-prod.yaml', true), ['HV002:1', 'HV004:3', 'HV002:6'], 'overlays keep their rendered keys: templates are evaluated against values.yaml');
  });
});
