/**
 * Helm charts through the CLI scan: templates evaluated against their chart's values.yaml (a
 * subchart against its own), findings on template lines with the values key as related location
 * (JSON output), helpers skipped with a reason, and `scan --fix` applying values-side fixes to
 * values.yaml while leaving the templates untouched.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { JsonReport } from '../../server/src/cli/format-json';
import { runCli, type CliIo } from '../../server/src/cli/run';
import { makeTree, removeTree } from '../cli/helpers';
import { HELM_CREATE_DEPLOYMENT, HELM_CREATE_VALUES, SUB_POD_TEMPLATE } from './tester';

const temps: string[] = [];
after(() => temps.forEach(removeTree));


function chart(): Record<string, string> {
  return {
    'chart/Chart.yaml': 'apiVersion: v2\nname: mychart\nversion: 0.1.0\nappVersion: "1.16.0"\n',
    'chart/values.yaml': HELM_CREATE_VALUES,
    'chart/templates/deployment.yaml': HELM_CREATE_DEPLOYMENT,
    'chart/templates/_helpers.tpl': '{{- define "mychart.fullname" -}}\n{{ .Release.Name }}-{{ .Chart.Name }}\n{{- end }}\n',
    'chart/templates/NOTES.txt': 'Thanks for installing {{ .Chart.Name }}.\n',
    'chart/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'chart/charts/sub/values.yaml': 'securityContext:\n  privileged: true\n',
    'chart/charts/sub/templates/pod.yaml': SUB_POD_TEMPLATE,
  };
}

function run(cwd: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, today: '2026-06-01', version: '9.9.9' };
  const code = runCli(argv, io);
  return { code, stdout, stderr };
}

void describe('Helm charts in soc2lint scan', () => {
  void it('reports template findings on the template with the values key as related location', () => {
    const cwd = makeTree(chart());
    temps.push(cwd);
    const r = run(cwd, ['scan', '--format', 'json', '.']);
    const report = JSON.parse(r.stdout) as JsonReport;
    const inTemplate = report.findings.filter((f) => f.file === 'chart/templates/deployment.yaml');
    const k8s001 = inTemplate.find((f) => f.ruleId === 'K8S001');
    assert.ok(k8s001, JSON.stringify(inTemplate.map((f) => f.ruleId)));
    assert.equal(k8s001.range.start.line, 28, 'the pod securityContext key of the template (1-based)');
    assert.deepEqual(k8s001.related?.map((x) => [x.file, x.range.start.line]), [['chart/values.yaml', 8]]);
    assert.ok(!report.findings.some((f) => f.file.endsWith('_helpers.tpl') || f.file.endsWith('NOTES.txt')));
    // Every template is analysed or listed as skipped with the reason.
    assert.deepEqual(
      report.skipped.map((s) => [s.file, s.reason]),
      [
        ['chart/templates/NOTES.txt', 'not-analysed'],
        ['chart/templates/_helpers.tpl', 'not-analysed'],
      ],
    );
    assert.match(report.skipped[1]!.detail, /helper file/);
    // The subchart is evaluated against its own values.yaml.
    const sub = report.findings.find((f) => f.file === 'chart/charts/sub/templates/pod.yaml' && f.ruleId === 'K8S002');
    assert.deepEqual(sub?.related?.map((x) => x.file), ['chart/charts/sub/values.yaml']);
    // The values-side view of what the templates report is not repeated in values.yaml.
    assert.ok(!report.findings.some((f) => f.file === 'chart/charts/sub/values.yaml' && f.ruleId === 'HV002'), 'HV002 left to the template finding');
  });

  void it('scan --fix edits values.yaml for template findings and leaves the templates alone', () => {
    const cwd = makeTree(chart());
    temps.push(cwd);
    const r = run(cwd, ['scan', '--fix', '--format', 'json', '.']);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(readFileSync(join(cwd, 'chart/templates/deployment.yaml'), 'utf8'), HELM_CREATE_DEPLOYMENT, 'template untouched');
    const values = readFileSync(join(cwd, 'chart/values.yaml'), 'utf8');
    assert.match(values, /^podSecurityContext: \{runAsNonRoot: true, seccompProfile: \{type: RuntimeDefault\}\}$/m);
    assert.match(values, /^securityContext: \{.*allowPrivilegeEscalation: false.*\}$/m);
    // Every safe fix the subchart's template asks for lands in the subchart's own values.yaml.
    assert.equal(
      readFileSync(join(cwd, 'chart/charts/sub/values.yaml'), 'utf8'),
      'securityContext:\n  privileged: false\n  capabilities:\n    drop: [ALL]\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n',
    );
    const fixedValues = report.fixed.find((f) => f.file === 'chart/values.yaml');
    assert.ok(fixedValues?.fixes.some((t) => /for K8S001 in chart\/templates\/deployment\.yaml/.test(t)), JSON.stringify(report.fixed));
    assert.ok(!report.findings.some((f) => f.file === 'chart/templates/deployment.yaml' && ['K8S001', 'K8S003'].includes(f.ruleId)), 'fixed in values, gone from the template');
  });
});
