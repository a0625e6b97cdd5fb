/**
 * The engine side of values overlays and subchart values (helm/overlay.ts, values.ts
 * `scopedValuesFile`/`withValuesFile`): which file a finding lands in, where its fix goes, and the
 * HV reconciliation of an overlay evaluated with the templates.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../../server/src/engine/fixes';
import { overlayFindings, type OverlayBaselineCache, type OverlayTemplate, type TemplateLinter } from '../../server/src/engine/helm/overlay';
import { keyPathAt } from '../../server/src/engine/helm/usage';
import { parseChartValues, scopedValuesFile, type ValuesFile } from '../../server/src/engine/helm/values';
import { resolveConfig } from '../../server/src/engine/config';
import { lintDocument, lintParsed, parseDocument } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/engine/positions';
import type { Finding } from '../../server/src/engine/types';
import { parseYaml } from '../../server/src/engine/yaml';

const POD = (key = 'securityContext') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: busybox:1.36
      securityContext: {{- toYaml .Values.${key} | nindent 8 }}
`;
const TEMPLATE_URI = 'chart/templates/pod.yaml';
/** A Pod whose image string the template builds from values (helm create's pattern). */
const IMAGE_POD = (tag: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: c
      image: "{{ .Values.image.repository }}:${tag}"
`;

function file(uri: string, text: string): ValuesFile {
  return parseChartValues([{ uri, text }]).files[0]!;
}

function lintTemplate(files: ValuesFile[], template = POD()): Finding[] {
  return lintDocument({ uri: TEMPLATE_URI, text: template }, { today: '2026-06-01' }, { helm: { chartRelativePath: 'templates/pod.yaml', values: { files } } }).findings;
}

/** Lints an overlay as the CLI and the editor do: with the chart's templates evaluated on top of values.yaml. */
function lintOverlay(valuesText: string, overlayText: string, templates: { path: string; text: string }[] = [{ path: 'templates/pod.yaml', text: POD() }], stackText = overlayText) {
  const values = { files: [file('chart/values.yaml', valuesText), file('chart/values-prod.yaml', stackText)] };
  const overlayTemplates: OverlayTemplate[] = templates.map((t) => ({ uri: `chart/${t.path}`, chartRelativePath: t.path, text: t.text, values }));
  return lintDocument({ uri: 'chart/values-prod.yaml', text: overlayText }, { today: '2026-06-01' }, { helm: { chartRelativePath: 'values-prod.yaml', overlayTemplates } }).findings;
}

void describe('values merged over an overlay', () => {
  void it('an entry of values.yaml inside a map the overlay also sets still maps to values.yaml', () => {
    const findings = lintTemplate([file('chart/values.yaml', 'securityContext:\n  privileged: true\n'), file('chart/values-prod.yaml', 'securityContext:\n  runAsUser: 1000\n')]);
    const k8s002 = findings.find((f) => f.ruleId === 'K8S002');
    assert.deepEqual(k8s002?.related?.map((r) => [r.uri, r.range.start.line]), [['chart/values.yaml', 1]]);
    assert.deepEqual(k8s002?.fix?.fileEdits?.map((e) => e.uri), ['chart/values.yaml']);
  });

  void it('a setting missing from a merged map is added after its last entry, at that file\'s indentation', () => {
    // The parent indents by 4 under `sub:`, the subchart by 2: the insertion must parse either way.
    const sub = file('chart/charts/sub/values.yaml', 'securityContext:\n  runAsNonRoot: true\n');
    const parent = scopedValuesFile(file('chart/values.yaml', 'sub:\n  securityContext:\n    privileged: false\n'), 'sub')!;
    const k8s010 = lintTemplate([sub, parent]).find((f) => f.ruleId === 'K8S010')!;
    const target = k8s010.fix!.fileEdits![0]!;
    assert.equal(target.uri, 'chart/charts/sub/values.yaml');
    const fixed = applyFixes(sub.text, [{ title: 't', edits: target.edits }]).text;
    assert.equal(fixed, 'securityContext:\n  runAsNonRoot: true\n  readOnlyRootFilesystem: true\n');
    assert.equal(parseYaml(fixed, new LineIndex(fixed)).problems.length, 0);
  });
});

void describe('overlay findings (helm/overlay.ts)', () => {
  const VALUES = 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n';

  void it('the finding on the value the overlay sets is reported on the overlay key, with the template as related location and the fix in the overlay', () => {
    const overlay = '# prod\nsecurityContext:\n  privileged: true\n';
    const findings = lintOverlay(VALUES, overlay);
    const k8s002 = findings.find((f) => f.ruleId === 'K8S002')!;
    assert.deepEqual(k8s002.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 18 } });
    assert.deepEqual(k8s002.related?.map((r) => [r.uri, r.range.start.line]), [[TEMPLATE_URI, 8]]);
    assert.deepEqual(k8s002.fix, { title: 'Set privileged: false', edits: [{ range: k8s002.range, newText: 'false' }] });
    assert.equal(applyFixes(overlay, [k8s002.fix]).text, '# prod\nsecurityContext:\n  privileged: false\n');
  });

  void it('what values.yaml alone causes is not repeated in the overlay', () => {
    // No readOnlyRootFilesystem, no capabilities: values.yaml's problem, reported on the template.
    const ids = lintOverlay(VALUES, 'securityContext:\n  runAsUser: 1000\n').map((f) => f.ruleId);
    assert.ok(!ids.some((id) => id.startsWith('K8S')), ids.join(' '));
  });

  void it('a finding the overlay causes without setting its value goes on the entry the template read', () => {
    const template = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Values.name }}
spec:
  containers:
    - name: c
      image: busybox:1.36
      {{- if .Values.containerSecurityContext.enabled }}
      securityContext: {{- omit .Values.containerSecurityContext "enabled" | toYaml | nindent 8 }}
      {{- end }}
`;
    const values = 'name: p\ncontainerSecurityContext:\n  enabled: true\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n  capabilities: {drop: [ALL]}\n';
    const findings = lintOverlay(values, '# prod\nname: prod\ncontainerSecurityContext:\n  enabled: false\n', [{ path: 'templates/pod.yaml', text: template }]);
    const k8s = findings.filter((f) => f.ruleId.startsWith('K8S'));
    assert.ok(k8s.some((f) => f.ruleId === 'K8S001'), k8s.map((f) => f.ruleId).join(' '));
    for (const f of k8s) {
      assert.deepEqual([f.range.start.line, f.range.start.character], [3, 11], `${f.ruleId} on \`enabled: false\``);
      assert.equal(f.fix, undefined);
      assert.match(f.related![0]!.message, /only with values-prod\.yaml, which sets containerSecurityContext\.enabled/);
    }
    // The renamed pod changes every message, not which problems exist: nothing is put on `name`.
    assert.ok(!findings.some((f) => f.range.start.line === 1));
  });

  void it('an overlay that overrides part of an image map causes no image finding: the image map is matched by path across files', () => {
    // helm create's built image string: repository from the overlay, tag from values.yaml.
    const template = IMAGE_POD('{{ .Values.image.tag | default .Chart.AppVersion }}');
    const values = 'image:\n  repository: nginx\n  pullPolicy: IfNotPresent\n  tag: ""\n';
    const overlay = 'image:\n  repository: nginx2\n';
    const stack = { files: [file('chart/values.yaml', values), file('chart/values-prod.yaml', overlay)] };
    const overlayTemplates: OverlayTemplate[] = [{ uri: TEMPLATE_URI, chartRelativePath: 'templates/pod.yaml', text: template, values: stack, chart: { name: 'chart', version: '1.0.0', appVersion: '1.16.0' } }];
    const config = { today: '2026-06-01', profile: 'strict' as const };
    const findings = lintDocument({ uri: 'chart/values-prod.yaml', text: overlay }, config, { helm: { chartRelativePath: 'values-prod.yaml', overlayTemplates } }).findings;
    // HV014 reports values.yaml's tag; nothing about the image is the overlay's doing.
    assert.deepEqual(findings.filter((f) => /^K8S02[012]$/.test(f.ruleId)).map((f) => f.ruleId), []);
    // The same template with the merged stack leaves the image to the values rules too.
    const direct = lintDocument({ uri: TEMPLATE_URI, text: template }, config, { helm: { chartRelativePath: 'templates/pod.yaml', values: stack, chart: { name: 'chart', version: '1.0.0', appVersion: '1.16.0' } } }).findings;
    assert.deepEqual(direct.filter((f) => /^K8S02[012]$/.test(f.ruleId)).map((f) => f.ruleId), []);
  });

  void it('an overlay repository from an untrusted registry is no image map HV017 judges: K8S022 reports it in the overlay', () => {
    const template = IMAGE_POD('{{ .Values.image.tag }}');
    const values = 'image:\n  repository: registry.example.com/app\n  tag: "1.4.2"\n';
    const overlay = 'image:\n  repository: docker.io/other/app\n';
    const stack = { files: [file('chart/values.yaml', values), file('chart/values-prod.yaml', overlay)] };
    const overlayTemplates: OverlayTemplate[] = [{ uri: TEMPLATE_URI, chartRelativePath: 'templates/pod.yaml', text: template, values: stack }];
    const findings = lintDocument({ uri: 'chart/values-prod.yaml', text: overlay }, { today: '2026-06-01', trustedRegistries: ['registry.example.com'] }, { helm: { chartRelativePath: 'values-prod.yaml', overlayTemplates } }).findings;
    const k8s022 = findings.filter((f) => f.ruleId === 'K8S022');
    assert.deepEqual(k8s022.map((f) => [f.range.start.line, f.range.start.character]), [[1, 14]]);
  });

  void it('the overlay is linted with its own text, not the text its stack was built from', () => {
    const findings = lintOverlay(VALUES, 'securityContext:\n  privileged: false\n', undefined, 'securityContext:\n  privileged: true\n');
    assert.ok(!findings.some((f) => f.ruleId === 'K8S002'));
  });

  void it('HV findings on keys the templates judged with the overlay are left to the template finding; others stay', () => {
    const overlay = 'securityContext:\n  privileged: true\nnotRendered:\n  securityContext:\n    privileged: true\n';
    const templates = [
      { path: 'templates/pod.yaml', text: POD() },
      { path: 'templates/_helpers.tpl', text: '{{- define "x" }}{{ toYaml .Values.notRendered }}{{- end }}\n' },
    ];
    const findings = lintOverlay(VALUES, overlay, templates);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'HV002' || f.ruleId === 'K8S002').map((f) => `${f.ruleId}:${f.range.start.line}`), ['K8S002:1', 'HV002:4']);
  });

  void it('a suppression comment in the overlay silences the finding there', () => {
    const findings = lintOverlay(VALUES, 'securityContext:\n  # soc2lint-ignore K8S002: break-glass debug build\n  privileged: true\n');
    assert.ok(!findings.some((f) => f.ruleId === 'K8S002'));
  });
});

