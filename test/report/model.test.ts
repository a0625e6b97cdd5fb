/**
 * The compliance report model: statuses (every one reachable, never pass by absence), resource
 * counts per rule, the exceptions register (active and expired), masking and determinism.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/index';
import { buildReport, formatReport, REPORT_FORMATS, SOC2_CONTROLS_ORDER } from './model-imports';
import { criterion, reportOfFiles, reportOfFolder, REPO_ROOT, rulesById } from './helpers';

const DEMO = join(REPO_ROOT, 'examples', 'demo');
const DEMO_SECRETS = ['npm_Zx81kQvB3mT9sLw2PqR7yN5cH0dJ4fG6aE1u', 'S3cretPassw0rd', 'hunter2-but-longer', 'changeme-admin-2024', 'sk_live_51Hx9Qm2eZvKYlo2C8fTq3RbW'];

const deployment = (securityContext: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.example.com/api:1.0.0
          securityContext:
${securityContext}
${extra}`;

void describe('buildReport on examples/demo', () => {
  const report = reportOfFolder(DEMO);

  void it('lists all nine criteria in order, with names and descriptions', () => {
    assert.deepEqual(
      report.criteria.map((c) => c.id),
      SOC2_CONTROLS_ORDER,
    );
    for (const c of report.criteria) assert.ok(c.name.length > 0 && c.description.length > 40, c.id);
  });

  void it('fails CC6.1 and keeps the demo exception in the register', () => {
    assert.equal(criterion(report, 'CC6.1').status, 'fail');
    const e = report.exceptions.find((x) => x.ruleId === 'K8S003');
    assert.ok(e);
    assert.equal(e.file, 'k8s/worker.yaml');
    assert.equal(e.reason, 'the migration image needs setuid for its package step; ticket SEC-142');
    assert.equal(e.expired, false);
    assert.equal(e.suppressionLine, 20);
    assert.equal(e.line, 21);
    assert.equal(criterion(report, 'CC6.1').exceptions, 1);
  });

  void it('counts resources per rule kind, and passed + failed + excepted = evaluated', () => {
    const { dockerfile, kubernetes, 'helm-values': values, 'helm-template': templates } = report.scope.filesByKind;
    assert.deepEqual([dockerfile, kubernetes, values], [2, 4, 1]);
    assert.equal(report.scope.resources.image, 2);
    assert.equal(report.scope.resources.file, 7 + templates);
    const df001 = criterion(report, 'CC6.1').rules.find((r) => r.id === 'DF001')!;
    assert.deepEqual([df001.unit, df001.evaluated, df001.failed, df001.passed], ['image', 2, 1, 1]);
    for (const c of report.criteria) {
      for (const r of c.rules) assert.equal(r.passed + r.failed + r.excepted, r.evaluated, `${c.id} ${r.id}`);
    }
  });

  void it('accounts for the Helm template: evaluated when the engine analysed it, else skipped with the reason', () => {
    const skipped = report.scope.skipped.filter((s) => s.reason === 'helm-template').map((s) => s.file);
    assert.equal(report.scope.filesByKind['helm-template'] + skipped.length, 1);
    if (skipped.length > 0) assert.deepEqual(skipped, ['charts/webapp/templates/deployment.yaml']);
  });

  void it('sorts findings by file, line and column', () => {
    const keys = report.findings.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
  });

  void it('never shows a demo secret, in any format', () => {
    for (const format of REPORT_FORMATS) {
      const text = formatReport(report, format);
      for (const secret of DEMO_SECRETS) assert.ok(!text.includes(secret), `${format} leaks ${secret.slice(0, 4)}…`);
    }
  });

  void it('is deterministic: the same scan gives the same bytes, whatever the input order', () => {
    const again = reportOfFolder(DEMO);
    assert.equal(JSON.stringify(again), JSON.stringify(report));
    for (const format of REPORT_FORMATS) assert.equal(formatReport(again, format), formatReport(report, format));
  });
});

void describe('criterion status', () => {
  const k8s002 = rulesById(['K8S002']);

  void it('pass: evaluated, no open finding', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            privileged: false') }, { rules: k8s002 });
    assert.equal(criterion(r, 'CC6.1').status, 'pass');
    assert.deepEqual(criterion(r, 'CC6.1').checks, { evaluated: 1, passed: 1, failed: 0, excepted: 0 });
  });

  void it('fail: an open finding', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            privileged: true') }, { rules: k8s002 });
    assert.equal(criterion(r, 'CC6.1').status, 'fail');
    assert.equal(r.summary.status.fail, 1);
  });

  void it('partial: only findings accepted as exceptions', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            # soc2lint-ignore K8S002: GPU driver installer; ticket OPS-1\n            privileged: true') }, { rules: k8s002 });
    const c = criterion(r, 'CC6.1');
    assert.equal(c.status, 'partial');
    assert.deepEqual([c.findings, c.exceptions, c.checks.excepted], [0, 1, 1]);
  });

  void it('not-evaluated: no resource of a kind its rules test (a Dockerfile-only workspace has no Kubernetes object)', () => {
    const r = reportOfFiles({ Dockerfile: 'FROM alpine:3.20\nUSER 10001\n' }, { rules: k8s002 });
    assert.equal(criterion(r, 'CC6.1').status, 'not-evaluated');
    assert.equal(r.summary.status['not-evaluated'], 9);
  });

  void it('not-evaluated: an empty workspace never passes by absence', () => {
    const r = reportOfFiles({ 'README.md': '# nothing to lint\n' });
    for (const c of r.criteria) assert.equal(c.status, 'not-evaluated', c.id);
  });

  void it('not-evaluated: a criterion whose rules are all turned off', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            privileged: true') }, { rules: k8s002, config: { rules: { K8S002: 'off' } } });
    const c = criterion(r, 'CC6.1');
    assert.equal(c.status, 'not-evaluated');
    assert.deepEqual([c.rules[0]!.enabled, c.rules[0]!.evaluated], [false, 0]);
  });

  void it('a criterion with no rule is listed, not evaluated, with an empty rule list', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            privileged: true') }, { rules: k8s002 });
    assert.deepEqual(criterion(r, 'A1.2').rules, []);
    assert.equal(criterion(r, 'A1.2').status, 'not-evaluated');
  });
});

void describe('exceptions register', () => {
  const rules = rulesById(['K8S002', 'K8S003', 'SL002', 'SL003']);

  void it('flags an expired exception; its finding is open again and the criterion fails', () => {
    const r = reportOfFiles(
      { 'app.yaml': deployment('            # soc2lint-ignore K8S002 until=2020-01-31: legacy agent; ticket OPS-2\n            privileged: true\n            allowPrivilegeEscalation: false') },
      { rules },
    );
    const expired = r.exceptions.filter((e) => e.expired);
    assert.equal(expired.length, 1);
    assert.deepEqual([expired[0]!.ruleId, expired[0]!.until, expired[0]!.reason], ['K8S002', '2020-01-31', 'legacy agent; ticket OPS-2']);
    assert.ok(r.findings.some((f) => f.ruleId === 'K8S002' && f.line === expired[0]!.line), 'the finding is open');
    assert.ok(r.findings.some((f) => f.ruleId === 'SL003'));
    assert.equal(criterion(r, 'CC6.1').status, 'fail');
    assert.deepEqual([criterion(r, 'CC6.1').expiredExceptions, r.summary.expiredExceptions, r.summary.exceptions], [1, 1, 0]);
  });

  void it('keeps an exception with a future expiry active, with its date', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            # soc2lint-ignore K8S002 until=2099-01-31: legacy agent\n            privileged: true') }, { rules });
    assert.deepEqual(
      r.exceptions.map((e) => [e.ruleId, e.until, e.expired, e.scope]),
      [['K8S002', '2099-01-31', false, 'line']],
    );
  });

  void it('a suppression without a reason is no exception: the finding stays open (and SL002 says why)', () => {
    const r = reportOfFiles({ 'app.yaml': deployment('            # soc2lint-ignore K8S002\n            privileged: true') }, { rules: rulesById(['K8S002', 'SL002']) });
    assert.deepEqual(r.exceptions, []);
    assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['K8S002', 'SL002']);
  });

  void it('file-wide suppressions are listed with scope file', () => {
    const r = reportOfFiles({ 'app.yaml': `# soc2lint-ignore-file K8S002: lab cluster only\n${deployment('            privileged: true')}` }, { rules });
    assert.deepEqual(
      r.exceptions.map((e) => [e.ruleId, e.scope, e.suppressionLine]),
      [['K8S002', 'file', 1]],
    );
  });
});

void describe('resources evaluated', () => {
  void it('counts Kubernetes objects (List items one by one); two findings on one object fail it once', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers:
        - {name: one, image: "x:1", securityContext: {privileged: true}}
        - {name: two, image: "x:1", securityContext: {privileged: true}}
  - apiVersion: v1
    kind: Pod
    metadata: {name: b}
    spec:
      containers:
        - {name: one, image: "x:1"}
---
apiVersion: v1
kind: Service
metadata: {name: s}
`;
    const r = reportOfFiles({ 'list.yaml': list }, { rules: rulesById(['K8S002']) });
    const rule = criterion(r, 'CC6.1').rules[0]!;
    assert.deepEqual([rule.unit, rule.evaluated, rule.failed, rule.passed, rule.findings], ['object', 3, 1, 2, 2]);
    assert.equal(r.scope.resources.object, 3);
  });
});

void describe('rule set hash', () => {
  void it('is a sha256 that changes with the configuration and not otherwise', () => {
    const files = { 'app.yaml': deployment('            privileged: true') };
    const a = reportOfFiles(files).tool.rulesetHash;
    assert.match(a, /^sha256:[0-9a-f]{64}$/);
    assert.equal(reportOfFiles(files).tool.rulesetHash, a);
    assert.notEqual(reportOfFiles(files, { config: { rules: { K8S002: 'off' } } }).tool.rulesetHash, a);
    assert.notEqual(reportOfFiles(files, { config: { trustedRegistries: ['registry.example.com'] } }).tool.rulesetHash, a);
    assert.equal(reportOfFiles(files).tool.rulesTotal, allRules.length);
  });

  void it('buildReport is order-independent in its inputs', () => {
    const meta = {
      tool: { name: 'soc2lint', version: 't' },
      rules: rulesById(['K8S002']).map((r) => r.meta),
      config: { rules: {}, trustedRegistries: [], defaultNamespace: 'default', today: '2026-01-01', maxFileSize: 1e6, docsBaseUrl: 'https://x/', profile: 'recommended' as const },
      workspaceFolders: ['.'],
      skipped: [],
    };
    const result = (uri: string) => ({ uri, kind: 'dockerfile' as const, findings: [], suppressed: [], parseProblems: [] });
    const a = buildReport([{ file: 'b/Dockerfile', result: result('b/Dockerfile') }, { file: 'a/Dockerfile', result: result('a/Dockerfile') }], meta);
    const b = buildReport([{ file: 'a/Dockerfile', result: result('a/Dockerfile') }, { file: 'b/Dockerfile', result: result('b/Dockerfile') }], meta);
    assert.equal(JSON.stringify(a), JSON.stringify(b));
  });
});
