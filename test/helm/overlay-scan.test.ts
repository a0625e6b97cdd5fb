/**
 * Helm overlays and subcharts through the CLI scan (fixture test/fixtures/cli/helm-overlay):
 * - values-prod.yaml is evaluated on top of values.yaml: the template finding whose value it sets is
 *   reported in values-prod.yaml, on the key, with the template as related location, and fixed there
 *   (one it causes otherwise is put on the key the template read); what values.yaml alone causes is
 *   not repeated, nor the overlay's HV view of the same key;
 * - the subchart's template sees the parent's `sub:` values: its finding points at, and `--fix`
 *   edits, the parent's values.yaml;
 * - `--values` chooses overlays and stacks them in order, like `helm -f`.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { JsonReport } from '../../server/src/cli/format-json';
import { runCli, type CliIo } from '../../server/src/cli/run';
import { makeTree, removeTree } from '../cli/helpers';

const FIXTURE = join(__dirname, '..', 'fixtures', 'cli', 'helm-overlay');
const temps: string[] = [];
after(() => temps.forEach(removeTree));

function run(cwd: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, today: '2026-06-01', version: '9.9.9' };
  const code = runCli(argv, io);
  return { code, stdout, stderr };
}

function scan(cwd: string, ...extra: string[]): JsonReport {
  const r = run(cwd, ['scan', '--format', 'json', '--fail-on', 'none', ...extra, '.']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

const ids = (report: JsonReport, file: string) => report.findings.filter((f) => f.file === file).map((f) => f.ruleId);

void describe('Helm overlays and subcharts in soc2lint scan', () => {
  void it('a finding on the value values-prod.yaml sets lands in values-prod.yaml, fixable there', () => {
    const report = scan(FIXTURE);
    const prod = report.findings.filter((f) => f.file === 'app/values-prod.yaml');
    // K8S003: with privileged: true the chart's allowPrivilegeEscalation: false is a contradiction the
    // overlay causes; it is put on the overlay key the template read, without a fix (that would edit
    // the template). No HV002/HV003 view of the same key, nothing values.yaml alone causes.
    assert.deepEqual(prod.map((f) => f.ruleId), ['K8S002', 'K8S003']);
    const k8s002 = prod[0]!;
    const k8s003 = prod[1]!;
    assert.deepEqual([k8s003.range.start.line, k8s003.range.start.column, k8s003.fixable], [5, 15, false]);
    assert.match(k8s003.related?.[0]?.message ?? '', /only with values-prod\.yaml, which sets securityContext\.privileged/);
    assert.deepEqual([k8s002.range.start.line, k8s002.range.start.column, k8s002.range.end.column], [5, 15, 19], '`true` of securityContext.privileged (1-based)');
    assert.equal(k8s002.fixable, true);
    assert.deepEqual(k8s002.related?.map((r) => [r.file, r.range.start.line]), [['app/templates/deployment.yaml', 17]]);
    // values.yaml alone causes no K8S002 in the chart's own template.
    assert.ok(!ids(report, 'app/templates/deployment.yaml').includes('K8S002'));
  });

  void it("the subchart's template is evaluated with the parent's values under its key", () => {
    const report = scan(FIXTURE);
    const sub = report.findings.find((f) => f.file === 'app/charts/sub/templates/pod.yaml' && f.ruleId === 'K8S002');
    assert.ok(sub, 'the parent sets sub.securityContext.privileged: true over the subchart\'s false');
    assert.deepEqual(sub.related?.map((r) => [r.file, r.range.start.line]), [['app/values.yaml', 13]]);
    assert.ok(!ids(report, 'app/values.yaml').includes('HV002'), 'the HV view of sub.securityContext is left to the template finding');
  });

  void it('scan --fix edits values-prod.yaml for the overlay finding and the parent values.yaml for the subchart', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'soc2lint-overlay-'));
    temps.push(cwd);
    cpSync(FIXTURE, cwd, { recursive: true });
    const report = scan(cwd, '--fix');
    assert.equal(readFileSync(join(cwd, 'app/values-prod.yaml'), 'utf8'), '# Production overrides.\nimage:\n  tag: "1.4.2"\nsecurityContext:\n  privileged: false\n');
    assert.match(readFileSync(join(cwd, 'app/values.yaml'), 'utf8'), /^sub:\n {2}securityContext:\n {4}privileged: false\n$/m);
    assert.match(readFileSync(join(cwd, 'app/charts/sub/values.yaml'), 'utf8'), /^securityContext:\n {2}runAsNonRoot: true\n/, 'the subchart keeps its own defaults');
    assert.ok(!report.findings.some((f) => f.ruleId === 'K8S002' || (f.ruleId === 'K8S003' && f.file === 'app/values-prod.yaml')), JSON.stringify(report.findings.filter((f) => f.ruleId === 'K8S002')));
    assert.deepEqual(report.fixed.find((f) => f.file === 'app/values-prod.yaml')?.fixes, ['Set privileged: false']);
  });

  void it('--values stacks the chosen overlays in order; the others are checked on their own content', () => {
    const files = {
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
      'c/values.yaml': 'securityContext:\n  runAsNonRoot: true\n',
      'c/values-a.yaml': 'securityContext:\n  privileged: true\n',
      'c/values.b.yaml': 'securityContext:\n  privileged: false\n',
      'c/templates/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext: {{- toYaml .Values.securityContext | nindent 8 }}\n',
    };
    const cwd = makeTree(files);
    temps.push(cwd);
    // By default each overlay is evaluated on its own: values-a.yaml makes the container privileged.
    assert.ok(ids(scan(cwd), 'c/values-a.yaml').includes('K8S002'));
    // `helm -f values-a.yaml -f values.b.yaml`: b wins, nothing is privileged.
    const stacked = scan(cwd, '--values', 'c/values-a.yaml', '--values', 'c/values.b.yaml');
    assert.ok(!stacked.findings.some((f) => f.ruleId === 'K8S002'));
    // Only b chosen: a is not evaluated with the templates, its HV rules judge its own content.
    const onlyB = scan(cwd, '--values', 'c/values.b.yaml');
    assert.deepEqual(ids(onlyB, 'c/values-a.yaml').filter((id) => id === 'K8S002' || id === 'HV002'), ['HV002']);
    const bad = run(cwd, ['scan', '--values', 'c/templates/pod.yaml', '.']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--values: c\/templates\/pod\.yaml is not a values overlay/);
  });
});
