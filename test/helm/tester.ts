/**
 * A RuleTester for Helm templates (test/rule-tester.ts is for plain files). A case is a template,
 * its chart's values.yaml (and overlays) and the findings one rule must report on the template.
 * The tester polices its cases like the plain tester does:
 * - templates never produce parse problems;
 * - each expected finding has its range (on the template), and where stated, its related values
 *   location (file and 0-based line);
 * - a fix that edits values.yaml is applied (to the values, never the template) until stable and
 *   must give `valuesOutput`, which still parses and lints clean for the rule; a template fix
 *   must give `output`; a case whose rule reports a fix must state which;
 * - a suppression comment above the finding's template line silences it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/index';
import { applyFixes } from '../../server/src/engine/fixes';
import type { ChartMetadata } from '../../server/src/engine/helm/render';
import { lintDocument } from '../../server/src/engine/lint';
import { LineIndex } from '../../server/src/engine/positions';
import type { Finding, Fix } from '../../server/src/engine/types';
import { parseYaml } from '../../server/src/engine/yaml';
import type { RangeTuple } from '../rule-tester';
import { withSuppression } from '../rule-tester';

export const TEMPLATE_URI = 'chart/templates/deployment.yaml';
export const VALUES_URI = 'chart/values.yaml';

export interface TemplateCase {
  name: string;
  template: string;
  /** values.yaml; omitted: the chart has none (every `.Values` is unknown). */
  values?: string;
  /** Overlays after values.yaml, by file name (`values-prod.yaml`). */
  overlays?: Record<string, string>;
  /** Chart-relative path of the template. */
  path?: string;
  chart?: ChartMetadata;
}

export interface ExpectedTemplateFinding {
  messageId?: string;
  range: RangeTuple;
  /** Related locations: [file uri, 0-based line]. */
  related?: [string, number][];
}

export interface InvalidTemplateCase extends TemplateCase {
  errors: ExpectedTemplateFinding[];
  /** values.yaml after applying the rule's values-side fixes until stable. */
  valuesOutput?: string;
  /** The template after applying the rule's template fixes until stable. */
  output?: string;
}

export function lintTemplate(c: TemplateCase, ruleId: string | undefined, template = c.template, values = c.values): { findings: Finding[]; parseProblems: number } {
  const rules = ruleId ? allRules.filter((r) => r.meta.id === ruleId) : allRules;
  const files = values === undefined ? [] : [{ uri: VALUES_URI, text: values }, ...Object.entries(c.overlays ?? {}).map(([name, text]) => ({ uri: `chart/${name}`, text }))];
  const path = c.path ?? 'templates/deployment.yaml';
  const result = lintDocument(
    { uri: `chart/${path}`, text: template },
    // The strict profile, so that strict-only rules run too (findings are filtered to the rule under test).
    { today: '2026-06-01', profile: 'strict' },
    {
      helm: { chartRelativePath: path, values: files, ...(c.chart ? { chart: c.chart } : {}) },
      rules,
      onRuleError: (id, e) => {
        throw new Error(`${id} threw: ${String((e as Error)?.stack ?? e)}`);
      },
    },
  );
  return { findings: result.findings.filter((f) => !ruleId || f.ruleId === ruleId), parseProblems: result.parseProblems.length };
}

function tuple(f: Finding): RangeTuple {
  return [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];
}

function valuesFixesOf(findings: Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fix?.fileEdits ?? []).filter((e) => e.uri === VALUES_URI).map((e) => ({ title: f.fix!.title, edits: e.edits })));
}

