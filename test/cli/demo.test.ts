/**
 * Pins the findings of the bundled demo workspace (the README's first command scans it), so a rule
 * change that alters what users see on the demo is a deliberate, reviewed change.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { JsonReport } from '../../server/src/cli/format-json';
import { ensureBuilt, REPO_ROOT, runBuilt } from './helpers';

const EXPECTED = [
  'examples/demo/Dockerfile:9 DF001 error',
  'examples/demo/Dockerfile:10 DF002 error',
  'examples/demo/Dockerfile:10 SEC001 error',
  'examples/demo/Dockerfile:12 SEC002 error',
  'examples/demo/charts/webapp/templates/deployment.yaml:8 K8S015 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:8 K8S016 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:9 K8S001 error',
  'examples/demo/charts/webapp/templates/deployment.yaml:9 K8S009 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:14 K8S007 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:14 K8S010 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:14 K8S017 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:14 K8S018 warning',
  'examples/demo/charts/webapp/templates/deployment.yaml:14 K8S019 info',
  'examples/demo/charts/webapp/templates/deployment.yaml:15 K8S003 error',
  'examples/demo/charts/webapp/values.yaml:17 HV004 error',
  'examples/demo/k8s/api.yaml:4 WS001 warning',
  'examples/demo/k8s/api.yaml:4 WS003 warning',
  'examples/demo/k8s/api.yaml:9 WS010 info',
  'examples/demo/k8s/api.yaml:17 K8S001 error',
  'examples/demo/k8s/api.yaml:17 K8S009 warning',
  'examples/demo/k8s/api.yaml:17 K8S015 warning',
  'examples/demo/k8s/api.yaml:17 K8S016 warning',
  'examples/demo/k8s/api.yaml:27 K8S004 error',
  'examples/demo/k8s/api.yaml:28 K8S003 error',
  'examples/demo/k8s/api.yaml:28 K8S007 warning',
  'examples/demo/k8s/api.yaml:28 K8S010 warning',
  'examples/demo/k8s/api.yaml:28 K8S017 warning',
  'examples/demo/k8s/api.yaml:28 K8S018 warning',
  'examples/demo/k8s/api.yaml:28 K8S019 info',
  'examples/demo/k8s/api.yaml:29 K8S002 error',
  'examples/demo/k8s/secret.yaml:7 K8S005 error',
  'examples/demo/k8s/secret.yaml:8 SEC001 error',
  'examples/demo/k8s/worker.yaml:14 K8S015 warning',
  'examples/demo/k8s/worker.yaml:14 K8S016 warning',
  'examples/demo/k8s/worker.yaml:16 K8S009 warning',
  'examples/demo/k8s/worker.yaml:21 K8S007 warning',
  'examples/demo/k8s/worker.yaml:21 K8S010 warning',
  'examples/demo/k8s/worker.yaml:21 K8S017 warning',
  'examples/demo/k8s/worker.yaml:21 K8S018 warning',
  'examples/demo/k8s/worker.yaml:26 K8S007 warning',
  'examples/demo/k8s/worker.yaml:26 K8S010 warning',
  'examples/demo/k8s/worker.yaml:26 K8S017 warning',
  'examples/demo/k8s/worker.yaml:26 K8S018 warning',
];

void describe('the demo workspace', () => {
  before(() => ensureBuilt());

  void it('scan prints the known findings, the accepted exception, and exits 1', () => {
    const r = runBuilt(['scan', 'examples/demo', '-f', 'json'], { cwd: REPO_ROOT });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId} ${f.severity}`), EXPECTED);
    assert.deepEqual(report.suppressed.map((s) => `${s.file}:${s.range.start.line} ${s.ruleId} ${s.suppression.reason}`), [
      'examples/demo/k8s/worker.yaml:21 K8S003 the migration image needs setuid for its package step; ticket SEC-142',
    ]);
    // The demo's committed credentials never appear in any output.
    for (const secret of ['npm_Zx81kQvB3mT9sLw2PqR7yN5cH0dJ4fG6aE1u', 'S3cretPassw0rd', 'hunter2-but-longer', 'changeme-admin-2024', 'sk_live_51Hx9Qm2eZvKYlo2C8fTq3RbW']) {
      assert.ok(!r.stdout.includes(secret), `leaked ${secret.slice(0, 4)}…`);
    }
  });

  void it('the text report groups by file and ends with the summary', () => {
    const r = runBuilt(['scan', 'examples/demo'], { cwd: REPO_ROOT, env: { NO_COLOR: '1' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^examples\/demo\/k8s\/api\.yaml:29:25 {2}error {4}K8S002 {2}Container "api" of Deployment "api" runs privileged.*\[CC6\.1\]$/m);
    assert.match(r.stdout.trimEnd().split('\n').pop()!, /^43 findings \(13 errors, 27 warnings, 3 info\) in \d+ files; 1 suppressed; 0 skipped$/);
  });

  void it('--fix applies the safe fixes; what remains needs a human', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soc2lint-demo-'));
    try {
      cpSync(join(REPO_ROOT, 'examples', 'demo'), dir, { recursive: true });
      const r = runBuilt(['scan', '.', '--fix', '-f', 'json'], { cwd: dir });
      const report = JSON.parse(r.stdout) as JsonReport;
      const remaining = report.findings.map((f) => f.ruleId).sort();
      // Safe fixes land (root, privileges, capabilities, seccomp, read-only root, token automount), also
      // in the chart's values.yaml behind its template. Secrets, policies, resources and probes need a human.
      assert.deepEqual(remaining, ['DF002', 'HV004', 'K8S004', 'K8S005', 'K8S016', 'K8S016', 'K8S016', 'K8S017', 'K8S017', 'K8S017', 'K8S017', 'K8S018', 'K8S018', 'K8S018', 'K8S018', 'K8S019', 'K8S019', 'SEC001', 'SEC001', 'SEC002', 'WS001', 'WS003', 'WS010']);
      assert.match(readFileSync(join(dir, 'charts', 'webapp', 'values.yaml'), 'utf8'), /allowPrivilegeEscalation: false/);
      const api = readFileSync(join(dir, 'k8s', 'api.yaml'), 'utf8');
      assert.match(api, /privileged: false/);
      assert.match(api, /allowPrivilegeEscalation: false/);
      assert.match(api, /runAsNonRoot: true/);
      assert.match(readFileSync(join(dir, 'Dockerfile'), 'utf8'), /USER 10001:10001\nCMD \["node", "dist\/server.js"\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