void describe("a parent's values seen by a subchart (scopedValuesFile)", () => {
  const PARENT = 'global:\n  imageRegistry: registry.example.com\nsub:\n  securityContext:\n    privileged: true\nother: 1\n';

  void it('the parent sets the subchart values under its key: the finding points into the parent file, with the full path', () => {
    const sub = file('chart/charts/sub/values.yaml', 'securityContext:\n  privileged: false\n');
    const parent = scopedValuesFile(file('chart/values.yaml', PARENT), 'sub')!;
    assert.deepEqual(parent.scope, ['sub']);
    const k8s002 = lintTemplate([sub, parent]).find((f) => f.ruleId === 'K8S002')!;
    assert.deepEqual(k8s002.related?.map((r) => [r.uri, r.range.start.line, r.message]), [['chart/values.yaml', 4, 'The value comes from sub.securityContext.privileged in values.yaml.']]);
    assert.deepEqual(k8s002.fix?.fileEdits?.map((e) => [e.uri, e.edits[0]!.range.start.line]), [['chart/values.yaml', 4]]);
  });

  void it('the view holds the key\'s entries and the parent\'s global, nothing else', () => {
    const view = scopedValuesFile(file('chart/values.yaml', PARENT), 'sub')!;
    assert.deepEqual(view.root!.toJSON(), { securityContext: { privileged: true }, global: { imageRegistry: 'registry.example.com' } });
    assert.equal(scopedValuesFile(file('chart/values.yaml', 'other: 1\n'), 'sub'), undefined, 'nothing for the subchart');
  });

  void it('without a parent, a subchart is evaluated against its own values', () => {
    const k8s002 = lintTemplate([file('chart/charts/sub/values.yaml', 'securityContext:\n  privileged: true\n')]).find((f) => f.ruleId === 'K8S002');
    assert.deepEqual(k8s002?.related?.map((r) => r.uri), ['chart/charts/sub/values.yaml']);
  });
});