export function runTemplateTests(ruleId: string, tests: { valid: TemplateCase[]; invalid: InvalidTemplateCase[] }): void {
  void describe(`${ruleId} on Helm templates`, () => {
    for (const c of tests.valid) {
      void it(`valid: ${c.name}`, () => {
        const { findings, parseProblems } = lintTemplate(c, ruleId);
        assert.equal(parseProblems, 0);
        assert.deepEqual(findings.map((f) => `${f.messageId} ${JSON.stringify(tuple(f))} ${f.message}`), []);
      });
    }
    for (const c of tests.invalid) {
      void it(`invalid: ${c.name}`, () => {
        const { findings, parseProblems } = lintTemplate(c, ruleId);
        assert.equal(parseProblems, 0, 'templates never have parse problems');
        assert.deepEqual(
          findings.map((f) => ({ ...(c.errors.some((e) => e.messageId) ? { messageId: f.messageId } : {}), range: tuple(f) })),
          c.errors.map((e) => ({ ...(c.errors.some((x) => x.messageId) ? { messageId: e.messageId } : {}), range: e.range })),
        );
        c.errors.forEach((e, i) => {
          if (!e.related) return;
          assert.deepEqual((findings[i]!.related ?? []).map((r) => [r.uri, r.range.start.line]), e.related);
        });
        // Values-side fixes: applied to values.yaml, never to the template.
        const valueFixes = valuesFixesOf(findings);
        if (valueFixes.length > 0) {
          assert.ok(c.valuesOutput !== undefined, 'the rule fixes values.yaml: the case must state valuesOutput');
          let values = c.values!;
          for (let pass = 0; pass < 10; pass++) {
            const pending = valuesFixesOf(lintTemplate(c, ruleId, c.template, values).findings);
            if (pending.length === 0) break;
            values = applyFixes(values, pending).text;
          }
          assert.equal(values, c.valuesOutput);
          assert.deepEqual(parseYaml(values, new LineIndex(values)).problems, [], 'the fixed values still parse');
          assert.deepEqual(lintTemplate(c, ruleId, c.template, values).findings.map((f) => f.message), [], 'the fixed values lint clean');
        } else {
          assert.equal(c.valuesOutput, undefined, 'the case states valuesOutput but no fix edits values.yaml');
        }
        const templateFixes = findings.flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []));
        if (templateFixes.length > 0) {
          assert.ok(c.output !== undefined, 'the rule fixes the template: the case must state output');
          let text = c.template;
          for (let pass = 0; pass < 10; pass++) {
            const pending = lintTemplate(c, ruleId, text).findings.flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []));
            if (pending.length === 0) break;
            text = applyFixes(text, pending).text;
          }
          assert.equal(text, c.output);
          assert.deepEqual(lintTemplate(c, ruleId, text).findings.map((f) => f.message), [], 'the fixed template lints clean');
        } else {
          assert.equal(c.output, undefined, 'the case states output but no fix edits the template');
        }
        if (findings.length > 0) {
          let suppressed = c.template;
          for (const line of [...new Set(findings.map((f) => f.range.start.line))].sort((a, b) => b - a)) suppressed = withSuppression(suppressed, line, ruleId);
          assert.deepEqual(lintTemplate(c, ruleId, suppressed).findings.map((f) => f.message), [], 'a suppression comment silences the finding');
        }
      });
    }
  });
}

/** The helm create scaffold's deployment template (trimmed to what rules read). */
export const HELM_CREATE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "mychart.fullname" . }}
  labels:
    {{- include "mychart.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "mychart.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      labels:
        {{- include "mychart.labels" . | nindent 8 }}
    spec:
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      serviceAccountName: {{ include "mychart.serviceAccountName" . }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
              protocol: TCP
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;

/** The helm create scaffold's values.yaml (trimmed). */
export const HELM_CREATE_VALUES = `replicaCount: 1
image:
  repository: nginx
  pullPolicy: IfNotPresent
  tag: ""
imagePullSecrets: []
podAnnotations: {}
podSecurityContext: {}
  # fsGroup: 2000
securityContext: {}
  # capabilities:
  #   drop:
  #   - ALL
service:
  type: ClusterIP
  port: 80
resources: {}
autoscaling:
  enabled: false
`;

/** Range of the `occurrence`-th `needle` in `text` (tests name the exact text a finding covers). */
export function rangeOf(text: string, needle: string, occurrence = 0): RangeTuple {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const lines = new LineIndex(text);
  const r = lines.range(at, at + needle.length);
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** A subchart's Pod template whose container securityContext is the subchart's `.Values.securityContext`. */
export const SUB_POD_TEMPLATE = `apiVersion: v1
kind: Pod
metadata:
  name: sub
spec:
  containers:
    - name: sub
      image: busybox:1.36
      securityContext: {{- toYaml .Values.securityContext | nindent 8 }}
`;