void describe('keyPathAt', () => {
  void it('a key right after a nested block map is that key, not the entry before it', () => {
    const text = 'image:\n  tag: "1"\nsecurityContext:\n  privileged: true\n';
    const lines = new LineIndex(text);
    const yaml = parseYaml(text, lines);
    assert.deepEqual(keyPathAt(yaml, lines.offsetAt({ line: 2, character: 0 })), ['securityContext']);
    assert.deepEqual(keyPathAt(yaml, lines.offsetAt({ line: 1, character: 2 })), ['image', 'tag']);
  });
});

void describe('overlay evaluation cost in the editor', () => {
  const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  type: {{ .Values.service.type }}
  ports: [{port: 80}]
`;
  const templates = (values: { files: ValuesFile[] }): OverlayTemplate[] => [
    { uri: 'chart/templates/pod.yaml', chartRelativePath: 'templates/pod.yaml', text: POD(), values },
    { uri: 'chart/templates/svc.yaml', chartRelativePath: 'templates/svc.yaml', text: SERVICE, values },
  ];
  const base = file('chart/values.yaml', 'securityContext:\n  runAsNonRoot: true\nservice:\n  type: ClusterIP\n');

  /** Lints the overlay with a counting linter; returns the findings and how many template lints ran. */
  function run(overlayText: string, cache: OverlayBaselineCache) {
    const overlay = file('chart/values-prod.yaml', overlayText);
    const calls: string[] = [];
    const lint: TemplateLinter = (t, values) => {
      calls.push(`${t.chartRelativePath}:${values.files.length}`);
      const helm = { chartRelativePath: t.chartRelativePath, values };
      const input = { uri: t.uri, text: t.text };
      const parsed = parseDocument(input, helm);
      return { result: lintParsed(input, parsed, resolveConfig({ today: '2026-06-01' }), { helm }), analysis: parsed.template };
    };
    const result = overlayFindings(overlay, templates({ files: [base, overlay] }), lint, { cache, configKey: 'k' });
    return { findings: result.findings, calls };
  }

  void it('lints each template without the overlay once, and with it only when it reads what the overlay sets', () => {
    const cache: OverlayBaselineCache = new WeakMap();
    const first = run('service:\n  type: NodePort\n', cache);
    // Baselines for both templates (1 file), then only the Service with the overlay (2 files).
    assert.deepEqual(first.calls, ['templates/pod.yaml:1', 'templates/svc.yaml:1', 'templates/svc.yaml:2']);
    assert.deepEqual(first.findings.map((f) => [f.ruleId, f.range.start.line]), [['K8S061', 1]]);
    // The next keystroke: baselines come from the cache; the pod template reads the new key.
    const second = run('service:\n  type: NodePort\nsecurityContext:\n  privileged: true\n', cache);
    assert.deepEqual(second.calls, ['templates/pod.yaml:2', 'templates/svc.yaml:2']);
    assert.deepEqual(second.findings.map((f) => f.ruleId).sort(), ['K8S002', 'K8S061']);
    // An overlay that sets nothing a template reads evaluates nothing again.
    assert.deepEqual(run('unrelated:\n  key: 1\n', cache).calls, []);
  });
});
